// statement 1 of 1
CALL () {
  MATCH (this0:Cancer)
  RETURN count(this0) AS var1
}
CALL () {
  MATCH (this0:Cancer)
  WHERE this0.sortName IS NOT NULL
  WITH this0
  ORDER BY this0.sortName ASC, this0.id ASC
  SKIP $param0
  LIMIT $param1
  RETURN collect({entity: {id: this0.id, kind: this0.kind, name: this0.name, synonyms: this0.synonyms, xrefs: this0.xrefs, description: this0.description, evidenceSources: this0.evidenceSources, evidenceLocators: this0.evidenceLocators, brandNames: this0.brandNames, modality: this0.modality, firstApprovalYear: this0.firstApprovalYear, developmentStage: this0.developmentStage, maxPhase: this0.maxPhase, developmentStopped: this0.developmentStopped, developmentNote: this0.developmentNote, geneSymbol: this0.geneSymbol, role: this0.role, lineage: this0.lineage, category: this0.category, biomarkerType: this0.biomarkerType, agency: this0.agency, status: this0.status, line: this0.line, priorTherapy: this0.priorTherapy, setting: this0.setting, diseaseQualifier: this0.diseaseQualifier, population: this0.population, regimen: this0.regimen, pathway: this0.pathway, approvalDate: this0.approvalDate, conversionDate: this0.conversionDate, withdrawalDate: this0.withdrawalDate, withdrawalReason: this0.withdrawalReason, labelSection: this0.labelSection, note: this0.note, nctId: this0.nctId, phase: this0.phase, publicationId: this0.publicationId, immuneRelated: this0.immuneRelated, drugClass: this0.drugClass}, prefetch: NULL}) AS var2
}
RETURN var1 AS totalCount, var2 AS items
// params
{
  "param0": 0,
  "param1": 3
}
