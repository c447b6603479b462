// statement 1 of 1
CALL db.index.fulltext.queryNodes('entity_search', $param0, {limit: $param1}) YIELD node AS this0, score AS var1
RETURN {id: this0.id, kind: this0.kind, name: this0.name, synonyms: this0.synonyms, xrefs: this0.xrefs, description: this0.description, evidenceSources: this0.evidenceSources, evidenceLocators: this0.evidenceLocators, brandNames: this0.brandNames, modality: this0.modality, firstApprovalYear: this0.firstApprovalYear, developmentStage: this0.developmentStage, maxPhase: this0.maxPhase, developmentStopped: this0.developmentStopped, developmentNote: this0.developmentNote, geneSymbol: this0.geneSymbol, role: this0.role, lineage: this0.lineage, category: this0.category, biomarkerType: this0.biomarkerType, agency: this0.agency, status: this0.status, line: this0.line, priorTherapy: this0.priorTherapy, setting: this0.setting, diseaseQualifier: this0.diseaseQualifier, population: this0.population, regimen: this0.regimen, pathway: this0.pathway, approvalDate: this0.approvalDate, conversionDate: this0.conversionDate, withdrawalDate: this0.withdrawalDate, withdrawalReason: this0.withdrawalReason, labelSection: this0.labelSection, note: this0.note, nctId: this0.nctId, phase: this0.phase, publicationId: this0.publicationId, immuneRelated: this0.immuneRelated, drugClass: this0.drugClass} AS entity, var1 AS score
ORDER BY var1 DESC, this0.sortName ASC
LIMIT $param2
// params
{
  "param0": "searchKeys:mksearchwordspd1^12 searchKeys:mksearchwordspd1*^6 searchKeys:mksearchwordspd1~2^3 searchText:(+(searchText:mksearchwords^4 searchText:mksearchwords*^2 searchText:mksearchwords~2^1) +(searchText:pd1^4 searchText:pd1*^2))",
  "param1": 10,
  "param2": 10
}
