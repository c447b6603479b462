// statement 1 of 3
MATCH (n:Drug)<-[:COMBINED_WITH]-(:Entity {id: $related0})

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
  "related0": "mk-partner-in",
  "relatedTo": null
}

// statement 2 of 3
MATCH (n:Cytokine)<-[:MIMICS]-(:Entity {id: $related0})

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
  "related0": "mk-mimicked-by",
  "relatedTo": null
}

// statement 3 of 3
MATCH (n:Antigen)<-[:TARGETS]-(:Entity {id: $related0})

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
  "related0": "mk-targeted-by",
  "relatedTo": null
}
