import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, visit } from 'graphql';
import type { ResolutionMode } from '../../src/graphql/fetch-plans';
import { generateOperation } from '../../scripts/differential/generator';
import { loadGeneratorData, loadSchema } from '../../scripts/differential/seed-data';
import { TAKE_EXCLUSIVE_GUARD, TAKE_SHARED_GUARD } from '../../src/db/reseed-guard';
import { GraphRepository } from '../../src/repositories/graph';
import { RelationshipRepository } from '../../src/repositories/relationships';
import { compileOperation, render, RecordingExecutor, stopCompiler, type Compiled } from './compile';

/**
 * The database-free Cypher tier: each tests/tck/operations/<name>.graphql is compiled through the
 * real schema, resolvers and repositories, and the Cypher and parameters it produces are compared
 * with <name>.cypher (plain resolution: <name>.plain.cypher). Update them with `npm run tck:update`
 * after a deliberate change, and review the diff like code.
 */
const DIR = path.join(__dirname, 'operations');
const UPDATE = process.env.TCK_UPDATE === '1';

interface TckOperation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  modes: ResolutionMode[];
}

function loadOperations(): TckOperation[] {
  return fs
    .readdirSync(DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(DIR, file), 'utf8');
      const header = (key: string) => text.match(new RegExp(`^# ${key}: (.*)$`, 'm'))?.[1];
      const mode = header('mode') ?? 'optimised';
      const modes: ResolutionMode[] = mode === 'both' ? ['optimised', 'plain'] : [mode as ResolutionMode];
      return {
        name: file.slice(0, -'.graphql'.length),
        query: text,
        variables: JSON.parse(header('variables') ?? '{}'),
        modes,
      };
    });
}

const operations = loadOperations();

/** Compares `actual` with the stored file, or (TCK_UPDATE=1) rewrites it. */
function matchFile(file: string, actual: string): void {
  if (UPDATE) fs.writeFileSync(file, actual);
  else if (!fs.existsSync(file))
    throw new Error(`no snapshot ${path.relative(process.cwd(), file)}: run npm run tck:update`);
  expect(actual).toBe(fs.readFileSync(file, 'utf8'));
}

/** Every string the operation carries, in variables or inline in the document. */
function userStrings(query: string, variables: Record<string, unknown>): string[] {
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') found.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(variables);
  visit(parse(query), {
    [Kind.STRING]: (node) => {
      found.push(node.value);
    },
  });
  return found;
}

/** Strings that could be told apart from Cypher's own words: none of them may be in the text. */
function leakedInto(compiled: Compiled, strings: string[]): string[] {
  const text = compiled.statements.map((s) => s.cypher.toLowerCase()).join('\n');
  return strings.filter((s) => s.length >= 4 && text.includes(s.toLowerCase()));
}

afterAll(() => stopCompiler());

describe('compiled Cypher per GraphQL operation (tests/tck/operations)', () => {
  it('has the operations the tier promises', () => {
    expect(operations.length).toBeGreaterThanOrEqual(30);
    expect(operations.filter((o) => o.modes.includes('plain')).length).toBeGreaterThanOrEqual(3);
  });

  for (const operation of operations) {
    for (const mode of operation.modes) {
      const file = path.join(DIR, `${operation.name}${mode === 'plain' ? '.plain' : ''}.cypher`);
      it(`${operation.name} (${mode})`, async () => {
        const compiled = await compileOperation(operation.query, operation.variables, mode);
        if (!operation.name.startsWith('rejected-')) expect(compiled.errors).toEqual([]);
        expect(leakedInto(compiled, userStrings(operation.query, operation.variables))).toEqual([]);
        matchFile(file, render(compiled));
      });
    }
  }

  it('has no snapshot without its operation', () => {
    const expected = new Set(
      operations.flatMap((o) => o.modes.map((m) => `${o.name}${m === 'plain' ? '.plain' : ''}.cypher`)),
    );
    const orphans = fs.readdirSync(DIR).filter((f) => f.endsWith('.cypher') && !expected.has(f));
    if (UPDATE) for (const orphan of orphans) fs.rmSync(path.join(DIR, orphan));
    else expect(orphans).toEqual([]);
  });
});

/**
 * Statements an empty answer never leads to (the relationship loader runs only for entities that
 * were found; the whole-graph export has no GraphQL field): compiled by calling the repository.
 */
describe('repository statements behind loaders and routes (tests/tck/repositories)', () => {
  const cases: Record<string, (executor: RecordingExecutor) => Promise<unknown>> = {
    'relations-by-keys': (executor) =>
      new RelationshipRepository(executor.asExecutor()).byKeys([
        { entityId: 'mk-anchor-a', types: null, direction: 'BOTH' },
        { entityId: 'mk-anchor-b', types: ['TREATS', 'INHIBITS'], direction: 'OUT' },
      ]),
    'reseed-guards': async (executor) => {
      await executor.read(TAKE_SHARED_GUARD);
      await executor.write(TAKE_EXCLUSIVE_GUARD);
    },
    'whole-graph': (executor) => new GraphRepository(executor.asExecutor()).wholeGraph(null, 5000),
    'whole-graph-typed': (executor) => new GraphRepository(executor.asExecutor()).wholeGraph(['TREATS'], 5000),
  };
  for (const [name, call] of Object.entries(cases)) {
    it(name, async () => {
      const executor = new RecordingExecutor();
      await call(executor);
      const compiled = { statements: executor.statements, errors: [] };
      expect(leakedInto(compiled, ['mk-anchor-a', 'mk-anchor-b'])).toEqual([]);
      matchFile(path.join(__dirname, 'repositories', `${name}.cypher`), render(compiled));
    });
  }
});

describe('no user-supplied string reaches Cypher text', () => {
  const schema = loadSchema();
  const data = loadGeneratorData();
  let counter = 0;
  const marker = () => `zqmark${(counter++).toString(36)}q`;

  /** The generator's operation with every string value (variables and inline) replaced by a unique marker. */
  function marked(seed: number): { query: string; variables: Record<string, unknown>; markers: string[] } {
    const generated = generateOperation(schema, data, seed);
    const markers: string[] = [];
    const remark = (value: unknown): unknown => {
      if (typeof value === 'string') {
        const m = marker();
        markers.push(m);
        return m;
      }
      if (Array.isArray(value)) return value.map(remark);
      if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, remark(v)]));
      }
      return value;
    };
    const document = visit(parse(generated.query), {
      [Kind.STRING]: (node) => {
        const m = marker();
        markers.push(m);
        return { ...node, value: m };
      },
    });
    return { query: print(document), variables: remark(generated.variables) as Record<string, unknown>, markers };
  }

  it('over 300 generated operations, in both resolution modes', async () => {
    let statements = 0;
    let markersSeen = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const { query, variables, markers } = marked(seed);
      for (const mode of ['optimised', 'plain'] as const) {
        const compiled = await compileOperation(query, variables, mode);
        statements += compiled.statements.length;
        expect({ seed, mode, leaked: leakedInto(compiled, markers) }).toEqual({ seed, mode, leaked: [] });
        const params = JSON.stringify(compiled.statements.map((s) => s.params)).toLowerCase();
        markersSeen += markers.filter((m) => params.includes(m)).length;
      }
    }
    // The check is only worth something if markers really travel (as parameters).
    expect(statements).toBeGreaterThan(300);
    expect(markersSeen).toBeGreaterThan(100);
  });
});
