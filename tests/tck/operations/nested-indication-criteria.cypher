// statement 1 of 1
UNWIND $param0 AS var0
MATCH (this1:Entity { id: var0 })
RETURN {entity: {id: this1.id, kind: this1.kind, name: this1.name}, prefetch: {REQUIRES_BIOMARKER_OUT: [(this1)-[this2:REQUIRES_BIOMARKER]->(this3:Entity) | {relation: {id: this2.id, type: type(this2), fromId: this1.id, toId: this3.id, role: this2.role, operator: this2.operator, threshold: this2.threshold, unit: this2.unit}, other: {id: this3.id, kind: this3.kind, name: this3.name}}], HAS_INDICATION_IN: [(this1)<-[this4:HAS_INDICATION]-(this5:Entity) | {relation: {id: this4.id, type: type(this4), fromId: this5.id, toId: this1.id}, other: {id: this5.id, kind: this5.kind, name: this5.name}}], INDICATED_FOR_OUT: [(this1)-[this6:INDICATED_FOR]->(this7:Entity) | {relation: {id: this6.id, type: type(this6), fromId: this1.id, toId: this7.id}, other: {id: this7.id, kind: this7.kind, name: this7.name}}], COMBINED_WITH_OUT: [(this1)-[this8:COMBINED_WITH]->(this9:Entity) | {relation: {id: this8.id, type: type(this8), fromId: this1.id, toId: this9.id}, other: {id: this9.id, kind: this9.kind, name: this9.name}}]}} AS item
// params
{
  "param0": [
    "mk-indication-id"
  ]
}
