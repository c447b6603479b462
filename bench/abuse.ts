/**
 * `npm run abuse -- --url http://127.0.0.1:4000/graphql [--runs 5]`: sends each abuse case to a
 * running service and prints how it was answered and how long that took (median of the runs).
 */
import { ABUSE_CASES } from './abuse-cases';
import { median } from './stats';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

interface Answer {
  status: number;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  data?: unknown;
  extensions?: { cypherQueries?: number };
}

async function main(): Promise<void> {
  const url = option('url', 'http://127.0.0.1:4000/graphql');
  const runs = Number(option('runs', '5'));
  const timeoutMs = Number(option('timeout', '60')) * 1000;
  const only = option('only', '');
  console.log(`abuse cases against ${url}, median of ${runs} runs\n`);
  for (const abuse of ABUSE_CASES.filter((c) => c.name.includes(only))) {
    const timings: number[] = [];
    let last = null as Answer | null;
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: abuse.query, variables: abuse.variables }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        const body = (await response.json()) as Omit<Answer, 'status'>;
        timings.push(performance.now() - started);
        last = { status: response.status, ...body };
      } catch (error) {
        console.log(
          `${abuse.name}\n  no answer after ${((performance.now() - started) / 1000).toFixed(1)} s: ${String(error)}`,
        );
        break;
      }
    }
    if (!last) continue;
    const error = last.errors?.[0];
    console.log(`${abuse.name}`);
    console.log(
      `  HTTP ${last.status}, ${median(timings).toFixed(1)} ms, cypherQueries ${last.extensions?.cypherQueries ?? 'absent'}`,
    );
    if (error) {
      const { code, limit, max, actual } = error.extensions ?? {};
      console.log(
        `  ${String(code)} limit=${String(limit)} max=${String(max)} actual=${String(actual)}: ${error.message}`,
      );
    } else {
      console.log(`  answered with data (${JSON.stringify(last.data).length} bytes of JSON)`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
