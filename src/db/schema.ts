import type { CypherExecutor } from './executor';

export const ENTITY_SEARCH_INDEX = 'entity_search';

/**
 * Constraints and indexes the queries rely on; every statement is idempotent. Schema commands
 * have no builder, so they are written out; tests/unit/no-cypher-templates.test.ts checks that
 * every entity kind has its sort index and that the full-text index is ENTITY_SEARCH_INDEX.
 */
export const SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE',
  // Per-label sort indexes: an unfiltered list reads its page in index order.
  'CREATE INDEX adverseevent_sort IF NOT EXISTS FOR (n:AdverseEvent) ON (n.sortName)',
  'CREATE INDEX antigen_sort IF NOT EXISTS FOR (n:Antigen) ON (n.sortName)',
  'CREATE INDEX biomarker_sort IF NOT EXISTS FOR (n:Biomarker) ON (n.sortName)',
  'CREATE INDEX cancer_sort IF NOT EXISTS FOR (n:Cancer) ON (n.sortName)',
  'CREATE INDEX checkpoint_sort IF NOT EXISTS FOR (n:Checkpoint) ON (n.sortName)',
  'CREATE INDEX cytokine_sort IF NOT EXISTS FOR (n:Cytokine) ON (n.sortName)',
  'CREATE INDEX drug_sort IF NOT EXISTS FOR (n:Drug) ON (n.sortName)',
  'CREATE INDEX immunecell_sort IF NOT EXISTS FOR (n:ImmuneCell) ON (n.sortName)',
  'CREATE INDEX indication_sort IF NOT EXISTS FOR (n:Indication) ON (n.sortName)',
  'CREATE INDEX therapy_sort IF NOT EXISTS FOR (n:Therapy) ON (n.sortName)',
  'CREATE INDEX therapyclass_sort IF NOT EXISTS FOR (n:TherapyClass) ON (n.sortName)',
  'CREATE INDEX trial_sort IF NOT EXISTS FOR (n:Trial) ON (n.sortName)',
  // List filters of the indication model (issue 9): equality lookups on the kind's enum properties.
  'CREATE INDEX indication_status IF NOT EXISTS FOR (n:Indication) ON (n.status)',
  'CREATE INDEX indication_agency IF NOT EXISTS FOR (n:Indication) ON (n.agency)',
  'CREATE INDEX indication_line IF NOT EXISTS FOR (n:Indication) ON (n.line)',
  'CREATE INDEX indication_setting IF NOT EXISTS FOR (n:Indication) ON (n.setting)',
  'CREATE INDEX trial_nct_id IF NOT EXISTS FOR (n:Trial) ON (n.nctId)',
  'CREATE INDEX adverseevent_category IF NOT EXISTS FOR (n:AdverseEvent) ON (n.category)',
  `CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.searchText, n.searchKeys]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words' } }`,
];

export async function applySchema(executor: CypherExecutor): Promise<void> {
  const maintenance = executor.forMaintenance();
  for (const statement of SCHEMA_STATEMENTS) {
    await maintenance.write(statement);
  }
  // Full-text indexes populate asynchronously; queries issued right after would miss entries.
  await maintenance.write('CALL db.awaitIndexes(120)');
}
