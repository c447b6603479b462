import type { SearchHitResolvers } from '../graphql/generated/resolvers-types';

export const SearchHit: SearchHitResolvers = {
  kind: (hit) => hit.entity.kind,
};
