import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { versus, versusOption } from '../conditions';
import { durationOption } from '../options';
import { GHOSTING_AFTER_INTERVIEW, INTERVIEW_OFFER_RATE } from '../sources';

/** Interviewing somewhere, and no new application for a week or more. */
export const pausedWhileInterviewing = defineRule({
  id: 'paused-while-interviewing',
  meta: {
    category: 'momentum',
    severity: 'high',
    title: 'Applying stopped while you interview',
    description:
      'Flags a search that is interviewing somewhere but has sent no application for a while.',
    rationale:
      'It is natural to pause while a promising process runs, but roughly three in four interviews do not end in an offer, and a process can stall for weeks. If it falls through after a pause, the search restarts from nothing. Keep applying until an offer is signed.',
    sources: [INTERVIEW_OFFER_RATE, GHOSTING_AFTER_INTERVIEW],
    recommended: true,
    states: ['searching'],
  },
  scope: 'search',
  options: z.strictObject({
    afterDays: durationOption(
      { min: 1, max: 90, default: 7 },
      'Days without an application, while interviewing, before the advice appears.',
    ),
  }),
  conditions: {
    all: [
      versus('search', 'interviewsInProgress', 'greaterThanInclusive', 1),
      versusOption('search', 'daysSinceLastApplication', 'greaterThanInclusive', 'afterDays'),
    ],
  },
  urgency: 'daysSinceLastApplication',
  message:
    'You are interviewing with {search.interviewingCompanies|list}, but your last application went out {search.daysSinceLastApplication|duration} ago. About three in four interviews do not end in an offer: keep applying while you wait, so a "no" does not send you back to the start.',
  actions: [
    { kind: 'apply', label: 'Send at least three new applications this week', due: { inDays: 7 } },
  ],
});
