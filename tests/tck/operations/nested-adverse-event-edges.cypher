// statement 1 of 1
UNWIND $param0 AS var0
MATCH (this1:Entity { id: var0 })
RETURN {entity: {id: this1.id, kind: this1.kind}, prefetch: {HAS_ADVERSE_EVENT_IN: [(this1)<-[this2:HAS_ADVERSE_EVENT]-(this3:Entity) | {relation: {id: this2.id, type: type(this2), fromId: this3.id, toId: this1.id, boxedWarning: this2.boxedWarning, frequencyPercent: this2.frequencyPercent}, other: {id: this3.id, kind: this3.kind, name: this3.name}}]}} AS item
// params
{
  "param0": [
    "mk-ae-id"
  ]
}
