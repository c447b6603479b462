/// <reference lib="dom" />
/**
 * How the explorer page behaves with ~2,000 nodes on screen, in headless Chromium (software
 * rendering, no GPU): load-to-drawn time, frame times while panning and zooming with real mouse
 * input, click-to-panel and click-to-expanded latency, and a filter change.
 *
 *   npm run bench:explorer [-- --scale 100 --focus pd-1 --runs 3]
 *
 * Writes docs/explorer-benchmark.md and .json. Uses its own Neo4j (ports 7689/7476, wiped).
 */
import fs from 'node:fs';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from '../src/config';
import { createDriver } from '../src/db/driver';
import { CypherExecutor } from '../src/db/executor';
import { applySchema } from '../src/db/schema';
import { consoleProgress } from '../src/neo4j-local/progress';
import { startLocalNeo4j } from '../src/neo4j-local/server';
import { BENCH_NEO4J } from './bench-neo4j';
import { DEFAULT_SEED_DIR, seedDatabase } from '../src/seed';
import { loadSeed } from '../src/seed/load';
import { createGraphServer } from '../src/server';
import { openBrowser, screenshot } from '../scripts/chromium';
import { growToScale } from './load';
import { ScaleUpGenerator } from './synthetic';

const progress = consoleProgress('bench-explorer');

function arg(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

const SETTINGS = {
  scale: Number(arg('scale', '100')),
  focus: arg('focus', 'pd-1'),
  depth: 2,
  runs: Number(arg('runs', '3')),
  viewport: { width: 1600, height: 1000 },
};

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
const median = (values: number[]) => quantile(values, 0.5);
const round = (value: number) => Math.round(value * 10) / 10;

async function statusText(page: Page): Promise<string> {
  return (await page.locator('#status').textContent()) ?? '';
}

async function waitForStatus(page: Page, pattern: RegExp, timeout = 120_000): Promise<void> {
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.getElementById('status')!.textContent ?? ''),
    pattern.source,
    {
      timeout,
    },
  );
}

