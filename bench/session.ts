import { isDeepStrictEqual } from 'node:util';
import { buildSearchQuery } from '../src/domain/search-query';
import type { SeedGraph } from '../src/seed/model';
import { Random } from '../scripts/random';

/**
 * A mixed workload: replays of what one explorer user does — search, open the top hit's
 * neighborhood, expand a neighbour (the neighborhood of a neighbour), then ask for the paths
 * between the first entity and one two hops away. Sessions start from different seed names, so
 * the mix has variety; replaying them more than once is what a cache sees when users repeat.
 *
 * Ours sends the explorer's own documents (explorer/src/api.ts: the same selections); the library
 * answers the same questions through its @cypher fields (ids only, bench/library-server.ts).
 */

export type StepKind = 'search' | 'neighborhood' | 'expand' | 'path';
export const STEP_KINDS: StepKind[] = ['search', 'neighborhood', 'expand', 'path'];

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

export interface SessionStep {
  kind: StepKind;
  ours: GraphQLRequest;
  library: GraphQLRequest;
}

// The explorer's documents (explorer/src/api.ts), with its fragment inlined.
const GRAPH_FIELDS = 'truncated nodes { id label caption type distance } edges { id source target type label }';
const SEARCH = `query ExplorerSearch($text: String!, $first: Int) {
  search(text: $text, first: $first) { kind matchedOn entity { id name } }
}`;
const NEIGHBOURHOOD = `query ExplorerNeighborhood($id: ID!, $depth: Int, $types: [RelationType!], $limit: Int) {
  neighborhood(id: $id, depth: $depth, relationTypes: $types, limit: $limit) { ${GRAPH_FIELDS} }
}`;
const PATHS = `query ExplorerPaths($from: ID!, $to: ID!, $types: [RelationType!]) {
  paths(from: $from, to: $to, maxLength: 4, first: 5, relationTypes: $types) {
    paths { length entities { id name } relations { id type from { id } } }
    graph { ${GRAPH_FIELDS} }
  }
}`;
const LIB_SEARCH = 'query($lucene: String!, $first: Int!) { searchJson(lucene: $lucene, first: $first) }';
const LIB_NEIGHBOURHOOD =
  'query($id: ID!, $depth: Int!, $limit: Int!) { neighborhoodJson(id: $id, depth: $depth, limit: $limit) }';
const LIB_PATHS = 'query($from: ID!, $to: ID!) { pathsJson(fromId: $from, toId: $to, maxLength: 4, first: 5) }';

/** The explorer's limits (explorer/src/main.ts): a focused view and an expansion. */
const FOCUS_LIMIT = 2000;
const EXPAND_LIMIT = 300;

/** The parts of our answers the sessions read (the rest is left unread). */
interface OurAnswer {
  search?: Array<{ entity: { id: string } }>;
  neighborhood?: { nodes?: Array<{ id: string; distance: number }> } | null;
  paths?: { paths?: Array<{ entities: Array<{ id: string }> }> } | null;
}
/** The library's answers: its @cypher fields return JSON text. */
type LibraryAnswer = Record<string, string | null | undefined>;

type Send = (request: GraphQLRequest) => Promise<{ data?: unknown }>;

const search = (text: string): SessionStep => ({
  kind: 'search',
  ours: { query: SEARCH, variables: { text, first: 8 } },
  library: { query: LIB_SEARCH, variables: { lucene: buildSearchQuery(text)!.lucene, first: 8 } },
});
const neighborhood = (kind: StepKind, id: string, limit: number): SessionStep => ({
  kind,
  ours: { query: NEIGHBOURHOOD, variables: { id, depth: 1, limit } },
  library: { query: LIB_NEIGHBOURHOOD, variables: { id, depth: 1, limit } },
});
const path = (from: string, to: string): SessionStep => ({
  kind: 'path',
  ours: { query: PATHS, variables: { from, to } },
  library: { query: LIB_PATHS, variables: { from, to } },
});

/**
 * Builds `count` sessions by walking the graph through our API (the steps depend on the answers,
 * as in the explorer). Seeded: the same seed and graph give the same sessions.
 */
export async function buildSessions(
  seed: SeedGraph,
  count: number,
  seedNumber: number,
  send: Send,
): Promise<SessionStep[][]> {
  const random = new Random(seedNumber);
  // What people type: names of a few words (indication names run to hundreds of characters).
  const names = seed.entities.map((e) => e.name).filter((name) => name.length <= 40 && buildSearchQuery(name) !== null);
  const sessions: SessionStep[][] = [];
  for (let attempt = 0; sessions.length < count && attempt < count * 10; attempt++) {
    const text = random.pick(names);
    const first = search(text);
    const hits = ((await send(first.ours)).data as OurAnswer | undefined)?.search;
    const start = hits?.[0]?.entity.id;
    if (!start) continue;
    const focus = neighborhood('neighborhood', start, FOCUS_LIMIT);
    const near = ((await send(focus.ours)).data as OurAnswer | undefined)?.neighborhood?.nodes ?? [];
    const neighbours = near.filter((n) => n.distance === 1);
    if (neighbours.length === 0) continue;
    const next = random.pick(neighbours).id;
    const expand = neighborhood('expand', next, EXPAND_LIMIT);
    const nearIds = new Set(near.map((n) => n.id));
    const beyond = ((await send(expand.ours)).data as OurAnswer | undefined)?.neighborhood?.nodes ?? [];
    const twoHops = beyond.filter((n) => !nearIds.has(n.id));
    const target = twoHops.length > 0 ? random.pick(twoHops).id : next;
    sessions.push([first, focus, expand, path(start, target)]);
  }
  return sessions;
}

/**
 * Whether the library answered a step as we did: the same neighborhood (node ids), the same
 * paths (entity ids, in order). Search is not compared: our ranking (matchedOn, kind-aware) is
 * richer than the floor statement the library runs.
 */
export function sameAnswer(step: SessionStep, oursData: unknown, libraryData: unknown): boolean {
  const ours = oursData as OurAnswer | undefined;
  const library = libraryData as LibraryAnswer | undefined;
  const lib = <T>(field: string) => JSON.parse(library?.[field] ?? 'null') as T | null;
  switch (step.kind) {
    case 'search':
      return true;
    case 'neighborhood':
    case 'expand':
      return isDeepStrictEqual(
        (ours?.neighborhood?.nodes ?? []).map((n) => n.id).sort(),
        [...(lib<{ nodes?: string[] }>('neighborhoodJson')?.nodes ?? [])].sort(),
      );
    case 'path':
      return isDeepStrictEqual(
        (ours?.paths?.paths ?? []).map((p) => p.entities.map((e) => e.id)),
        lib<string[][]>('pathsJson') ?? [],
      );
  }
}
