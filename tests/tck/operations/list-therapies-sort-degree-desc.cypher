// statement 1 of 1
CALL () { MATCH (n:Therapy) RETURN count(n) AS totalCount }
      CALL () {
        MATCH (n:Therapy) WHERE n.sortName IS NOT NULL
        WITH n ORDER BY COUNT { (n)--() } DESC, n.id ASC SKIP $offset LIMIT $first
        RETURN collect({entity: {id: n.id, kind: n.kind, name: n.name}, prefetch: null}) AS items
      }
      RETURN totalCount, items
// params
{
  "classId": null,
  "first": 5,
  "nameContains": null,
  "offset": 0,
  "properties": {},
  "relatedTo": null
}
