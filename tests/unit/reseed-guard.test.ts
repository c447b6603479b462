import { TAKE_SHARED_GUARD, withSharedGuard } from '../../src/db/reseed-guard';

describe('withSharedGuard', () => {
  it.each([
    'MATCH (n:Entity {id: $id}) RETURN n.id AS id',
    'UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n',
    'CALL () { MATCH (n) RETURN count(n) AS c } RETURN c',
    "CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node RETURN node.id",
    'CALL apoc.meta.stats() YIELD nodeCount RETURN nodeCount',
  ])('puts the lock first in %s', (statement) => {
    const guarded = withSharedGuard(statement);
    expect(guarded).not.toBeNull();
    expect(guarded!.startsWith(TAKE_SHARED_GUARD)).toBe(true);
    expect(guarded!.endsWith(statement)).toBe(true);
  });

  it.each([
    "SHOW SETTINGS YIELD name, value WHERE name STARTS WITH 'browser.' RETURN name, value",
    'CALL apoc.meta.graph()',
    '  call db.labels()',
    'EXPLAIN MATCH (n) RETURN n',
    'CYPHER runtime=slotted MATCH (n) RETURN n',
    'USE neo4j MATCH (n) RETURN n',
  ])('leaves %s alone: it takes no clause before it', (statement) => {
    expect(withSharedGuard(statement)).toBeNull();
  });
});
