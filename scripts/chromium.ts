import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../src/config';

/** Headless Chromium for the browser tests and the explorer benchmark. Debian's chromium package (installed by .ci/run); CHROMIUM_PATH overrides. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * CHROMIUM_CPU_THROTTLE=4 runs the page's JavaScript four times slower (DevTools' CPU throttling):
 * a way to flush out tests that pass only because the page happens to be fast.
 */
const CPU_THROTTLE = Number(process.env.CHROMIUM_CPU_THROTTLE ?? 1);

export const SCREENSHOT_DIR = path.join(PROJECT_ROOT, 'test-artifacts', 'screenshots');

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** A fresh profile per session, so no test sees another's storage. */
export async function openBrowser(
  viewport = { width: 1440, height: 900 },
  extraFlags: string[] = [],
): Promise<BrowserSession> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: apt-get install chromium (as .ci/run does), or set CHROMIUM_PATH.`,
    );
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'immunograph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...FLAGS, ...extraFlags],
    viewport,
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  if (CPU_THROTTLE > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
  }
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    context,
    page,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
      if (errors.length > 0) throw new Error(`uncaught page errors:\n${errors.join('\n')}`);
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
