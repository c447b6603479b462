import type { StatsResolvers } from '../graphql/generated/resolvers-types';
import type { StatsRecord } from '../repositories/stats';

/**
 * The per-label and per-type counts arrive with the totals when the operation selects them
 * (statsPlan). A record without them means the plan missed a selection: that fails loudly, like
 * search's matchedOn, so the differential test (optimised against plain resolution) reports it
 * instead of a silent second round trip hiding it.
 */
function breakdown<K extends 'labels' | 'relationshipTypes'>(stats: StatsRecord, key: K): NonNullable<StatsRecord[K]> {
  const counts = stats[key];
  if (counts === null) throw new Error(`stats fetched without ${key}: the stats plan missed the selection`);
  return counts;
}

export const Stats: StatsResolvers = {
  labels: (stats) => breakdown(stats, 'labels'),
  relationshipTypes: (stats) => breakdown(stats, 'relationshipTypes'),
};
