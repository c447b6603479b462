import type {
  AntigenResolvers,
  BiomarkerResolvers,
  CancerResolvers,
  CheckpointResolvers,
  EntityResolvers,
  ImmuneCellResolvers,
  ProteinResolvers,
  TherapyClassResolvers,
  TherapyResolvers,
} from '../graphql/generated/resolvers-types';
import { entityFields, relationFieldsOf } from './shared';

export const Entity: EntityResolvers = {
  __resolveType: (entity) => entity.kind,
};

export const Protein: ProteinResolvers = {
  __resolveType: (entity) => (entity.kind === 'Checkpoint' ? 'Checkpoint' : 'Antigen'),
};

export const Therapy: TherapyResolvers = {
  ...entityFields,
  ...relationFieldsOf('Therapy'),
  brandNames: (t) => t.brandNames ?? [],
  modality: (t) => t.modality ?? null,
  firstApprovalYear: (t) => t.firstApprovalYear ?? null,
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
