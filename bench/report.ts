import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import type { OperationName } from './operations';
import { STEP_KINDS, type StepKind } from './session';

/** ours: this service with its response cache off (cold); warm: the same with the cache on. */
export type Contender = 'ours' | 'warm' | 'library' | 'floor';
export const CONTENDERS: Contender[] = ['ours', 'warm', 'library', 'floor'];

export interface SessionResult {
  sessions: number;
  steps: number;
  /** Steps whose neighborhood or paths the library answered differently (search is not compared). */
  libraryMismatches: number;
  contenders: Record<
    'ours' | 'warm' | 'library',
    {
      stepP50: Record<StepKind, number>;
      allSteps: { p50: number; p95: number; p99: number };
      sessionP50: number;
      stepsPerSecond: number;
    }
  >;
}

export interface ScaleResult {
  scale: number;
  /** Time spent measuring this scale (loading excluded). */
  seconds: number;
  nodes: number;
  relationships: number;
  operations: Array<{
    name: OperationName;
    title: string;
    roundTrips: Record<Contender, number>;
    latency: Record<Contender, { p50: number; p95: number; p99: number }>;
    /** Requests per second at fixed concurrency. */
    throughput: Record<Contender, number>;
  }>;
  sessions?: SessionResult;
  /** The warm server's response cache at the end of the scale (/metrics); null without a cache. */
  cacheBytes?: number | null;
}

export interface BenchReport {
  date: string;
  machine: string;
  versions: Record<string, string>;
  settings: Record<string, unknown>;
  startup: { ours: { ms: number }; library: { ms: number; getSchemaMs: number | null } };
  peakRssMb: { ours: number | null; warm?: number | null; library: number | null };
  scales: ScaleResult[];
  totalSeconds: number;
}

const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(1));
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');

export function renderMarkdown(report: BenchReport): string {
  const lines: string[] = [
    '# Benchmarks',
    '',
    'This service (**ours**, over HTTP) against an Apollo server built on the Neo4j GraphQL Library',
    '(**library**, `@neo4j/graphql`, over HTTP) and the hand-written Cypher for the same answer sent',
    'through neo4j-driver (**floor**), on the same Neo4j and data, interleaved in one run. Answers are',
    'checked equal before timing. Reproduce with `npm run bench` (options in `bench/run.ts`).',
    '',
    `- Date: ${report.date}`,
    `- Machine: ${report.machine}`,
    `- Versions: ${Object.entries(report.versions)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    `- Settings: ${JSON.stringify(report.settings)}; latency and throughput are medians over the runs`,
    `- Start-up to first answer: ours ${report.startup.ours.ms} ms; library ${report.startup.library.ms} ms (of which getSchema() ${report.startup.library.getSchemaMs} ms)`,
    `- Peak RSS at the end of the run: ours cold ${report.peakRssMb.ours} MB; ours warm ${report.peakRssMb.warm ?? '–'} MB; library ${report.peakRssMb.library} MB`,
    `- Whole run: ${report.totalSeconds} s`,
    '',
    'Ratios: `÷floor` is ours ÷ floor (lower is better, 1.00× is the floor); `÷lib` is ours ÷ library',
    '(for latency lower is better, for throughput higher is better). **Ours** is cold (response cache off,',
    '`RESPONSE_CACHE_MAX_BYTES=0`); **warm** is a second instance with the cache on (256 MiB) answering',
    'the same operation repeatedly.',
  ];
  for (const scale of report.scales) {
    lines.push(
      '',
      `## ×${scale.scale} — ${scale.nodes.toLocaleString('en')} nodes, ${scale.relationships.toLocaleString('en')} relationships (measured in ${scale.seconds} s)`,
      '',
      '| operation | p50 ours / lib / floor (ms) | p50 ÷floor | p50 ÷lib | p95 ours / lib / floor | p99 ours / lib / floor | req/s ours / lib / floor | req/s ÷floor | req/s ÷lib | Cypher round trips ours / lib / floor |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const op of scale.operations) {
      const { latency: l, throughput: t, roundTrips: r } = op;
      lines.push(
        `| ${op.title} | ${ms(l.ours.p50)} / ${ms(l.library.p50)} / ${ms(l.floor.p50)} | ${ratio(l.ours.p50, l.floor.p50)} | ${ratio(l.ours.p50, l.library.p50)} | ` +
          `${ms(l.ours.p95)} / ${ms(l.library.p95)} / ${ms(l.floor.p95)} | ${ms(l.ours.p99)} / ${ms(l.library.p99)} / ${ms(l.floor.p99)} | ` +
          `${Math.round(t.ours)} / ${Math.round(t.library)} / ${Math.round(t.floor)} | ${ratio(t.ours, t.floor)} | ${ratio(t.ours, t.library)} | ${r.ours} / ${r.library} / ${r.floor} |`,
      );
    }
    lines.push(
      '',
      `Warm (response cache on, repeated operations)${scale.cacheBytes == null ? ' — this build reports no cache (/metrics has no graphql_response_cache_bytes), so warm measures a second cold instance' : `; cache memory at the end: ${(scale.cacheBytes / 2 ** 20).toFixed(1)} MiB`}:`,
      '',
      '| operation | p50 warm (ms) | p50 warm ÷floor | p95 / p99 warm | req/s warm | req/s warm ÷lib | Cypher round trips on a repeat |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const op of scale.operations) {
      const { latency: l, throughput: t, roundTrips: r } = op;
      if (!l.warm) continue;
      lines.push(
        `| ${op.title} | ${ms(l.warm.p50)} | ${ratio(l.warm.p50, l.floor.p50)} | ${ms(l.warm.p95)} / ${ms(l.warm.p99)} | ${Math.round(t.warm)} | ${ratio(t.warm, t.library)} | ${r.warm} |`,
      );
    }
    const s = scale.sessions;
    if (!s) {
      lines.push('', 'Explorer sessions were not replayed at this scale (`--session-scales`, see bench/run.ts).');
    } else {
      lines.push(
        '',
        `Explorer sessions (search → neighborhood → expand a neighbour → paths; ${s.sessions} sessions, ${s.steps} steps, each replayed twice for latency, then ${'`connections`'} users for throughput; the library answered ${s.libraryMismatches} neighborhood/path steps differently):`,
        '',
        `| contender | ${STEP_KINDS.map((k) => `p50 ${k} (ms)`).join(' | ')} | p50 / p95 any step | p50 whole session | steps/s | steps/s ÷lib |`,
        `| --- | ${STEP_KINDS.map(() => '---').join(' | ')} | --- | --- | --- | --- |`,
      );
      for (const [who, label] of [
        ['ours', 'ours cold'],
        ['warm', 'ours warm'],
        ['library', 'library'],
      ] as const) {
        const c = s.contenders[who];
        lines.push(
          `| ${label} | ${STEP_KINDS.map((k) => ms(c.stepP50[k])).join(' | ')} | ${ms(c.allSteps.p50)} / ${ms(c.allSteps.p95)} | ${ms(c.sessionP50)} | ${Math.round(c.stepsPerSecond)} | ${ratio(c.stepsPerSecond, s.contenders.library.stepsPerSecond)} |`,
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

export function writeReport(report: BenchReport): void {
  const dir = path.join(PROJECT_ROOT, 'docs');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'benchmarks.json'), `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(path.join(dir, 'benchmarks.md'), renderMarkdown(report));
}
