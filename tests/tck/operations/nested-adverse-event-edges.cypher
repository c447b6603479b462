// statement 1 of 1
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN {entity: {id: n.id, kind: n.kind}, prefetch: {HAS_ADVERSE_EVENT_IN: [(n)<-[pr0:HAS_ADVERSE_EVENT]-(pm0:Entity) | {relation: {id: pr0.id, type: type(pr0), fromId: startNode(pr0).id, toId: endNode(pr0).id, boxedWarning: pr0.boxedWarning, frequencyPercent: pr0.frequencyPercent}, other: {id: pm0.id, kind: pm0.kind, name: pm0.name}}]}} AS item
// params
{
  "ids": [
    "mk-ae-id"
  ]
}
