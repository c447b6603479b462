import Cypher from '@neo4j/cypher-builder';
import { compactKey, words } from '../domain/text';
import { ENTITY_KINDS } from '../domain/vocabulary';
import type { CypherExecutor } from '../db/executor';
import {
  contentHash,
  graphVersionOf,
  GRAPH_INFO_ID,
  GRAPH_INFO_LABEL,
  READ_GRAPH_VERSION,
  type GraphVersion,
  type GraphVersionRow,
} from '../db/graph-info';
import { TAKE_EXCLUSIVE_GUARD } from '../db/reseed-guard';
import type { EvidenceRef, SeedGraph } from './model';

export interface SeedWriteResult {
  nodes: number;
  relationships: number;
  /** The version this seed stamped on the graph (what response caches key on). */
  version: GraphVersion;
}

const SEED_ORIGIN = 'seed';

function evidenceProperties(evidence: EvidenceRef[]) {
  return {
    evidenceSources: evidence.map((e) => e.sourceId),
    // Neo4j lists cannot hold nulls: "" stands for "no locator".
    evidenceLocators: evidence.map((e) => e.locator ?? ''),
  };
}

/** What the full-text index reads: all names as words, and compact keys ("pd1") for punctuation-free matching. */
export function searchProperties(names: string[]) {
  return {
    searchText: names.map((n) => words(n).join(' ')).join(' | '),
    searchKeys: [...new Set(names.map(compactKey))].join(' '),
  };
}

/** The rows the writer stores: node and relationship properties exactly as Neo4j will hold them. */
export function seedRows(graph: SeedGraph, origin: string) {
  const sources = graph.sources.map(({ passages, ...rest }) => ({
    ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
    id: rest.id,
    passages,
    origin,
  }));
  const entities = graph.entities.map((e) => {
    const brandNames = Array.isArray(e.attributes.brandNames) ? e.attributes.brandNames : [];
    return {
      kind: e.kind,
      props: {
        id: e.id,
        kind: e.kind,
        name: e.name,
        sortName: e.name.toLowerCase(),
        synonyms: e.synonyms,
        xrefs: e.xrefs,
        description: e.description,
        ...e.attributes,
        ...evidenceProperties(e.evidence),
        ...searchProperties([e.name, ...brandNames, ...e.synonyms]),
        origin,
      },
    };
  });
  const relations = graph.relations.map((r) => ({
    id: r.id,
    type: r.type,
    from: r.from,
    to: r.to,
    props: { id: r.id, ...r.properties, ...evidenceProperties(r.evidence), origin },
  }));

  return { sources, entities, relations };
}

/** The three statements that MERGE sources, entities (with their kind label) and relationships. */
export const WRITE_STATEMENTS = {
  sources: `UNWIND $sources AS s
       MERGE (n:Source {id: s.id})
       SET n = s`,
  entities: `UNWIND $entities AS e
       MERGE (n:Entity {id: e.props.id})
       SET n = e.props
       REMOVE n:$([k IN $kinds WHERE k <> e.kind])
       SET n:$(e.kind)`,
  relations: `UNWIND $relations AS r
       MATCH (a:Entity {id: r.from}), (b:Entity {id: r.to})
       MERGE (a)-[rel:$(r.type) {id: r.id}]->(b)
       SET rel = r.props`,
} as const;

/**
 * Writes a validated seed in one transaction: MERGE by id, replace properties, and remove
 * seed-owned nodes and relationships that the seed no longer contains. Running it twice
 * leaves the same graph.
 */
export async function writeSeed(
  executor: CypherExecutor,
  graph: SeedGraph,
  progress: (message: string) => void = () => undefined,
): Promise<SeedWriteResult> {
  const { sources, entities, relations } = seedRows(graph, SEED_ORIGIN);

  return executor.forMaintenance().writeTransaction(async (tx) => {
    progress(`writing ${sources.length} sources`);
    await tx.run(WRITE_STATEMENTS.sources, { sources });
    progress(`writing ${entities.length} entities`);
    await tx.run(WRITE_STATEMENTS.entities, { entities, kinds: [...ENTITY_KINDS] });
    progress(`writing ${relations.length} relationships`);
    await tx.run(WRITE_STATEMENTS.relations, { relations });
    progress('removing what the seed no longer contains');
    await tx.run(
      `MATCH (:Entity)-[r]->(:Entity) WHERE r.origin = $origin AND NOT r.id IN $ids DELETE r`,
      { origin: SEED_ORIGIN, ids: relations.map((r) => r.id) },
    );
    await tx.run(`MATCH (n:Entity) WHERE n.origin = $origin AND NOT n.id IN $ids DETACH DELETE n`, {
      origin: SEED_ORIGIN,
      ids: entities.map((e) => e.props.id),
    });
    await tx.run(`MATCH (n:Source) WHERE n.origin = $origin AND NOT n.id IN $ids DETACH DELETE n`, {
      origin: SEED_ORIGIN,
      ids: sources.map((s) => s.id),
    });
    if (graph.info) progress(`graph data as of ${graph.info.dataAsOf}`);
    // Always written, with or without graph.yaml: the version tells API instances (and their
    // response caches) that the graph changed. Same rows and info → same hash, and then seededAt
    // is kept too, so seeding the same data again leaves the graph exactly as it was.
    const hash = contentHash({ sources, entities, relations, info: graph.info ?? null });
    const g = new Cypher.Node();
    const id = new Cypher.Param(GRAPH_INFO_ID);
    const [row] = await tx.run<GraphVersionRow>(READ_GRAPH_VERSION.cypher, READ_GRAPH_VERSION.params);
    const before = graphVersionOf(row);
    const version: GraphVersion = {
      hash,
      seededAt: before?.hash === hash ? before.seededAt : new Date().toISOString(),
    };
    const info = new Cypher.Merge(new Cypher.Pattern(g, { labels: [GRAPH_INFO_LABEL], properties: { id } }))
      .set([
        g,
        new Cypher.Map({
          id,
          dataAsOf: new Cypher.Param(graph.info?.dataAsOf ?? null),
          title: new Cypher.Param(graph.info?.title ?? null),
          origin: new Cypher.Param(SEED_ORIGIN),
          versionHash: new Cypher.Param(version.hash),
          seededAt: new Cypher.Param(version.seededAt),
        }),
      ])
      .build();
    await tx.run(info.cypher, info.params);
    // Last: readers wait only while this transaction commits (see reseed-guard.ts).
    await tx.run(TAKE_EXCLUSIVE_GUARD);
    return { nodes: sources.length + entities.length, relationships: relations.length, version };
  });
}

export async function databaseHasEntities(executor: CypherExecutor): Promise<boolean> {
  const [row] = await executor.read<{ present: boolean }>('MATCH (n:Entity) RETURN count(n) > 0 AS present');
  return row?.present ?? false;
}
