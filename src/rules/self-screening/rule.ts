import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { unknownOr, versus, versusOption } from '../conditions';
import { durationOption, shareOption } from '../options';
import { APPLY_RATE_BY_GENDER, QUALIFICATIONS_AS_BARRIER } from '../sources';

/** A saved posting left unapplied because it matches most, but not all, requirements. */
export const selfScreening = defineRule({
  id: 'self-screening',
  meta: {
    category: 'breadth',
    severity: 'medium',
    title: 'Saved roles you may be screening yourself out of',
    description:
      'Flags saved postings where you meet 50–99% of the listed requirements and have not applied within 3 days of saving them.',
    rationale:
      'Requirement lists often describe an ideal candidate rather than a minimum. Yet "I didn\'t meet the qualifications" is the most common reason people give for not applying. LinkedIn found that women apply to about a fifth fewer jobs than men but are more likely to be hired when they do. That is a correlation, not proof that applying more pays off; it fits the idea that people screen themselves out of roles they could get.',
    sources: [QUALIFICATIONS_AS_BARRIER, APPLY_RATE_BY_GENDER],
    recommended: true,
    states: ['not-started', 'searching'],
  },
  scope: 'application',
  select: { stage: 'saved' },
  requires: ['qualificationMatch', 'daysSinceSaved'],
  options: z.strictObject({
    minMatch: shareOption(
      0.5,
      'Lowest share of the listed requirements met for the advice to apply.',
    ),
    maxMatch: shareOption(
      0.99,
      'Highest share of the listed requirements met for the advice to apply.',
    ),
    afterDays: durationOption(
      { min: 0, max: 90, default: 3 },
      'Days after saving a posting before the advice appears.',
    ),
  }),
  conditions: {
    all: [
      versusOption('application', 'qualificationMatch', 'greaterThanInclusive', 'minMatch'),
      versusOption('application', 'qualificationMatch', 'lessThanInclusive', 'maxMatch'),
      versusOption('application', 'daysSinceSaved', 'greaterThanInclusive', 'afterDays'),
      // A posting that has already closed is no longer worth the nudge.
      unknownOr(versus('application', 'daysUntilPostingDeadline', 'greaterThanInclusive', 0)),
    ],
  },
  group: true,
  urgency: 'daysSinceSaved',
  message:
    "You saved {subjects.title|list:4} {subjects.daysSinceSaved|min|duration}{#subjects.1} or more{/subjects.1} ago and meet {#subjects.1}most{/subjects.1}{^subjects.1}{subject.qualificationMatch|percent}{/subjects.1} of the listed requirements, but haven't applied. Requirement lists often describe an ideal rather than a minimum: apply, and say briefly in your cover note how you would close the gap.",
  actions: [
    {
      kind: 'apply',
      label: 'Apply for {subject.title}',
      due: { inDays: 2 },
      perSubject: true,
    },
  ],
});
