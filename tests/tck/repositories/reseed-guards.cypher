// statement 1 of 2
CALL apoc.lock.read.nodes(COLLECT {
  MATCH (this0:ReseedGuard)
  RETURN this0
})
// params
{}

// statement 2 of 2
MERGE (this0:ReseedGuard { id: 'seed' })
WITH this0
CALL apoc.lock.nodes([this0])
RETURN this0.id AS guard
// params
{}
