import Cypher from '@neo4j/cypher-builder';
import type { CypherExecutor } from '../db/executor';
import { ENTITY_SEARCH_INDEX } from '../db/schema';
import { bestMatchingName, type SearchQuery } from '../domain/search-query';
import type { EntityKind } from '../domain/vocabulary';
import { build, entityProjection } from './cypher';
import type { FetchedEntity, SearchHitRecord } from './records';

export class SearchRepository {
  constructor(private readonly executor: CypherExecutor) {}

  async search(query: SearchQuery, kinds: EntityKind[] | null, first: number): Promise<SearchHitRecord[]> {
    const node = new Cypher.Node();
    const score = new Cypher.Variable();
    const candidates = Cypher.db.index.fulltext
      .queryNodes(ENTITY_SEARCH_INDEX, new Cypher.Param(query.lucene), {
        limit: new Cypher.Param(kinds ? first * 10 : first),
      })
      .yield(['node', node], ['score', score]);
    // Kinds filter after the index: the candidate pool is widened for it (first × 10).
    if (kinds) candidates.where(Cypher.in(node.property('kind'), new Cypher.Param(kinds)));
    const { cypher, params } = build(
      candidates
        .return([entityProjection(node), 'entity'], [score, 'score'])
        .orderBy([score, 'DESC'], [node.property('sortName'), 'ASC'])
        .limit(new Cypher.Param(first)),
    );
    const rows = await this.executor.read<{ entity: FetchedEntity; score: number }>(cypher, params);
    return rows.map(({ entity, score }) => ({
      entity,
      score,
      matchedOn: bestMatchingName([entity.name, ...(entity.brandNames ?? []), ...entity.synonyms], query.compact),
    }));
  }
}
