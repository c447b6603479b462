// statement 1 of 1
MATCH (this0:AdverseEvent)
WHERE EXISTS {
  MATCH (this0)<-[this1:HAS_ADVERSE_EVENT]-(this2:Entity)
  WHERE coalesce(this1.boxedWarning, false) = $param0
}
WITH DISTINCT this0
ORDER BY this0.sortName ASC, this0.id ASC
WITH collect(this0) AS var3
RETURN size(var3) AS totalCount, [this4 IN [var5 IN range($param1, (($param1 + $param2) - 1)) WHERE var5 < size(var3) | var3[var5]] | {entity: {id: this4.id, kind: this4.kind}, prefetch: NULL}] AS items
// params
{
  "param0": false,
  "param1": 0,
  "param2": 20
}
