// statement 1 of 1
CALL () {
  MATCH (this0:Therapy)
  RETURN count(this0) AS var1
}
CALL () {
  MATCH (this0:Therapy)
  WHERE this0.sortName IS NOT NULL
  WITH this0
  ORDER BY this0.id ASC, this0.id ASC
  SKIP $param0
  LIMIT $param1
  RETURN collect({entity: {id: this0.id, kind: this0.kind}, prefetch: NULL}) AS var2
}
RETURN var1 AS totalCount, var2 AS items
// params
{
  "param0": 3,
  "param1": 3
}
