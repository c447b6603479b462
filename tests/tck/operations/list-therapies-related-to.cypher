// statement 1 of 1
MATCH (n:Therapy)-[:HAS_ADVERSE_EVENT]->(:Entity {id: $related0})
    WHERE EXISTS { (n)--(:Entity {id: $relatedTo}) }
    WITH DISTINCT n
    ORDER BY n.sortName ASC, n.id ASC
    WITH collect(n) AS matches
    RETURN size(matches) AS totalCount,
           [m IN matches[$offset..($offset + $first)] | {entity: {id: m.id, kind: m.kind}, prefetch: null}] AS items
// params
{
  "classId": null,
  "first": 20,
  "nameContains": null,
  "offset": 0,
  "properties": {},
  "related0": "mk-ae-id",
  "relatedTo": "mk-related-id"
}
