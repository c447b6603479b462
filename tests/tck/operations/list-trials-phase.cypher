// statement 1 of 1
MATCH (n:Trial)<-[:TESTED_IN]-(:Entity {id: $related0})
    WHERE EXISTS { (n)<-[:SUPPORTED_BY]-(:Entity {id: $related1}) }
      AND all(k IN keys($properties) WHERE n[k] = $properties[k])
    WITH DISTINCT n
    ORDER BY n.sortName ASC, n.id ASC
    WITH collect(n) AS matches
    RETURN size(matches) AS totalCount,
           [m IN matches[$offset..($offset + $first)] | {entity: {id: m.id, kind: m.kind, nctId: m.nctId, phase: m.phase}, prefetch: null}] AS items
// params
{
  "classId": null,
  "first": 20,
  "nameContains": null,
  "offset": 0,
  "properties": {
    "phase": "PHASE_3"
  },
  "related0": "mk-agent-id",
  "related1": "mk-supports-id",
  "relatedTo": null
}
