// statement 1 of 1
MATCH (this0:Therapy)-[:TREATS]->(:Entity { id: $param0 })
WITH DISTINCT this0
ORDER BY this0.sortName ASC, this0.id ASC
WITH collect(this0) AS var1
RETURN size(var1) AS totalCount, [this2 IN [var3 IN range($param1, (($param1 + $param2) - 1)) WHERE var3 < size(var1) | var1[var3]] | {entity: {id: this2.id, kind: this2.kind}, prefetch: NULL}] AS items
// params
{
  "param0": "melanoma",
  "param1": 0,
  "param2": 10
}
