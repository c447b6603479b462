import Cypher from '@neo4j/cypher-builder';
import type { CypherExecutor } from '../db/executor';
import type { RelationType } from '../domain/vocabulary';
import {
  attachEndpoints,
  build,
  entityProjection,
  relationshipCoreProjection,
  type RelationshipCore,
  type Statement,
} from './cypher';
import type { EntityRecord, RelationshipRecord } from './records';

export interface RelationshipKey {
  entityId: string;
  /** null: every type. */
  types: RelationType[] | null;
  direction: 'OUT' | 'IN' | 'BOTH';
}

export const relationshipKeyId = (key: RelationshipKey): string =>
  `${key.entityId}|${key.direction}|${key.types ? [...key.types].sort().join(',') : '*'}`;

/**
 * All keys of one batch in one statement: the relationships of many entities at once. Each row
 * carries the anchor once and, per relationship, only the other endpoint.
 */
function relationshipsStatement(keys: ReadonlyArray<RelationshipKey & { key: string }>): Statement {
  const key = new Cypher.Variable();
  const n = new Cypher.Node();
  const r = new Cypher.Relationship();
  const m = new Cypher.Node();
  const relations = new Cypher.Variable();
  const direction = key.property('direction');
  const is = (value: string) => Cypher.eq(direction, new Cypher.Literal(value));
  const outgoing = Cypher.eq(Cypher.startNode(r), n);
  const perKey = new Cypher.Match(
    new Cypher.Pattern(n).related(r, { direction: 'undirected' }).to(m, { labels: ['Entity'] }),
  )
    .where(
      Cypher.and(
        Cypher.or(Cypher.isNull(key.property('types')), Cypher.in(Cypher.type(r), key.property('types'))),
        Cypher.or(is('BOTH'), Cypher.and(is('OUT'), outgoing), Cypher.and(is('IN'), Cypher.eq(Cypher.endNode(r), n))),
      ),
    )
    .with(r, m)
    .orderBy(Cypher.type(r), r.property('id'))
    .return([
      Cypher.collect(
        new Cypher.Map({
          relation: relationshipCoreProjection(r, {
            // The match is undirected: the anchor is the start of outgoing relationships only.
            fromId: new Cypher.Case().when(outgoing).then(n.property('id')).else(m.property('id')),
            toId: new Cypher.Case().when(outgoing).then(m.property('id')).else(n.property('id')),
          }),
          other: entityProjection(m),
        }),
      ),
      relations,
    ]);
  return build(
    new Cypher.Unwind([new Cypher.Param(keys), key])
      .match(new Cypher.Pattern(n, { labels: ['Entity'], properties: { id: key.property('entityId') } }))
      .call(perKey, [n, key])
      .return([key.property('key'), 'key'], [entityProjection(n), 'anchor'], [relations, 'relations']),
  );
}

export class RelationshipRepository {
  constructor(private readonly executor: CypherExecutor) {}

  async byKeys(keys: readonly RelationshipKey[]): Promise<RelationshipRecord[][]> {
    const { cypher, params } = relationshipsStatement(keys.map((k) => ({ ...k, key: relationshipKeyId(k) })));
    const rows = await this.executor.read<{
      key: string;
      anchor: EntityRecord;
      relations: Array<{ relation: RelationshipCore; other: EntityRecord }>;
    }>(cypher, params);
    const byKey = new Map(
      rows.map((row) => [
        row.key,
        row.relations.map(({ relation, other }) =>
          attachEndpoints(
            relation,
            new Map([
              [row.anchor.id, row.anchor],
              [other.id, other],
            ]),
          ),
        ),
      ]),
    );
    return keys.map((k) => byKey.get(relationshipKeyId(k)) ?? []);
  }
}
