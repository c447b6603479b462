/**
 * The graph's vocabulary: node labels and relationship types with their allowed endpoints.
 * Seed validation, the database schema and the GraphQL enums all derive from (or are tested
 * against) this file, so the three cannot drift apart.
 */
export const ENTITY_KINDS = [
  'Therapy',
  'TherapyClass',
  'Checkpoint',
  'ImmuneCell',
  'Cancer',
  'Antigen',
  'Biomarker',
  'Cytokine',
  'Indication',
  'Trial',
  'AdverseEvent',
  'Drug',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const SOURCE_LABEL = 'Source';

interface RelationshipSpec {
  from: readonly EntityKind[];
  to: readonly EntityKind[];
  meaning: string;
}

export const RELATION_TYPES = {
  MEMBER_OF: { from: ['Therapy'], to: ['TherapyClass'], meaning: 'the therapy belongs to the class' },
  SUBCLASS_OF: { from: ['TherapyClass'], to: ['TherapyClass'], meaning: 'the class is a narrower kind of the other' },
  INHIBITS: { from: ['Therapy'], to: ['Checkpoint'], meaning: 'the therapy blocks the checkpoint' },
  TARGETS: { from: ['Therapy'], to: ['Antigen'], meaning: 'the therapy binds or is directed at the antigen' },
  TREATS: { from: ['Therapy'], to: ['Cancer'], meaning: 'the therapy is approved or studied to treat the cancer' },
  PREVENTS: { from: ['Therapy'], to: ['Cancer'], meaning: 'the therapy lowers the risk of the cancer' },
  ACTIVATES: { from: ['Therapy'], to: ['ImmuneCell'], meaning: 'the therapy stimulates or unleashes the cells' },
  ENGINEERS: { from: ['Therapy'], to: ['ImmuneCell'], meaning: 'the therapy is made of modified cells of this type' },
  EXPANDS: {
    from: ['Therapy'],
    to: ['ImmuneCell'],
    meaning: 'the therapy is made of cells of this type grown outside the body without genetic modification',
  },
  BINDS: { from: ['Checkpoint'], to: ['Checkpoint'], meaning: 'receptor–ligand pair' },
  EXPRESSED_ON: {
    from: ['Checkpoint', 'Antigen'],
    to: ['ImmuneCell'],
    meaning: 'the protein is found on the surface of the cells',
  },
  SUPPRESSES: {
    from: ['Checkpoint'],
    to: ['ImmuneCell'],
    meaning: 'signalling through the checkpoint damps the cells',
  },
  EXPRESSES: {
    from: ['Cancer'],
    to: ['Antigen', 'Checkpoint'],
    meaning: 'tumour cells of the cancer carry the protein',
  },
  SUBTYPE_OF: { from: ['Cancer'], to: ['Cancer'], meaning: 'the cancer is a narrower kind of the other' },
  PREDICTS_RESPONSE_TO: {
    from: ['Biomarker'],
    to: ['Therapy'],
    meaning: 'the biomarker helps select patients for the therapy (or predicts no benefit)',
  },
  MEASURES: { from: ['Biomarker'], to: ['Checkpoint', 'Antigen'], meaning: 'the biomarker is read off this protein' },
  // Indications: who gets which therapy, for what, with what, on which criteria and evidence.
  HAS_INDICATION: {
    from: ['Therapy'],
    to: ['Indication'],
    meaning: "the therapy's label (the label holder) carries this indication",
  },
  INDICATED_FOR: { from: ['Indication'], to: ['Cancer'], meaning: 'the indication treats this disease' },
  COMBINED_WITH: {
    from: ['Indication'],
    to: ['Therapy', 'Drug'],
    meaning: 'the regimen of the indication includes this partner besides the label holder',
  },
  REQUIRES_BIOMARKER: {
    from: ['Indication'],
    to: ['Biomarker'],
    meaning: 'a biomarker criterion of the indication (inclusion or exclusion, operator, threshold, assay)',
  },
  SUPPORTED_BY: { from: ['Indication'], to: ['Trial'], meaning: 'the trial is the basis of the indication' },
  TESTED_IN: { from: ['Therapy', 'Drug'], to: ['Trial'], meaning: 'the agent was given in an arm of the trial' },
  // Safety.
  HAS_ADVERSE_EVENT: {
    from: ['Therapy', 'TherapyClass'],
    to: ['AdverseEvent'],
    meaning: 'the label (or a class-wide regulatory statement) warns of this adverse event',
  },
  MEDIATED_BY: { from: ['AdverseEvent'], to: ['Cytokine'], meaning: 'the cytokine drives the adverse event' },
  // Cells and cytokines acting on each other.
  SECRETES: { from: ['ImmuneCell'], to: ['Cytokine'], meaning: 'the cells produce the cytokine' },
  STIMULATES: {
    from: ['Cytokine'],
    to: ['ImmuneCell'],
    meaning: 'the cytokine drives growth or activity of the cells',
  },
  RESTRAINS: {
    from: ['ImmuneCell', 'Cytokine'],
    to: ['ImmuneCell'],
    meaning: 'the cells or the cytokine suppress the activity of the target cells',
  },
  MIMICS: { from: ['Therapy'], to: ['Cytokine'], meaning: 'the therapy is, or acts as, this cytokine' },
} as const satisfies Record<string, RelationshipSpec>;

export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

export function isRelationType(value: string): value is RelationType {
  return Object.prototype.hasOwnProperty.call(RELATION_TYPES, value);
}

export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}

/** Entity and relationship enums outside the indication model (see indications.ts for those). */
export const CHECKPOINT_ROLES = ['RECEPTOR', 'LIGAND'] as const;
export type CheckpointRole = (typeof CHECKPOINT_ROLES)[number];

export const CANCER_CATEGORIES = ['SOLID', 'HEMATOLOGIC'] as const;
export type CancerCategory = (typeof CANCER_CATEGORIES)[number];

export const BIOMARKER_TYPES = ['PROTEIN_EXPRESSION', 'GENOMIC', 'IMMUNE_CONTEXTURE', 'GERMLINE_HLA'] as const;
export type BiomarkerType = (typeof BIOMARKER_TYPES)[number];

/** PREDICTS_RESPONSE_TO: the biomarker selects responders (POSITIVE) or predicts no benefit. */
export const RESPONSE_EFFECTS = ['POSITIVE', 'NEGATIVE'] as const;
export type ResponseEffect = (typeof RESPONSE_EFFECTS)[number];
