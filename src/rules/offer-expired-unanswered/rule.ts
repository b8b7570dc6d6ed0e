import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { versus, versusOption } from '../conditions';
import { durationOption } from '../options';
import { OFFER_DEADLINE_GUIDANCE } from '../sources';

/** A pending offer whose deadline has passed without an answer. */
export const offerExpiredUnanswered = defineRule({
  id: 'offer-expired-unanswered',
  meta: {
    category: 'offers',
    severity: 'critical',
    title: 'An offer passed its deadline unanswered',
    description: 'Flags an offer still marked pending once its expiry date has passed.',
    rationale:
      'An offer left unanswered past its deadline may be withdrawn or given to the next candidate. The employer chose you, though, and a prompt call may still save it: short extensions are usually granted when asked for, and a late answer is worth trying. If you have already answered, the search file should say so: the rest of the advice is only as good as the picture it is given.',
    sources: [OFFER_DEADLINE_GUIDANCE],
    recommended: true,
    states: ['searching', 'deciding'],
  },
  scope: 'offer',
  select: { status: 'pending' },
  requires: ['daysPastExpiry'],
  options: z.strictObject({
    staleAfterDays: durationOption(
      { min: 1, max: 365, default: 14 },
      'Days past the expiry date after which the offer is taken as gone and the advice only asks you to update its status (info).',
    ),
  }),
  conditions: {
    all: [versus('offer', 'daysPastExpiry', 'greaterThanInclusive', 0)],
  },
  severityWhen: [
    {
      severity: 'info',
      conditions: {
        all: [versusOption('offer', 'daysPastExpiry', 'greaterThanInclusive', 'staleAfterDays')],
      },
    },
  ],
  urgency: 'daysPastExpiry',
  message:
    '{#level.info}Your offer for {subject.title} expired on {subject.expiresOn}, {subject.daysPastExpiry|duration} ago, and is still marked pending. Record whether you accepted, declined or let it lapse, so the rest of your report is right.{/level.info}{^level.info}Your offer for {subject.title} expired on {subject.expiresOn} and is still marked pending. If you want the job, call {subject.company} today: the offer may still stand if you ask at once. If you have already answered, record that in your search.{/level.info}',
  actions: [
    {
      kind: 'answer-offer',
      label: 'Call {subject.company} about the {subject.role} offer, or record your answer',
      due: { inDays: 0 },
    },
  ],
});
