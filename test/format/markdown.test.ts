import { describe, expect, it } from 'vitest';
import { escapeMarkdown, formatMarkdown } from '../../src/index';
import { AS_OF, advice, reportWith, storyReport } from './fixture';

describe('formatMarkdown', () => {
  it('opens with a heading, the date, the score and the rating', async () => {
    const report = await storyReport();
    const lines = formatMarkdown(report, { name: 'Maya Chen' }).split('\n');
    expect(lines[0]).toBe('# Job search health: Maya Chen');
    expect(lines[2]).toBe(
      `Report as of ${AS_OF}. Score: **${report.score}/100** (${report.rating}).`,
    );
    expect(formatMarkdown(report).split('\n')[0]).toBe('# Job search health');
  });

  it('gives the outlook and a weekly plan to reach the target, not a pile of applications', async () => {
    const report = await storyReport();
    const o = report.metrics.offerOutlook;
    expect(formatMarkdown(report)).toContain(
      `At ${o.plannedPace} applications a week, that is about ${o.weeksAtPlannedPace} weeks away; each referral counts like about 6 cold applications.`,
    );
    expect(formatMarkdown(report)).not.toMatch(/\d+ more cold applications/);
    const met = {
      ...report,
      metrics: { ...report.metrics, offerOutlook: { ...o, probability: 0.9, target: 0.8 } },
    };
    expect(formatMarkdown(met)).toContain('(target 80%; about');
    expect(formatMarkdown(met)).toContain('That meets the target.');
    const stuck = {
      ...report,
      metrics: {
        ...report.metrics,
        offerOutlook: { ...o, weeksAtPlannedPace: null },
      },
    };
    expect(formatMarkdown(stuck)).toContain(
      'More applications alone are unlikely to reach the target.',
    );
  });

  it('has a table of pipeline figures and one of category scores', async () => {
    const report = await storyReport();
    const text = formatMarkdown(report);
    expect(text).toContain(
      `| Measure | Value |\n| --- | ---: |\n| Open applications | ${report.metrics.activeApplications} |`,
    );
    expect(text).toContain(`| Messages waiting for a reply | ${report.metrics.pendingOutreach} |`);
    for (const category of Object.values(report.categories))
      expect(text).toContain(
        `| ${category.title} | ${category.score ?? 'n/a'} | ${category.adviceCount} |`,
      );
  });

  it('lists advice by severity with message, a checklist of actions with due dates, and a why line with link', async () => {
    const report = await reportWith([
      advice('critical', 'a'),
      advice('low', 'b', { actions: [{ kind: 'note', label: 'Undated' }] }),
    ]);
    const text = formatMarkdown(report);
    expect(text).toContain(
      [
        '### Critical (1)',
        '',
        '#### 1. Title a',
        '',
        'Message a.',
        '',
        '- [ ] Act on a (by 2026-12-02)',
        '',
        '*Why:* First reason a. [More on this advice](<https://example.test/rules/rule-a.md>)',
      ].join('\n'),
    );
    expect(text).toContain('### Low (1)\n\n#### 2. Title b');
    expect(text).toContain('- [ ] Undated\n');
    expect(text.endsWith('.md>)\n')).toBe(true);
  });

  it('says so when there is no advice', async () => {
    expect(formatMarkdown(await reportWith([]))).toMatch(/## Advice\n\nNo advice: keep going.\n$/);
  });

  it('escapes text from the search so it shows as written', async () => {
    const report = await reportWith([
      advice('high', 'a', { message: 'Reply to *Acme* | [Jobs] <team>_now_ #1' }),
    ]);
    const text = formatMarkdown(report, { name: 'Ana_Maria *' });
    expect(text).toContain('# Job search health: Ana\\_Maria \\*');
    expect(text).toContain('Reply to \\*Acme\\* \\| \\[Jobs\\] \\<team\\>\\_now\\_ \\#1');
  });
});

describe('escapeMarkdown', () => {
  it('escapes inline markup and line-start list or heading markers', () => {
    expect(escapeMarkdown('a*b_c`d')).toBe('a\\*b\\_c\\`d');
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('# title')).toBe('\\# title');
    expect(escapeMarkdown('Harbor & Pine, 5-10 people.')).toBe('Harbor & Pine, 5-10 people.');
  });
});
