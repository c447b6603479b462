// statement 1 of 1
MATCH (this0:Checkpoint)<-[:INHIBITS]-(:Entity { id: $param0 })
WHERE this0.role = $param1
WITH DISTINCT this0
ORDER BY this0.sortName ASC, this0.id ASC
WITH collect(this0) AS var1
RETURN size(var1) AS totalCount, [this2 IN [var3 IN range($param2, (($param2 + $param3) - 1)) WHERE var3 < size(var1) | var1[var3]] | {entity: {id: this2.id, kind: this2.kind, name: this2.name, role: this2.role}, prefetch: NULL}] AS items
// params
{
  "param0": "mk-inhibitor-id",
  "param1": "RECEPTOR",
  "param2": 0,
  "param3": 20
}
