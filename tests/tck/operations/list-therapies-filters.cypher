// statement 1 of 1
MATCH (n:Therapy)-[:INHIBITS]->(:Entity {id: $related0})
    WHERE EXISTS { (n)-[:TREATS]->(:Entity {id: $related1}) }
      AND EXISTS { (n)-[:MEMBER_OF]->(:TherapyClass)-[:SUBCLASS_OF*0..]->(:TherapyClass {id: $classId}) }
      AND (toLower(n.name) CONTAINS $nameContains OR n.searchText CONTAINS $nameContains)
      AND all(k IN keys($properties) WHERE n[k] = $properties[k])
    WITH DISTINCT n
    ORDER BY n.sortName ASC, n.id ASC
    WITH collect(n) AS matches
    RETURN size(matches) AS totalCount,
           [m IN matches[$offset..($offset + $first)] | {entity: {id: m.id, kind: m.kind, name: m.name, developmentStage: m.developmentStage}, prefetch: null}] AS items
// params
{
  "classId": "mk-class-id",
  "first": 20,
  "nameContains": "mknamefragment",
  "offset": 0,
  "properties": {
    "developmentStage": "APPROVED"
  },
  "related0": "mk-inhibits-target",
  "related1": "mk-treats-cancer",
  "relatedTo": null
}
