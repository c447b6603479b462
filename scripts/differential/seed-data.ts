import { buildSchema, type GraphQLSchema } from 'graphql';
import { RELATIONSHIP_FIELDS } from '../../src/graphql/relationship-fields';
import { loadTypeDefs } from '../../src/graphql/typeDefs';
import { DEFAULT_SEED_DIR, loadSeed } from '../../src/seed';
import type { SeedGraph } from '../../src/seed/model';
import type { GeneratorData } from './generator';

/** The API's schema as served, built from schema/*.graphql. */
export const loadSchema = (): GraphQLSchema => buildSchema(loadTypeDefs());

/**
 * Per entity type and list field, a size estimate between the mean and the largest count of
 * relationships an entity of that kind has there (hubs matter: they make answers explode).
 */
function fanOutOf(graph: SeedGraph): Record<string, number> {
  const kindOf = new Map(graph.entities.map((e) => [e.id, e.kind]));
  const estimates: Record<string, number> = {};
  const estimate = (key: string, counts: number[]) => {
    if (counts.length === 0) return;
    const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
    estimates[key] = Math.max(1, (mean + Math.max(...counts)) / 2);
  };
  for (const [kind, fields] of Object.entries(RELATIONSHIP_FIELDS)) {
    const ids = graph.entities.filter((e) => e.kind === kind).map((e) => e.id);
    for (const [field, spec] of Object.entries(fields)) {
      const counts = new Map(ids.map((id) => [id, 0]));
      for (const r of graph.relations) {
        const anchor = spec.direction === 'OUT' ? r.from : r.to;
        if (r.type === spec.type && kindOf.get(anchor) === kind) counts.set(anchor, (counts.get(anchor) ?? 0) + 1);
      }
      estimate(`${kind}.${field}`, [...counts.values()]);
    }
    const degrees = new Map(ids.map((id) => [id, 0]));
    for (const r of graph.relations) {
      for (const end of [r.from, r.to]) if (degrees.has(end)) degrees.set(end, degrees.get(end)! + 1);
    }
    estimate(`${kind}.relations`, [...degrees.values()]);
  }
  return estimates;
}

/** Ids, names and synonyms of the seeded graph, read from the seed files the database is loaded from. */
export function loadGeneratorData(seedDir: string = DEFAULT_SEED_DIR): GeneratorData {
  const graph = loadSeed(seedDir);
  return {
    entities: graph.entities.map((e) => ({ id: e.id, kind: e.kind, name: e.name, synonyms: e.synonyms })),
    sourceIds: graph.sources.map((s) => s.id),
    fanOut: fanOutOf(graph),
  };
}

/** Several seeds' generator data as one (the test database holds the real seed and the API fixture). */
export function mergeGeneratorData(...parts: GeneratorData[]): GeneratorData {
  const fanOut: Record<string, number> = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part.fanOut ?? {})) fanOut[key] = Math.max(fanOut[key] ?? 0, value);
  }
  return {
    entities: parts.flatMap((p) => p.entities),
    sourceIds: parts.flatMap((p) => p.sourceIds),
    fanOut,
  };
}
