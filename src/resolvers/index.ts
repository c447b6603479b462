import type { Resolvers } from '../graphql/generated/resolvers-types';
import * as entities from './entities';
import { GraphEdge, GraphNode, Path, PathSearch } from './graph';
import { connectionResolvers } from './lists';
import { Evidence, Source } from './provenance';
import { Query } from './Query';
import { relationshipResolvers } from './relationships';
import { SearchHit } from './search';
import { Stats } from './stats';

export const resolvers: Resolvers = {
  Query,
  ...entities,
  ...relationshipResolvers,
  ...connectionResolvers,
  Evidence,
  Source,
  GraphNode,
  GraphEdge,
  Path,
  PathSearch,
  SearchHit,
  Stats,
};
