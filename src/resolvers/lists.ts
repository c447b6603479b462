import type { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../context';
import type { EntityKind } from '../domain/vocabulary';
import type { Condition, EntityListQuery, RelatedConstraint } from '../repositories/entities';
import type { EntityPage } from '../repositories/records';
import type {
  AdverseEventFilter,
  AntigenFilter,
  BiomarkerFilter,
  CancerFilter,
  CheckpointFilter,
  CytokineFilter,
  DrugFilter,
  IndicationFilter,
  Resolvers,
  TherapyFilter,
  TrialFilter,
} from '../graphql/generated/resolvers-types';
import { badUserInput } from '../graphql/errors';
import { connectionEdges, pageInfo, pageWindow } from '../graphql/pagination';

interface ListArgs<F> {
  filter?: F | null;
  sort?: { field: EntityListQuery['sortField']; direction: 'ASC' | 'DESC' } | null;
  first?: number | null;
  after?: string | null;
}

interface CommonFilter {
  nameContains?: string | null;
  relatedTo?: string | null;
}

type FilterMapping<F> = (filter: F) => Pick<EntityListQuery, 'related' | 'properties'> & {
  classId?: string | null;
  conditions?: Condition[];
};

const related = (type: RelatedConstraint['type'], direction: RelatedConstraint['direction'], id?: string | null) =>
  id ? [{ type, direction, id }] : [];

const defined = (entries: Record<string, string | boolean | null | undefined>): Record<string, string | boolean> =>
  Object.fromEntries(
    Object.entries(entries).filter(
      (e): e is [string, string | boolean] => typeof e[1] === 'string' || typeof e[1] === 'boolean',
    ),
  );

const condition = (name: Condition['name'], params: Record<string, unknown>, given: unknown): Condition[] =>
  given === undefined || given === null ? [] : [{ name, params }];

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** approvedFrom/approvedTo: a year, a month or a day, checked; `To` widened to the end of its period. */
function dateBound(value: string | null | undefined, name: string, end: boolean): string | null {
  if (value === undefined || value === null) return null;
  if (!DATE.test(value))
    throw badUserInput(`filter.${name} must be a date as YYYY-MM-DD, YYYY-MM or YYYY (got "${value}").`, 'filter');
  // "2019" and "2019-04" as upper bounds include every date of that year or month.
  return end && value.length < 10 ? `${value}-99` : value;
}

/**
 * Units that name the same measure, lower-case: labels write the PD-L1 tumour proportion score
 * as "% TPS" or as "% tumour cells".
 */
export const UNIT_SYNONYMS: string[][] = [['% tps', '% tumour cells', '% tumor cells', '% tc', 'tps']];

function indicationFilter(f: IndicationFilter) {
  if (f.biomarkerValue && !Number.isFinite(f.biomarkerValue.value)) {
    throw badUserInput('filter.biomarkerValue.value must be a finite number.', 'filter');
  }
  const unit = f.biomarkerValue?.unit?.trim().toLowerCase();
  const units = unit ? (UNIT_SYNONYMS.find((group) => group.includes(unit)) ?? [unit]) : null;
  const approvedFrom = dateBound(f.approvedFrom, 'approvedFrom', false);
  const approvedTo = dateBound(f.approvedTo, 'approvedTo', true);
  return {
    related: [...related('COMBINED_WITH', 'OUT', f.partner), ...related('REQUIRES_BIOMARKER', 'OUT', f.biomarker)],
    properties: defined({
      line: f.line,
      setting: f.setting,
      status: f.status,
      agency: f.agency,
      pathway: f.pathway,
      regimen: f.regimen,
    }),
    conditions: [
      ...condition('indicationDisease', { disease: f.disease }, f.disease),
      ...condition('indicationTherapy', { therapy: f.therapy }, f.therapy),
      ...condition('indicationClass', { indicationClass: f.class }, f.class),
      ...condition(
        'biomarkerValue',
        { bvBiomarker: f.biomarkerValue?.biomarker, bvValue: f.biomarkerValue?.value, bvUnits: units },
        f.biomarkerValue,
      ),
      ...condition('excludesBiomarker', { excludesBiomarker: f.excludesBiomarker }, f.excludesBiomarker),
      ...condition('approvedFrom', { approvedFrom }, approvedFrom),
      ...condition('approvedTo', { approvedTo }, approvedTo),
    ],
  };
}

/** Builds the list resolver of one entity kind from how its filter maps onto graph constraints. */
function listOf<F extends CommonFilter>(
  kind: EntityKind,
  mapFilter: FilterMapping<F> = () => ({ related: [], properties: {} }),
) {
  return async (
    _root: unknown,
    args: ListArgs<F>,
    ctx: GraphContext,
    info: GraphQLResolveInfo,
  ): Promise<EntityPage> => {
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
        conditions: mapped.conditions ?? [],
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
    related: [
      ...related('INHIBITS', 'OUT', f.inhibits),
      ...related('TARGETS', 'OUT', f.targets),
      ...related('TREATS', 'OUT', f.treats),
      ...related('MIMICS', 'OUT', f.mimics),
      ...related('HAS_ADVERSE_EVENT', 'OUT', f.adverseEvent),
    ],
    properties: defined({ developmentStage: f.developmentStage }),
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
  indications: listOf('Indication', indicationFilter),
  trials: listOf('Trial', (f: TrialFilter) => ({
    related: [...related('TESTED_IN', 'IN', f.agent), ...related('SUPPORTED_BY', 'IN', f.supports)],
    properties: defined({ phase: f.phase }),
  })),
  adverseEvents: listOf('AdverseEvent', (f: AdverseEventFilter) => {
    const edge = [f.therapy, f.class, f.boxedWarning].some((v) => v !== undefined && v !== null);
    return {
      related: [],
      properties: defined({ immuneRelated: f.immuneRelated, category: f.category }),
      conditions: edge
        ? [
            {
              name: 'adverseEventEdge',
              params: { aeTherapy: f.therapy ?? null, aeClass: f.class ?? null, aeBoxed: f.boxedWarning ?? null },
            },
          ]
        : [],
    };
  }),
  cytokines: listOf('Cytokine', (f: CytokineFilter) => ({
    related: [...related('SECRETES', 'IN', f.secretedBy), ...related('MIMICS', 'IN', f.mimickedBy)],
    properties: {},
  })),
  drugs: listOf('Drug', (f: DrugFilter) => ({
    related: related('COMBINED_WITH', 'IN', f.partnerIn),
    properties: {},
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
  | 'IndicationConnection'
  | 'TrialConnection'
  | 'AdverseEventConnection'
  | 'CytokineConnection'
  | 'DrugConnection'
> = {
  TherapyConnection: connectionFields,
  TherapyClassConnection: connectionFields,
  CheckpointConnection: connectionFields,
  ImmuneCellConnection: connectionFields,
  CancerConnection: connectionFields,
  AntigenConnection: connectionFields,
  BiomarkerConnection: connectionFields,
  IndicationConnection: connectionFields,
  TrialConnection: connectionFields,
  AdverseEventConnection: connectionFields,
  CytokineConnection: connectionFields,
  DrugConnection: connectionFields,
};
