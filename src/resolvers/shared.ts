import type { GraphContext } from '../context';
import type { RelationType } from '../domain/vocabulary';
import type { EntityRecord, EvidenceRecord, RelationRecord } from '../repositories/records';
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

/** Resolver for a typed relationship list: batched through the request's relations loader. */
export const relationsOf =
  (type: RelationType, direction: 'OUT' | 'IN') =>
  (parent: EntityRecord, _args: unknown, ctx: GraphContext): Promise<RelationRecord[]> =>
    ctx.loaders.relations.load({ entityId: parent.id, types: [type], direction });

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

export const filterByStatus = async (relations: Promise<RelationRecord[]>, status?: string | null) =>
  status ? (await relations).filter((r) => r.status === status) : relations;
