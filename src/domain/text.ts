/**
 * Text normalisation shared by the seed (what is indexed) and search (what is asked), so that
 * "PD1", "pd-1" and "PD 1" meet on the same key.
 */
export function foldDiacritics(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** Lower-case words: letters and digits only, Greek letters spelled out by the fold above. */
export function words(text: string): string[] {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/α/g, 'alpha')
    .replace(/β/g, 'beta')
    .replace(/γ/g, 'gamma')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** One compact key per name: "PD-L1" → "pdl1", "Gardasil 9" → "gardasil9". */
export function compactKey(text: string): string {
  return words(text).join('');
}

/** Classic edit distance; names are short, so the quadratic table is fine. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}
