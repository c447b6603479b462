import { compactKey, editDistance, words } from './text';

export interface SearchQuery {
  lucene: string;
  compact: string;
}

function fuzziness(term: string): number {
  if (term.length >= 8) return 2;
  if (term.length >= 4) return 1;
  return 0;
}

function termClauses(field: string, term: string, boost: number): string[] {
  const clauses = [`${field}:${term}^${boost * 4}`];
  if (term.length >= 2) clauses.push(`${field}:${term}*^${boost * 2}`);
  const edits = fuzziness(term);
  if (edits > 0) clauses.push(`${field}:${term}~${edits}^${boost}`);
  return clauses;
}

/**
 * Turns user text into a Lucene query over the entity_search index. Terms are reduced to
 * [a-z0-9]+ first, so no Lucene syntax from the user survives and nothing needs escaping.
 * Returns null when nothing searchable remains.
 */
export function buildSearchQuery(text: string): SearchQuery | null {
  const terms = words(text).slice(0, 8);
  const compact = compactKey(text);
  if (!compact) return null;
  const clauses = termClauses('searchKeys', compact, 3);
  if (terms.length > 1) {
    // Every word must appear (fuzzily) for the word-level clause to count.
    clauses.push(`searchText:(${terms.map((t) => `+(${termClauses('searchText', t, 1).join(' ')})`).join(' ')})`);
  } else if (terms[0] !== undefined) {
    clauses.push(...termClauses('searchText', terms[0], 1));
  }
  return { lucene: clauses.join(' '), compact };
}

/** The alias a user most likely meant: exact, then prefix, then closest by edit distance. */
export function bestMatchingName(candidates: string[], compactQuery: string): string {
  let best = candidates[0] ?? '';
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const key = compactKey(candidate);
    const score =
      key === compactQuery
        ? -2
        : key.startsWith(compactQuery)
          ? -1 + key.length / 1000
          : editDistance(key, compactQuery);
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
