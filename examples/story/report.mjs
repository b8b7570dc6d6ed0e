// The story behind job-search-health: a coach's client who stopped applying while she waits on
// her favourite employer. Evaluates examples/story/search.json as of 2026-11-25 and prints the report.
import { readFile } from 'node:fs/promises';
import { evaluateSearch, formatText } from 'job-search-health';

const search = JSON.parse(await readFile(new URL('./search.json', import.meta.url), 'utf8'));
const report = await evaluateSearch(search, { asOf: '2026-11-25' });
process.stdout.write(
  formatText(report, {
    name: search.candidate.name,
    color: process.stdout.isTTY === true && !process.env.NO_COLOR,
  }),
);
