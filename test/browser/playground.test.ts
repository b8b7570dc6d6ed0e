import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlayground } from '../../examples/web/build';
import { playgroundServer } from '../../examples/web/server';
import { artifact, findChromium, launch } from './chromium';
import { axeViolations, watchConsole } from './page';

const chromiumPath = findChromium();

describe.skipIf(chromiumPath === undefined)('the playground in Chromium', () => {
  let browser: Awaited<ReturnType<typeof launch>>;
  let server: ReturnType<typeof playgroundServer>;
  let page: Page;
  let origin: string;
  let errors: string[];
  const requests: string[] = [];

  beforeAll(async () => {
    const root = await buildPlayground();
    server = playgroundServer(root);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launch(chromiumPath as string);
    page = await browser.context.newPage();
    errors = watchConsole(page);
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${origin}/`);
    // Starting a browser on a busy machine can take a while.
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('names the problem when the pasted text is not a valid search', async () => {
    await page.fill('#text', '{"applications": [{"id": 1}]}');
    await page.click('#evaluate');
    const problems = page.locator('#problems li');
    await problems.first().waitFor();
    await expect(problems.first().textContent()).resolves.toMatch(/^applications\[0\]\./);
    await page.fill('#text', '{ not json');
    await page.click('#evaluate');
    await expect(page.locator('#problems').textContent()).resolves.toMatch(/not valid JSON/);
  });

  it('evaluates the example in the page and shows the report', async () => {
    await page.click('#example');
    await page.locator('#status', { hasText: 'Report ready' }).waitFor();
    const report = page.frameLocator('#report');
    await expect(report.locator('h1').textContent()).resolves.toBe('Job search health: Maya Chen');
    await expect(report.locator('.card').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('#problems').textContent()).resolves.toBe('');
    expect(errors).toEqual([]);
  });

  it('reads a spreadsheet export, and names the row and column of what it cannot read', async () => {
    await page.setInputFiles('#file', {
      name: 'tracker.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'Company,Role,Status,Date Applied\nAcme,Analyst,Applied,2026-11-02\nBeta,Engineer,Phone screen,2026-10-20\n',
      ),
    });
    await page.locator('#status', { hasText: 'Report ready' }).waitFor();
    await expect(page.frameLocator('#report').locator('.card').count()).resolves.toBeGreaterThan(0);
    await page.fill('#text', 'Company,Role,Status\nAcme,Analyst,Intervew\n');
    await page.click('#evaluate');
    await expect(page.locator('#problems li').first().textContent()).resolves.toMatch(
      /^row 2, column Status: .*Intervew/,
    );
  });

  it('reads a dropped or chosen file', async () => {
    await page.setInputFiles('#file', {
      name: 'search.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ candidate: { name: 'Ada' } })),
    });
    await page.locator('#status', { hasText: 'Report ready' }).waitFor();
    await expect(page.frameLocator('#report').locator('h1').textContent()).resolves.toBe(
      'Job search health: Ada',
    );
    await page.click('#example');
    await page.frameLocator('#report').locator('h1', { hasText: 'Maya Chen' }).waitFor();
  });

  for (const scheme of ['light', 'dark'] as const)
    it(`has no accessibility violations in ${scheme} mode`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: artifact(`playground-${scheme}.png`), fullPage: true });
      // A full-page capture leaves the sandboxed report frame blank: capture it on its own.
      await page
        .locator('#report')
        .screenshot({ path: artifact(`playground-report-${scheme}.png`) });
      expect(await axeViolations(page)).toEqual([]);
    });

  it('sends nothing anywhere: every request is for the page’s own files', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
  });
});
