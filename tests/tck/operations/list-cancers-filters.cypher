// statement 1 of 1
MATCH (this0:Cancer)<-[:TREATS]-(:Entity { id: $param0 })
WHERE (EXISTS {
  (this0)-[:EXPRESSES]->(:Entity { id: $param1 })
} AND this0.category = $param2)
WITH DISTINCT this0
ORDER BY this0.sortName DESC, this0.id ASC
WITH collect(this0) AS var1
RETURN size(var1) AS totalCount, [this2 IN [var3 IN range($param3, (($param3 + $param4) - 1)) WHERE var3 < size(var1) | var1[var3]] | {entity: {id: this2.id, kind: this2.kind, name: this2.name, category: this2.category}, prefetch: NULL}] AS items
// params
{
  "param0": "mk-treated-by-id",
  "param1": "mk-expressed-id",
  "param2": "SOLID",
  "param3": 0,
  "param4": 20
}
