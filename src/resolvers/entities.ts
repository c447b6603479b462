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
import type { EntityRecord } from '../repositories/records';
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
import { entityFields, relationFieldsOf, storedEnum } from './shared';

const oneOf =
  <T extends string>(values: readonly T[], key: keyof EntityRecord) =>
  (e: EntityRecord): T | null =>
    storedEnum(values, e[key]);
const text = (key: keyof EntityRecord) => (e: EntityRecord): string | null => {
  const value = e[key];
  return typeof value === 'string' ? value : null;
};
const flag = (key: keyof EntityRecord) => (e: EntityRecord): boolean | null => {
  const value = e[key];
  return typeof value === 'boolean' ? value : null;
};

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
  ...relationFieldsOf('Therapy'),
  brandNames: (t) => t.brandNames ?? [],
  modality: (t) => t.modality ?? null,
  firstApprovalYear: (t) => t.firstApprovalYear ?? null,
  developmentStage: oneOf(DEVELOPMENT_STAGES, 'developmentStage'),
  maxPhase: (t) => (typeof t.maxPhase === 'number' ? t.maxPhase : null),
  developmentStopped: flag('developmentStopped'),
  developmentNote: text('developmentNote'),
};

export const TherapyClass: TherapyClassResolvers = {
  ...entityFields,
  ...relationFieldsOf('TherapyClass'),
};

export const Checkpoint: CheckpointResolvers = {
  ...entityFields,
  ...relationFieldsOf('Checkpoint'),
  geneSymbol: (c) => c.geneSymbol ?? null,
  role: (c) => (c.role === 'RECEPTOR' || c.role === 'LIGAND' ? c.role : null),
};

export const ImmuneCell: ImmuneCellResolvers = {
  ...entityFields,
  ...relationFieldsOf('ImmuneCell'),
  lineage: (c) => c.lineage ?? null,
};

export const Cancer: CancerResolvers = {
  ...entityFields,
  ...relationFieldsOf('Cancer'),
  category: (c) => (c.category === 'SOLID' || c.category === 'HEMATOLOGIC' ? c.category : null),
};

export const Antigen: AntigenResolvers = {
  ...entityFields,
  ...relationFieldsOf('Antigen'),
  geneSymbol: (a) => a.geneSymbol ?? null,
};

export const Biomarker: BiomarkerResolvers = {
  ...entityFields,
  ...relationFieldsOf('Biomarker'),
  biomarkerType: (b) =>
    b.biomarkerType === 'PROTEIN_EXPRESSION' ||
    b.biomarkerType === 'GENOMIC' ||
    b.biomarkerType === 'IMMUNE_CONTEXTURE' ||
    b.biomarkerType === 'GERMLINE_HLA'
      ? b.biomarkerType
      : null,
};

export const Cytokine: CytokineResolvers = {
  ...entityFields,
  ...relationFieldsOf('Cytokine'),
  geneSymbol: (c) => c.geneSymbol ?? null,
};

export const Indication: IndicationResolvers = {
  ...entityFields,
  ...relationFieldsOf('Indication'),
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
  withdrawal: (i) =>
    i.status === 'WITHDRAWN' || i.withdrawalDate || i.withdrawalReason
      ? { date: i.withdrawalDate ?? null, reason: i.withdrawalReason ?? null }
      : null,
  labelSection: text('labelSection'),
  note: text('note'),
};

export const Trial: TrialResolvers = {
  ...entityFields,
  ...relationFieldsOf('Trial'),
  nctId: text('nctId'),
  registryUrl: (t) => (t.nctId ? `https://clinicaltrials.gov/study/${t.nctId}` : null),
  phase: oneOf(TRIAL_PHASES, 'phase'),
  population: text('population'),
  publication: async (t, _args, ctx) => (t.publicationId ? ctx.loaders.source.load(t.publicationId) : null),
};

export const AdverseEvent: AdverseEventResolvers = {
  ...entityFields,
  ...relationFieldsOf('AdverseEvent'),
  immuneRelated: flag('immuneRelated'),
  category: oneOf(ADVERSE_EVENT_CATEGORIES, 'category'),
};

export const Drug: DrugResolvers = {
  ...entityFields,
  ...relationFieldsOf('Drug'),
  drugClass: text('drugClass'),
};
