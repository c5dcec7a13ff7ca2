/**
 * The demo in a real browser: Debian's Chromium driven by playwright-core opens the story list, a story, follows a
 * finding to its article and searches the claims ledger, on desktop and phone widths, saving screenshots to
 * test-results/. Any console error, page error or failed request fails the test.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDemoCorpus } from '../../src/server/demo-corpus.js';
import { type RunningServer, startServer } from '../../src/server/listen.js';
import { openStore } from '../../src/store/index.js';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = join(process.cwd(), 'test-results');
const hasChromium = existsSync(CHROMIUM);
const skipReason = hasChromium ? '' : ` (skipped: ${CHROMIUM} not found; install Debian's chromium package)`;

const VIEWPORTS = {
  desktop: { viewport: { width: 1280, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
} as const;

describe.skipIf(!hasChromium)(`the demo in Chromium${skipReason}`, () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  const problems: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'corroborate-browser-'));
    mkdirSync(SHOTS, { recursive: true });
    const store = await openStore(join(dir, 'demo.db'));
    await ingestDemoCorpus(store);
    server = await startServer({ store, port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await server?.store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(kind: keyof typeof VIEWPORTS): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext(VIEWPORTS[kind]);
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${kind} console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${kind} page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`${kind} request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${kind} ${response.status()}: ${response.url()}`);
    });
    return { context, page };
  }

  async function shot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  }

  it('opens a story, follows a finding to its article and searches the ledger (desktop)', async () => {
    const { context, page } = await open('desktop');
    await page.goto(`${server.url}/`);
    await expect(page.locator('ol.cards > li').count()).resolves.toBeGreaterThanOrEqual(4);
    await shot(page, 'desktop-stories');

    await page.locator('ol.cards a', { hasText: 'Kelvania' }).first().click();
    await page.waitForURL(/\/stories\//);
    await expect(page.locator('.finding').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.column').count()).resolves.toBeGreaterThanOrEqual(3);
    await shot(page, 'desktop-story');

    const link = page.locator('.finding a.to-article').first();
    const evidence = await link.getAttribute('href');
    await link.click();
    await page.waitForURL(/\/articles\/.+#c-\d+-\d+$/);
    expect(page.url()).toContain(evidence ?? '#');
    await expect(page.locator(':target').count()).resolves.toBe(1);
    await shot(page, 'desktop-article');

    await page.goto(`${server.url}/claims`);
    await page.fill('input[name="q"]', 'billion');
    await page.click('form.search button');
    await page.waitForURL(/\/claims\?q=billion/);
    await expect(page.locator('ol.ledger > li').count()).resolves.toBeGreaterThan(0);
    await shot(page, 'desktop-claims');
    await context.close();
    expect(problems).toEqual([]);
  });

  it('reads well at phone width', async () => {
    const { context, page } = await open('phone');
    await page.goto(`${server.url}/`);
    await shot(page, 'phone-stories');
    await page.locator('ol.cards a', { hasText: 'Harwick' }).first().click();
    await page.waitForURL(/\/stories\//);
    await expect(page.locator('.finding').count()).resolves.toBeGreaterThan(0);
    // Nothing but the side-by-side columns (which scroll on their own) may be wider than the screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await shot(page, 'phone-story');
    await page.goto(`${server.url}/claims?kind=figure`);
    await shot(page, 'phone-claims');
    await context.close();
    expect(problems).toEqual([]);
  });
});
