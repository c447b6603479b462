// statement 1 of 1
UNWIND $param0 AS var0
MATCH (this1:Entity { id: var0 })
RETURN {entity: {id: this1.id, kind: this1.kind, name: this1.name}, prefetch: {INHIBITS_OUT: [(this1)-[this2:INHIBITS]->(this3:Entity) | {relation: {id: this2.id, type: type(this2), fromId: this1.id, toId: this3.id, mechanism: this2.mechanism}, other: {id: this3.id, kind: this3.kind, name: this3.name}, prefetch: {INHIBITS_IN: [(this3)<-[this4:INHIBITS]-(this5:Entity) | {relation: {id: this4.id, type: type(this4), fromId: this5.id, toId: this3.id}, other: {id: this5.id, kind: this5.kind, name: this5.name}}]}}], TREATS_OUT: [(this1)-[this6:TREATS]->(this7:Entity) | {relation: {id: this6.id, type: type(this6), fromId: this1.id, toId: this7.id, status: this6.status}, other: {id: this7.id, kind: this7.kind, name: this7.name}}]}} AS item
// params
{
  "param0": [
    "mk-nested-therapy"
  ]
}
