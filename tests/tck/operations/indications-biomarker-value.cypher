// statement 1 of 1
MATCH (n:Indication)
    WHERE EXISTS { (n)-[c:REQUIRES_BIOMARKER]->(:Biomarker {id: $bvBiomarker}) WHERE c.role = 'INCLUSION' }
      AND all(c IN [(n)-[ic:REQUIRES_BIOMARKER]->(:Biomarker {id: $bvBiomarker}) WHERE ic.role = 'INCLUSION' | ic] WHERE
        CASE
          WHEN c.operator IN ['POSITIVE', 'PRESENT'] THEN $bvValue <> 0
          WHEN c.operator IN ['NEGATIVE', 'ABSENT'] THEN $bvValue = 0
          WHEN c.threshold IS NULL THEN false
          WHEN $bvUnits IS NOT NULL AND c.unit IS NOT NULL AND NOT toLower(trim(c.unit)) IN $bvUnits THEN false
          WHEN c.operator = 'GTE' THEN $bvValue >= c.threshold
          WHEN c.operator = 'GT' THEN $bvValue > c.threshold
          WHEN c.operator = 'LTE' THEN $bvValue <= c.threshold
          WHEN c.operator = 'LT' THEN $bvValue < c.threshold
          WHEN c.operator = 'EQ' THEN $bvValue = c.threshold
          ELSE false
        END)
    WITH DISTINCT n
    ORDER BY n.sortName ASC, n.id ASC
    WITH collect(n) AS matches
    RETURN size(matches) AS totalCount,
           [m IN matches[$offset..($offset + $first)] | {entity: {id: m.id, kind: m.kind, name: m.name}, prefetch: null}] AS items
// params
{
  "bvBiomarker": "mk-biomarker-id",
  "bvUnits": [
    "mkunit"
  ],
  "bvValue": 52.5,
  "classId": null,
  "first": 20,
  "nameContains": null,
  "offset": 0,
  "properties": {},
  "relatedTo": null
}
