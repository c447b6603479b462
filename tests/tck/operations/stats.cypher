// statement 1 of 1
CALL apoc.meta.stats() YIELD nodeCount, relCount, labels, relTypesCount
       OPTIONAL MATCH (info:GraphInfo {id: $infoId})
       RETURN nodeCount, relCount, labels, relTypesCount, info.dataAsOf AS dataAsOf
// params
{
  "infoId": "graph"
}
