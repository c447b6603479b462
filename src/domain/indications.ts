/**
 * Enumerated values of the indication model (issue 9): the seed validator, the database and the
 * GraphQL enums all use these lists. Stored in Neo4j as the upper-case strings below.
 */
export const AGENCIES = ['FDA', 'EMA'] as const;
export type Agency = (typeof AGENCIES)[number];

export const INDICATION_STATUSES = ['APPROVED', 'WITHDRAWN', 'INVESTIGATIONAL'] as const;
export type IndicationStatus = (typeof INDICATION_STATUSES)[number];

export const LINES_OF_THERAPY = [
  'FIRST_LINE',
  'SECOND_LINE_OR_LATER',
  'THIRD_LINE_OR_LATER',
  'ANY_LINE',
  'NOT_STATED',
] as const;
export type LineOfTherapy = (typeof LINES_OF_THERAPY)[number];

export const SETTINGS = [
  'METASTATIC',
  'ADVANCED',
  'UNRESECTABLE_OR_METASTATIC',
  'LOCALLY_ADVANCED',
  'ADJUVANT',
  'NEOADJUVANT',
  'PERIOPERATIVE',
  'MAINTENANCE',
  'CONSOLIDATION',
  'RELAPSED_OR_REFRACTORY',
  'NON_MUSCLE_INVASIVE',
  'NOT_STATED',
] as const;
export type TreatmentSetting = (typeof SETTINGS)[number];

export const REGIMENS = ['MONOTHERAPY', 'COMBINATION'] as const;
export type Regimen = (typeof REGIMENS)[number];

export const APPROVAL_PATHWAYS = ['REGULAR', 'ACCELERATED'] as const;
export type ApprovalPathway = (typeof APPROVAL_PATHWAYS)[number];

export const TRIAL_PHASES = ['PHASE_1', 'PHASE_1_2', 'PHASE_2', 'PHASE_3'] as const;
export type TrialPhase = (typeof TRIAL_PHASES)[number];

export const ADVERSE_EVENT_CATEGORIES = [
  'IMMUNE_MEDIATED',
  'CYTOKINE_RELEASE',
  'NEUROLOGIC',
  'INFUSION_REACTION',
  'HAEMATOLOGIC',
  'INFECTION',
  'SECONDARY_MALIGNANCY',
  'EMBRYO_FETAL',
  'HEPATIC',
  'CARDIOVASCULAR',
  'OTHER',
] as const;
export type AdverseEventCategory = (typeof ADVERSE_EVENT_CATEGORIES)[number];

export const DEVELOPMENT_STAGES = ['APPROVED', 'INVESTIGATIONAL'] as const;
export type DevelopmentStage = (typeof DEVELOPMENT_STAGES)[number];

/** REQUIRES_BIOMARKER: is the criterion one a patient must meet, or one that rules them out. */
export const CRITERION_ROLES = ['INCLUSION', 'EXCLUSION'] as const;
export type CriterionRole = (typeof CRITERION_ROLES)[number];

/** POSITIVE/PRESENT = the biomarker is present; NEGATIVE/ABSENT = it is not. */
export const CRITERION_OPERATORS = [
  'GTE',
  'GT',
  'LTE',
  'LT',
  'EQ',
  'POSITIVE',
  'NEGATIVE',
  'ABSENT',
  'PRESENT',
] as const;
export type CriterionOperator = (typeof CRITERION_OPERATORS)[number];
/** Operators that compare a measured value with `threshold` (which then needs a `unit`). */
export const COMPARISON_OPERATORS = ['GTE', 'GT', 'LTE', 'LT', 'EQ'] as const satisfies readonly CriterionOperator[];

/** PREVENTS basis: LABEL = the label claims it; EPIDEMIOLOGICAL = population evidence only. */
export const PREVENTION_BASES = ['LABEL', 'EPIDEMIOLOGICAL'] as const;
export type PreventionBasis = (typeof PREVENTION_BASES)[number];

