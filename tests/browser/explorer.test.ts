/// <reference lib="dom" />
// Callbacks passed to page.evaluate/waitForFunction run in the page, with its DOM.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { startApi, type TestApi } from '../integration/helpers/api';
import { openBrowser, screenshot, type BrowserSession } from '../../scripts/chromium';
import { poll } from './helpers/poll';

let api: TestApi;
let browser: BrowserSession;
let page: Page;

beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

beforeEach(async () => {
  browser = await openBrowser();
  page = browser.page;
});
afterEach(() => browser.close());

const status = () => page.locator('#status');
const panelTitle = () => page.locator('#details h2.title');

/** What the status line says once a neighborhood is drawn. */
const COUNTS = /^[\d,]+ nodes? · [\d,]+ edges?/;

/**
 * Waits until the page is done (`data-state="ready"` on <main>: every fetch, layout, In view list
 * and panel update settled) and the status line says what the test expects; returns the node count.
 */
async function waitForView(expected: RegExp = COUNTS): Promise<number> {
  await page.waitForFunction(
    (source) =>
      document.getElementById('explorer')!.dataset.state === 'ready' &&
      new RegExp(source).test(document.getElementById('status')!.textContent ?? ''),
    expected.source,
  );
  return Number((await status().textContent())!.split(' ')[0]!.replace(/,/g, ''));
}

/** Types into a suggestion box and clicks the hit named `expectedName` from the answer to that text. */
async function pick(inputSelector: string, text: string, expectedName: string): Promise<void> {
  await page.fill(inputSelector, text);
  const list = page.locator(`#${await page.getAttribute(inputSelector, 'aria-controls')}[aria-busy="false"]`);
  await list.locator('li[data-id]', { hasText: expectedName }).first().click();
  await poll(() => page.inputValue(inputSelector)).toBe(expectedName);
}

/** Opens the In view lists; they are filled on the `toggle` event, a task later: callers poll them. */
async function openInView(): Promise<void> {
  const details = page.locator('#in-view');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
}

/**
 * A point, in page coordinates, where the node is drawn and no other node is: the only thing a
 * test needs to click the canvas. Layouts are random, so a neighbour may overlap the centre.
 */
async function nodeOnScreen(id: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((nodeId) => {
    type Box = { x1: number; x2: number; y1: number; y2: number };
    type Node = { id(): string; renderedBoundingBox(o: object): Box };
    const cy = (
      window as unknown as { explorerGraph: { $id(id: string): Node; nodes(s: string): { toArray(): Node[] } } }
    ).explorerGraph;
    const box = document.getElementById('graph')!.getBoundingClientRect();
    const own = cy.$id(nodeId).renderedBoundingBox({ includeLabels: false, includeOverlays: false });
    const others = cy
      .nodes(':visible')
      .toArray()
      .filter((n) => n.id() !== nodeId)
      .map((n) => n.renderedBoundingBox({ includeLabels: false, includeOverlays: false }));
    const free = (x: number, y: number) => others.every((o) => x < o.x1 || x > o.x2 || y < o.y1 || y > o.y2);
    const w = own.x2 - own.x1;
    const hgt = own.y2 - own.y1;
    const candidates = [
      [0.5, 0.5],
      [0.3, 0.5],
      [0.7, 0.5],
      [0.5, 0.3],
      [0.5, 0.7],
      [0.35, 0.35],
      [0.65, 0.35],
      [0.35, 0.65],
      [0.65, 0.65],
    ];
    const spot = candidates
      .map(([fx, fy]) => ({ x: own.x1 + fx! * w, y: own.y1 + fy! * hgt }))
      .find((p) => free(p.x, p.y));
    return spot ? { x: box.left + spot.x, y: box.top + spot.y } : null;
  }, id);
  if (!point) throw new Error(`node ${id} is entirely covered by other nodes`);
  return point;
}

