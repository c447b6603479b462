// statement 1 of 1
CALL db.index.fulltext.queryNodes('entity_search', $param0, {limit: $param1}) YIELD node AS this0, score AS var1
WHERE this0.kind IN $param2
RETURN {id: this0.id, kind: this0.kind} AS entity, var1 AS score
ORDER BY var1 DESC, this0.sortName ASC
LIMIT $param3
// params
{
  "param0": "searchKeys:mksearchkinds^12 searchKeys:mksearchkinds*^6 searchKeys:mksearchkinds~2^3 searchText:(+(searchText:mk^4 searchText:mk*^2) +(searchText:search^4 searchText:search*^2 searchText:search~1^1) +(searchText:kinds^4 searchText:kinds*^2 searchText:kinds~1^1))",
  "param1": 30,
  "param2": [
    "Therapy",
    "Cancer"
  ],
  "param3": 3
}
