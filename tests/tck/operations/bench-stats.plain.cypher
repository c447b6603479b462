// statement 1 of 1
CALL apoc.meta.stats() YIELD nodeCount AS var0, relCount AS var1, labels AS var2, relTypesCount AS var3
OPTIONAL MATCH (this4:GraphInfo { id: $param0 })
RETURN var0 AS nodeCount, var1 AS relCount, var2 AS labels, var3 AS relTypesCount, this4.dataAsOf AS dataAsOf, this4.versionHash AS versionHash, this4.seededAt AS seededAt
// params
{
  "param0": "graph"
}
