import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { PROJECT_ROOT } from '../../src/config';
import { loadTypeDefs } from '../../src/graphql/typeDefs';

/** The README is the user's truth: its example queries must stay valid against the schema. */
const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
const examples = [
  ...[...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!),
  ...[...readme.matchAll(/`(\{ [^`]+\})`/g)].map((m) => m[1]!),
];
const schema = buildSchema(loadTypeDefs());

describe('README example queries', () => {
  it('has examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  it.each(examples.map((q) => [q.trim().split('\n')[0]!.slice(0, 60), q]))('%s … is valid', (_title, query) => {
    expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
  });
});
