import { parse, validate } from 'graphql';
import {
  OPERATION_LIMITS,
  generateOperation,
  operationProblem,
  operationShape,
} from '../../scripts/differential/generator';
import { firstDifference } from '../../scripts/differential/compare';
import { mulberry32 } from '../../scripts/random';
import { loadGeneratorData, loadSchema } from '../../scripts/differential/seed-data';

const schema = loadSchema();
const data = loadGeneratorData();
const SEEDS = Array.from({ length: 300 }, (_, i) => i + 1);
const operations = SEEDS.map((seed) => generateOperation(schema, data, seed));

describe('the seeded operation generator', () => {
  it('is deterministic: a seed always gives the same operation and variables', () => {
    for (const seed of [1, 7, 42, 1234, 99999]) {
      expect(generateOperation(schema, data, seed)).toEqual(generateOperation(schema, data, seed));
    }
    expect(generateOperation(schema, data, 1).query).not.toBe(generateOperation(schema, data, 2).query);
    const a = mulberry32(5);
    const b = mulberry32(5);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('only produces valid operations within the depth and alias limits', () => {
    for (const operation of operations) {
      const document = parse(operation.query);
      expect(validate(schema, document)).toEqual([]);
      const shape = operationShape(document);
      expect(shape.depth).toBeLessThanOrEqual(OPERATION_LIMITS.maxFieldDepth);
      expect(shape.aliases).toBeLessThanOrEqual(OPERATION_LIMITS.maxAliases);
      expect(operation.relationshipHops).toBeLessThanOrEqual(OPERATION_LIMITS.maxRelationshipHops);
    }
  });

  it('declares a variable for every value it passes', () => {
    for (const { query, variables } of operations) {
      for (const name of Object.keys(variables)) expect(query).toContain(`$${name}:`);
    }
  });

  it('reaches every root field, every typed relationship field and the language features the look-ahead reads', () => {
    const text = operations.map((o) => o.query).join('\n');
    const rootFields = Object.keys(schema.getQueryType()!.getFields());
    const relationFields = Object.values(schema.getTypeMap())
      .filter((t) => 'getInterfaces' in t && t.getInterfaces().some((i) => i.name === 'Entity'))
      .flatMap((t) => Object.values((t as import('graphql').GraphQLObjectType).getFields()))
      .filter(
        (f) =>
          /^\[\w+!\]!$/.test(String(f.type)) && schema.getType(String(f.type).slice(1, -3))!.toString() !== 'String',
      )
      .map((f) => f.name);
    const missing = [...rootFields, ...relationFields].filter((name) => !new RegExp(`\\b${name}\\b`).test(text));
    expect(missing).toEqual([]);
    expect(text).toMatch(/fragment F\d+ on (Entity|Relation|Protein)\b/);
    expect(text).toMatch(/\.\.\. on (Entity|Relation|Protein) /);
    expect(text).toMatch(/\w+\d+: (treats|treatedBy)\(status: \$?\w+\)/);
    expect(text).toMatch(/query Generated\(\$v\d+: /);
    expect(text).toMatch(/@(include|skip)\(if: /);
    expect(Math.max(...operations.map((o) => o.relationshipHops))).toBe(OPERATION_LIMITS.maxRelationshipHops);
  });

  it('rejects what is not a valid operation, and finds where two answers differ', () => {
    expect(operationProblem(schema, '{ therapy { id } }')).toMatch(/argument "id"/);
    expect(operationProblem(schema, '{ nope }')).toMatch(/Cannot query field "nope"/);
    expect(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe('a.1.b');
    expect(firstDifference({ a: 1 }, { a: 1 })).toBeNull();
  });
});
