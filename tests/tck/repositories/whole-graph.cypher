// statement 1 of 1
CALL () {
  MATCH (this0:Entity)
  RETURN count(this0) AS var1
}
CALL (var1) {
  WITH var1
  WHERE var1 <= $param0
  MATCH (this0:Entity)
  WITH this0
  ORDER BY this0.kind ASC, this0.sortName ASC
  RETURN collect(this0) AS var2
}
CALL (var1) {
  WITH var1
  WHERE var1 <= $param0
  MATCH (:Entity)-[this3]->(:Entity)
  RETURN collect(this3) AS var4
}
RETURN var1 AS total, CASE
  WHEN var1 <= $param0 THEN apoc.convert.toJson({nodeColumns: {id: [var5 IN var2 | var5.id], kind: [var6 IN var2 | var6.kind], name: [var7 IN var2 | var7.name], synonyms: [var8 IN var2 | var8.synonyms], xrefs: [var9 IN var2 | var9.xrefs], description: [var10 IN var2 | var10.description], evidenceSources: [var11 IN var2 | var11.evidenceSources], evidenceLocators: [var12 IN var2 | var12.evidenceLocators], brandNames: [var13 IN var2 | var13.brandNames], modality: [var14 IN var2 | var14.modality], firstApprovalYear: [var15 IN var2 | var15.firstApprovalYear], developmentStage: [var16 IN var2 | var16.developmentStage], maxPhase: [var17 IN var2 | var17.maxPhase], developmentStopped: [var18 IN var2 | var18.developmentStopped], developmentNote: [var19 IN var2 | var19.developmentNote], geneSymbol: [var20 IN var2 | var20.geneSymbol], role: [var21 IN var2 | var21.role], lineage: [var22 IN var2 | var22.lineage], category: [var23 IN var2 | var23.category], biomarkerType: [var24 IN var2 | var24.biomarkerType], agency: [var25 IN var2 | var25.agency], status: [var26 IN var2 | var26.status], line: [var27 IN var2 | var27.line], priorTherapy: [var28 IN var2 | var28.priorTherapy], setting: [var29 IN var2 | var29.setting], diseaseQualifier: [var30 IN var2 | var30.diseaseQualifier], population: [var31 IN var2 | var31.population], regimen: [var32 IN var2 | var32.regimen], pathway: [var33 IN var2 | var33.pathway], approvalDate: [var34 IN var2 | var34.approvalDate], conversionDate: [var35 IN var2 | var35.conversionDate], withdrawalDate: [var36 IN var2 | var36.withdrawalDate], withdrawalReason: [var37 IN var2 | var37.withdrawalReason], labelSection: [var38 IN var2 | var38.labelSection], note: [var39 IN var2 | var39.note], nctId: [var40 IN var2 | var40.nctId], phase: [var41 IN var2 | var41.phase], publicationId: [var42 IN var2 | var42.publicationId], immuneRelated: [var43 IN var2 | var43.immuneRelated], drugClass: [var44 IN var2 | var44.drugClass]}, edgeColumns: {id: [var45 IN var4 | var45.id], type: [var46 IN var4 | type(var46)], fromId: [var47 IN [var48 IN var4 | startNode(var48)] | var47.id], toId: [var49 IN [var50 IN var4 | endNode(var50)] | var49.id], note: [var51 IN var4 | var51.note], mechanism: [var52 IN var4 | var52.mechanism], status: [var53 IN var4 | var53.status], year: [var54 IN var4 | var54.year], effect: [var55 IN var4 | var55.effect], evidenceSources: [var56 IN var4 | var56.evidenceSources], evidenceLocators: [var57 IN var4 | var57.evidenceLocators], basis: [var58 IN var4 | var58.basis], role: [var59 IN var4 | var59.role], operator: [var60 IN var4 | var60.operator], threshold: [var61 IN var4 | var61.threshold], unit: [var62 IN var4 | var62.unit], assay: [var63 IN var4 | var63.assay], boxedWarning: [var64 IN var4 | var64.boxedWarning], labelSection: [var65 IN var4 | var65.labelSection], frequencyPercent: [var66 IN var4 | var66.frequencyPercent], grade3PlusPercent: [var67 IN var4 | var67.grade3PlusPercent]}})
END AS columns
// params
{
  "param0": 5000
}
