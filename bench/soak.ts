/**
 * `npm run soak`: holds a mixed load against a running service and reports throughput, errors by
 * code, latency percentiles per interval and the service's RSS (from its /metrics). Exits 1 when
 * any answer was a 5xx, a network failure, an unexpected error code or a wrong answer.
 *
 * Options: --url http://127.0.0.1:4000  --duration 10m  --concurrency 8  --interval 30s  --seed 1
 *          --json <file> (writes the figures as JSON too)
 */
import fs from 'node:fs';
import { parseDuration } from './duration';
import { percentile } from './stats';
import { mulberry32 } from '../scripts/random';
import { weightedPicker, type SoakRequest } from './soak-mix';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

const url = option('url', 'http://127.0.0.1:4000').replace(/\/$/, '');
const durationMs = parseDuration(option('duration', '10m'));
const concurrency = Number(option('concurrency', '8'));
const intervalMs = parseDuration(option('interval', `${Math.max(1, Math.min(30, durationMs / 10_000))}s`));
const seed = Number(option('seed', '1'));
const jsonFile = process.argv.includes('--json') ? option('json', '') : '';

interface Sample {
  name: string;
  ms: number;
  /** 'ok', the expected code, or the unexpected outcome. */
  outcome: string;
  unexpected: boolean;
}

interface Interval {
  index: number;
  startedAt: number;
  samples: Sample[];
  rssBytes: number | null;
}

async function rssOfService(): Promise<number | null> {
  try {
    const text = await (await fetch(`${url}/metrics`)).text();
    const match = /^process_resident_memory_bytes (\d+(?:\.\d+)?(?:e\+\d+)?)$/m.exec(text);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** Sends one request and classifies the answer. */
async function send(request: SoakRequest): Promise<{ sample: Sample; data: unknown }> {
  const started = performance.now();
  const done = (outcome: string, unexpected: boolean, data: unknown = null) => ({
    sample: { name: request.name, ms: performance.now() - started, outcome, unexpected },
    data,
  });
  let response: Response;
  try {
    response = request.graphql
      ? await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(request.graphql),
        })
      : await fetch(`${url}${request.get}`);
  } catch {
    return done(`NETWORK_ERROR`, true);
  }
  const text = await response.text().catch(() => '');
  if (response.status >= 500) return done(`HTTP_${response.status}`, true);
  if (!request.graphql) return response.status === 200 ? done('ok', false) : done(`HTTP_${response.status}`, true);
  let body: { data?: unknown; errors?: Array<{ extensions?: { code?: unknown } }> };
  try {
    // A GraphQL response; its data is checked by the request's own check.
    body = JSON.parse(text) as typeof body;
  } catch {
    return done('NOT_JSON', true);
  }
  const codes = (body.errors ?? []).map((e) =>
    typeof e.extensions?.code === 'string' ? e.extensions.code : 'NO_CODE',
  );
  if (request.expectCode) {
    return codes.length > 0 && codes.every((c) => c === request.expectCode)
      ? done(request.expectCode, false)
      : done(codes[0] ?? 'MISSING_ERROR', true);
  }
  if (codes.length > 0) return done(codes[0]!, true);
  if (request.check && !safeCheck(request, body.data)) return done('WRONG_ANSWER', true);
  return done('ok', false, body.data);
}

function safeCheck(request: SoakRequest, data: unknown): boolean {
  try {
    return request.check!(data);
  } catch {
    return false;
  }
}

const fmt = (ms: number) => (Number.isNaN(ms) ? '—' : ms < 10 ? ms.toFixed(1) : ms.toFixed(0));
const mb = (bytes: number | null) => (bytes === null ? '?' : `${(bytes / 1048576).toFixed(1)} MiB`);

function latency(samples: Sample[]) {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
  };
}

function countBy(samples: Sample[], key: (s: Sample) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of samples) counts[key(s)] = (counts[key(s)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1]));
}

