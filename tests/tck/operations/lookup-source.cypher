// statement 1 of 1
UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN s {.id, .kind, .title, .citation, .publisher, .year, .date, .doi, .pmid, .revised, .url, .passages} AS source
// params
{
  "ids": [
    "mk-source-id"
  ]
}
