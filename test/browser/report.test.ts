import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHistoryHtml, formatHtml, parseSearch, searchHistory } from '../../src/index';
import { storyReport } from '../format/fixture';
import { artifact, findChromium, launch } from './chromium';
import { axeViolations, watchConsole } from './page';

const chromiumPath = findChromium();
const story = JSON.parse(
  readFileSync(new URL('../../examples/story/search.json', import.meta.url), 'utf8'),
);

describe.skipIf(chromiumPath === undefined)('the HTML report in Chromium', () => {
  let browser: Awaited<ReturnType<typeof launch>>;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launch(chromiumPath as string);
    page = await browser.context.newPage();
    errors = watchConsole(page);
    const html = formatHtml(await storyReport(), { name: 'Maya Chen', search: parseSearch(story) });
    await page.setContent(html, { waitUntil: 'load' });
    // Starting a browser on a busy machine can take a while.
  }, 30_000);
  afterAll(async () => browser?.close());

  it('shows the score, the sections and the advice, without console errors', async () => {
    await expect(page.title()).resolves.toBe('Job search health: Maya Chen — 2026-11-25');
    const headings = await page.locator('h2').allTextContents();
    expect(headings).toEqual([
      'Score',
      'Offer outlook',
      'Categories',
      'Pipeline',
      'Applications per week',
      'Advice',
    ]);
    await expect(page.getByRole('img', { name: /^Score \d+ out of 100/ }).count()).resolves.toBe(1);
    await expect(page.locator('.card').count()).resolves.toBeGreaterThan(0);
    await expect(
      page.getByRole('link', { name: /^Add to calendar/ }).count(),
    ).resolves.toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('prints the evidence unfolded', async () => {
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('details li').first().isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('opens the evidence of a piece of advice', async () => {
    const details = page.locator('details').first();
    await expect(details.locator('li').first().isVisible()).resolves.toBe(false);
    await details.locator('summary').click();
    await expect(details.locator('li').first().isVisible()).resolves.toBe(true);
  });

  for (const scheme of ['light', 'dark'] as const)
    it(`has no accessibility violations in ${scheme} mode`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: artifact(`report-${scheme}.png`), fullPage: true });
      expect(await axeViolations(page)).toEqual([]);
    });

  it('fits a phone screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.emulateMedia({ colorScheme: 'light' });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    await page.screenshot({ path: artifact('report-phone.png'), fullPage: true });
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('shows the week-by-week history, accessible in both schemes', async () => {
    const points = await searchHistory(story, { asOf: '2026-11-25' });
    await page.setContent(formatHistoryHtml(points, { name: 'Maya Chen' }), { waitUntil: 'load' });
    await expect(page.locator('tbody tr').count()).resolves.toBe(points.length);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.screenshot({ path: artifact('history-phone.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
