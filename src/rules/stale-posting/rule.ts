import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { versusOption } from '../conditions';
import { durationOption } from '../options';
import { GHOST_JOBS, TIME_TO_FILL } from '../sources';

/** A saved or applied-to posting had been up for months: possibly filled or never meant to be. */
export const stalePosting = defineRule({
  id: 'stale-posting',
  meta: {
    category: 'breadth',
    severity: 'low',
    title: 'Old postings may no longer be hiring',
    description:
      'Flags saved or applied-to postings that had been up for 60 days or more when you applied (or by now, if not yet).',
    rationale:
      'Most roles are filled within five or six weeks of opening, so a posting still up after two months has often been filled quietly, put on hold, or was never meant to be filled at all: surveys of hiring teams find that around a fifth of postings never lead to a hire. Checking that such a role is real before investing in it, and counting it as a long shot, keeps the pipeline honest.',
    sources: [GHOST_JOBS, TIME_TO_FILL],
    recommended: true,
    states: ['not-started', 'searching'],
  },
  scope: 'application',
  select: { stage: ['saved', 'applied'] },
  requires: ['postingAgeDays'],
  options: z.strictObject({
    afterDays: durationOption(
      { min: 1, max: 365, default: 60 },
      'Age of a posting, in days, from which it counts as stale.',
    ),
  }),
  conditions: {
    all: [versusOption('application', 'postingAgeDays', 'greaterThanInclusive', 'afterDays')],
  },
  group: true,
  urgency: 'postingAgeDays',
  message:
    "{#subjects.1}The postings for {subjects.title|list:4} had been up for {subjects.postingAgeDays|min|duration} or more (counted to when you applied, or to today where you haven't applied yet).{/subjects.1}{^subjects.1}The posting for {subject.title} {#subject.appliedOn}had been up for {subject.postingAgeDays|duration} when you applied{/subject.appliedOn}{^subject.appliedOn}has been up for {subject.postingAgeDays|duration}{/subject.appliedOn}.{/subjects.1} A role advertised that long may already be filled or on hold, and some postings are never filled at all. Check that {#subjects.1}each is{/subjects.1}{^subjects.1}it is{/subjects.1} still open, ideally by asking someone who works there, and count {#subjects.1}them as long shots{/subjects.1}{^subjects.1}it as a long shot{/subjects.1} meanwhile.",
  actions: [
    {
      kind: 'check-posting',
      label: 'Check that {subject.title} is still open before investing more time in it',
      perSubject: true,
    },
  ],
});
