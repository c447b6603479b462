// statement 1 of 2
MATCH (this0:ImmuneCell)
WHERE (toLower(this0.name) CONTAINS $param0 OR this0.searchText CONTAINS $param0)
WITH DISTINCT this0
ORDER BY this0.sortName ASC, this0.id ASC
WITH collect(this0) AS var1
RETURN size(var1) AS totalCount, [this2 IN [var3 IN range($param1, (($param1 + $param2) - 1)) WHERE var3 < size(var1) | var1[var3]] | {entity: {id: this2.id, kind: this2.kind}, prefetch: NULL}] AS items
// params
{
  "param0": "mkcellname",
  "param1": 0,
  "param2": 20
}

// statement 2 of 2
CALL () {
  MATCH (this0:TherapyClass)
  RETURN count(this0) AS var1
}
CALL () {
  MATCH (this0:TherapyClass)
  WHERE this0.sortName IS NOT NULL
  WITH this0
  ORDER BY this0.sortName ASC, this0.id ASC
  SKIP $param0
  LIMIT $param1
  RETURN collect({entity: {id: this0.id, kind: this0.kind, name: this0.name}, prefetch: NULL}) AS var2
}
RETURN var1 AS totalCount, var2 AS items
// params
{
  "param0": 0,
  "param1": 100
}
