/// <reference lib="dom" />
// Callbacks passed to page.evaluate/waitForFunction run in the page, with its DOM.
import { KIND_STYLES } from '../../src/domain/drawing';
import { neo4jBrowserLink } from '../../src/neo4j-local/server';
import { startApi, type TestApi } from '../integration/helpers/api';
import { readTestConnection, TEST_NEO4J, TEST_SERVICE_PORT } from '../integration/test-database';
import { openBrowser, screenshot, type BrowserSession } from '../../scripts/chromium';

const local = !process.env.TEST_NEO4J_URI;

/**
 * Neo4j Browser itself, opened the way `npm start` prints it: it must connect, apply the style,
 * open the guide and draw a first styled picture with no click or typing.
 */
(local ? describe : describe.skip)('Neo4j Browser on the project-started Neo4j', () => {
  let api: TestApi;
  let browser: BrowserSession;

  beforeAll(async () => {
    // The test Neo4j's post-connect commands fetch from this fixed port.
    api = await startApi(readTestConnection(), {}, { port: TEST_SERVICE_PORT, server: { publicUrl: TEST_NEO4J.serviceUrl! } });
    browser = await openBrowser({ width: 1600, height: 1500 });
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('connects without a login, opens the guide and draws the graph in the project style', async () => {
    const { page } = browser;
    await page.goto(neo4jBrowserLink(TEST_NEO4J));

    const guide = page.locator('[data-testid="guidesDrawer"]');
    await guide.getByText('Immunotherapy knowledge graph').waitFor({ timeout: 45_000 });
    await guide.getByText('What the graph holds').waitFor();
    await expect(page.locator('[data-testid^="pagination-"]').count()).resolves.toBeGreaterThanOrEqual(6);

    // The first view (pembrolizumab's mechanism) drawn with the GraSS colours and captions.
    const therapy = page.locator(`g.node circle.b-outline[fill="${KIND_STYLES.Therapy.color}"]`);
    await therapy.first().waitFor({ timeout: 30_000 });
    await page.locator(`g.node circle.b-outline[fill="${KIND_STYLES.Checkpoint.color}"]`).first().waitFor();
    await page.locator(`g.node circle.b-outline[fill="${KIND_STYLES.ImmuneCell.color}"]`).first().waitFor();
    await expect(page.locator('g.node text.caption').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringMatching(/Pembroliz/)]),
    );
    const chip = page.locator('[data-testid="property-details-overview-node-label-Therapy"]');
    await expect(chip.evaluate((e) => getComputedStyle(e).backgroundColor)).resolves.toBe('rgb(76, 142, 218)');
    await page.waitForTimeout(1500); // let the force layout settle for the picture
    await screenshot(page, 'neo4j-browser');
  });

  it('reconnects by itself on a later visit to plain /browser/', async () => {
    const { page } = browser;
    await page.goto(`http://localhost:${TEST_NEO4J.httpPort}/browser/`);
    const guide = page.locator('[data-testid="guidesDrawer"]');
    await guide.getByText('What the graph holds').waitFor({ timeout: 45_000 });
    await page.locator(`g.node circle.b-outline[fill="${KIND_STYLES.Therapy.color}"]`).first().waitFor({ timeout: 30_000 });
  });

  it('runs a guide query from a click: the code goes into the editor', async () => {
    const { page } = browser;
    await page.locator('[data-testid="pagination-2"]').click();
    const runnable = page.locator('[data-testid="guidesDrawer"] pre.runnable', { hasText: "id: 'pembrolizumab'" }).first();
    await runnable.click();
    await expect(page.locator('[data-testid="activeEditor"]').textContent()).resolves.toContain('pembrolizumab');
  });
});
