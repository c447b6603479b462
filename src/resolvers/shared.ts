import type { GraphContext } from '../context';
import type { EntityKind } from '../domain/vocabulary';
import { RELATION_FIELDS, prefetchKey, type RelationFieldSpec } from '../graphql/relation-fields';
import { PREFETCHED, type EntityRecord, type EvidenceRecord, type RelationRecord } from '../repositories/records';
import type { Direction, ExternalId, RelationType as GqlRelationType } from '../graphql/generated/resolvers-types';

const XREF_URLS: Record<string, (accession: string, local: string) => string> = {
  HGNC: (acc) => `https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/${acc}`,
  CHEMBL: (_acc, local) => `https://www.ebi.ac.uk/chembl/explore/compound/${local}`,
  CL: (_acc, local) => `http://purl.obolibrary.org/obo/CL_${local}`,
  NCIT: (_acc, local) => `http://purl.obolibrary.org/obo/NCIT_${local}`,
  MONDO: (_acc, local) => `http://purl.obolibrary.org/obo/MONDO_${local}`,
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

export function evidenceOf(record: { evidenceSources?: string[] | null; evidenceLocators?: string[] | null }): EvidenceRecord[] {
  const sources = record.evidenceSources ?? [];
  const locators = record.evidenceLocators ?? [];
  return sources.map((sourceId, i) => ({ sourceId, locator: locators[i] || null }));
}

/**
 * Resolver for a typed relationship list: what the root field prefetched in its own statement
 * when the operation asked for it ahead, else batched through the request's relations loader.
 * An optional `status` argument (treats, treatedBy) filters the list.
 */
export const relationsOf =
  (spec: RelationFieldSpec) =>
  async (parent: EntityRecord, args: { status?: string | null }, ctx: GraphContext): Promise<RelationRecord[]> => {
    const relations =
      parent[PREFETCHED]?.get(prefetchKey(spec)) ??
      (await ctx.loaders.relations.load({ entityId: parent.id, types: [spec.type], direction: spec.direction }));
    return args.status ? relations.filter((r) => r.status === args.status) : relations;
  };

/** Resolvers for every typed relationship field of a kind, from the RELATION_FIELDS table. */
export const relationFieldsOf = <K extends EntityKind>(kind: K) =>
  Object.fromEntries(Object.entries(RELATION_FIELDS[kind]).map(([field, spec]) => [field, relationsOf(spec)])) as {
    [F in keyof (typeof RELATION_FIELDS)[K]]: ReturnType<typeof relationsOf>;
  };

/**
 * Checked numeric identifiers first; a protein without one still links to HGNC through its
 * approved gene symbol.
 */
export function identifiersOf(entity: EntityRecord): ExternalId[] {
  const identifiers = (entity.xrefs ?? []).map(toExternalId);
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
  synonyms: (e: EntityRecord) => e.synonyms ?? [],
  description: (e: EntityRecord) => e.description ?? null,
  identifiers: identifiersOf,
  evidence: (e: EntityRecord) => evidenceOf(e),
  relations: (
    e: EntityRecord,
    args: { types?: GqlRelationType[] | null; direction?: Direction | null },
    ctx: GraphContext,
  ): Promise<RelationRecord[]> =>
    ctx.loaders.relations.load({
      entityId: e.id,
      types: args.types && args.types.length > 0 ? args.types : null,
      direction: args.direction ?? 'BOTH',
    }),
};

