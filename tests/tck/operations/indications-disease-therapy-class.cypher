// statement 1 of 1
MATCH (this0:Indication)-[:COMBINED_WITH]->(:Entity { id: $param0 })
WHERE (EXISTS {
  (this0)-[:REQUIRES_BIOMARKER]->(:Entity { id: $param1 })
} AND this0.setting = $param2 AND this0.status = $param3 AND this0.pathway = $param4 AND this0.regimen = $param5 AND EXISTS {
  (this0)-[:INDICATED_FOR]->(:Cancer)-[:SUBTYPE_OF*0..]->(:Cancer { id: $param6 })
} AND (EXISTS {
  (this0)<-[:HAS_INDICATION]-(:Entity { id: $param7 })
} OR EXISTS {
  (this0)-[:COMBINED_WITH]->(:Entity { id: $param7 })
}) AND EXISTS {
  (this0)<-[:HAS_INDICATION]-(:Therapy)-[:MEMBER_OF]->(:TherapyClass)-[:SUBCLASS_OF*0..]->(:TherapyClass { id: $param8 })
})
WITH DISTINCT this0
ORDER BY this0.sortName ASC, this0.id ASC
WITH collect(this0) AS var1
RETURN size(var1) AS totalCount, [this2 IN [var3 IN range($param9, (($param9 + $param10) - 1)) WHERE var3 < size(var1) | var1[var3]] | {entity: {id: this2.id, kind: this2.kind}, prefetch: NULL}] AS items
// params
{
  "param0": "mk-partner-id",
  "param1": "mk-biomarker-id",
  "param10": 7,
  "param2": "METASTATIC",
  "param3": "APPROVED",
  "param4": "ACCELERATED",
  "param5": "COMBINATION",
  "param6": "mk-disease-id",
  "param7": "mk-therapy-id",
  "param8": "mk-class-id",
  "param9": 0
}
