// statement 1 of 1
MATCH (this0:AdverseEvent)
WHERE (this0.immuneRelated = $param0 AND this0.category = $param1 AND EXISTS {
  MATCH (this0)<-[this1:HAS_ADVERSE_EVENT]-(this2:Entity)
  WHERE (this2.id = $param2 AND (EXISTS {
    (this2)-[:SUBCLASS_OF*0..]->(:TherapyClass { id: $param3 })
  } OR EXISTS {
    (this2)-[:MEMBER_OF]->(:TherapyClass)-[:SUBCLASS_OF*0..]->(:TherapyClass { id: $param3 })
  }) AND coalesce(this1.boxedWarning, false) = $param4)
})
WITH DISTINCT this0
ORDER BY this0.sortName ASC, this0.id ASC
WITH collect(this0) AS var3
RETURN size(var3) AS totalCount, [this4 IN [var5 IN range($param5, (($param5 + $param6) - 1)) WHERE var5 < size(var3) | var3[var5]] | {entity: {id: this4.id, kind: this4.kind, name: this4.name, category: this4.category}, prefetch: NULL}] AS items
// params
{
  "param0": true,
  "param1": "HEPATIC",
  "param2": "mk-ae-therapy",
  "param3": "mk-ae-class",
  "param4": true,
  "param5": 0,
  "param6": 20
}
