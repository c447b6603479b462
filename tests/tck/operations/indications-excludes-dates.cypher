// statement 1 of 1
MATCH (n:Indication)
    WHERE all(k IN keys($properties) WHERE n[k] = $properties[k])
      AND EXISTS { (n)-[c:REQUIRES_BIOMARKER]->(:Biomarker {id: $excludesBiomarker}) WHERE c.role = 'EXCLUSION' }
      AND n.approvalDate >= $approvedFrom
      AND n.approvalDate <= $approvedTo
    WITH DISTINCT n
    ORDER BY n.approvalDate DESC, n.id ASC
    WITH collect(n) AS matches
    RETURN size(matches) AS totalCount,
           [m IN matches[$offset..($offset + $first)] | {entity: {id: m.id, kind: m.kind, approvalDate: m.approvalDate}, prefetch: null}] AS items
// params
{
  "approvedFrom": "2017-05-01",
  "approvedTo": "2021-12-31",
  "classId": null,
  "excludesBiomarker": "mk-excluded-biomarker",
  "first": 20,
  "nameContains": null,
  "offset": 0,
  "properties": {
    "agency": "FDA",
    "line": "FIRST_LINE"
  },
  "relatedTo": null
}
