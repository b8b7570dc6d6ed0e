import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { versus, versusOption } from '../conditions';
import { durationOption } from '../options';
import { OFFER_DEADLINE_GUIDANCE } from '../sources';

/** A pending offer lapses within a day or two. */
export const offerDeadlineImminent = defineRule({
  id: 'offer-deadline-imminent',
  meta: {
    category: 'offers',
    severity: 'critical',
    title: 'An offer expires soon',
    description: 'Flags a pending offer that expires within the next 48 hours.',
    rationale:
      'Offers usually come with a few business days to decide, and one that lapses while you hesitate may not come back. If you need more time, to finish other interviews or to negotiate, ask for it before the deadline: a short extension requested early and politely is usually granted, while silence past the date reads as a no.',
    sources: [OFFER_DEADLINE_GUIDANCE],
    recommended: true,
    states: ['deciding'],
  },
  scope: 'offer',
  select: { status: 'pending' },
  requires: ['hoursUntilExpiry'],
  options: z.strictObject({
    withinHours: durationOption(
      { min: 1, max: 336, default: 48 },
      'Hours before the expiry date within which the advice appears.',
    ),
  }),
  conditions: {
    all: [
      versusOption('offer', 'hoursUntilExpiry', 'lessThanInclusive', 'withinHours'),
      // From the deadline on, it is offer-expired-unanswered's advice.
      versus('offer', 'hoursUntilExpiry', 'greaterThan', 0),
    ],
  },
  message:
    'Your offer for {subject.title} expires {subject.daysUntilExpiry|fromToday} ({subject.expiresOn}). Decide before then, or, if you need more time, ask {subject.company} today for a short extension: a request made early and politely is usually granted.',
  actions: [
    {
      kind: 'answer-offer',
      // Asking for time is the next step's own: each step says one thing.
      label: 'Accept or decline the {subject.role} offer from {subject.company}',
      due: { fact: 'subject.expiresOn' },
    },
    {
      kind: 'ask-extension',
      label: 'If you need time, ask {subject.company} for a few more days',
      due: { inDays: 0 },
    },
  ],
});
