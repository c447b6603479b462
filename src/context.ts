import DataLoader from 'dataloader';
import type { CypherExecutor } from './db/executor';
import { fetchPlanner, type FetchPlanner, type ResolutionMode } from './graphql/fetch-plans';
import type { RelationshipRecord, SourceRecord } from './repositories/records';
import { EntityRepository } from './repositories/entities';
import { GraphRepository } from './repositories/graph';
import { RelationshipRepository, relationshipKeyId, type RelationshipKey } from './repositories/relationships';
import { SearchRepository } from './repositories/search';
import { SourceRepository } from './repositories/sources';
import { StatsRepository } from './repositories/stats';

export interface Repositories {
  entities: EntityRepository;
  relations: RelationshipRepository;
  sources: SourceRepository;
  search: SearchRepository;
  graph: GraphRepository;
  stats: StatsRepository;
}

/** Per-request context: repositories bound to a query-counting executor, and request-scoped loaders. */
export interface GraphContext {
  repositories: Repositories;
  loaders: {
    source: DataLoader<string, SourceRecord | null>;
    relations: DataLoader<RelationshipKey, RelationshipRecord[], string>;
  };
  /** What the root fields fetch ahead (look-ahead, or nothing in plain resolution). */
  plans: FetchPlanner;
  /** Cypher statements sent so far while answering this request. */
  cypherQueryCount(): number;
}

export function createContext(executor: CypherExecutor, resolution: ResolutionMode = 'optimised'): GraphContext {
  let queries = 0;
  const counted = executor.withQueryListener(() => {
    queries += 1;
  });
  const repositories: Repositories = {
    entities: new EntityRepository(counted),
    relations: new RelationshipRepository(counted),
    sources: new SourceRepository(counted),
    search: new SearchRepository(counted),
    graph: new GraphRepository(counted),
    stats: new StatsRepository(counted),
  };
  return {
    repositories,
    loaders: {
      source: new DataLoader((ids) => repositories.sources.byIds(ids)),
      relations: new DataLoader((keys) => repositories.relations.byKeys(keys), { cacheKeyFn: relationshipKeyId }),
    },
    plans: fetchPlanner(resolution),
    cypherQueryCount: () => queries,
  };
}
