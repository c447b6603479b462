/// <reference lib="dom" />
// Callbacks passed to page.evaluate/waitForFunction run in the page, with its DOM.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config';
import { startApi, type TestApi } from '../integration/helpers/api';
import { openBrowser, type BrowserSession } from '../../scripts/chromium';
import { poll } from './helpers/poll';

/**
 * The README's "For other frontends" snippets, exactly as written, bundled with the real
 * libraries and run in Chromium against the API: each must draw the neighborhood.
 */
function readmeSnippets(): { fetchData: string; byLibrary: Map<string, string> } {
  const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### For other frontends'), readme.indexOf('**Files for Gephi'));
  const blocks = [...section.matchAll(/(?:\*\*([^*]+)\*\*\s*)?```js\n([\s\S]*?)```/g)];
  const [first, ...rest] = blocks;
  return {
    fetchData: first![2]!,
    byLibrary: new Map(rest.map((b) => [b[1]!.trim(), b[2]!])),
  };
}

/** Counts the non-white pixels of a screenshot of #graph, decoded by the page itself. */
async function inkedPixels(page: Page): Promise<number> {
  const png = (await page.locator('#graph').screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let count = 0;
    for (let i = 0; i < pixels.length; i += 4)
      if (pixels[i]! < 230 || pixels[i + 1]! < 230 || pixels[i + 2]! < 230) count++;
    return count;
  }, png);
}

/** Imports first, then the README's fetch and drawing code inside an async function. */
async function bundle(fetchData: string, drawing: string, apiUrl: string): Promise<string> {
  const imports = drawing.split('\n').filter((line) => line.startsWith('import '));
  const body = drawing.split('\n').filter((line) => !line.startsWith('import '));
  const contents = [
    ...imports,
    '(async () => {',
    fetchData.replaceAll('http://localhost:4000', apiUrl),
    ...body,
    'window.snippetDone = { nodes: nodes.length, edges: edges.length };',
    '})().catch((error) => { window.snippetError = String(error && error.stack || error); });',
  ].join('\n');
  const result = await build({
    stdin: { contents, resolveDir: PROJECT_ROOT, loader: 'js', sourcefile: 'snippet.js' },
    bundle: true,
    write: false,
    format: 'iife',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

describe('README snippets for other frontends', () => {
  let api: TestApi;
  let browser: BrowserSession;
  const snippets = readmeSnippets();

  beforeAll(async () => {
    api = await startApi();
    // Sigma draws with WebGL: allow Chromium's software WebGL, since the machine has no GPU.
    browser = await openBrowser({ width: 1000, height: 800 }, [
      '--enable-unsafe-swiftshader',
      '--use-angle=swiftshader',
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('covers Cytoscape.js, vis-network and Sigma.js', () => {
    expect([...snippets.byLibrary.keys()]).toEqual(['Cytoscape.js', 'vis-network', 'Sigma.js / graphology']);
  });

  it.each(['Cytoscape.js', 'vis-network', 'Sigma.js / graphology'])(
    '%s draws the neighborhood from the API',
    async (library) => {
      const code = await bundle(snippets.fetchData, snippets.byLibrary.get(library)!, api.url);
      const { page } = browser;
      await page.goto(`${api.url}/health`); // same origin as the API
      await page.setContent('<!doctype html><div id="graph" style="width:900px;height:700px"></div>');
      await page.addScriptTag({ content: code });
      await page.waitForFunction(() => 'snippetDone' in window || 'snippetError' in window, null, { timeout: 30_000 });
      const outcome = await page.evaluate(() => ({
        done: (window as unknown as { snippetDone?: { nodes: number; edges: number } }).snippetDone,
        error: (window as unknown as { snippetError?: string }).snippetError,
      }));
      expect(outcome.error).toBeUndefined();
      expect(outcome.done!.nodes).toBeGreaterThan(20);
      // What is on screen, whatever drew it (2D canvas or WebGL): pixels that are not background.
      // Layouts and physics draw over several frames, so the screenshot is retaken until it shows ink.
      await poll(() => inkedPixels(page)).toBeGreaterThanOrEqual(2000);
    },
  );
});
