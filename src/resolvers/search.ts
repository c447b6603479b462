import type { SearchHitResolvers } from '../graphql/generated/resolvers-types';

export const SearchHit: SearchHitResolvers = {
  kind: (hit) => hit.entity.kind,
  matchedOn: (hit) => {
    // searchPlan fetches the names whenever matchedOn is selected: null here is a planning bug.
    if (hit.matchedOn === null) throw new Error('search hit fetched without the names matchedOn compares');
    return hit.matchedOn;
  },
};
