// statement 1 of 1
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN {entity: {id: n.id, kind: n.kind, name: n.name}, prefetch: null} AS item
// params
{
  "ids": [
    "mk-cytokine-id"
  ]
}
