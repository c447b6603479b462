/// <reference lib="dom" />
// Callbacks passed to page.evaluate/waitForFunction run in the page, with its DOM.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { startApi, type TestApi } from '../integration/helpers/api';
import { openBrowser, screenshot, type BrowserSession } from '../../scripts/chromium';

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

/** Waits for the view to settle: the status line counts nodes once drawing is done. */
async function waitForView(): Promise<number> {
  await page.waitForFunction(() => /^[\d,]+ nodes? · [\d,]+ edges?/.test(document.getElementById('status')!.textContent ?? ''));
  return Number((await status().textContent())!.split(' ')[0]!.replace(/,/g, ''));
}

async function pick(inputSelector: string, text: string, expectedName: string): Promise<void> {
  await page.fill(inputSelector, text);
  const list = page.locator(`#${await page.getAttribute(inputSelector, 'aria-controls')}`);
  await list.locator('li[data-id]').first().waitFor();
  await list.locator('li[data-id]', { hasText: expectedName }).first().click();
}

async function openInView(): Promise<void> {
  const details = page.locator('#in-view');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
}

/** Where a node is drawn, in page coordinates: the only thing a test needs to click the canvas. */
async function nodeOnScreen(id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => {
    const cy = (window as unknown as { explorerGraph: { $id(id: string): { renderedPosition(): { x: number; y: number } } } }).explorerGraph;
    const box = document.getElementById('graph')!.getBoundingClientRect();
    const p = cy.$id(nodeId).renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
}

describe('the explorer page', () => {
  it('finds pembrolizumab by "Keytruda", shows PD-1, expands on click and shows the INHIBITS evidence', async () => {
    await page.goto(`${api.url}/explorer`);
    await page.fill('#search-input', 'Keytruda');
    const suggestion = page.locator('#search-suggestions li[data-id]').first();
    await expect(suggestion.textContent()).resolves.toMatch(/Pembrolizumab.*therapy.*matched “Keytruda”/);
    await page.keyboard.press('Enter');

    const before = await waitForView();
    expect(before).toBeGreaterThan(10);
    await expect(panelTitle().textContent()).resolves.toBe('Pembrolizumab');
    const chembl = page.locator('#details .identifiers a', { hasText: 'CHEMBL3137343' });
    expect(await chembl.getAttribute('href')).toMatch(/^https:\/\/www\.ebi\.ac\.uk\/chembl\/.*CHEMBL3137343/);

    await openInView();
    await expect(page.locator('#in-view-nodes button', { hasText: /^PD-1$/ }).count()).resolves.toBe(1);

    // A real click on the canvas, where PD-1 is drawn.
    const pd1 = await nodeOnScreen('pd-1');
    await page.mouse.click(pd1.x, pd1.y);
    await page.waitForFunction(() => /from PD-1|PD-1 has no new/.test(document.getElementById('status')!.textContent ?? ''));
    await expect(panelTitle().textContent()).resolves.toBe('PD-1');
    await expect(page.locator('#details .identifiers a', { hasText: 'HGNC:8760' }).count()).resolves.toBe(1);
    const after = Number((await status().textContent())!.split(' ')[0]!.replace(/,/g, ''));
    expect(after).toBeGreaterThan(before);
    expect(page.url()).toContain('expand=pd-1');

    await page.locator('#in-view-edges button', { hasText: 'Pembrolizumab inhibits PD-1' }).click();
    await expect(panelTitle().textContent()).resolves.toBe('Pembrolizumab inhibits PD-1');
    const details = page.locator('#details');
    await expect(details.textContent()).resolves.toContain('blocks PD-1 binding to PD-L1 and PD-L2');
    const evidence = details.locator('.evidence li');
    await expect(evidence.filter({ hasText: '¶3' }).locator('blockquote').textContent()).resolves.toMatch(/checkpoint/i);
    await expect(evidence.filter({ hasText: 'KEYTRUDA' }).textContent()).resolves.toContain('12.1 Mechanism of Action');
    expect(page.url()).toContain('select=edge:');
    await screenshot(page, 'explorer-evidence');
  });

  it('finds and highlights a path from a CAR-T product to a lymphoma', async () => {
    await page.goto(`${api.url}/explorer`);
    await pick('#path-from', 'Yescarta', 'Axicabtagene ciloleucel');
    await pick('#path-to', 'large B-cell lymphoma', 'Large B-cell lymphoma');
    await page.click('#path-button');
    await page.waitForFunction(() => /path highlighted/.test(document.getElementById('status')!.textContent ?? ''));
    await expect(panelTitle().textContent()).resolves.toBe('Paths from Axicabtagene ciloleucel to Large B-cell lymphoma');
    const paths = page.locator('#details .path-list li');
    await expect(paths.first().textContent()).resolves.toBe('Axicabtagene ciloleucel treats Large B-cell lymphoma');
    expect(await paths.count()).toBeGreaterThan(1);
    expect(page.url()).toMatch(/from=axicabtagene-ciloleucel&to=lbcl/);
    await screenshot(page, 'explorer-path');
  });

  it('reopens the same view from a shared URL, filters by relationship type and keeps it in the URL', async () => {
    await page.goto(`${api.url}/explorer?focus=ipilimumab&select=node:ipilimumab`);
    expect(await waitForView()).toBeGreaterThan(2);
    await expect(panelTitle().textContent()).resolves.toBe('Ipilimumab');
    await expect(page.inputValue('#search-input')).resolves.toBe('Ipilimumab');

    await page.locator('#types-none').click();
    await page.locator('#type-INHIBITS').check();
    await page.waitForFunction(() => document.getElementById('status')!.textContent === '2 nodes · 1 edge');
    expect(page.url()).toContain('types=INHIBITS');
    await openInView();
    const edges = await page.locator('#in-view-edges button').allTextContents();
    expect(edges).toEqual(['Ipilimumab inhibits CTLA-4']);

    await page.reload();
    await waitForView();
    await expect(page.locator('#type-TREATS').isChecked()).resolves.toBe(false);
    await expect(page.locator('#type-INHIBITS').isChecked()).resolves.toBe(true);
  });

  it('goes back to the previous view, controls included, with the browser back button', async () => {
    await page.goto(`${api.url}/explorer?focus=pembrolizumab&depth=2`);
    await waitForView();
    await page.fill('#search-input', 'Opdivo');
    await page.locator('#search-suggestions li[data-id]', { hasText: 'Nivolumab' }).first().click();
    await page.waitForFunction(() => location.search.includes('focus=nivolumab'));
    await page.selectOption('#depth-select', '1');
    await waitForView();

    await page.goBack();
    await page.waitForFunction(() => location.search.includes('focus=pembrolizumab'));
    await waitForView();
    await expect(page.inputValue('#search-input')).resolves.toBe('Pembrolizumab');
    await expect(page.inputValue('#depth-select')).resolves.toBe('2');
  });

  it('exports the current view as JSON with the counts shown, and as a PNG image', async () => {
    await page.goto(`${api.url}/explorer?focus=pd-1&depth=2`);
    const shown = await waitForView();
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#json-button')]);
    expect(json.suggestedFilename()).toBe('pd-1.json');
    const doc = JSON.parse(fs.readFileSync((await json.path())!, 'utf8'));
    expect(doc.elements.nodes).toHaveLength(shown);
    expect(doc.elements.nodes[0]).toEqual({ data: expect.objectContaining({ id: expect.any(String), type: expect.any(String) }), position: expect.anything() });

    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#png-button')]);
    const bytes = fs.readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(10_000);
  });

  it('says so when the focus does not exist, without breaking the page', async () => {
    await page.goto(`${api.url}/explorer?focus=no-such-thing`);
    await page.waitForFunction(() => /No entity "no-such-thing"/.test(document.getElementById('status')!.textContent ?? ''));
  });
});
