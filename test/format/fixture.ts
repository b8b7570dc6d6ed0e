import { readFileSync } from 'node:fs';
import { type Advice, evaluateSearch, type HealthReport, type Severity } from '../../src/index';

/** The evaluation date of the format tests. */
export const AS_OF = '2026-11-25';

const story = JSON.parse(
  readFileSync(new URL('../../examples/story/search.json', import.meta.url), 'utf8'),
);

/** The story's report, evaluated at {@link AS_OF}. */
export function storyReport(): Promise<HealthReport> {
  return evaluateSearch(story, { asOf: AS_OF });
}

/** A piece of advice with the given severity and text, for formatter tests. */
export function advice(severity: Severity, id: string, extra: Partial<Advice> = {}): Advice {
  return {
    id,
    ruleId: `rule-${id}`,
    category: 'breadth',
    severity,
    priority: 0,
    dueInDays: 0,
    title: `Title ${id}`,
    message: `Message ${id}.`,
    rationale: `First reason ${id}. Second reason.`,
    actions: [{ kind: 'apply', label: `Act on ${id}`, due: '2026-12-02' }],
    subjects: [{ kind: 'search', id: 'search' }],
    evidence: [],
    docsUrl: `https://example.test/rules/rule-${id}.md`,
    ...extra,
  };
}

/** A real report whose advice is replaced by `list`. */
export async function reportWith(list: readonly Advice[]): Promise<HealthReport> {
  return { ...(await storyReport()), advice: list };
}
