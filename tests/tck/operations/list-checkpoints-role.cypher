// statement 1 of 1
MATCH (n:Checkpoint)<-[:INHIBITS]-(:Entity {id: $related0})
    WHERE all(k IN keys($properties) WHERE n[k] = $properties[k])
    WITH DISTINCT n
    ORDER BY n.sortName ASC, n.id ASC
    WITH collect(n) AS matches
    RETURN size(matches) AS totalCount,
           [m IN matches[$offset..($offset + $first)] | {entity: {id: m.id, kind: m.kind, name: m.name, role: m.role}, prefetch: null}] AS items
// params
{
  "classId": null,
  "first": 20,
  "nameContains": null,
  "offset": 0,
  "properties": {
    "role": "RECEPTOR"
  },
  "related0": "mk-inhibitor-id",
  "relatedTo": null
}
