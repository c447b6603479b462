// statement 1 of 1
CALL () {
  MATCH (this0:Therapy)
  RETURN count(this0) AS var1
}
CALL () {
  MATCH (this0:Therapy)
  WHERE this0.sortName IS NOT NULL
  WITH this0
  ORDER BY this0.sortName ASC, this0.id ASC
  SKIP $param0
  LIMIT $param1
  RETURN collect({entity: {id: this0.id, kind: this0.kind}, prefetch: {INHIBITS_OUT: [(this0)-[this2:INHIBITS]->(this3:Entity) | {relation: {id: this2.id, type: type(this2), fromId: this0.id, toId: this3.id}, other: {id: this3.id, kind: this3.kind}, prefetch: {EXPRESSED_ON_OUT: [(this3)-[this4:EXPRESSED_ON]->(this5:Entity) | {relation: {id: this4.id, type: type(this4), fromId: this3.id, toId: this5.id}, other: {id: this5.id, kind: this5.kind}}]}}]}}) AS var6
}
RETURN var1 AS totalCount, var6 AS items
// params
{
  "param0": 0,
  "param1": 20
}
