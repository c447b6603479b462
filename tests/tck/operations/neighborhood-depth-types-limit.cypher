// statement 1 of 1
MATCH (this0:Entity { id: $param0 })
CALL apoc.path.spanningTree(this0, {maxLevel: $param1, relationshipFilter: $param2, labelFilter: '+Entity', bfs: true}) YIELD path AS var1
WITH this0, last(nodes(var1)) AS this2, length(var1) AS var3
ORDER BY var3 ASC, this2.sortName ASC
WITH this0, collect(this2) AS var4, collect(var3) AS var5
WITH CASE
  WHEN var4[0] = this0 THEN var4
  ELSE ([this0] + var4)
END AS var6, CASE
  WHEN var4[0] = this0 THEN var5
  ELSE ([0] + var5)
END AS var7
WITH [var8 IN range(0, ((0 + $param3) - 1)) WHERE var8 < size(var6) | var6[var8]] AS var9, [var10 IN range(0, ((0 + $param3) - 1)) WHERE var10 < size(var7) | var7[var10]] AS var11, size(var6) AS var12
CALL (var9) {
  UNWIND var9 AS this13
  MATCH (this13)-[this14]->(this15:Entity)
  WHERE (this15 IN var9 AND type(this14) IN $param4)
  RETURN collect(this14) AS var16
}
RETURN apoc.convert.toJson({nodeColumns: {id: [var17 IN var9 | var17.id], kind: [var18 IN var9 | var18.kind], name: [var19 IN var9 | var19.name], synonyms: [var20 IN var9 | var20.synonyms], xrefs: [var21 IN var9 | var21.xrefs], description: [var22 IN var9 | var22.description], evidenceSources: [var23 IN var9 | var23.evidenceSources], evidenceLocators: [var24 IN var9 | var24.evidenceLocators], brandNames: [var25 IN var9 | var25.brandNames], modality: [var26 IN var9 | var26.modality], firstApprovalYear: [var27 IN var9 | var27.firstApprovalYear], developmentStage: [var28 IN var9 | var28.developmentStage], maxPhase: [var29 IN var9 | var29.maxPhase], developmentStopped: [var30 IN var9 | var30.developmentStopped], developmentNote: [var31 IN var9 | var31.developmentNote], geneSymbol: [var32 IN var9 | var32.geneSymbol], role: [var33 IN var9 | var33.role], lineage: [var34 IN var9 | var34.lineage], category: [var35 IN var9 | var35.category], biomarkerType: [var36 IN var9 | var36.biomarkerType], agency: [var37 IN var9 | var37.agency], status: [var38 IN var9 | var38.status], line: [var39 IN var9 | var39.line], priorTherapy: [var40 IN var9 | var40.priorTherapy], setting: [var41 IN var9 | var41.setting], diseaseQualifier: [var42 IN var9 | var42.diseaseQualifier], population: [var43 IN var9 | var43.population], regimen: [var44 IN var9 | var44.regimen], pathway: [var45 IN var9 | var45.pathway], approvalDate: [var46 IN var9 | var46.approvalDate], conversionDate: [var47 IN var9 | var47.conversionDate], withdrawalDate: [var48 IN var9 | var48.withdrawalDate], withdrawalReason: [var49 IN var9 | var49.withdrawalReason], labelSection: [var50 IN var9 | var50.labelSection], note: [var51 IN var9 | var51.note], nctId: [var52 IN var9 | var52.nctId], phase: [var53 IN var9 | var53.phase], publicationId: [var54 IN var9 | var54.publicationId], immuneRelated: [var55 IN var9 | var55.immuneRelated], drugClass: [var56 IN var9 | var56.drugClass]}, distances: var11, edgeColumns: {id: [var57 IN var16 | var57.id], type: [var58 IN var16 | type(var58)], fromId: [var59 IN [var60 IN var16 | startNode(var60)] | var59.id], toId: [var61 IN [var62 IN var16 | endNode(var62)] | var61.id], note: [var63 IN var16 | var63.note], mechanism: [var64 IN var16 | var64.mechanism], status: [var65 IN var16 | var65.status], year: [var66 IN var16 | var66.year], effect: [var67 IN var16 | var67.effect], evidenceSources: [var68 IN var16 | var68.evidenceSources], evidenceLocators: [var69 IN var16 | var69.evidenceLocators], basis: [var70 IN var16 | var70.basis], role: [var71 IN var16 | var71.role], operator: [var72 IN var16 | var72.operator], threshold: [var73 IN var16 | var73.threshold], unit: [var74 IN var16 | var74.unit], assay: [var75 IN var16 | var75.assay], boxedWarning: [var76 IN var16 | var76.boxedWarning], labelSection: [var77 IN var16 | var77.labelSection], frequencyPercent: [var78 IN var16 | var78.frequencyPercent], grade3PlusPercent: [var79 IN var16 | var79.grade3PlusPercent]}, total: var12}) AS answer
// params
{
  "param0": "mk-center-id",
  "param1": 2,
  "param2": "INHIBITS|TREATS",
  "param3": 50,
  "param4": [
    "INHIBITS",
    "TREATS"
  ]
}