async function main(): Promise<void> {
  const health = await fetch(`${url}/ready`).catch(() => null);
  if (!health || health.status !== 200) {
    console.error(`[soak] ${url}/ready does not answer 200; start the service first (npm start).`);
    process.exit(2);
  }
  const rssStart = await rssOfService();
  console.log(
    `[soak] ${url}: ${concurrency} concurrent clients for ${durationMs / 1000} s, report every ${intervalMs / 1000} s, seed ${seed}; service RSS ${mb(rssStart)}`,
  );
  console.log('interval   end s   requests   req/s   unexpected   p50 ms   p99 ms   RSS');

  const started = Date.now();
  const deadline = started + durationMs;
  const intervals: Interval[] = [{ index: 0, startedAt: started, samples: [], rssBytes: null }];
  let current = intervals[0]!;
  const closeInterval = async () => {
    const closing = current;
    current = { index: closing.index + 1, startedAt: Date.now(), samples: [], rssBytes: null };
    intervals.push(current);
    closing.rssBytes = await rssOfService();
    const seconds = (current.startedAt - closing.startedAt) / 1000;
    const { p50, p99 } = latency(closing.samples);
    console.log(
      `${String(closing.index + 1).padStart(8)} ${String(Math.round((Date.now() - started) / 1000)).padStart(7)} ${String(closing.samples.length).padStart(10)} ${(closing.samples.length / seconds).toFixed(1).padStart(7)} ${String(closing.samples.filter((s) => s.unexpected).length).padStart(12)} ${fmt(p50).padStart(8)} ${fmt(p99).padStart(8)}   ${mb(closing.rssBytes)}`,
    );
  };
  const ticker = setInterval(() => void closeInterval(), intervalMs);

  const worker = async (id: number) => {
    const random = mulberry32(seed * 1000 + id);
    const nextScenario = weightedPicker(random);
    while (Date.now() < deadline) {
      let previous: unknown = null;
      for (const step of nextScenario().steps(random)) {
        const request = step(previous);
        if (!request || Date.now() >= deadline) break;
        const { sample, data } = await send(request);
        current.samples.push(sample);
        previous = data;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, i) => worker(i)));
  clearInterval(ticker);
  if (current.samples.length > 0) await closeInterval();
  intervals.pop();

  const elapsedS = (Date.now() - started) / 1000;
  const all = intervals.flatMap((i) => i.samples);
  const rssEnd = await rssOfService();
  const overall = latency(all);
  const expected = countBy(
    all.filter((s) => !s.unexpected && s.outcome !== 'ok'),
    (s) => s.outcome,
  );
  const unexpected = countBy(
    all.filter((s) => s.unexpected),
    (s) => `${s.outcome} (${s.name})`,
  );
  const perOperation = Object.keys(countBy(all, (s) => s.name)).map((name) => {
    const samples = all.filter((s) => s.name === name);
    return { name, requests: samples.length, ...latency(samples) };
  });

  console.log(
    `\n[soak] ${all.length} requests in ${elapsedS.toFixed(0)} s = ${(all.length / elapsedS).toFixed(1)} req/s`,
  );
  console.log(
    `  latency ms: p50 ${fmt(overall.p50)}, p95 ${fmt(overall.p95)}, p99 ${fmt(overall.p99)}, max ${fmt(overall.max)}`,
  );
  console.log(`  expected errors: ${JSON.stringify(expected)}`);
  console.log(`  unexpected: ${Object.keys(unexpected).length === 0 ? 'none' : JSON.stringify(unexpected)}`);
  console.log(`  service RSS: start ${mb(rssStart)}, end ${mb(rssEnd)}`);
  console.log('\n  operation                      requests   p50 ms   p99 ms   max ms');
  for (const op of perOperation) {
    console.log(
      `  ${op.name.padEnd(30)} ${String(op.requests).padStart(8)} ${fmt(op.p50).padStart(8)} ${fmt(op.p99).padStart(8)} ${fmt(op.max).padStart(8)}`,
    );
  }
  if (jsonFile) {
    const report = {
      url,
      concurrency,
      seed,
      durationS: elapsedS,
      requests: all.length,
      throughput: all.length / elapsedS,
      latencyMs: overall,
      expectedErrors: expected,
      unexpected,
      rssBytes: { start: rssStart, end: rssEnd },
      intervals: intervals.map((i) => ({
        requests: i.samples.length,
        unexpected: i.samples.filter((s) => s.unexpected).length,
        ...latency(i.samples),
        rssBytes: i.rssBytes,
      })),
      perOperation,
    };
    fs.writeFileSync(jsonFile, JSON.stringify(report, null, 1));
  }
  process.exit(Object.keys(unexpected).length > 0 ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error('[soak] failed:', error);
  process.exit(2);
});
