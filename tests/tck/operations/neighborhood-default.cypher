// statement 1 of 1
MATCH (start:Entity {id: $id})
       CALL apoc.path.spanningTree(start, {maxLevel: $depth, relationshipFilter: $filter, labelFilter: '+Entity', bfs: true})
         YIELD path
       WITH start, last(nodes(path)) AS n, length(path) AS distance
       ORDER BY distance, n.sortName
       WITH start, collect(n) AS reached, collect(distance) AS reachedDistances
       WITH CASE WHEN reached[0] = start THEN reached ELSE [start] + reached END AS ranked,
            CASE WHEN reached[0] = start THEN reachedDistances ELSE [0] + reachedDistances END AS rankedDistances
       WITH ranked[0..$limit] AS kept, rankedDistances[0..$limit] AS distances, size(ranked) AS total
       CALL (kept) {
         UNWIND kept AS x
         MATCH (x)-[r]->(y:Entity)
         WHERE y IN kept AND ($types IS NULL OR type(r) IN $types)
         RETURN collect(r) AS rels
       }
       RETURN {id: [c IN kept | c.id], kind: [c IN kept | c.kind], name: [c IN kept | c.name]} AS nodeColumns, distances,
              {id: [c IN rels | c.id], type: [c IN rels | type(c)], fromId: [c IN rels | startNode(c).id], toId: [c IN rels | endNode(c).id]} AS edgeColumns, total
// params
{
  "depth": 1,
  "filter": "",
  "id": "mk-center-id",
  "limit": 200,
  "types": null
}
