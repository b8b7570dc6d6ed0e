import { findChromium } from './chromium';

/** Says loudly, once per run, when the browser tests cannot run. */
export default function setup(): void {
  if (findChromium() !== undefined) return;
  process.stderr.write(
    '\n\u001b[1;33m!!! WARNING: no Chromium found (set CHROMIUM_PATH or install the `chromium` package):\n' +
      '!!! the browser tests of the HTML report and the playground are SKIPPED.\u001b[0m\n\n',
  );
}
