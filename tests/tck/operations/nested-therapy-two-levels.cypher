// statement 1 of 1
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN {entity: {id: n.id, kind: n.kind, name: n.name}, prefetch: {INHIBITS_OUT: [(n)-[pr0:INHIBITS]->(pm0:Entity) | {relation: {id: pr0.id, type: type(pr0), fromId: startNode(pr0).id, toId: endNode(pr0).id, mechanism: pr0.mechanism}, other: {id: pm0.id, kind: pm0.kind, name: pm0.name}, prefetch: {INHIBITS_IN: [(pm0)<-[pr1:INHIBITS]-(pm1:Entity) | {relation: {id: pr1.id, type: type(pr1), fromId: startNode(pr1).id, toId: endNode(pr1).id}, other: {id: pm1.id, kind: pm1.kind, name: pm1.name}}]}}], TREATS_OUT: [(n)-[pr2:TREATS]->(pm2:Entity) | {relation: {id: pr2.id, type: type(pr2), fromId: startNode(pr2).id, toId: endNode(pr2).id, status: pr2.status}, other: {id: pm2.id, kind: pm2.kind, name: pm2.name}}]}} AS item
// params
{
  "ids": [
    "mk-nested-therapy"
  ]
}
