import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Collects the page's console errors and uncaught exceptions, as they happen. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Runs axe-core on the page and returns its violations as `rule: target` lines. */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  // Evaluated through the debugging protocol rather than added as a script tag, which a page's
  // Content-Security-Policy would (rightly) block.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (context) => {
    // biome-ignore lint/suspicious/noExplicitAny: axe-core is injected as a script, untyped here.
    const axe = (window as any).axe;
    const result = await axe.run(context ?? document);
    // biome-ignore lint/suspicious/noExplicitAny: axe-core's result objects.
    return result.violations.flatMap((v: any) =>
      // biome-ignore lint/suspicious/noExplicitAny: axe-core's result objects.
      v.nodes.map((n: any) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary})`),
    );
  }, selector);
}
