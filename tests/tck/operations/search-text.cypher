// statement 1 of 1
CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $candidates}) YIELD node, score
       WHERE $kinds IS NULL OR node.kind IN $kinds
       RETURN {id: node.id, kind: node.kind, name: node.name, synonyms: node.synonyms, xrefs: node.xrefs, description: node.description, evidenceSources: node.evidenceSources, evidenceLocators: node.evidenceLocators, brandNames: node.brandNames, modality: node.modality, firstApprovalYear: node.firstApprovalYear, geneSymbol: node.geneSymbol, role: node.role, lineage: node.lineage, category: node.category, biomarkerType: node.biomarkerType, agency: node.agency, status: node.status, line: node.line, priorTherapy: node.priorTherapy, setting: node.setting, diseaseQualifier: node.diseaseQualifier, population: node.population, regimen: node.regimen, pathway: node.pathway, approvalDate: node.approvalDate, conversionDate: node.conversionDate, withdrawalDate: node.withdrawalDate, withdrawalReason: node.withdrawalReason, labelSection: node.labelSection, note: node.note, nctId: node.nctId, phase: node.phase, publicationId: node.publicationId, immuneRelated: node.immuneRelated, drugClass: node.drugClass, developmentStage: node.developmentStage, maxPhase: node.maxPhase, developmentStopped: node.developmentStopped, developmentNote: node.developmentNote} AS entity, score
       ORDER BY score DESC, node.sortName ASC
       LIMIT $first
// params
{
  "candidates": 10,
  "first": 10,
  "index": "entity_search",
  "kinds": null,
  "lucene": "searchKeys:mksearchwordspd1^12 searchKeys:mksearchwordspd1*^6 searchKeys:mksearchwordspd1~2^3 searchText:(+(searchText:mksearchwords^4 searchText:mksearchwords*^2 searchText:mksearchwords~2^1) +(searchText:pd1^4 searchText:pd1*^2))"
}
