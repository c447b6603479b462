import { z } from 'zod';
import { ENTITY_KINDS, RELATION_TYPE_NAMES, type EntityKind, type RelationType } from '../domain/vocabulary';

/** Entity and relationship shapes as written in seed/*.yaml. Unknown fields are errors (typos). */
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens');
const evidenceRef = z.string().regex(/^[a-z0-9-]+(#.+)?$/, '"source-id" or "source-id#locator"');
const xref = z.string().regex(/^(HGNC|CHEMBL|CL|NCIT|MONDO):[A-Za-z0-9_]+$/, 'PREFIX:ACCESSION with a known prefix');
const oneOrMany = z.union([id, z.array(id).min(1)]);
const year = z.number().int().min(1900).max(2100);

const entityBase = {
  id,
  name: z.string().min(1),
  synonyms: z.array(z.string().min(1)).default([]),
  xrefs: z.array(xref).default([]),
  description: z.string().min(1).optional(),
  evidence: z.array(evidenceRef).min(1, 'every entity cites at least one source'),
};

export const entitySchemas = {
  Therapy: z.strictObject({
    ...entityBase,
    brandNames: z.array(z.string().min(1)).default([]),
    modality: z.string().min(1),
    firstApprovalYear: year.optional(),
  }),
  TherapyClass: z.strictObject(entityBase),
  Checkpoint: z.strictObject({ ...entityBase, geneSymbol: z.string().min(1), role: z.enum(['RECEPTOR', 'LIGAND']) }),
  ImmuneCell: z.strictObject({ ...entityBase, lineage: z.string().min(1) }),
  Cancer: z.strictObject({ ...entityBase, category: z.enum(['SOLID', 'HEMATOLOGIC']) }),
  Antigen: z.strictObject({ ...entityBase, geneSymbol: z.string().min(1).optional() }),
  Biomarker: z.strictObject({
    ...entityBase,
    biomarkerType: z.enum(['PROTEIN_EXPRESSION', 'GENOMIC', 'IMMUNE_CONTEXTURE', 'GERMLINE_HLA']),
  }),
} satisfies Record<EntityKind, z.ZodType>;

export const sourceSchema = z.strictObject({
  id,
  kind: z.enum(['DOCUMENT', 'ARTICLE', 'REGULATORY_LABEL', 'DATABASE']),
  title: z.string().min(1),
  file: z.string().optional(),
  citation: z.string().optional(),
  publisher: z.string().optional(),
  year: year.optional(),
  doi: z.string().regex(/^10\.\d{4,}\/\S+$/).optional(),
  url: z.url().optional(),
});

export const relationSchema = z.strictObject({
  type: z.enum(RELATION_TYPE_NAMES as [RelationType, ...RelationType[]]),
  from: oneOrMany,
  to: oneOrMany,
  evidence: z.array(evidenceRef).min(1, 'every relationship cites at least one source'),
  status: z.enum(['APPROVED', 'INVESTIGATIONAL', 'WITHDRAWN']).optional(),
  year: year.optional(),
  mechanism: z.string().min(1).optional(),
  effect: z.enum(['POSITIVE', 'NEGATIVE']).optional(),
  note: z.string().min(1).optional(),
});

/** A source as validated from seed/sources.yaml, with the document's paragraphs read from disk. */
export type SeedSource = z.infer<typeof sourceSchema> & { passages: string[] };

/** One evidence item as stored: parallel arrays on nodes and relationships (Neo4j has no maps). */
export interface EvidenceRef {
  sourceId: string;
  locator: string | null;
}

export interface SeedEntity {
  kind: EntityKind;
  id: string;
  name: string;
  synonyms: string[];
  xrefs: string[];
  description: string | null;
  evidence: EvidenceRef[];
  /** Kind-specific scalar properties (modality, geneSymbol, category, …). */
  attributes: Record<string, string | number | string[]>;
}

export interface SeedRelation {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  evidence: EvidenceRef[];
  properties: Record<string, string | number>;
}

export interface SeedGraph {
  sources: SeedSource[];
  entities: SeedEntity[];
  relations: SeedRelation[];
}

