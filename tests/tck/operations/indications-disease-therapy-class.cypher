// statement 1 of 1
MATCH (n:Indication)-[:COMBINED_WITH]->(:Entity {id: $related0})
    WHERE EXISTS { (n)-[:REQUIRES_BIOMARKER]->(:Entity {id: $related1}) }
      AND all(k IN keys($properties) WHERE n[k] = $properties[k])
      AND EXISTS { (n)-[:INDICATED_FOR]->(:Cancer)-[:SUBTYPE_OF*0..]->(:Cancer {id: $disease}) }
      AND (EXISTS { (n)<-[:HAS_INDICATION]-(:Entity {id: $therapy}) } OR EXISTS { (n)-[:COMBINED_WITH]->(:Entity {id: $therapy}) })
      AND EXISTS { (n)<-[:HAS_INDICATION]-(:Therapy)-[:MEMBER_OF]->(:TherapyClass)-[:SUBCLASS_OF*0..]->(:TherapyClass {id: $indicationClass}) }
    WITH DISTINCT n
    ORDER BY n.sortName ASC, n.id ASC
    WITH collect(n) AS matches
    RETURN size(matches) AS totalCount,
           [m IN matches[$offset..($offset + $first)] | {entity: {id: m.id, kind: m.kind}, prefetch: null}] AS items
// params
{
  "classId": null,
  "disease": "mk-disease-id",
  "first": 7,
  "indicationClass": "mk-class-id",
  "nameContains": null,
  "offset": 0,
  "properties": {
    "pathway": "ACCELERATED",
    "regimen": "COMBINATION",
    "setting": "METASTATIC",
    "status": "APPROVED"
  },
  "related0": "mk-partner-id",
  "related1": "mk-biomarker-id",
  "relatedTo": null,
  "therapy": "mk-therapy-id"
}
