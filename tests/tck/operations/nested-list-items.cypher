// statement 1 of 1
CALL () { MATCH (n:Cancer) RETURN count(n) AS totalCount }
      CALL () {
        MATCH (n:Cancer) WHERE n.sortName IS NOT NULL
        WITH n ORDER BY n.sortName ASC, n.id ASC SKIP $offset LIMIT $first
        RETURN collect({entity: {id: n.id, kind: n.kind, name: n.name}, prefetch: {TREATS_IN: [(n)<-[pr0:TREATS]-(pm0:Entity) | {relation: {id: pr0.id, type: type(pr0), fromId: startNode(pr0).id, toId: endNode(pr0).id}, other: {id: pm0.id, kind: pm0.kind, name: pm0.name, modality: pm0.modality}}], SUBTYPE_OF_IN: [(n)<-[pr1:SUBTYPE_OF]-(pm1:Entity) | {relation: {id: pr1.id, type: type(pr1), fromId: startNode(pr1).id, toId: endNode(pr1).id}, other: {id: pm1.id, kind: pm1.kind}}]}}) AS items
      }
      RETURN totalCount, items
// params
{
  "classId": null,
  "first": 3,
  "nameContains": null,
  "offset": 0,
  "properties": {},
  "relatedTo": null
}
