import type { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../context';
import type { EntityKind } from '../domain/vocabulary';
import type { EntityListQuery, RelatedConstraint } from '../repositories/entities';
import type { EntityPage } from '../repositories/records';
import type {
  AntigenFilter,
  BiomarkerFilter,
  CancerFilter,
  CheckpointFilter,
  EntitySort,
  Resolvers,
  TherapyFilter,
} from '../graphql/generated/resolvers-types';
import { badUserInput } from '../db/errors';
import { connectionEdges, pageInfo, pageWindow } from '../graphql/pagination';

interface ListArgs<F> {
  filter?: F | null;
  sort?: EntitySort | null;
  first?: number | null;
  after?: string | null;
}

interface CommonFilter {
  nameContains?: string | null;
  relatedTo?: string | null;
}

type FilterMapping<F> = (filter: F) => Pick<EntityListQuery, 'related' | 'properties'> & { classId?: string | null };

const related = (type: RelatedConstraint['type'], direction: RelatedConstraint['direction'], id?: string | null) =>
  id ? [{ type, direction, id }] : [];

const defined = (entries: Record<string, string | null | undefined>): Record<string, string> =>
  Object.fromEntries(Object.entries(entries).filter((e): e is [string, string] => typeof e[1] === 'string'));

/** Builds the list resolver of one entity kind from how its filter maps onto graph constraints. */
function listOf<F extends CommonFilter>(kind: EntityKind, mapFilter: FilterMapping<F> = () => ({ related: [], properties: {} })) {
  return async (_root: unknown, args: ListArgs<F>, ctx: GraphContext, info: GraphQLResolveInfo): Promise<EntityPage> => {
    const { offset, first } = pageWindow(args);
    const filter = args.filter ?? ({} as F);
    if (filter.nameContains !== undefined && filter.nameContains !== null && filter.nameContains.trim() === '') {
      throw badUserInput('filter.nameContains must not be empty; omit it to list everything.', 'filter');
    }
    const mapped = mapFilter(filter);
    return ctx.repositories.entities.page(
      {
      kind,
      nameContains: filter.nameContains?.trim() ?? null,
      relatedTo: filter.relatedTo ?? null,
      classId: mapped.classId ?? null,
      related: mapped.related,
      properties: mapped.properties,
      sortField: args.sort?.field ?? 'NAME',
      descending: args.sort?.direction === 'DESC',
      offset,
      first,
      },
      ctx.plans.connection(info, kind, `${kind}Connection`),
    );
  };
}

export const listQueries: Resolvers['Query'] = {
  therapies: listOf('Therapy', (f: TherapyFilter) => ({
    classId: f.class ?? null,
    related: [...related('INHIBITS', 'OUT', f.inhibits), ...related('TARGETS', 'OUT', f.targets), ...related('TREATS', 'OUT', f.treats)],
    properties: {},
  })),
  therapyClasses: listOf('TherapyClass'),
  checkpoints: listOf('Checkpoint', (f: CheckpointFilter) => ({
    related: related('INHIBITS', 'IN', f.inhibitedBy),
    properties: defined({ role: f.role }),
  })),
  immuneCells: listOf('ImmuneCell'),
  cancers: listOf('Cancer', (f: CancerFilter) => ({
    related: [...related('TREATS', 'IN', f.treatedBy), ...related('EXPRESSES', 'OUT', f.expresses)],
    properties: defined({ category: f.category }),
  })),
  antigens: listOf('Antigen', (f: AntigenFilter) => ({
    related: related('TARGETS', 'IN', f.targetedBy),
    properties: {},
  })),
  biomarkers: listOf('Biomarker', (f: BiomarkerFilter) => ({
    related: [],
    properties: defined({ biomarkerType: f.biomarkerType }),
  })),
};

const connectionFields = {
  edges: (page: EntityPage) => connectionEdges(page),
  nodes: (page: EntityPage) => page.items,
  pageInfo: (page: EntityPage) => pageInfo(page),
};

export const connectionResolvers: Pick<
  Resolvers,
  | 'TherapyConnection'
  | 'TherapyClassConnection'
  | 'CheckpointConnection'
  | 'ImmuneCellConnection'
  | 'CancerConnection'
  | 'AntigenConnection'
  | 'BiomarkerConnection'
> = {
  TherapyConnection: connectionFields,
  TherapyClassConnection: connectionFields,
  CheckpointConnection: connectionFields,
  ImmuneCellConnection: connectionFields,
  CancerConnection: connectionFields,
  AntigenConnection: connectionFields,
  BiomarkerConnection: connectionFields,
};
