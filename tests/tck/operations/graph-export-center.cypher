// statement 1 of 1
MATCH (start:Entity {id: $id})
       CALL apoc.path.spanningTree(start, {maxLevel: $depth, relationshipFilter: $filter, labelFilter: '+Entity', bfs: true})
         YIELD path
       WITH start, last(nodes(path)) AS n, length(path) AS distance
       ORDER BY distance, n.sortName
       WITH start, collect(n) AS reached, collect(distance) AS reachedDistances
       WITH CASE WHEN reached[0] = start THEN reached ELSE [start] + reached END AS ranked,
            CASE WHEN reached[0] = start THEN reachedDistances ELSE [0] + reachedDistances END AS rankedDistances
       WITH ranked[0..$limit] AS kept, rankedDistances[0..$limit] AS distances, size(ranked) AS total
       CALL (kept) {
         UNWIND kept AS x
         MATCH (x)-[r]->(y:Entity)
         WHERE y IN kept AND ($types IS NULL OR type(r) IN $types)
         RETURN collect(r) AS rels
       }
       RETURN {id: [c IN kept | c.id], kind: [c IN kept | c.kind], name: [c IN kept | c.name], synonyms: [c IN kept | c.synonyms], xrefs: [c IN kept | c.xrefs], description: [c IN kept | c.description], evidenceSources: [c IN kept | c.evidenceSources], evidenceLocators: [c IN kept | c.evidenceLocators], brandNames: [c IN kept | c.brandNames], modality: [c IN kept | c.modality], firstApprovalYear: [c IN kept | c.firstApprovalYear], geneSymbol: [c IN kept | c.geneSymbol], role: [c IN kept | c.role], lineage: [c IN kept | c.lineage], category: [c IN kept | c.category], biomarkerType: [c IN kept | c.biomarkerType], agency: [c IN kept | c.agency], status: [c IN kept | c.status], line: [c IN kept | c.line], priorTherapy: [c IN kept | c.priorTherapy], setting: [c IN kept | c.setting], diseaseQualifier: [c IN kept | c.diseaseQualifier], population: [c IN kept | c.population], regimen: [c IN kept | c.regimen], pathway: [c IN kept | c.pathway], approvalDate: [c IN kept | c.approvalDate], conversionDate: [c IN kept | c.conversionDate], withdrawalDate: [c IN kept | c.withdrawalDate], withdrawalReason: [c IN kept | c.withdrawalReason], labelSection: [c IN kept | c.labelSection], note: [c IN kept | c.note], nctId: [c IN kept | c.nctId], phase: [c IN kept | c.phase], publicationId: [c IN kept | c.publicationId], immuneRelated: [c IN kept | c.immuneRelated], drugClass: [c IN kept | c.drugClass], developmentStage: [c IN kept | c.developmentStage], maxPhase: [c IN kept | c.maxPhase], developmentStopped: [c IN kept | c.developmentStopped], developmentNote: [c IN kept | c.developmentNote]} AS nodeColumns, distances,
              {id: [c IN rels | c.id], type: [c IN rels | type(c)], fromId: [c IN rels | startNode(c).id], toId: [c IN rels | endNode(c).id], note: [c IN rels | c.note], mechanism: [c IN rels | c.mechanism], status: [c IN rels | c.status], year: [c IN rels | c.year], effect: [c IN rels | c.effect], evidenceSources: [c IN rels | c.evidenceSources], evidenceLocators: [c IN rels | c.evidenceLocators], basis: [c IN rels | c.basis], role: [c IN rels | c.role], operator: [c IN rels | c.operator], threshold: [c IN rels | c.threshold], unit: [c IN rels | c.unit], assay: [c IN rels | c.assay], boxedWarning: [c IN rels | c.boxedWarning], labelSection: [c IN rels | c.labelSection], frequencyPercent: [c IN rels | c.frequencyPercent], grade3PlusPercent: [c IN rels | c.grade3PlusPercent]} AS edgeColumns, total
// params
{
  "depth": 2,
  "filter": "TREATS",
  "id": "mk-export-center",
  "limit": 2000,
  "types": [
    "TREATS"
  ]
}
