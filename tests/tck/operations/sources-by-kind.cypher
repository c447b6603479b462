// statement 1 of 1
MATCH (this0:Source)
WHERE this0.kind = $param0
RETURN this0 { .id, .kind, .title, .citation, .publisher, .year, .date, .doi, .pmid, .revised, .url, .passages } AS source
ORDER BY this0.kind ASC, this0.id ASC
// params
{
  "param0": "REGULATORY_LABEL"
}
