import type { CypherExecutor } from '../db/executor';
import type { SourceRecord } from './records';

const SOURCE_PROJECTION = 's {.id, .kind, .title, .citation, .publisher, .year, .date, .doi, .pmid, .revised, .url, .passages}';

export class SourceRepository {
  constructor(private readonly executor: CypherExecutor) {}

  async byIds(ids: readonly string[]): Promise<Array<SourceRecord | null>> {
    const rows = await this.executor.read<{ source: SourceRecord }>(
      `UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN ${SOURCE_PROJECTION} AS source`,
      { ids },
    );
    const byId = new Map(rows.map((r) => [r.source.id, r.source]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async list(kind: string | null): Promise<SourceRecord[]> {
    const rows = await this.executor.read<{ source: SourceRecord }>(
      `MATCH (s:Source) WHERE $kind IS NULL OR s.kind = $kind
       RETURN ${SOURCE_PROJECTION} AS source ORDER BY s.kind, s.id`,
      { kind },
    );
    return rows.map((r) => r.source);
  }
}
