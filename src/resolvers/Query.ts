import type { GraphQLResolveInfo } from 'graphql';
import { badUserInput } from '../graphql/errors';
import { buildSearchQuery } from '../domain/search-query';
import type { EntityKind } from '../domain/vocabulary';
import type { EntityRecord } from '../repositories/records';
import type { QueryResolvers } from '../graphql/generated/resolvers-types';
import type { GraphContext } from '../context';
import { exportGraph } from '../export/service';
import { LIMITS, intInRange } from '../graphql/limits';
import { listQueries } from './lists';

/**
 * Entities by id, in one statement that also fetches the relationship fields the operation asks
 * for below (look-ahead) and only the properties it reads.
 */
function lookup(ids: readonly string[], ctx: GraphContext, info: GraphQLResolveInfo, kinds?: EntityKind[]) {
  return ctx.repositories.entities.byIds(ids, ctx.plans.rootEntity(info, kinds));
}

/** Typed lookup: null when the id is unknown or belongs to another kind. */
const byIdOf =
  (kind: EntityKind) =>
  async (
    _root: unknown,
    args: { id: string },
    ctx: GraphContext,
    info: GraphQLResolveInfo,
  ): Promise<EntityRecord | null> => {
    const [entity] = await lookup([args.id], ctx, info, [kind]);
    return entity?.kind === kind ? entity : null;
  };

export const Query: QueryResolvers = {
  entity: async (_root, { id }, ctx, info) => (await lookup([id], ctx, info))[0] ?? null,
  entities: async (_root, { ids }, ctx, info) => {
    if (ids.length > LIMITS.batchIds.max) {
      throw badUserInput(`ids may hold at most ${LIMITS.batchIds.max} ids (got ${ids.length}).`, 'ids');
    }
    return lookup(ids, ctx, info);
  },
  source: async (_root, { id }, ctx) => ctx.loaders.source.load(id),
  sources: (_root, { kind }, ctx) => ctx.repositories.sources.list(kind ?? null),

  therapy: byIdOf('Therapy'),
  therapyClass: byIdOf('TherapyClass'),
  checkpoint: byIdOf('Checkpoint'),
  immuneCell: byIdOf('ImmuneCell'),
  cancer: byIdOf('Cancer'),
  antigen: byIdOf('Antigen'),
  biomarker: byIdOf('Biomarker'),
  cytokine: byIdOf('Cytokine'),
  indication: byIdOf('Indication'),
  trial: byIdOf('Trial'),
  adverseEvent: byIdOf('AdverseEvent'),
  drug: byIdOf('Drug'),
  ...listQueries,

  search: async (_root, args, ctx, info) => {
    if (args.text.length > LIMITS.searchText.max) {
      throw badUserInput(`text may be at most ${LIMITS.searchText.max} characters.`, 'text');
    }
    const query = buildSearchQuery(args.text);
    if (!query) {
      throw badUserInput('text must contain at least one letter or digit (e.g. "keytruda", "PD-1").', 'text');
    }
    const first = intInRange(args.first ?? 10, LIMITS.searchFirst, 'first');
    const kinds = args.kinds && args.kinds.length > 0 ? args.kinds : null;
    return ctx.repositories.search.search(query, kinds, first, ctx.plans.search(info));
  },

  neighborhood: (_root, args, ctx, info) => {
    const depth = intInRange(args.depth ?? 1, LIMITS.neighborhoodDepth, 'depth');
    const limit = intInRange(args.limit ?? 200, LIMITS.neighborhoodLimit, 'limit');
    return ctx.repositories.graph.neighborhood(
      args.id,
      depth,
      args.relationTypes ?? null,
      limit,
      ctx.plans.graph(info),
    );
  },

  paths: (_root, args, ctx, info) => {
    const maxLength = intInRange(args.maxLength ?? 3, LIMITS.pathLength, 'maxLength');
    const first = intInRange(args.first ?? 5, LIMITS.pathCount, 'first');
    if (args.from === args.to) throw badUserInput('from and to must be different entities.', 'to');
    return ctx.repositories.graph.paths(
      args.from,
      args.to,
      maxLength,
      args.relationTypes ?? null,
      first,
      ctx.plans.paths(info),
    );
  },

  // Counts and the data date (seed/graph.yaml's dataAsOf) in one statement; the per-label and
  // per-type counts only when the operation selects them.
  stats: (_root, _args, ctx, info) => ctx.repositories.stats.stats(ctx.plans.stats(info)),

  graphExport: (_root, args, ctx) =>
    exportGraph(ctx.repositories.graph, {
      format: args.format,
      center: args.center ?? null,
      depth: args.depth ?? 1,
      relationTypes: args.relationTypes ?? null,
      limit: args.limit ?? LIMITS.neighborhoodLimit.max,
    }),
};
