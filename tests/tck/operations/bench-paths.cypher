// statement 1 of 1
MATCH
  (this0:Entity { id: $param0 }),
  (this1:Entity { id: $param1 })
CALL (this0, this1) {
  CALL apoc.path.expandConfig(this0, {terminatorNodes: [this1], maxLevel: $param2, relationshipFilter: $param3, labelFilter: '+Entity', uniqueness: 'NODE_PATH', bfs: true, limit: $param4}) YIELD path AS var2
  RETURN collect({entities: [var3 IN nodes(var2) | {id: var3.id, kind: var3.kind}], relations: [var4 IN [var5 IN relationships(var2) | {r: var5, start: startNode(var5), end: endNode(var5)}] | {id: var4.r.id, type: type(var4.r), fromId: var4.start.id, toId: var4.end.id}]}) AS var6
}
RETURN {id: this0.id, kind: this0.kind} AS from, {id: this1.id, kind: this1.kind} AS to, var6 AS paths
// params
{
  "param0": "pembrolizumab",
  "param1": "t-cell",
  "param2": 3,
  "param3": "",
  "param4": 5
}
