// statement 1 of 1
UNWIND $param0 AS var0
MATCH (this1:Entity { id: var0.entityId })
CALL (this1, var0) {
  MATCH (this1)-[this2]-(this3:Entity)
  WHERE ((var0.types IS NULL OR type(this2) IN var0.types) AND (var0.direction = 'BOTH' OR (var0.direction = 'OUT' AND startNode(this2) = this1) OR (var0.direction = 'IN' AND endNode(this2) = this1)))
  WITH this2, this3
  ORDER BY type(this2) ASC, this2.id ASC
  RETURN collect({relation: {id: this2.id, type: type(this2), fromId: CASE
    WHEN startNode(this2) = this1 THEN this1.id
    ELSE this3.id
  END, toId: CASE
    WHEN startNode(this2) = this1 THEN this3.id
    ELSE this1.id
  END, note: this2.note, mechanism: this2.mechanism, status: this2.status, year: this2.year, effect: this2.effect, evidenceSources: this2.evidenceSources, evidenceLocators: this2.evidenceLocators, basis: this2.basis, role: this2.role, operator: this2.operator, threshold: this2.threshold, unit: this2.unit, assay: this2.assay, boxedWarning: this2.boxedWarning, labelSection: this2.labelSection, frequencyPercent: this2.frequencyPercent, grade3PlusPercent: this2.grade3PlusPercent}, other: {id: this3.id, kind: this3.kind, name: this3.name, synonyms: this3.synonyms, xrefs: this3.xrefs, description: this3.description, evidenceSources: this3.evidenceSources, evidenceLocators: this3.evidenceLocators, brandNames: this3.brandNames, modality: this3.modality, firstApprovalYear: this3.firstApprovalYear, developmentStage: this3.developmentStage, maxPhase: this3.maxPhase, developmentStopped: this3.developmentStopped, developmentNote: this3.developmentNote, geneSymbol: this3.geneSymbol, role: this3.role, lineage: this3.lineage, category: this3.category, biomarkerType: this3.biomarkerType, agency: this3.agency, status: this3.status, line: this3.line, priorTherapy: this3.priorTherapy, setting: this3.setting, diseaseQualifier: this3.diseaseQualifier, population: this3.population, regimen: this3.regimen, pathway: this3.pathway, approvalDate: this3.approvalDate, conversionDate: this3.conversionDate, withdrawalDate: this3.withdrawalDate, withdrawalReason: this3.withdrawalReason, labelSection: this3.labelSection, note: this3.note, nctId: this3.nctId, phase: this3.phase, publicationId: this3.publicationId, immuneRelated: this3.immuneRelated, drugClass: this3.drugClass}}) AS var4
}
RETURN var0.key AS key, {id: this1.id, kind: this1.kind, name: this1.name, synonyms: this1.synonyms, xrefs: this1.xrefs, description: this1.description, evidenceSources: this1.evidenceSources, evidenceLocators: this1.evidenceLocators, brandNames: this1.brandNames, modality: this1.modality, firstApprovalYear: this1.firstApprovalYear, developmentStage: this1.developmentStage, maxPhase: this1.maxPhase, developmentStopped: this1.developmentStopped, developmentNote: this1.developmentNote, geneSymbol: this1.geneSymbol, role: this1.role, lineage: this1.lineage, category: this1.category, biomarkerType: this1.biomarkerType, agency: this1.agency, status: this1.status, line: this1.line, priorTherapy: this1.priorTherapy, setting: this1.setting, diseaseQualifier: this1.diseaseQualifier, population: this1.population, regimen: this1.regimen, pathway: this1.pathway, approvalDate: this1.approvalDate, conversionDate: this1.conversionDate, withdrawalDate: this1.withdrawalDate, withdrawalReason: this1.withdrawalReason, labelSection: this1.labelSection, note: this1.note, nctId: this1.nctId, phase: this1.phase, publicationId: this1.publicationId, immuneRelated: this1.immuneRelated, drugClass: this1.drugClass} AS anchor, var4 AS relations
// params
{
  "param0": [
    {
      "direction": "BOTH",
      "entityId": "mk-anchor-a",
      "key": "mk-anchor-a|BOTH|*",
      "types": null
    },
    {
      "direction": "OUT",
      "entityId": "mk-anchor-b",
      "key": "mk-anchor-b|OUT|INHIBITS,TREATS",
      "types": [
        "TREATS",
        "INHIBITS"
      ]
    }
  ]
}