/** Frame intervals while real wheel and drag input pans and zooms the canvas for a while. */
async function panAndZoomFrames(page: Page): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { frameTimes: number[]; recording: boolean };
    w.frameTimes = [];
    w.recording = true;
    let last = performance.now();
    const tick = (now: number) => {
      w.frameTimes.push(now - last);
      last = now;
      if (w.recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const box = (await page.locator('#graph').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  for (let i = 0; i < 12; i++) {
    await page.mouse.wheel(0, i < 6 ? -120 : 120);
    await page.waitForTimeout(40);
  }
  // Drag on empty space pans (the status line sits bottom-left; start near the top-right).
  await page.mouse.move(box.x + box.width - 20, box.y + 20);
  await page.mouse.down();
  for (let i = 0; i < 40; i++) {
    await page.mouse.move(box.x + box.width - 20 - i * 8, box.y + 20 + i * 6);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  await page.waitForTimeout(200);
  const frames = await page.evaluate(() => {
    const w = window as unknown as { frameTimes: number[]; recording: boolean };
    w.recording = false;
    return w.frameTimes.slice(1);
  });
  return frames;
}

/** Nodes at the rim of the view (distance 2), where a click both selects and expands. */
async function rimNodes(
  page: Page,
  count: number,
): Promise<Array<{ id: string; label: string; x: number; y: number }>> {
  return page.evaluate((n) => {
    type Node = { id(): string; data(k: string): unknown; renderedPosition(): { x: number; y: number } };
    const cy = (
      window as unknown as {
        explorerGraph: {
          nodes(): { filter(f: (n: Node) => boolean): { toArray(): Node[] } };
          width(): number;
          height(): number;
        };
      }
    ).explorerGraph;
    const box = document.getElementById('graph')!.getBoundingClientRect();
    const inside = (p: { x: number; y: number }) =>
      p.x > 40 && p.y > 40 && p.x < box.width - 40 && p.y < box.height - 60;
    return cy
      .nodes()
      .filter((node) => node.data('distance') === 2 && inside(node.renderedPosition()))
      .toArray()
      .slice(0, n)
      .map((node) => ({
        id: node.id(),
        label: String(node.data('label')),
        x: box.left + node.renderedPosition().x,
        y: box.top + node.renderedPosition().y,
      }));
  }, count);
}

async function main(): Promise<void> {
  const started = Date.now();
  progress(`settings: ${JSON.stringify(SETTINGS)}`);
  const local = await startLocalNeo4j(BENCH_NEO4J, progress, { freshData: true });
  const driver = createDriver(local.connection);
  const executor = new CypherExecutor(driver, local.connection.database);
  const graph = await createGraphServer(executor);
  const server = graph.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await openBrowser(SETTINGS.viewport);
  try {
    await applySchema(executor);
    await seedDatabase(executor, { progress: (m) => progress(`seed: ${m}`) });
    if (SETTINGS.scale > 1) {
      const grown = await growToScale(
        executor,
        new ScaleUpGenerator(loadSeed(DEFAULT_SEED_DIR), 42),
        1,
        SETTINGS.scale,
        progress,
      );
      progress(
        `scaled to ×${SETTINGS.scale}: +${grown.nodes} nodes, +${grown.relationships} relationships in ${grown.seconds.toFixed(1)} s`,
      );
    }
    const { page } = browser;
    const runs: Array<Record<string, number>> = [];
    for (let run = 1; run <= SETTINGS.runs; run++) {
      const t0 = Date.now();
      await page.goto(`${url}/explorer?focus=${SETTINGS.focus}&depth=${SETTINGS.depth}`);
      await waitForStatus(page, /^[\d,]+ nodes/);
      const loadMs = Date.now() - t0;
      const nodes = Number((await statusText(page)).split(' ')[0]!.replace(/,/g, ''));
      const edges = Number(/· ([\d,]+) edges/.exec(await statusText(page))![1]!.replace(/,/g, ''));
      const phase = (name: string) =>
        page.evaluate((n) => performance.getEntriesByName(`explorer:${n}`).at(-1)?.duration ?? NaN, name);
      const rebuildMs = await phase('rebuild');
      const fetchMs = await phase('fetch');
      const addMs = await phase('add');
      const layoutMs = await phase('layout');
      progress(`  drawn ${nodes} nodes / ${edges} edges in ${loadMs} ms (page measure ${round(rebuildMs)} ms)`);
      const frames = await panAndZoomFrames(page);
      progress(`  pan/zoom: ${frames.length} frames, median ${round(median(frames))} ms`);

      const selectMs: number[] = [];
      const expandMs: number[] = [];
      for (const target of await rimNodes(page, 3)) {
        const before = await statusText(page);
        const titleBefore = await page
          .locator('#details h2.title')
          .textContent()
          .catch(() => null);
        const clickAt = Date.now();
        await page.mouse.click(target.x, target.y);
        // In a dense view a neighbour may sit on top of the target: any newly selected node counts.
        await page
          .waitForFunction(
            (previous) => {
              const title = document.querySelector('#details h2.title')?.textContent;
              return Boolean(title) && title !== previous && location.search.includes('select=node:');
            },
            titleBefore,
            { timeout: 30_000 },
          )
          .catch(async (error: Error) => {
            throw new Error(
              `${error.message}; clicked ${target.id} at ${target.x},${target.y}; url ${page.url()}; title ${await page.locator('#details').textContent()}`,
            );
          });
        selectMs.push(Date.now() - clickAt);
        await page.waitForFunction(
          (previous) => {
            const text = document.getElementById('status')!.textContent ?? '';
            return (
              (text !== previous || /already expanded/.test(text)) && /nodes? ·/.test(text) && !/Expanding/.test(text)
            );
          },
          before,
          { timeout: 120_000 },
        );
        expandMs.push(Date.now() - clickAt);
      }
      const filterAt = Date.now();
      await page.locator('#type-TREATS').uncheck();
      await waitForStatus(page, /^[\d,]+ nodes/);
      const filterMs = Date.now() - filterAt;
      if (run === 1) await screenshot(page, 'explorer-2000-nodes');
      const result = {
        nodes,
        edges,
        loadMs,
        rebuildMs: round(rebuildMs),
        fetchMs: round(fetchMs),
        addMs: round(addMs),
        layoutMs: round(layoutMs),
        frames: frames.length,
        frameMedianMs: round(median(frames)),
        frameP95Ms: round(quantile(frames, 0.95)),
        frameMaxMs: round(Math.max(...frames)),
        selectMedianMs: median(selectMs),
        expandMedianMs: median(expandMs),
        filterMs,
      };
      progress(`run ${run}: ${JSON.stringify(result)}`);
      runs.push(result);
    }
    const summary = Object.fromEntries(Object.keys(runs[0]!).map((key) => [key, median(runs.map((r) => r[key]!))]));
    const chromiumVersion = browser.context.browser()?.version() ?? 'chromium';
    const report = {
      date: new Date().toISOString(),
      settings: SETTINGS,
      chromium: chromiumVersion,
      machine: `${os.cpus().length} cores, headless Chromium with software rendering (--disable-gpu)`,
      runs,
      median: summary,
      seconds: Math.round((Date.now() - started) / 1000),
    };
    fs.writeFileSync(
      path.join(PROJECT_ROOT, 'docs', 'explorer-benchmark.json'),
      JSON.stringify(report, null, 2) + '\n',
    );
    fs.writeFileSync(path.join(PROJECT_ROOT, 'docs', 'explorer-benchmark.md'), markdown(report));
    progress(`median of ${SETTINGS.runs} runs: ${JSON.stringify(summary)}`);
  } finally {
    await browser.close().catch(() => undefined);
    server.close();
    await graph.stop();
    await driver.close();
    await local.stop();
  }
}

function markdown(report: {
  date: string;
  settings: typeof SETTINGS;
  chromium: string;
  machine: string;
  runs: Array<Record<string, number>>;
  median: Record<string, number>;
  seconds: number;
}): string {
  const m = report.median;
  const rows = report.runs
    .map(
      (r, i) =>
        `| ${i + 1} | ${r.nodes} / ${r.edges} | ${r.loadMs} | ${r.rebuildMs} (${r.fetchMs} / ${r.addMs} / ${r.layoutMs}) | ${r.frameMedianMs} / ${r.frameP95Ms} / ${r.frameMaxMs} (${r.frames}) | ${r.selectMedianMs} | ${r.expandMedianMs} | ${r.filterMs} |`,
    )
    .join('\n');
  return `# Explorer with ~2,000 nodes on screen

Generated by \`npm run bench:explorer\` on ${report.date.slice(0, 10)} (${report.seconds} s). Graph: the seed
grown ×${report.settings.scale} by the benchmark generator; view: \`/explorer?focus=${report.settings.focus}&depth=${report.settings.depth}\`
(the API's 2,000-node neighborhood limit). ${report.machine}; Chromium ${report.chromium}; viewport
${report.settings.viewport.width}×${report.settings.viewport.height}.

- **load**: navigation until the status line reports the drawn view (GraphQL fetch, fcose layout, first render).
- **rebuild**: the page's own \`explorer:rebuild\` measure, without page load, and its phases: the GraphQL
  fetch (with JSON parsing), adding the elements to Cytoscape, the layout; the rest is the first frame.
- **frames**: requestAnimationFrame intervals during 12 wheel zoom steps and a 40-step drag pan with the mouse
  (median / p95 / max, and how many frames).
- **select**: click on a node at the rim → its details in the side panel (includes one GraphQL request).
- **expand**: the same click → its neighbours fetched, merged, laid out and drawn.
- **filter**: unticking *treats* → those edges, and nodes left without a visible edge, hidden.

| run | nodes / edges | load ms | rebuild ms (fetch / add / layout) | frame ms: median / p95 / max (n) | select ms | expand ms | filter ms |
|---|---|---|---|---|---|---|---|
${rows}
| **median** | ${m.nodes} / ${m.edges} | ${m.loadMs} | ${m.rebuildMs} (${m.fetchMs} / ${m.addMs} / ${m.layoutMs}) | ${m.frameMedianMs} / ${m.frameP95Ms} / ${m.frameMaxMs} | ${m.selectMedianMs} | ${m.expandMedianMs} | ${m.filterMs} |
`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
