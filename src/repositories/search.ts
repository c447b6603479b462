import type { CypherExecutor } from '../db/executor';
import { ENTITY_SEARCH_INDEX } from '../db/schema';
import { bestMatchingName, type SearchQuery } from '../domain/search-query';
import type { EntityKind } from '../domain/vocabulary';
import { entityProjection } from './cypher';
import type { FetchedEntity, SearchHitRecord } from './records';

export class SearchRepository {
  constructor(private readonly executor: CypherExecutor) {}

  async search(query: SearchQuery, kinds: EntityKind[] | null, first: number): Promise<SearchHitRecord[]> {
    const rows = await this.executor.read<{ entity: FetchedEntity; score: number }>(
      `CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $candidates}) YIELD node, score
       WHERE $kinds IS NULL OR node.kind IN $kinds
       RETURN ${entityProjection('node')} AS entity, score
       ORDER BY score DESC, node.sortName ASC
       LIMIT $first`,
      { index: ENTITY_SEARCH_INDEX, lucene: query.lucene, kinds, first, candidates: kinds ? first * 10 : first },
    );
    return rows.map(({ entity, score }) => ({
      entity,
      score,
      matchedOn: bestMatchingName([entity.name, ...(entity.brandNames ?? []), ...entity.synonyms], query.compact),
    }));
  }
}
