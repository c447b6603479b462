// statement 1 of 1
MATCH (this0:Entity { id: $param0 })
CALL apoc.path.spanningTree(this0, {maxLevel: $param1, relationshipFilter: $param2, labelFilter: '+Entity', bfs: true}) YIELD path AS var1
WITH this0, last(nodes(var1)) AS this2, length(var1) AS var3
ORDER BY var3 ASC, this2.sortName ASC
WITH this0, collect(this2) AS var4, collect(var3) AS var5
WITH CASE
  WHEN var4[0] = this0 THEN var4
  ELSE ([this0] + var4)
END AS var6, CASE
  WHEN var4[0] = this0 THEN var5
  ELSE ([0] + var5)
END AS var7
WITH [var8 IN range(0, ((0 + $param3) - 1)) WHERE var8 < size(var6) | var6[var8]] AS var9, [var10 IN range(0, ((0 + $param3) - 1)) WHERE var10 < size(var7) | var7[var10]] AS var11, size(var6) AS var12
CALL (var9) {
  UNWIND var9 AS this13
  MATCH (this13)-[this14]->(this15:Entity)
  WHERE this15 IN var9
  RETURN collect(this14) AS var16
}
RETURN apoc.convert.toJson({nodeColumns: {id: [var17 IN var9 | var17.id], kind: [var18 IN var9 | var18.kind], name: [var19 IN var9 | var19.name]}, distances: var11, edgeColumns: {id: [var20 IN var16 | var20.id], type: [var21 IN var16 | type(var21)], fromId: [var22 IN [var23 IN var16 | startNode(var23)] | var22.id], toId: [var24 IN [var25 IN var16 | endNode(var25)] | var24.id]}, total: var12}) AS answer
// params
{
  "param0": "mk-center-id",
  "param1": 1,
  "param2": "",
  "param3": 200
}
