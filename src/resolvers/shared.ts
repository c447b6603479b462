import type { GraphContext } from '../context';
import type { EntityKind } from '../domain/vocabulary';
import { RELATIONSHIP_FIELDS, prefetchKey, type RelationshipFieldSpec } from '../graphql/relationship-fields';
import {
  PREFETCHED,
  type EntityRecord,
  type EvidenceRecord,
  type Fetched,
  type RelationshipRecord,
} from '../repositories/records';
import { storedCheck, storedField, storedRelationshipCheck } from './stored';
import type { Direction, ExternalId, RelationType as GqlRelationType } from '../graphql/generated/resolvers-types';

const XREF_URLS: Record<string, (accession: string, local: string) => string> = {
  HGNC: (acc) => `https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/${acc}`,
  CHEMBL: (_acc, local) => `https://www.ebi.ac.uk/chembl/explore/compound/${local}`,
  CL: (_acc, local) => `http://purl.obolibrary.org/obo/CL_${local}`,
  NCIT: (_acc, local) => `http://purl.obolibrary.org/obo/NCIT_${local}`,
  MONDO: (_acc, local) => `http://purl.obolibrary.org/obo/MONDO_${local}`,
  EFO: (_acc, local) => `http://www.ebi.ac.uk/efo/EFO_${local}`,
  UniProt: (_acc, local) => `https://www.uniprot.org/uniprotkb/${local}/entry`,
  Ensembl: (_acc, local) => `https://www.ensembl.org/id/${local}`,
  NCBIGene: (_acc, local) => `https://www.ncbi.nlm.nih.gov/gene/${local}`,
  DrugBank: (_acc, local) => `https://go.drugbank.com/drugs/${local}`,
  UNII: (_acc, local) => `https://precision.fda.gov/uniisearch/srs/unii/${local}`,
  MedDRA: (_acc, local) => `https://identifiers.org/meddra:${local}`,
  NCT: (_acc, local) => `https://clinicaltrials.gov/study/${local}`,
  PMID: (_acc, local) => `https://pubmed.ncbi.nlm.nih.gov/${local}/`,
};

/** "CHEMBL:CHEMBL3137343" → {namespace: CHEMBL, accession: CHEMBL3137343, url}. */
export function toExternalId(xref: string): ExternalId {
  const colon = xref.indexOf(':');
  const namespace = xref.slice(0, colon);
  const local = xref.slice(colon + 1);
  const accession = namespace === 'CHEMBL' ? local : xref;
  const url = XREF_URLS[namespace]?.(accession, local) ?? '';
  return { namespace, accession, url };
}

export function evidenceOf(record: { evidenceSources: string[]; evidenceLocators: string[] }): EvidenceRecord[] {
  return record.evidenceSources.map((sourceId, i) => ({ sourceId, locator: record.evidenceLocators[i] || null }));
}

/** Conditions on an entity's own indications (Therapy.indications(filter), Cancer.indications(filter)). */
export interface OwnIndicationFilter {
  status?: string | null;
  agency?: string | null;
  line?: string | null;
  setting?: string | null;
  regimen?: string | null;
  pathway?: string | null;
}
const OWN_INDICATION_KEYS = ['status', 'agency', 'line', 'setting', 'regimen', 'pathway'] as const;

/** The `filter` argument of fields handing out indications; the look-ahead fetches what it reads. */
export const matchesOwnFilter = storedCheck(OWN_INDICATION_KEYS, (entity, filter: OwnIndicationFilter) =>
  OWN_INDICATION_KEYS.every((key) => filter[key] === undefined || filter[key] === null || entity[key] === filter[key]),
);

/** The `status` argument of typed relationship lists (treats, treatedBy). */
export const matchesStatus = storedRelationshipCheck(
  ['status'],
  (relation, status: string) => relation.status === status,
);

/**
 * The relationships of one typed relationship field: what the root field prefetched in its own
 * statement when the operation asked for it ahead, else batched through the request's relations
 * loader; narrowed to the spec's far kind.
 */
async function relationshipListOf(
  spec: RelationshipFieldSpec,
  parent: EntityRecord,
  ctx: GraphContext,
): Promise<RelationshipRecord[]> {
  const relations =
    parent[PREFETCHED]?.get(prefetchKey(spec)) ??
    (await ctx.loaders.relations.load({ entityId: parent.id, types: [spec.type], direction: spec.direction }));
  if (!spec.farKind) return relations;
  return relations.filter((r) => (spec.direction === 'OUT' ? r.to : r.from).kind === spec.farKind);
}

