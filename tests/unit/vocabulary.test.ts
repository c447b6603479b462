import { buildSchema, GraphQLEnumType, GraphQLUnionType } from 'graphql';
import { ENTITY_KINDS, RELATION_TYPE_NAMES, RELATION_TYPES } from '../../src/domain/vocabulary';
import { loadTypeDefs } from '../../src/graphql/typeDefs';
import { relationshipTypename } from '../../src/resolvers/relationships';
import { identifiersOf, toExternalId } from '../../src/resolvers/shared';

const schema = buildSchema(loadTypeDefs());
const enumValues = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);

describe('the schema speaks the graph vocabulary', () => {
  it('has the same entity kinds and relationship types as the graph', () => {
    expect(enumValues('EntityKind')).toEqual([...ENTITY_KINDS]);
    expect(enumValues('RelationType')).toEqual(RELATION_TYPE_NAMES);
  });

  it('has an object type implementing Relation for every relationship type', () => {
    for (const type of RELATION_TYPE_NAMES) {
      const objectType = schema.getType(relationshipTypename(type));
      expect(objectType).toBeDefined();
      expect(schema.isSubType(schema.getType('Relation') as never, objectType as never)).toBe(true);
    }
  });

  it('has an object type implementing Entity for every kind', () => {
    for (const kind of ENTITY_KINDS) {
      expect(schema.isSubType(schema.getType('Entity') as never, schema.getType(kind) as never)).toBe(true);
    }
  });

  it('lets the Protein union hold exactly what EXPRESSES and MEASURES point at', () => {
    const members = (schema.getType('Protein') as GraphQLUnionType).getTypes().map((t) => t.name);
    expect(members.sort()).toEqual([...RELATION_TYPES.EXPRESSES.to].sort());
    expect([...RELATION_TYPES.MEASURES.to].sort()).toEqual(members.sort());
  });
});

describe('external identifiers', () => {
  it.each([
    ['HGNC:8760', 'HGNC', 'HGNC:8760', 'https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/HGNC:8760'],
    ['CHEMBL:CHEMBL1201585', 'CHEMBL', 'CHEMBL1201585', 'https://www.ebi.ac.uk/chembl/explore/compound/CHEMBL1201585'],
    ['CL:0000084', 'CL', 'CL:0000084', 'http://purl.obolibrary.org/obo/CL_0000084'],
    ['NCIT:C3224', 'NCIT', 'NCIT:C3224', 'http://purl.obolibrary.org/obo/NCIT_C3224'],
  ])('%s links to its registry', (xref, namespace, accession, url) => {
    expect(toExternalId(xref)).toEqual({ namespace, accession, url });
  });
});

describe('gene symbols as identifiers', () => {
  const base = { id: 'x', kind: 'Checkpoint' as const, nctId: null };
  it('links a protein without a checked HGNC number through its symbol', () => {
    expect(identifiersOf({ ...base, xrefs: [], geneSymbol: 'PDCD1LG2' })).toEqual([
      {
        namespace: 'HGNC.SYMBOL',
        accession: 'PDCD1LG2',
        url: 'https://www.genenames.org/tools/search/#!/?query=PDCD1LG2',
      },
    ]);
  });
  it('keeps the HGNC number alone when there is one', () => {
    expect(identifiersOf({ ...base, xrefs: ['HGNC:8760'], geneSymbol: 'PDCD1' }).map((i) => i.namespace)).toEqual([
      'HGNC',
    ]);
  });
});
