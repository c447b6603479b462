/**
 * Projections reused across repositories. They are fixed text chosen by the code (variable names
 * and expressions only); every value reaches Cypher as a parameter.
 */
const ENTITY_FIELDS = [
  'id',
  'kind',
  'name',
  'synonyms',
  'xrefs',
  'description',
  'evidenceSources',
  'evidenceLocators',
  'brandNames',
  'modality',
  'firstApprovalYear',
  'geneSymbol',
  'role',
  'lineage',
  'category',
  'biomarkerType',
];

/** A map literal rather than a map projection, so it also works on expressions such as startNode(r). */
export const entityProjection = (node: string) => `{${ENTITY_FIELDS.map((f) => `${f}: ${node}.${f}`).join(', ')}}`;

export const relationProjection = (r: string) =>
  `{id: ${r}.id, type: type(${r}), from: ${entityProjection(`startNode(${r})`)}, to: ${entityProjection(`endNode(${r})`)}, ` +
  `note: ${r}.note, mechanism: ${r}.mechanism, status: ${r}.status, year: ${r}.year, effect: ${r}.effect, ` +
  `evidenceSources: ${r}.evidenceSources, evidenceLocators: ${r}.evidenceLocators}`;
