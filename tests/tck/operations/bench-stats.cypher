// statement 1 of 1
CALL () {
  MATCH (this0)
  RETURN count(this0) AS var1
}
CALL () {
  MATCH ()-[this2]->()
  RETURN count(this2) AS var3
}
CALL () {
  MATCH (this4:ReseedGuard)
  RETURN count(this4) AS var5
}
CALL () {
  MATCH (this6:GraphInfo)
  RETURN count(this6) AS var7
}
OPTIONAL MATCH (this8:GraphInfo { id: $param0 })
RETURN ((var1 - var5) - var7) AS nodeCount, var3 AS relCount, this8.dataAsOf AS dataAsOf, this8.versionHash AS versionHash, this8.seededAt AS seededAt
// params
{
  "param0": "graph"
}
