// Loads a JSON rule set and a TypeScript plugin next to the recommended rules, then prints the
// story's report. Run with `npm run example:custom`.
import { readFile } from 'node:fs/promises';
import { createAdvisor, formatText, parseRuleSet } from 'job-search-health';
import { coachingPlugin } from './plugin';

const read = async (path: string) =>
  JSON.parse(await readFile(new URL(path, import.meta.url), 'utf8'));
const plugin = coachingPlugin({ lastSessionAt: new Date('2026-10-20') });
const acme = parseRuleSet(await read('./rules.json'), { plugins: [plugin] });
const advisor = createAdvisor({
  extends: ['recommended', acme],
  plugins: [plugin],
  rules: { 'acme/book-coach-session': { options: { minDays: 21 } } },
});
const report = await advisor.evaluate(await read('../story/search.json'), { asOf: '2026-11-25' });
process.stdout.write(formatText(report));
