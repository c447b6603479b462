// statement 1 of 1
CALL db.index.fulltext.queryNodes('entity_search', $param0, {limit: $param1}) YIELD node AS this0, score AS var1
WHERE this0.kind IN $param2
RETURN {id: this0.id, kind: this0.kind} AS entity, var1 AS score
ORDER BY var1 DESC, this0.sortName ASC
LIMIT $param3
// params
{
  "param0": "searchKeys:keytruda^12 searchKeys:keytruda*^6 searchKeys:keytruda~2^3 searchText:keytruda^4 searchText:keytruda*^2 searchText:keytruda~2^1",
  "param1": 100,
  "param2": [
    "Therapy"
  ],
  "param3": 10
}
