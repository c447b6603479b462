// statement 1 of 1
MATCH (this0:Indication)
WHERE (this0.line = $param0 AND this0.agency = $param1 AND EXISTS {
  MATCH (this0)-[this1:REQUIRES_BIOMARKER]->(:Biomarker { id: $param2 })
  WHERE this1.role = 'EXCLUSION'
} AND this0.approvalDate >= $param3 AND this0.approvalDate <= $param4)
WITH DISTINCT this0
ORDER BY this0.approvalDate DESC, this0.id ASC
WITH collect(this0) AS var2
RETURN size(var2) AS totalCount, [this3 IN [var4 IN range($param5, (($param5 + $param6) - 1)) WHERE var4 < size(var2) | var2[var4]] | {entity: {id: this3.id, kind: this3.kind, approvalDate: this3.approvalDate}, prefetch: NULL}] AS items
// params
{
  "param0": "FIRST_LINE",
  "param1": "FDA",
  "param2": "mk-excluded-biomarker",
  "param3": "2017-05-01",
  "param4": "2021-12-31",
  "param5": 0,
  "param6": 20
}
