// statement 1 of 1
MATCH (n:Biomarker)
    WHERE all(k IN keys($properties) WHERE n[k] = $properties[k])
    WITH DISTINCT n
    ORDER BY n.sortName ASC, n.id ASC
    WITH collect(n) AS matches
    RETURN size(matches) AS totalCount,
           [m IN matches[$offset..($offset + $first)] | {entity: {id: m.id, kind: m.kind, biomarkerType: m.biomarkerType}, prefetch: null}] AS items
// params
{
  "classId": null,
  "first": 50,
  "nameContains": null,
  "offset": 0,
  "properties": {
    "biomarkerType": "GENOMIC"
  },
  "relatedTo": null
}
