// statement 1 of 1
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN {entity: {id: n.id, kind: n.kind, name: n.name}, prefetch: {REQUIRES_BIOMARKER_OUT: [(n)-[pr0:REQUIRES_BIOMARKER]->(pm0:Entity) | {relation: {id: pr0.id, type: type(pr0), fromId: startNode(pr0).id, toId: endNode(pr0).id, role: pr0.role, operator: pr0.operator, threshold: pr0.threshold, unit: pr0.unit}, other: {id: pm0.id, kind: pm0.kind, name: pm0.name}}], HAS_INDICATION_IN: [(n)<-[pr1:HAS_INDICATION]-(pm1:Entity) | {relation: {id: pr1.id, type: type(pr1), fromId: startNode(pr1).id, toId: endNode(pr1).id}, other: {id: pm1.id, kind: pm1.kind, name: pm1.name}}], INDICATED_FOR_OUT: [(n)-[pr2:INDICATED_FOR]->(pm2:Entity) | {relation: {id: pr2.id, type: type(pr2), fromId: startNode(pr2).id, toId: endNode(pr2).id}, other: {id: pm2.id, kind: pm2.kind, name: pm2.name}}], COMBINED_WITH_OUT: [(n)-[pr3:COMBINED_WITH]->(pm3:Entity) | {relation: {id: pr3.id, type: type(pr3), fromId: startNode(pr3).id, toId: endNode(pr3).id}, other: {id: pm3.id, kind: pm3.kind, name: pm3.name}}]}} AS item
// params
{
  "ids": [
    "mk-indication-id"
  ]
}
