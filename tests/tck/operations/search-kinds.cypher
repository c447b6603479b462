// statement 1 of 1
CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $candidates}) YIELD node, score
       WHERE $kinds IS NULL OR node.kind IN $kinds
       RETURN {id: node.id, kind: node.kind, name: node.name, synonyms: node.synonyms, xrefs: node.xrefs, description: node.description, evidenceSources: node.evidenceSources, evidenceLocators: node.evidenceLocators, brandNames: node.brandNames, modality: node.modality, firstApprovalYear: node.firstApprovalYear, geneSymbol: node.geneSymbol, role: node.role, lineage: node.lineage, category: node.category, biomarkerType: node.biomarkerType, agency: node.agency, status: node.status, line: node.line, priorTherapy: node.priorTherapy, setting: node.setting, diseaseQualifier: node.diseaseQualifier, population: node.population, regimen: node.regimen, pathway: node.pathway, approvalDate: node.approvalDate, conversionDate: node.conversionDate, withdrawalDate: node.withdrawalDate, withdrawalReason: node.withdrawalReason, labelSection: node.labelSection, note: node.note, nctId: node.nctId, phase: node.phase, publicationId: node.publicationId, immuneRelated: node.immuneRelated, drugClass: node.drugClass, developmentStage: node.developmentStage, maxPhase: node.maxPhase, developmentStopped: node.developmentStopped, developmentNote: node.developmentNote} AS entity, score
       ORDER BY score DESC, node.sortName ASC
       LIMIT $first
// params
{
  "candidates": 30,
  "first": 3,
  "index": "entity_search",
  "kinds": [
    "Therapy",
    "Cancer"
  ],
  "lucene": "searchKeys:mksearchkinds^12 searchKeys:mksearchkinds*^6 searchKeys:mksearchkinds~2^3 searchText:(+(searchText:mk^4 searchText:mk*^2) +(searchText:search^4 searchText:search*^2 searchText:search~1^1) +(searchText:kinds^4 searchText:kinds*^2 searchText:kinds~1^1))"
}
