// statement 1 of 1
MATCH (this0:Trial)<-[:TESTED_IN]-(:Entity { id: $param0 })
WHERE (EXISTS {
  (this0)<-[:SUPPORTED_BY]-(:Entity { id: $param1 })
} AND this0.phase = $param2)
WITH DISTINCT this0
ORDER BY this0.sortName ASC, this0.id ASC
WITH collect(this0) AS var1
RETURN size(var1) AS totalCount, [this2 IN [var3 IN range($param3, (($param3 + $param4) - 1)) WHERE var3 < size(var1) | var1[var3]] | {entity: {id: this2.id, kind: this2.kind, nctId: this2.nctId, phase: this2.phase}, prefetch: NULL}] AS items
// params
{
  "param0": "mk-agent-id",
  "param1": "mk-supports-id",
  "param2": "PHASE_3",
  "param3": 0,
  "param4": 20
}
