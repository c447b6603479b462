import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { ENTITY_SEARCH_INDEX, SCHEMA_STATEMENTS } from '../../src/db/schema';
import { ENTITY_KINDS } from '../../src/domain/vocabulary';

/**
 * Cypher is built with @neo4j/cypher-builder (or is a constant): a template literal that
 * interpolates into Cypher text is how a value ends up in a statement instead of a parameter.
 * This finds every template literal with a substitution in src/ whose text reads as Cypher.
 */
const SRC = path.join(__dirname, '..', '..', 'src');
const CYPHER =
  /\b(MATCH|RETURN|MERGE|CREATE|UNWIND|CALL|WITH|WHERE|SET|DELETE|DETACH|FOREACH|OPTIONAL|EXISTS|COUNT \{|ORDER BY|LIMIT|SKIP|IN|AS|AND|OR|NOT|IS NULL)\b|\(\w*:\w+|\[\w*:\w+\]|-\[|\]->|<-\[/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

export function cypherTemplates(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isTemplateExpression(node)) {
      const literal = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
      if (CYPHER.test(literal)) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${path.relative(SRC, file)}:${line + 1}: ${node.getText().split('\n')[0]!.slice(0, 100)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('Cypher text in src/', () => {
  it('is never assembled by template-string interpolation', () => {
    const found = sourceFiles(SRC).flatMap((file) => cypherTemplates(file, fs.readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });

  it('the scan recognises the patterns it forbids', () => {
    const bad = [
      'const q = `MATCH (n:${label}) RETURN n`;',
      'const columns = `{${fields.map((f) => `${f}: [c IN ${list} | c.${f}]`).join(", ")}}`;',
      'const filter = `EXISTS { ${arrow} }`;',
      'const q = `(n)-[r:${type}]->(m)`;',
      'const q = `UNWIND $ids AS id\n MATCH (n {id: id}) RETURN ${projection} AS item`;',
    ];
    for (const text of bad) expect(cypherTemplates('x.ts', text)).not.toEqual([]);
    expect(cypherTemplates('x.ts', 'const m = `not a label of the graph: ${kind}`;')).toEqual([]);
  });
});

describe('the schema statements, written out because schema commands have no builder', () => {
  it('give every entity kind its sort index', () => {
    for (const kind of ENTITY_KINDS) {
      expect(SCHEMA_STATEMENTS).toContain(
        'CREATE INDEX ' + kind.toLowerCase() + '_sort IF NOT EXISTS FOR (n:' + kind + ') ON (n.sortName)',
      );
    }
  });

  it('create the full-text index the search reads', () => {
    expect(
      SCHEMA_STATEMENTS.filter((s) => s.startsWith('CREATE FULLTEXT INDEX ' + ENTITY_SEARCH_INDEX + ' ')),
    ).toHaveLength(1);
  });
});
