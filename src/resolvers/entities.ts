import type {
  AdverseEventResolvers,
  AgentResolvers,
  AdverseEventSubjectResolvers,
  AntigenResolvers,
  BiomarkerResolvers,
  CancerResolvers,
  CheckpointResolvers,
  CytokineResolvers,
  DrugResolvers,
  EntityResolvers,
  ImmuneCellResolvers,
  IndicationResolvers,
  ProteinResolvers,
  RestrainerResolvers,
  TherapyClassResolvers,
  TherapyResolvers,
  TrialResolvers,
} from '../graphql/generated/resolvers-types';
import { BIOMARKER_TYPES, CANCER_CATEGORIES, CHECKPOINT_ROLES } from '../domain/vocabulary';
import {
  ADVERSE_EVENT_CATEGORIES,
  AGENCIES,
  APPROVAL_PATHWAYS,
  DEVELOPMENT_STAGES,
  INDICATION_STATUSES,
  LINES_OF_THERAPY,
  REGIMENS,
  SETTINGS,
  TRIAL_PHASES,
} from '../domain/indications';
import { entityFields, relationshipFieldsOf, storedEnum } from './shared';
import { storedField } from './stored';
import type { EntityProperty } from '../repositories/properties';

type Property = EntityProperty;
/** A stored enum the schema knows, else null (never an invalid enum). */
const oneOf = <T extends string, K extends Property>(values: readonly T[], key: K) =>
  storedField([key], (e) => storedEnum(values, e[key]));
const text = <K extends Property>(key: K) =>
  storedField([key], (e): string | null => {
    const value: unknown = e[key];
    return typeof value === 'string' ? value : null;
  });
const flag = <K extends Property>(key: K) =>
  storedField([key], (e): boolean | null => {
    const value: unknown = e[key];
    return typeof value === 'boolean' ? value : null;
  });
const count = <K extends Property>(key: K) =>
  storedField([key], (e): number | null => {
    const value: unknown = e[key];
    return typeof value === 'number' ? value : null;
  });

export const Entity: EntityResolvers = {
  __resolveType: (entity) => entity.kind,
};

export const Protein: ProteinResolvers = {
  __resolveType: (entity) => (entity.kind === 'Checkpoint' ? 'Checkpoint' : 'Antigen'),
};

export const Agent: AgentResolvers = {
  __resolveType: (entity) => (entity.kind === 'Drug' ? 'Drug' : 'Therapy'),
};

export const AdverseEventSubject: AdverseEventSubjectResolvers = {
  __resolveType: (entity) => (entity.kind === 'TherapyClass' ? 'TherapyClass' : 'Therapy'),
};

export const Restrainer: RestrainerResolvers = {
  __resolveType: (entity) => (entity.kind === 'Cytokine' ? 'Cytokine' : 'ImmuneCell'),
};

export const Therapy: TherapyResolvers = {
  ...entityFields,
  ...relationshipFieldsOf('Therapy'),
  // The table types brandNames for every kind (null off Therapy); the seed gives every therapy a list.
  brandNames: storedField(['brandNames'], (t) => t.brandNames ?? []),
  modality: text('modality'),
  firstApprovalYear: count('firstApprovalYear'),
  developmentStage: oneOf(DEVELOPMENT_STAGES, 'developmentStage'),
  maxPhase: count('maxPhase'),
  developmentStopped: flag('developmentStopped'),
  developmentNote: text('developmentNote'),
};

export const TherapyClass: TherapyClassResolvers = {
  ...entityFields,
  ...relationshipFieldsOf('TherapyClass'),
};

export const Checkpoint: CheckpointResolvers = {
  ...entityFields,
  ...relationshipFieldsOf('Checkpoint'),
  geneSymbol: text('geneSymbol'),
  role: oneOf(CHECKPOINT_ROLES, 'role'),
};

export const ImmuneCell: ImmuneCellResolvers = {
  ...entityFields,
  ...relationshipFieldsOf('ImmuneCell'),
  lineage: text('lineage'),
};

export const Cancer: CancerResolvers = {
  ...entityFields,
  ...relationshipFieldsOf('Cancer'),
  category: oneOf(CANCER_CATEGORIES, 'category'),
};

export const Antigen: AntigenResolvers = {
  ...entityFields,
  ...relationshipFieldsOf('Antigen'),
  geneSymbol: text('geneSymbol'),
};

export const Biomarker: BiomarkerResolvers = {
  ...entityFields,
  ...relationshipFieldsOf('Biomarker'),
  biomarkerType: oneOf(BIOMARKER_TYPES, 'biomarkerType'),
};

export const Cytokine: CytokineResolvers = {
  ...entityFields,
  ...relationshipFieldsOf('Cytokine'),
  geneSymbol: text('geneSymbol'),
};

export const Indication: IndicationResolvers = {
  ...entityFields,
  ...relationshipFieldsOf('Indication'),
  diseaseQualifier: text('diseaseQualifier'),
  population: text('population'),
  line: oneOf(LINES_OF_THERAPY, 'line'),
  priorTherapy: text('priorTherapy'),
  setting: oneOf(SETTINGS, 'setting'),
  regimen: oneOf(REGIMENS, 'regimen'),
  agency: oneOf(AGENCIES, 'agency'),
  status: oneOf(INDICATION_STATUSES, 'status'),
  pathway: oneOf(APPROVAL_PATHWAYS, 'pathway'),
  approvalDate: text('approvalDate'),
  conversionDate: text('conversionDate'),
  withdrawalDate: text('withdrawalDate'),
  withdrawal: storedField(['status', 'withdrawalDate', 'withdrawalReason'], (i) =>
    i.status === 'WITHDRAWN' || i.withdrawalDate || i.withdrawalReason
      ? { date: i.withdrawalDate, reason: i.withdrawalReason }
      : null,
  ),
  labelSection: text('labelSection'),
  note: text('note'),
};

export const Trial: TrialResolvers = {
  ...entityFields,
  ...relationshipFieldsOf('Trial'),
  nctId: text('nctId'),
  registryUrl: storedField(['nctId'], (t) => (t.nctId ? `https://clinicaltrials.gov/study/${t.nctId}` : null)),
  phase: oneOf(TRIAL_PHASES, 'phase'),
  population: text('population'),
  publication: storedField(['publicationId'], async (t, _args, ctx) =>
    t.publicationId ? ctx.loaders.source.load(t.publicationId) : null,
  ),
};

export const AdverseEvent: AdverseEventResolvers = {
  ...entityFields,
  ...relationshipFieldsOf('AdverseEvent'),
  immuneRelated: flag('immuneRelated'),
  category: oneOf(ADVERSE_EVENT_CATEGORIES, 'category'),
};

export const Drug: DrugResolvers = {
  ...entityFields,
  ...relationshipFieldsOf('Drug'),
  drugClass: text('drugClass'),
};
