// statement 1 of 1
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
       CALL (a, b) {
         CALL apoc.path.expandConfig(a, {
           terminatorNodes: [b], maxLevel: $maxLength, relationshipFilter: $filter,
           labelFilter: '+Entity', uniqueness: 'NODE_PATH', bfs: true, limit: $first
         }) YIELD path
         RETURN collect({
           entities: [n IN nodes(path) | {id: n.id, kind: n.kind, name: n.name, synonyms: n.synonyms, xrefs: n.xrefs, description: n.description, evidenceSources: n.evidenceSources, evidenceLocators: n.evidenceLocators, brandNames: n.brandNames, modality: n.modality, firstApprovalYear: n.firstApprovalYear, geneSymbol: n.geneSymbol, role: n.role, lineage: n.lineage, category: n.category, biomarkerType: n.biomarkerType, agency: n.agency, status: n.status, line: n.line, priorTherapy: n.priorTherapy, setting: n.setting, diseaseQualifier: n.diseaseQualifier, population: n.population, regimen: n.regimen, pathway: n.pathway, approvalDate: n.approvalDate, conversionDate: n.conversionDate, withdrawalDate: n.withdrawalDate, withdrawalReason: n.withdrawalReason, labelSection: n.labelSection, note: n.note, nctId: n.nctId, phase: n.phase, publicationId: n.publicationId, immuneRelated: n.immuneRelated, drugClass: n.drugClass, developmentStage: n.developmentStage, maxPhase: n.maxPhase, developmentStopped: n.developmentStopped, developmentNote: n.developmentNote}],
           relations: [r IN relationships(path) | {id: r.id, type: type(r), fromId: startNode(r).id, toId: endNode(r).id, note: r.note, mechanism: r.mechanism, status: r.status, year: r.year, effect: r.effect, evidenceSources: r.evidenceSources, evidenceLocators: r.evidenceLocators, basis: r.basis, role: r.role, operator: r.operator, threshold: r.threshold, unit: r.unit, assay: r.assay, boxedWarning: r.boxedWarning, labelSection: r.labelSection, frequencyPercent: r.frequencyPercent, grade3PlusPercent: r.grade3PlusPercent}]
         }) AS paths
       }
       RETURN {id: a.id, kind: a.kind, name: a.name, synonyms: a.synonyms, xrefs: a.xrefs, description: a.description, evidenceSources: a.evidenceSources, evidenceLocators: a.evidenceLocators, brandNames: a.brandNames, modality: a.modality, firstApprovalYear: a.firstApprovalYear, geneSymbol: a.geneSymbol, role: a.role, lineage: a.lineage, category: a.category, biomarkerType: a.biomarkerType, agency: a.agency, status: a.status, line: a.line, priorTherapy: a.priorTherapy, setting: a.setting, diseaseQualifier: a.diseaseQualifier, population: a.population, regimen: a.regimen, pathway: a.pathway, approvalDate: a.approvalDate, conversionDate: a.conversionDate, withdrawalDate: a.withdrawalDate, withdrawalReason: a.withdrawalReason, labelSection: a.labelSection, note: a.note, nctId: a.nctId, phase: a.phase, publicationId: a.publicationId, immuneRelated: a.immuneRelated, drugClass: a.drugClass, developmentStage: a.developmentStage, maxPhase: a.maxPhase, developmentStopped: a.developmentStopped, developmentNote: a.developmentNote} AS from, {id: b.id, kind: b.kind, name: b.name, synonyms: b.synonyms, xrefs: b.xrefs, description: b.description, evidenceSources: b.evidenceSources, evidenceLocators: b.evidenceLocators, brandNames: b.brandNames, modality: b.modality, firstApprovalYear: b.firstApprovalYear, geneSymbol: b.geneSymbol, role: b.role, lineage: b.lineage, category: b.category, biomarkerType: b.biomarkerType, agency: b.agency, status: b.status, line: b.line, priorTherapy: b.priorTherapy, setting: b.setting, diseaseQualifier: b.diseaseQualifier, population: b.population, regimen: b.regimen, pathway: b.pathway, approvalDate: b.approvalDate, conversionDate: b.conversionDate, withdrawalDate: b.withdrawalDate, withdrawalReason: b.withdrawalReason, labelSection: b.labelSection, note: b.note, nctId: b.nctId, phase: b.phase, publicationId: b.publicationId, immuneRelated: b.immuneRelated, drugClass: b.drugClass, developmentStage: b.developmentStage, maxPhase: b.maxPhase, developmentStopped: b.developmentStopped, developmentNote: b.developmentNote} AS to, paths
// params
{
  "filter": "TARGETS|EXPRESSES",
  "first": 2,
  "fromId": "mk-from-id",
  "maxLength": 4,
  "toId": "mk-to-id"
}