/**
 * Resolver for a typed relationship list. An optional `status` argument (treats, treatedBy)
 * filters the list.
 */
export const relationshipsOf =
  (spec: RelationshipFieldSpec) =>
  async (parent: EntityRecord, args: { status?: string | null }, ctx: GraphContext): Promise<RelationshipRecord[]> => {
    const relations = await relationshipListOf(spec, parent, ctx);
    const status = args.status;
    return status ? relations.filter((r) => matchesStatus(r, status)) : relations;
  };

/**
 * Resolver for a field handing out the far ends of a relationship type (Therapy.indications,
 * Indication.partners), in relationship-id order; `filter` narrows them on their own properties.
 */
export const farEndsOf =
  (spec: RelationshipFieldSpec) =>
  async (
    parent: EntityRecord,
    args: { filter?: OwnIndicationFilter | null },
    ctx: GraphContext,
  ): Promise<EntityRecord[]> => {
    const ends = (await relationshipListOf(spec, parent, ctx)).map((r) => (spec.direction === 'OUT' ? r.to : r.from));
    return args.filter ? ends.filter((e) => matchesOwnFilter(e, args.filter!)) : ends;
  };

/** Resolver for a single far end (Indication.therapy, Indication.disease): the first, or null. */
export const farEndOf =
  (spec: RelationshipFieldSpec) =>
  async (parent: EntityRecord, _args: unknown, ctx: GraphContext): Promise<EntityRecord | null> =>
    (await farEndsOf(spec)(parent, {}, ctx))[0] ?? null;

// The table decides per field; codegen's types check each kind's resolvers against the schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type FieldResolver = (parent: EntityRecord, args: any, ctx: GraphContext) => Promise<any>;

/** Resolvers for every typed relationship field of a kind, from the RELATIONSHIP_FIELDS table. */
export const relationshipFieldsOf = <K extends EntityKind>(kind: K) =>
  Object.fromEntries(
    Object.entries(RELATIONSHIP_FIELDS[kind]).map(([field, spec]: [string, RelationshipFieldSpec]) => [
      field,
      spec.returns === 'entities'
        ? farEndsOf(spec)
        : spec.returns === 'entity'
          ? farEndOf(spec)
          : relationshipsOf(spec),
    ]),
  ) as { [F in keyof (typeof RELATIONSHIP_FIELDS)[K]]: FieldResolver };

/**
 * Checked numeric identifiers first; a protein without one still links to HGNC through its
 * approved gene symbol.
 */
export function identifiersOf(entity: Fetched<'xrefs' | 'nctId' | 'geneSymbol'>): ExternalId[] {
  const identifiers = entity.xrefs.map(toExternalId);
  // A trial's registry id is a field of its own; it links like any NCT identifier.
  if (entity.nctId && !identifiers.some((id) => id.namespace === 'NCT'))
    identifiers.push(toExternalId(`NCT:${entity.nctId}`));
  if (entity.geneSymbol && !identifiers.some((id) => id.namespace === 'HGNC')) {
    identifiers.push({
      namespace: 'HGNC.SYMBOL',
      accession: entity.geneSymbol,
      url: `https://www.genenames.org/tools/search/#!/?query=${encodeURIComponent(entity.geneSymbol)}`,
    });
  }
  return identifiers;
}

/** Fields every entity type resolves the same way. */
export const entityFields = {
  name: storedField(['name'], (e) => e.name),
  synonyms: storedField(['synonyms'], (e) => e.synonyms),
  description: storedField(['description'], (e) => e.description),
  identifiers: storedField(['xrefs', 'geneSymbol', 'nctId'], identifiersOf),
  evidence: storedField(['evidenceSources', 'evidenceLocators'], evidenceOf),
  // Reads no stored property of the entity: its relationships come through the request's loader.
  relations: storedField(
    [],
    (e, args: { types?: GqlRelationType[] | null; direction?: Direction | null }, ctx): Promise<RelationshipRecord[]> =>
      ctx.loaders.relations.load({
        entityId: e.id,
        types: args.types && args.types.length > 0 ? args.types : null,
        direction: args.direction ?? 'BOTH',
      }),
  ),
};

/** A stored enum value when it is one the schema knows, else null (never an invalid enum). */
export function storedEnum<T extends string>(values: readonly T[], value: unknown): T | null {
  return typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : null;
}