describe('the explorer page', () => {
  it('finds pembrolizumab by "Keytruda", shows PD-1, expands on click and shows the INHIBITS evidence', async () => {
    await page.goto(`${api.url}/explorer`);
    await waitForView(/Search for a therapy/);
    await page.fill('#search-input', 'Keytruda');
    const suggestion = page.locator('#search-suggestions[aria-busy="false"] li[data-id]').first();
    await poll(() => suggestion.textContent()).toMatch(/Pembrolizumab.*therapy.*matched “Keytruda”/);
    await page.keyboard.press('Enter');

    const before = await waitForView();
    expect(before).toBeGreaterThan(10);
    await poll(() => panelTitle().textContent()).toBe('Pembrolizumab');
    const chembl = page.locator('#details .identifiers a', { hasText: 'CHEMBL3137343' });
    await poll(() => chembl.getAttribute('href')).toMatch(/^https:\/\/www\.ebi\.ac\.uk\/chembl\/.*CHEMBL3137343/);

    await openInView();
    await poll(() => page.locator('#in-view-nodes button', { hasText: /^PD-1$/ }).count()).toBe(1);

    // A real click on the canvas, where PD-1 is drawn.
    const pd1 = await nodeOnScreen('pd-1');
    await page.mouse.click(pd1.x, pd1.y);
    const after = await waitForView(/from PD-1|PD-1 has no new/);
    await poll(() => panelTitle().textContent()).toBe('PD-1');
    await poll(() => page.locator('#details .identifiers a', { hasText: 'HGNC:8760' }).count()).toBe(1);
    expect(after).toBeGreaterThan(before);
    expect(page.url()).toContain('expand=pd-1');

    await page.locator('#in-view-edges button', { hasText: 'Pembrolizumab inhibits PD-1' }).click();
    await waitForView();
    await poll(() => panelTitle().textContent()).toBe('Pembrolizumab inhibits PD-1');
    const details = page.locator('#details');
    await poll(() => details.textContent()).toContain('blocks PD-1 binding to PD-L1 and PD-L2');
    const evidence = details.locator('.evidence li');
    await poll(() => evidence.filter({ hasText: '¶3' }).locator('blockquote').textContent()).toMatch(/checkpoint/i);
    await poll(() => evidence.filter({ hasText: 'KEYTRUDA' }).textContent()).toContain('12.1 Mechanism of Action');
    expect(page.url()).toContain('select=edge:');
    await screenshot(page, 'explorer-evidence');
  });

  it('picks the answer to the text typed, not an older one, when Enter comes before the suggestions', async () => {
    await page.goto(`${api.url}/explorer`);
    await waitForView(/Search for a therapy/);
    await page.fill('#search-input', 'Yervoy');
    await page
      .locator('#search-suggestions[aria-busy="false"] li[data-id]', { hasText: 'Ipilimumab' })
      .first()
      .waitFor();

    // Hold the answer for "Opdivo" until Enter has been pressed: Ipilimumab is still listed then.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked!: () => void;
    const opdivoAsked = new Promise<void>((resolve) => (asked = resolve));
    await page.route('**/graphql', async (route) => {
      if ((route.request().postDataJSON() as { variables?: { text?: string } }).variables?.text === 'Opdivo') {
        asked();
        await held;
      }
      await route.continue();
    });
    await page.fill('#search-input', 'Opdivo');
    await opdivoAsked;
    await page.keyboard.press('Enter');
    release();

    await waitForView();
    expect(page.url()).toContain('focus=nivolumab');
    await poll(() => page.inputValue('#search-input')).toBe('Nivolumab');
  });

  it('finds and highlights a path from a CAR-T product to a lymphoma', async () => {
    await page.goto(`${api.url}/explorer`);
    await waitForView(/Search for a therapy/);
    await pick('#path-from', 'Yescarta', 'Axicabtagene ciloleucel');
    await pick('#path-to', 'large B-cell lymphoma', 'Large B-cell lymphoma');
    await page.click('#path-button');
    await waitForView(/path highlighted/);
    await poll(() => panelTitle().textContent()).toBe('Paths from Axicabtagene ciloleucel to Large B-cell lymphoma');
    const paths = page.locator('#details .path-list li');
    await poll(() => paths.first().textContent()).toBe('Axicabtagene ciloleucel treats Large B-cell lymphoma');
    await poll(() => paths.count()).toBeGreaterThan(1);
    expect(page.url()).toMatch(/from=axicabtagene-ciloleucel&to=lbcl/);
    await screenshot(page, 'explorer-path');
  });

  it('reopens the same view from a shared URL, filters by relationship type and keeps it in the URL', async () => {
    await page.goto(`${api.url}/explorer?focus=ipilimumab&select=node:ipilimumab`);
    expect(await waitForView()).toBeGreaterThan(2);
    await poll(() => panelTitle().textContent()).toBe('Ipilimumab');
    await poll(() => page.inputValue('#search-input')).toBe('Ipilimumab');

    await page.locator('#types-none').click();
    await page.locator('#type-INHIBITS').check();
    await waitForView(/^2 nodes · 1 edge$/);
    expect(page.url()).toContain('types=INHIBITS');
    await openInView();
    await poll(() => page.locator('#in-view-edges button').allTextContents()).toEqual(['Ipilimumab inhibits CTLA-4']);

    await page.reload();
    await waitForView();
    await expect(page.locator('#type-TREATS').isChecked()).resolves.toBe(false);
    await expect(page.locator('#type-INHIBITS').isChecked()).resolves.toBe(true);
  });

  it('goes back to the previous view, controls included, with the browser back button', async () => {
    await page.goto(`${api.url}/explorer?focus=pembrolizumab&depth=2`);
    await waitForView();
    await page.fill('#search-input', 'Opdivo');
    await page.locator('#search-suggestions[aria-busy="false"] li[data-id]', { hasText: 'Nivolumab' }).first().click();
    await page.waitForFunction(() => location.search.includes('focus=nivolumab'));
    // Changing the depth while Nivolumab's view is still loading: the older view must not win.
    await page.selectOption('#depth-select', '1');
    await waitForView();
    await poll(() => page.inputValue('#search-input')).toBe('Nivolumab');
    expect(page.url()).not.toContain('depth=');

    await page.goBack();
    await page.waitForFunction(() => location.search.includes('focus=pembrolizumab'));
    await waitForView();
    await poll(() => page.inputValue('#search-input')).toBe('Pembrolizumab');
    await poll(() => page.inputValue('#depth-select')).toBe('2');
  });

  it('exports the current view as JSON with the counts shown, and as a PNG image', async () => {
    await page.goto(`${api.url}/explorer?focus=pd-1&depth=2`);
    const shown = await waitForView();
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#json-button')]);
    expect(json.suggestedFilename()).toBe('pd-1.json');
    const doc = JSON.parse(fs.readFileSync(await json.path(), 'utf8'));
    expect(doc.elements.nodes).toHaveLength(shown);
    expect(doc.elements.nodes[0]).toEqual({
      data: expect.objectContaining({ id: expect.any(String), type: expect.any(String) }),
      position: expect.anything(),
    });

    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#png-button')]);
    const bytes = fs.readFileSync(await png.path());
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(10_000);
  });

  it('says so when the focus does not exist, without breaking the page', async () => {
    await page.goto(`${api.url}/explorer?focus=no-such-thing`);
    await waitForView(/No entity "no-such-thing"/);
  });
});