export const SOURCE_KINDS = [
  'DOCUMENT',
  'ARTICLE',
  'REGULATORY_LABEL',
  'REGULATORY_NOTICE',
  'DATABASE',
  'WEB_PAGE',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * Identifier prefixes and the accession pattern of each (the part after "PREFIX:").
 * CHEMBL keeps its own prefix inside the accession ("CHEMBL:CHEMBL3137343").
 */
export const XREF_PATTERNS = {
  HGNC: /^\d+$/,
  CHEMBL: /^CHEMBL\d+$/,
  CL: /^\d{7}$/,
  NCIT: /^C\d+$/,
  MONDO: /^\d{7}$/,
  EFO: /^\d{7}$/,
  UniProt: /^([OPQ][0-9][A-Z0-9]{3}[0-9]|[A-NR-Z][0-9]([A-Z][A-Z0-9]{2}[0-9]){1,2})(-\d+)?$/,
  Ensembl: /^ENS[A-Z]*[GTPE]\d{11}(\.\d+)?$/,
  NCBIGene: /^\d+$/,
  DrugBank: /^DB\d{5}$/,
  UNII: /^[A-Z0-9]{10}$/,
  MedDRA: /^\d{8}$/,
  NCT: /^NCT\d{8}$/,
  PMID: /^[1-9]\d{0,8}$/,
} as const satisfies Record<string, RegExp>;
export type XrefPrefix = keyof typeof XREF_PATTERNS;
export const XREF_PREFIXES = Object.keys(XREF_PATTERNS) as XrefPrefix[];

/** Link-outs for each prefix (accession appended), for clients that render identifiers. */
export const XREF_URLS: Record<XrefPrefix, string> = {
  HGNC: 'https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/HGNC:',
  CHEMBL: 'https://www.ebi.ac.uk/chembl/compound_report_card/',
  CL: 'http://purl.obolibrary.org/obo/CL_',
  NCIT: 'https://ncit.nci.nih.gov/ncitbrowser/ConceptReport.jsp?dictionary=NCI_Thesaurus&code=',
  MONDO: 'http://purl.obolibrary.org/obo/MONDO_',
  EFO: 'http://www.ebi.ac.uk/efo/EFO_',
  UniProt: 'https://www.uniprot.org/uniprotkb/',
  Ensembl: 'https://www.ensembl.org/id/',
  NCBIGene: 'https://www.ncbi.nlm.nih.gov/gene/',
  DrugBank: 'https://go.drugbank.com/drugs/',
  UNII: 'https://precision.fda.gov/uniisearch/srs/unii/',
  MedDRA: 'https://www.meddra.org/',
  NCT: 'https://clinicaltrials.gov/study/',
  PMID: 'https://pubmed.ncbi.nlm.nih.gov/',
};

/** A problem with an identifier, or null when "PREFIX:ACCESSION" is well formed. */
export function xrefProblem(xref: string): string | null {
  const colon = xref.indexOf(':');
  if (colon <= 0) return 'write identifiers as PREFIX:ACCESSION';
  const prefix = xref.slice(0, colon);
  const accession = xref.slice(colon + 1);
  if (!Object.prototype.hasOwnProperty.call(XREF_PATTERNS, prefix)) {
    return `unknown identifier prefix "${prefix}" (allowed: ${XREF_PREFIXES.join(', ')})`;
  }
  const pattern = XREF_PATTERNS[prefix as XrefPrefix];
  return pattern.test(accession) ? null : `"${accession}" is not a ${prefix} accession (${pattern.source})`;
}

/** ISO date "YYYY-MM-DD" or month "YYYY-MM" (when the page gives only the month). */
export const PARTIAL_DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/** Compares two partial ISO dates on their common precision: <0, 0 (same or undecidable), >0. */
export function comparePartialDates(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  return a.slice(0, length).localeCompare(b.slice(0, length));
}

export const LINE_WORDS: Record<LineOfTherapy, string> = {
  FIRST_LINE: 'first line',
  SECOND_LINE_OR_LATER: 'second line or later',
  THIRD_LINE_OR_LATER: 'third line or later',
  ANY_LINE: 'any line',
  NOT_STATED: '',
};

export const OPERATOR_SYMBOLS: Record<CriterionOperator, string> = {
  GTE: '≥',
  GT: '>',
  LTE: '≤',
  LT: '<',
  EQ: '=',
  POSITIVE: 'positive',
  NEGATIVE: 'negative',
  ABSENT: 'absent',
  PRESENT: 'present',
};
