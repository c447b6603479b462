// statement 1 of 1
MATCH (this0:Therapy)-[:INHIBITS]->(:Entity { id: $param0 })
WHERE (EXISTS {
  (this0)-[:TREATS]->(:Entity { id: $param1 })
} AND EXISTS {
  (this0)-[:MEMBER_OF]->(:TherapyClass)-[:SUBCLASS_OF*0..]->(:TherapyClass { id: $param2 })
} AND (toLower(this0.name) CONTAINS $param3 OR this0.searchText CONTAINS $param3) AND this0.developmentStage = $param4)
WITH DISTINCT this0
ORDER BY this0.sortName ASC, this0.id ASC
WITH collect(this0) AS var1
RETURN size(var1) AS totalCount, [this2 IN [var3 IN range($param5, (($param5 + $param6) - 1)) WHERE var3 < size(var1) | var1[var3]] | {entity: {id: this2.id, kind: this2.kind, name: this2.name, developmentStage: this2.developmentStage}, prefetch: NULL}] AS items
// params
{
  "param0": "mk-inhibits-target",
  "param1": "mk-treats-cancer",
  "param2": "mk-class-id",
  "param3": "mknamefragment",
  "param4": "APPROVED",
  "param5": 0,
  "param6": 20
}
