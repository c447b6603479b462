import type { StatsResolvers } from '../graphql/generated/resolvers-types';

/**
 * The per-label and per-type counts arrive with the totals when the operation selects them
 * (statsPlan); a record without them (a plan that missed them) is counted again rather than
 * answered wrong.
 */
export const Stats: StatsResolvers = {
  labels: async (stats, _args, ctx) => stats.labels ?? (await ctx.repositories.stats.stats()).labels ?? [],
  relationshipTypes: async (stats, _args, ctx) =>
    stats.relationshipTypes ?? (await ctx.repositories.stats.stats()).relationshipTypes ?? [],
};
