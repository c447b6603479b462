import Cypher from '@neo4j/cypher-builder';
import type { CypherExecutor } from '../db/executor';
import { build } from './cypher';
import type { SourceRecord } from './records';

const SOURCE_PROPERTIES = [
  'id',
  'kind',
  'title',
  'citation',
  'publisher',
  'year',
  'date',
  'doi',
  'pmid',
  'revised',
  'url',
  'passages',
];
const sourceProjection = (s: Cypher.Node) => new Cypher.MapProjection(s, SOURCE_PROPERTIES);

export class SourceRepository {
  constructor(private readonly executor: CypherExecutor) {}

  async byIds(ids: readonly string[]): Promise<Array<SourceRecord | null>> {
    const id = new Cypher.Variable();
    const s = new Cypher.Node();
    const { cypher, params } = build(
      new Cypher.Unwind([new Cypher.Param([...ids]), id])
        .match(new Cypher.Pattern(s, { labels: ['Source'], properties: { id } }))
        .return([sourceProjection(s), 'source']),
    );
    const rows = await this.executor.read<{ source: SourceRecord }>(cypher, params);
    const byId = new Map(rows.map((r) => [r.source.id, r.source]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async list(kind: string | null): Promise<SourceRecord[]> {
    const s = new Cypher.Node();
    const match = new Cypher.Match(new Cypher.Pattern(s, { labels: ['Source'] }));
    if (kind !== null) match.where(Cypher.eq(s.property('kind'), new Cypher.Param(kind)));
    const { cypher, params } = build(
      match.return([sourceProjection(s), 'source']).orderBy(s.property('kind'), s.property('id')),
    );
    const rows = await this.executor.read<{ source: SourceRecord }>(cypher, params);
    return rows.map((r) => r.source);
  }
}
