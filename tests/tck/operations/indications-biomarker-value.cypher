// statement 1 of 1
MATCH (this0:Indication)
WHERE (EXISTS {
  MATCH (this0)-[this1:REQUIRES_BIOMARKER]->(:Biomarker { id: $param0 })
  WHERE this1.role = 'INCLUSION'
} AND all(var2 IN [(this0)-[this3:REQUIRES_BIOMARKER]->(:Biomarker { id: $param0 }) WHERE this3.role = 'INCLUSION' | this3] WHERE CASE
  WHEN var2.operator IN ['POSITIVE', 'PRESENT'] THEN $param1 <> 0
  WHEN var2.operator IN ['NEGATIVE', 'ABSENT'] THEN $param1 = 0
  WHEN var2.threshold IS NULL THEN false
  WHEN (var2.unit IS NOT NULL AND NOT (toLower(trim(var2.unit)) IN $param2)) THEN false
  WHEN var2.operator = 'GTE' THEN $param1 >= var2.threshold
  WHEN var2.operator = 'GT' THEN $param1 > var2.threshold
  WHEN var2.operator = 'LTE' THEN $param1 <= var2.threshold
  WHEN var2.operator = 'LT' THEN $param1 < var2.threshold
  WHEN var2.operator = 'EQ' THEN $param1 = var2.threshold
  ELSE false
END))
WITH DISTINCT this0
ORDER BY this0.sortName ASC, this0.id ASC
WITH collect(this0) AS var4
RETURN size(var4) AS totalCount, [this5 IN [var6 IN range($param3, (($param3 + $param4) - 1)) WHERE var6 < size(var4) | var4[var6]] | {entity: {id: this5.id, kind: this5.kind, name: this5.name}, prefetch: NULL}] AS items
// params
{
  "param0": "mk-biomarker-id",
  "param1": 52.5,
  "param2": [
    "mkunit"
  ],
  "param3": 0,
  "param4": 20
}
