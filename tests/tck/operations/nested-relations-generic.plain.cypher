// statement 1 of 1
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN {entity: {id: n.id, kind: n.kind, name: n.name, synonyms: n.synonyms, xrefs: n.xrefs, description: n.description, evidenceSources: n.evidenceSources, evidenceLocators: n.evidenceLocators, brandNames: n.brandNames, modality: n.modality, firstApprovalYear: n.firstApprovalYear, geneSymbol: n.geneSymbol, role: n.role, lineage: n.lineage, category: n.category, biomarkerType: n.biomarkerType, agency: n.agency, status: n.status, line: n.line, priorTherapy: n.priorTherapy, setting: n.setting, diseaseQualifier: n.diseaseQualifier, population: n.population, regimen: n.regimen, pathway: n.pathway, approvalDate: n.approvalDate, conversionDate: n.conversionDate, withdrawalDate: n.withdrawalDate, withdrawalReason: n.withdrawalReason, labelSection: n.labelSection, note: n.note, nctId: n.nctId, phase: n.phase, publicationId: n.publicationId, immuneRelated: n.immuneRelated, drugClass: n.drugClass, developmentStage: n.developmentStage, maxPhase: n.maxPhase, developmentStopped: n.developmentStopped, developmentNote: n.developmentNote}, prefetch: null} AS item
// params
{
  "ids": [
    "mk-generic-entity"
  ]
}
