// statement 1 of 1
UNWIND $param0 AS var0
MATCH (this1:Source { id: var0 })
RETURN this1 { .id, .kind, .title, .citation, .publisher, .year, .date, .doi, .pmid, .revised, .url, .passages } AS source
// params
{
  "param0": [
    "mk-source-id"
  ]
}
