// statement 1 of 1
UNWIND $param0 AS var0
MATCH (this1:Entity { id: var0 })
RETURN {entity: {id: this1.id, kind: this1.kind, name: this1.name, synonyms: this1.synonyms, xrefs: this1.xrefs, description: this1.description, evidenceSources: this1.evidenceSources, evidenceLocators: this1.evidenceLocators, brandNames: this1.brandNames, modality: this1.modality, firstApprovalYear: this1.firstApprovalYear, developmentStage: this1.developmentStage, maxPhase: this1.maxPhase, developmentStopped: this1.developmentStopped, developmentNote: this1.developmentNote, geneSymbol: this1.geneSymbol, role: this1.role, lineage: this1.lineage, category: this1.category, biomarkerType: this1.biomarkerType, agency: this1.agency, status: this1.status, line: this1.line, priorTherapy: this1.priorTherapy, setting: this1.setting, diseaseQualifier: this1.diseaseQualifier, population: this1.population, regimen: this1.regimen, pathway: this1.pathway, approvalDate: this1.approvalDate, conversionDate: this1.conversionDate, withdrawalDate: this1.withdrawalDate, withdrawalReason: this1.withdrawalReason, labelSection: this1.labelSection, note: this1.note, nctId: this1.nctId, phase: this1.phase, publicationId: this1.publicationId, immuneRelated: this1.immuneRelated, drugClass: this1.drugClass}, prefetch: NULL} AS item
// params
{
  "param0": [
    "mk-indication-id"
  ]
}
