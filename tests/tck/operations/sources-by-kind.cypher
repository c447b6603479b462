// statement 1 of 1
MATCH (s:Source) WHERE $kind IS NULL OR s.kind = $kind
       RETURN s {.id, .kind, .title, .citation, .publisher, .year, .date, .doi, .pmid, .revised, .url, .passages} AS source ORDER BY s.kind, s.id
// params
{
  "kind": "REGULATORY_LABEL"
}
