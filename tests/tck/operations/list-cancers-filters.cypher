// statement 1 of 1
MATCH (n:Cancer)<-[:TREATS]-(:Entity {id: $related0})
    WHERE EXISTS { (n)-[:EXPRESSES]->(:Entity {id: $related1}) }
      AND all(k IN keys($properties) WHERE n[k] = $properties[k])
    WITH DISTINCT n
    ORDER BY n.sortName DESC, n.id ASC
    WITH collect(n) AS matches
    RETURN size(matches) AS totalCount,
           [m IN matches[$offset..($offset + $first)] | {entity: {id: m.id, kind: m.kind, name: m.name, category: m.category}, prefetch: null}] AS items
// params
{
  "classId": null,
  "first": 20,
  "nameContains": null,
  "offset": 0,
  "properties": {
    "category": "SOLID"
  },
  "related0": "mk-treated-by-id",
  "related1": "mk-expressed-id",
  "relatedTo": null
}
