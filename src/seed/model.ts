import { z } from 'zod';
import {
  ADVERSE_EVENT_CATEGORIES,
  AGENCIES,
  APPROVAL_PATHWAYS,
  CRITERION_OPERATORS,
  CRITERION_ROLES,
  DEVELOPMENT_STAGES,
  INDICATION_STATUSES,
  LINES_OF_THERAPY,
  PARTIAL_DATE,
  PREVENTION_BASES,
  REGIMENS,
  SETTINGS,
  SOURCE_KINDS,
  TRIAL_PHASES,
  xrefProblem,
} from '../domain/indications';
import {
  BIOMARKER_TYPES,
  CANCER_CATEGORIES,
  CHECKPOINT_ROLES,
  RELATION_TYPE_NAMES,
  RESPONSE_EFFECTS,
  type EntityKind,
  type RelationType,
} from '../domain/vocabulary';

export * from '../domain/indications';

/** Entity and relationship shapes as written in seed/*.yaml. Unknown fields are errors (typos). */
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens');
const evidenceRef = z.string().regex(/^[a-z0-9-]+(#.+)?$/, '"source-id" or "source-id#locator"');
const xref = z.string().superRefine((value, ctx) => {
  const problem = xrefProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
const oneOrMany = z.union([id, z.array(id).min(1)]);
const year = z.number().int().min(1900).max(2100);
const text = z.string().min(1);

function isRealDate(value: string): boolean {
  if (!PARTIAL_DATE.test(value)) return false;
  if (value.length === 7) return true;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
/** "YYYY-MM-DD", or "YYYY-MM" when the page gives only the month. */
export const partialDate = z
  .string()
  .refine(isRealDate, 'an ISO date "YYYY-MM-DD" (or "YYYY-MM" when the page gives only the month)');
const labelSection = z.string().regex(/^\d+(\.\d+)*$/, 'a label section number such as "1.2" or "5.1"');
const percent = z.number().min(0).max(100);

const entityBase = {
  id,
  name: text,
  synonyms: z.array(text).default([]),
  xrefs: z.array(xref).default([]),
  description: text.optional(),
  evidence: z.array(evidenceRef).min(1, 'every entity cites at least one source'),
};

/** Kinds written in seed/entities/<stem>[-<suffix>].yaml (Indication comes from seed/indications/). */
export type FileEntityKind = Exclude<EntityKind, 'Indication'>;

export const entitySchemas = {
  Therapy: z.strictObject({
    ...entityBase,
    brandNames: z.array(text).default([]),
    modality: text,
    firstApprovalYear: year.optional(),
    developmentStage: z.enum(DEVELOPMENT_STAGES).optional(),
    maxPhase: z.number().int().min(1).max(4).optional(),
    developmentStopped: z.boolean().optional(),
    developmentNote: text.optional(),
  }),
  TherapyClass: z.strictObject(entityBase),
  Checkpoint: z.strictObject({ ...entityBase, geneSymbol: text.optional(), role: z.enum(CHECKPOINT_ROLES) }),
  ImmuneCell: z.strictObject({ ...entityBase, lineage: text }),
  Cancer: z.strictObject({ ...entityBase, category: z.enum(CANCER_CATEGORIES) }),
  Antigen: z.strictObject({ ...entityBase, geneSymbol: text.optional() }),
  Biomarker: z.strictObject({
    ...entityBase,
    biomarkerType: z.enum(BIOMARKER_TYPES),
  }),
  Cytokine: z.strictObject({ ...entityBase, geneSymbol: text.optional() }),
  Trial: z.strictObject({
    ...entityBase,
    nctId: z.string().regex(/^NCT\d{8}$/, 'NCT followed by 8 digits').optional(),
    phase: z.enum(TRIAL_PHASES),
    population: text.optional(),
    /** The ARTICLE source (with doi or pmid) that reports the trial; stored as publicationId. */
    publication: id,
  }),
  AdverseEvent: z.strictObject({
    ...entityBase,
    immuneRelated: z.boolean(),
    category: z.enum(ADVERSE_EVENT_CATEGORIES),
  }),
  Drug: z.strictObject({ ...entityBase, drugClass: text.optional() }),
} satisfies Record<FileEntityKind, z.ZodType>;

/** File stems under seed/entities: `<stem>.yaml` or `<stem>-<suffix>.yaml`. */
export const ENTITY_FILE_STEMS: Record<string, FileEntityKind> = {
  therapies: 'Therapy',
  'therapy-classes': 'TherapyClass',
  checkpoints: 'Checkpoint',
  'immune-cells': 'ImmuneCell',
  cancers: 'Cancer',
  antigens: 'Antigen',
  biomarkers: 'Biomarker',
  cytokines: 'Cytokine',
  trials: 'Trial',
  'adverse-events': 'AdverseEvent',
  drugs: 'Drug',
};

export const graphInfoSchema = z.strictObject({
  dataAsOf: partialDate,
  title: text.optional(),
});

export const sourceSchema = z.strictObject({
  id,
  kind: z.enum(SOURCE_KINDS),
  title: text,
  file: z.string().optional(),
  citation: z.string().optional(),
  publisher: z.string().optional(),
  year: year.optional(),
  date: partialDate.optional(),
  doi: z.string().regex(/^10\.\d{4,}\/\S+$/).optional(),
  pmid: z
    .union([z.string(), z.number().int()])
    .transform(String)
    .pipe(z.string().regex(/^[1-9]\d{0,8}$/, 'a PubMed id (digits)'))
    .optional(),
  /** Label revision as printed on the label, "MM/YYYY". */
  revised: z.string().regex(/^(0[1-9]|1[0-2])\/\d{4}$/, '"MM/YYYY" as printed on the label').optional(),
  url: z.url().optional(),
});

export const relationshipSchema = z.strictObject({
  type: z.enum(RELATION_TYPE_NAMES as [RelationType, ...RelationType[]]),
  from: oneOrMany,
  to: oneOrMany,
  evidence: z.array(evidenceRef).min(1, 'every relationship cites at least one source'),
  status: z.enum(INDICATION_STATUSES).optional(),
  year: year.optional(),
  mechanism: text.optional(),
  effect: z.enum(RESPONSE_EFFECTS).optional(),
  note: text.optional(),
  // PREVENTS
  basis: z.enum(PREVENTION_BASES).optional(),
  // HAS_ADVERSE_EVENT
  boxedWarning: z.boolean().optional(),
  labelSection: labelSection.optional(),
  frequencyPercent: percent.optional(),
  grade3PlusPercent: percent.optional(),
});

export const criterionSchema = z.strictObject({
  biomarker: id,
  role: z.enum(CRITERION_ROLES),
  operator: z.enum(CRITERION_OPERATORS),
  threshold: z.number().optional(),
  unit: text.optional(),
  assay: text.optional(),
  note: text.optional(),
});
export type SeedCriterion = z.infer<typeof criterionSchema>;

const partnerSchema = z.union([id, z.strictObject({ id, note: text.optional() })]);

export const indicationSchema = z.strictObject({
  id,
  /** Computed by the loader when absent. */
  name: text.optional(),
  therapy: id,
  disease: id,
  diseaseQualifier: text.optional(),
  line: z.enum(LINES_OF_THERAPY),
  priorTherapy: text.optional(),
  setting: z.enum(SETTINGS),
  population: text.optional(),
  partners: z.array(partnerSchema).default([]),
  /** Derived from partners; when written it must agree with them. */
  regimen: z.enum(REGIMENS).optional(),
  criteria: z.array(criterionSchema).default([]),
  agency: z.enum(AGENCIES),
  status: z.enum(INDICATION_STATUSES),
  pathway: z.enum(APPROVAL_PATHWAYS).optional(),
  approvalDate: partialDate.optional(),
  conversionDate: partialDate.optional(),
  withdrawal: z.strictObject({ date: partialDate.optional(), reason: text.optional() }).optional(),
  labelSection: labelSection.optional(),
  trials: z.array(id).default([]),
  synonyms: z.array(text).default([]),
  xrefs: z.array(xref).default([]),
  description: text.optional(),
  evidence: z.array(evidenceRef).min(1, 'every indication cites at least one source'),
  note: text.optional(),
});
export type SeedIndicationRecord = z.infer<typeof indicationSchema>;

/** A source as validated from seed/sources.yaml, with the document's paragraphs read from disk. */
export type SeedSource = z.infer<typeof sourceSchema> & { passages: string[] };

/** One evidence item as stored: parallel arrays on nodes and relationships (Neo4j has no maps). */
export interface EvidenceRef {
  sourceId: string;
  locator: string | null;
}

export type AttributeValue = string | number | boolean | string[];

export interface SeedEntity {
  kind: EntityKind;
  id: string;
  name: string;
  synonyms: string[];
  xrefs: string[];
  description: string | null;
  evidence: EvidenceRef[];
  /** Kind-specific scalar properties (modality, geneSymbol, category, …). */
  attributes: Record<string, AttributeValue>;
}

export interface SeedRelationship {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  evidence: EvidenceRef[];
  properties: Record<string, string | number | boolean>;
}

/** seed/graph.yaml: stored on the single (:GraphInfo {id: 'graph'}) node. */
export interface SeedGraphInfo {
  dataAsOf: string;
  title: string | null;
}

export interface SeedGraph {
  sources: SeedSource[];
  entities: SeedEntity[];
  relations: SeedRelationship[];
  /** Absent for synthetic graphs; loadSeed always sets it. */
  info?: SeedGraphInfo;
}
