import Cypher from '@neo4j/cypher-builder';
import type { CypherExecutor } from '../db/executor';
import { ENTITY_SEARCH_INDEX } from '../db/schema';
import { bestMatchingName, type SearchQuery } from '../domain/search-query';
import type { EntityKind } from '../domain/vocabulary';
import { build, entityProjection } from './cypher';
import type { StoredEntity } from './properties';
import type { EntityRecord, SearchHitRecord } from './records';

/**
 * What a search fetches (null fields: every stored property): the hits' entities as the
 * selection reads them, and the names matchedOn compares with the query only when it is selected.
 */
export interface SearchProjection {
  entityFields: Set<string> | null;
  matchedOn: boolean;
}

/** The names a hit may have matched on. */
type Names = Pick<StoredEntity, 'name' | 'brandNames' | 'synonyms'>;

export class SearchRepository {
  constructor(private readonly executor: CypherExecutor) {}

  async search(
    query: SearchQuery,
    kinds: EntityKind[] | null,
    first: number,
    projection: SearchProjection = { entityFields: null, matchedOn: true },
  ): Promise<SearchHitRecord[]> {
    const node = new Cypher.Node();
    const score = new Cypher.Variable();
    const candidates = Cypher.db.index.fulltext
      .queryNodes(ENTITY_SEARCH_INDEX, new Cypher.Param(query.lucene), {
        limit: new Cypher.Param(kinds ? first * 10 : first),
      })
      .yield(['node', node], ['score', score]);
    // Kinds filter after the index: the candidate pool is widened for it (first × 10).
    if (kinds) candidates.where(Cypher.in(node.property('kind'), new Cypher.Param(kinds)));
    const columns: Array<[Cypher.Expr, string]> = [
      [entityProjection(node, projection.entityFields), 'entity'],
      [score, 'score'],
    ];
    if (projection.matchedOn) {
      columns.push([
        new Cypher.Map({
          name: node.property('name'),
          brandNames: node.property('brandNames'),
          synonyms: node.property('synonyms'),
        }),
        'names',
      ]);
    }
    const { cypher, params } = build(
      candidates
        .return(...columns)
        .orderBy([score, 'DESC'], [node.property('sortName'), 'ASC'])
        .limit(new Cypher.Param(first)),
    );
    const rows = await this.executor.read<{ entity: EntityRecord; score: number; names?: Names }>(cypher, params);
    return rows.map(({ entity, score, names }) => ({
      entity,
      score,
      matchedOn: names
        ? bestMatchingName([names.name, ...(names.brandNames ?? []), ...names.synonyms], query.compact)
        : null,
    }));
  }
}
