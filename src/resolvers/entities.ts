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
import { entityFields, filterByStatus, relationsOf } from './shared';

export const Entity: EntityResolvers = {
  __resolveType: (entity) => entity.kind,
};

export const Protein: ProteinResolvers = {
  __resolveType: (entity) => (entity.kind === 'Checkpoint' ? 'Checkpoint' : 'Antigen'),
};

export const Therapy: TherapyResolvers = {
  ...entityFields,
  brandNames: (t) => t.brandNames ?? [],
  modality: (t) => t.modality ?? null,
  firstApprovalYear: (t) => t.firstApprovalYear ?? null,
  classes: relationsOf('MEMBER_OF', 'OUT'),
  inhibits: relationsOf('INHIBITS', 'OUT'),
  targets: relationsOf('TARGETS', 'OUT'),
  treats: (t, args, ctx) => filterByStatus(relationsOf('TREATS', 'OUT')(t, args, ctx), args.status),
  prevents: relationsOf('PREVENTS', 'OUT'),
  activates: relationsOf('ACTIVATES', 'OUT'),
  engineers: relationsOf('ENGINEERS', 'OUT'),
  predictiveBiomarkers: relationsOf('PREDICTS_RESPONSE_TO', 'IN'),
};

export const TherapyClass: TherapyClassResolvers = {
  ...entityFields,
  members: relationsOf('MEMBER_OF', 'IN'),
  superclasses: relationsOf('SUBCLASS_OF', 'OUT'),
  subclasses: relationsOf('SUBCLASS_OF', 'IN'),
};

export const Checkpoint: CheckpointResolvers = {
  ...entityFields,
  geneSymbol: (c) => c.geneSymbol ?? null,
  role: (c) => (c.role === 'RECEPTOR' || c.role === 'LIGAND' ? c.role : null),
  inhibitedBy: relationsOf('INHIBITS', 'IN'),
  binds: relationsOf('BINDS', 'OUT'),
  boundBy: relationsOf('BINDS', 'IN'),
  expressedOn: relationsOf('EXPRESSED_ON', 'OUT'),
  suppresses: relationsOf('SUPPRESSES', 'OUT'),
  expressedByCancers: relationsOf('EXPRESSES', 'IN'),
  measuredBy: relationsOf('MEASURES', 'IN'),
};

export const ImmuneCell: ImmuneCellResolvers = {
  ...entityFields,
  lineage: (c) => c.lineage ?? null,
  activatedBy: relationsOf('ACTIVATES', 'IN'),
  engineeredBy: relationsOf('ENGINEERS', 'IN'),
  surfaceProteins: relationsOf('EXPRESSED_ON', 'IN'),
  suppressedBy: relationsOf('SUPPRESSES', 'IN'),
};

export const Cancer: CancerResolvers = {
  ...entityFields,
  category: (c) => (c.category === 'SOLID' || c.category === 'HEMATOLOGIC' ? c.category : null),
  treatedBy: (c, args, ctx) => filterByStatus(relationsOf('TREATS', 'IN')(c, args, ctx), args.status),
  preventedBy: relationsOf('PREVENTS', 'IN'),
  expresses: relationsOf('EXPRESSES', 'OUT'),
  parentTypes: relationsOf('SUBTYPE_OF', 'OUT'),
  subtypes: relationsOf('SUBTYPE_OF', 'IN'),
};

export const Antigen: AntigenResolvers = {
  ...entityFields,
  geneSymbol: (a) => a.geneSymbol ?? null,
  targetedBy: relationsOf('TARGETS', 'IN'),
  expressedOn: relationsOf('EXPRESSED_ON', 'OUT'),
  expressedByCancers: relationsOf('EXPRESSES', 'IN'),
  measuredBy: relationsOf('MEASURES', 'IN'),
};

export const Biomarker: BiomarkerResolvers = {
  ...entityFields,
  biomarkerType: (b) =>
    b.biomarkerType === 'PROTEIN_EXPRESSION' ||
    b.biomarkerType === 'GENOMIC' ||
    b.biomarkerType === 'IMMUNE_CONTEXTURE' ||
    b.biomarkerType === 'GERMLINE_HLA'
      ? b.biomarkerType
      : null,
  predictsResponseTo: relationsOf('PREDICTS_RESPONSE_TO', 'OUT'),
  measures: relationsOf('MEASURES', 'OUT'),
};
