// statement 1 of 1
CALL db.index.fulltext.queryNodes('entity_search', $param0, {limit: $param1}) YIELD node AS this0, score AS var1
RETURN {id: this0.id, kind: this0.kind, name: this0.name} AS entity, var1 AS score, {name: this0.name, brandNames: this0.brandNames, synonyms: this0.synonyms} AS names
ORDER BY var1 DESC, this0.sortName ASC
LIMIT $param2
// params
{
  "param0": "searchKeys:mksearchwordspd1^12 searchKeys:mksearchwordspd1*^6 searchKeys:mksearchwordspd1~2^3 searchText:(+(searchText:mksearchwords^4 searchText:mksearchwords*^2 searchText:mksearchwords~2^1) +(searchText:pd1^4 searchText:pd1*^2))",
  "param1": 10,
  "param2": 10
}
