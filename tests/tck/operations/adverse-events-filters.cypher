// statement 1 of 1
MATCH (n:AdverseEvent)
    WHERE all(k IN keys($properties) WHERE n[k] = $properties[k])
      AND EXISTS {
        MATCH (n)<-[e:HAS_ADVERSE_EVENT]-(h:Entity)
        WHERE ($aeTherapy IS NULL OR h.id = $aeTherapy)
          AND ($aeClass IS NULL
               OR EXISTS { (h)-[:SUBCLASS_OF*0..]->(:TherapyClass {id: $aeClass}) }
               OR EXISTS { (h)-[:MEMBER_OF]->(:TherapyClass)-[:SUBCLASS_OF*0..]->(:TherapyClass {id: $aeClass}) })
          AND ($aeBoxed IS NULL OR coalesce(e.boxedWarning, false) = $aeBoxed)
      }
    WITH DISTINCT n
    ORDER BY n.sortName ASC, n.id ASC
    WITH collect(n) AS matches
    RETURN size(matches) AS totalCount,
           [m IN matches[$offset..($offset + $first)] | {entity: {id: m.id, kind: m.kind, name: m.name, category: m.category}, prefetch: null}] AS items
// params
{
  "aeBoxed": true,
  "aeClass": "mk-ae-class",
  "aeTherapy": "mk-ae-therapy",
  "classId": null,
  "first": 20,
  "nameContains": null,
  "offset": 0,
  "properties": {
    "category": "HEPATIC",
    "immuneRelated": true
  },
  "relatedTo": null
}
