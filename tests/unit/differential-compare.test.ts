import { ErrorCode } from '../../src/errors/codes';
import { MAX_ATTEMPTS, comparePair, describeMismatch, type Answer } from '../../scripts/differential/compare';
import type { GeneratedOperation } from '../../scripts/differential/generator';

/**
 * The comparison's retry must only forgive a database that timed out or went away: any other
 * difference is a wrong answer and reported on the first run.
 */
const operation: GeneratedOperation = {
  seed: 233,
  query: 'query { indications(first: 3) { nodes { id } } }',
  variables: {},
  relationshipHops: 0,
};

const page: Answer = { data: { indications: { nodes: [] } }, errors: [], cypherQueries: 1 };
const timedOut: Answer = {
  data: { indications: null },
  errors: [
    { message: 'The graph database did not answer in time.', path: 'indications', code: ErrorCode.DatabaseTimeout },
  ],
  cypherQueries: 1,
};
const wrong: Answer = { data: { indications: { nodes: [{ id: 'x' }] } }, errors: [], cypherQueries: 1 };

/** `ask` answering the given pairs in turn (the last one repeats). */
function answers(...pairs: Array<[Answer, Answer]>) {
  let calls = 0;
  const ask = () => Promise.resolve(pairs[Math.min(calls++, pairs.length - 1)]!);
  return { ask, calls: () => calls };
}

it('runs a pair again when one side timed out, and finds no mismatch once both answer', async () => {
  const { ask, calls } = answers([timedOut, page], [page, page]);
  const result = await comparePair(operation, ask);
  expect(result.mismatch).toBeNull();
  expect(calls()).toBe(2);
});

it('reports a wrong answer at once, without retrying', async () => {
  const { ask, calls } = answers([wrong, page]);
  const result = await comparePair(operation, ask);
  expect(calls()).toBe(1);
  expect(result.mismatch).toMatchObject({ path: 'data.indications.nodes.0', attempts: 1 });
});

it('reports a wrong answer found on a retry', async () => {
  const { ask } = answers([timedOut, page], [wrong, page]);
  const result = await comparePair(operation, ask);
  expect(result.mismatch).toMatchObject({ path: 'data.indications.nodes.0', attempts: 2 });
});

it("gives up after a bounded number of attempts and shows both sides' errors", async () => {
  const { ask, calls } = answers([timedOut, page]);
  const result = await comparePair(operation, ask);
  expect(calls()).toBe(MAX_ATTEMPTS);
  expect(result.mismatch).not.toBeNull();
  const text = describeMismatch(result.mismatch!);
  expect(text).toContain(`after ${MAX_ATTEMPTS} attempts`);
  expect(text).toContain(
    `optimised errors: [{"message":"The graph database did not answer in time.","path":"indications","code":"${ErrorCode.DatabaseTimeout}"}]`,
  );
  expect(text).toContain('plain errors:     []');
});
