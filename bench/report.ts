import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import type { OperationName } from './operations';

export type Contender = 'ours' | 'library' | 'floor';

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
}

export interface BenchReport {
  date: string;
  machine: string;
  versions: Record<string, string>;
  settings: Record<string, unknown>;
  startup: { ours: { ms: number }; library: { ms: number; getSchemaMs: number | null } };
  peakRssMb: { ours: number | null; library: number | null };
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
    `- Versions: ${Object.entries(report.versions).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `- Settings: ${JSON.stringify(report.settings)}; latency and throughput are medians over the runs`,
    `- Start-up to first answer: ours ${report.startup.ours.ms} ms; library ${report.startup.library.ms} ms (of which getSchema() ${report.startup.library.getSchemaMs} ms)`,
    `- Peak RSS at the end of the run: ours ${report.peakRssMb.ours} MB; library ${report.peakRssMb.library} MB`,
    `- Whole run: ${report.totalSeconds} s`,
    '',
    'Ratios: `÷floor` is ours ÷ floor (lower is better, 1.00× is the floor); `÷lib` is ours ÷ library',
    '(for latency lower is better, for throughput higher is better).',
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
  }
  return `${lines.join('\n')}\n`;
}

export function writeReport(report: BenchReport): void {
  const dir = path.join(PROJECT_ROOT, 'docs');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'benchmarks.json'), `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(path.join(dir, 'benchmarks.md'), renderMarkdown(report));
}
