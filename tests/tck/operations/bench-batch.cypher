// statement 1 of 1
UNWIND $param0 AS var0
MATCH (this1:Entity { id: var0 })
RETURN {entity: {id: this1.id, kind: this1.kind, name: this1.name}, prefetch: NULL} AS item
// params
{
  "param0": [
    "pembrolizumab",
    "pd-1"
  ]
}
