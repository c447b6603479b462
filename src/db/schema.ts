import { ENTITY_KINDS } from '../domain/vocabulary';
import type { CypherExecutor } from './executor';

export const ENTITY_SEARCH_INDEX = 'entity_search';

/** Constraints and indexes the queries rely on; every statement is idempotent. */
const STATEMENTS = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE',
  // Per-label sort indexes: an unfiltered list reads its page in index order.
  ...ENTITY_KINDS.map((kind) => `CREATE INDEX ${kind.toLowerCase()}_sort IF NOT EXISTS FOR (n:${kind}) ON (n.sortName)`),
  // List filters of the indication model (issue 9): equality lookups on the kind's enum properties.
  ...(['status', 'agency', 'line', 'setting'] as const).map(
    (property) => `CREATE INDEX indication_${property} IF NOT EXISTS FOR (n:Indication) ON (n.${property})`,
  ),
  'CREATE INDEX trial_nct_id IF NOT EXISTS FOR (n:Trial) ON (n.nctId)',
  'CREATE INDEX adverseevent_category IF NOT EXISTS FOR (n:AdverseEvent) ON (n.category)',
  `CREATE FULLTEXT INDEX ${ENTITY_SEARCH_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.searchText, n.searchKeys]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words' } }`,
];

export async function applySchema(executor: CypherExecutor): Promise<void> {
  const maintenance = executor.forMaintenance();
  for (const statement of STATEMENTS) {
    await maintenance.write(statement);
  }
  // Full-text indexes populate asynchronously; queries issued right after would miss entries.
  await maintenance.write('CALL db.awaitIndexes(120)');
}
