import type { GraphQLResolveInfo } from 'graphql';
import type { EntityKind } from '../domain/vocabulary';
import { wholePaths, type PathProjection } from '../repositories/graph';
import { emptyPlan, type PrefetchPlan } from '../repositories/prefetch';
import type { SearchProjection } from '../repositories/search';
import type { StatsProjection } from '../repositories/stats';
import {
  connectionPlan,
  graphPlan,
  pathsPlan,
  rootEntityPlan,
  searchPlan,
  statsPlan,
  type GraphProjection,
} from './lookahead';

/**
 * How the root fields decide what to fetch. `optimised` reads the operation ahead (one statement
 * per root field, only the properties it reads); `plain` fetches every entity whole and leaves
 * every relationship list to the request's DataLoaders. Plain is the reference the differential
 * test compares the optimised answers with, so both modes share every resolver.
 */
export type ResolutionMode = 'optimised' | 'plain';

export interface FetchPlanner {
  rootEntity(info: GraphQLResolveInfo, kinds?: readonly EntityKind[]): PrefetchPlan;
  connection(info: GraphQLResolveInfo, kind: EntityKind, connectionTypename: string): PrefetchPlan;
  graph(info: GraphQLResolveInfo): GraphProjection;
  paths(info: GraphQLResolveInfo): PathProjection;
  search(info: GraphQLResolveInfo): SearchProjection;
  stats(info: GraphQLResolveInfo): StatsProjection;
}

const optimised: FetchPlanner = {
  rootEntity: rootEntityPlan,
  connection: connectionPlan,
  graph: graphPlan,
  paths: pathsPlan,
  search: searchPlan,
  stats: statsPlan,
};

const plain: FetchPlanner = {
  rootEntity: () => emptyPlan(),
  connection: () => emptyPlan(),
  graph: () => ({ nodeFields: null, edgeFields: null }),
  paths: () => wholePaths(),
  search: () => ({ entityFields: null, matchedOn: true }),
  stats: () => ({ breakdown: true }),
};

export const fetchPlanner = (mode: ResolutionMode): FetchPlanner => (mode === 'plain' ? plain : optimised);
