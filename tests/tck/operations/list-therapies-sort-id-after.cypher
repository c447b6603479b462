// statement 1 of 1
CALL () { MATCH (n:Therapy) RETURN count(n) AS totalCount }
      CALL () {
        MATCH (n:Therapy) WHERE n.sortName IS NOT NULL
        WITH n ORDER BY n.id ASC, n.id ASC SKIP $offset LIMIT $first
        RETURN collect({entity: {id: n.id, kind: n.kind}, prefetch: null}) AS items
      }
      RETURN totalCount, items
// params
{
  "classId": null,
  "first": 3,
  "nameContains": null,
  "offset": 3,
  "properties": {},
  "relatedTo": null
}
