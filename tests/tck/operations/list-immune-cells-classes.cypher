// statement 1 of 2
MATCH (n:ImmuneCell)
    WHERE (toLower(n.name) CONTAINS $nameContains OR n.searchText CONTAINS $nameContains)
    WITH DISTINCT n
    ORDER BY n.sortName ASC, n.id ASC
    WITH collect(n) AS matches
    RETURN size(matches) AS totalCount,
           [m IN matches[$offset..($offset + $first)] | {entity: {id: m.id, kind: m.kind}, prefetch: null}] AS items
// params
{
  "classId": null,
  "first": 20,
  "nameContains": "mkcellname",
  "offset": 0,
  "properties": {},
  "relatedTo": null
}

// statement 2 of 2
CALL () { MATCH (n:TherapyClass) RETURN count(n) AS totalCount }
      CALL () {
        MATCH (n:TherapyClass) WHERE n.sortName IS NOT NULL
        WITH n ORDER BY n.sortName ASC, n.id ASC SKIP $offset LIMIT $first
        RETURN collect({entity: {id: n.id, kind: n.kind, name: n.name}, prefetch: null}) AS items
      }
      RETURN totalCount, items
// params
{
  "classId": null,
  "first": 100,
  "nameContains": null,
  "offset": 0,
  "properties": {},
  "relatedTo": null
}
