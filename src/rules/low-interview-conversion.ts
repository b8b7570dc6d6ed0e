import * as z from 'zod/v4';
import { defineRule } from '../engine/define';
import { versus, versusOption } from './conditions';
import { countOption } from './options';
import { CAREERPLUG_INTERVIEW_RATE, JOBVITE_INTERVIEW_RATE, REFERRAL_HIRE_RATE } from './sources';

/** Many cold applications and not one screening call. */
export const lowInterviewConversion = defineRule({
  id: 'low-interview-conversion',
  meta: {
    category: 'network',
    severity: 'medium',
    title: 'Many cold applications, no interviews yet',
    description:
      'Flags a search with 30 or more applications through job boards and company sites and not one screening call or interview; high from 60.',
    rationale:
      'Cold applications reach an interview somewhere between 3 and 8 times in a hundred, so thirty of them would more often than not have brought at least one call. When none has, sending more of the same is the slowest fix. Tailored applications to closer-fitting roles, and referrals, which lead to a hire about nine times as often as a posting, change the odds instead of the volume.',
    sources: [CAREERPLUG_INTERVIEW_RATE, JOBVITE_INTERVIEW_RATE, REFERRAL_HIRE_RATE],
    recommended: true,
    states: ['searching'],
  },
  scope: 'search',
  options: z.strictObject({
    minColdApplications: countOption(
      { min: 1, max: 10_000, default: 30 },
      'Applications through job boards and company sites, with no screening call, before the advice appears.',
    ),
    highAfterApplications: countOption(
      { min: 1, max: 10_000, default: 60 },
      'Cold applications, still with no screening call, from which the advice is high.',
    ),
  }),
  conditions: {
    all: [
      versusOption('search', 'coldApplications', 'greaterThanInclusive', 'minColdApplications'),
      versus('search', 'screenedApplications', 'equal', 0),
    ],
  },
  severityWhen: [
    {
      // Twice the usual count with nothing to show: the approach, not the luck, is the problem.
      severity: 'high',
      conditions: {
        all: [
          versusOption(
            'search',
            'coldApplications',
            'greaterThanInclusive',
            'highAfterApplications',
          ),
        ],
      },
    },
  ],
  // Its advice already covers referrals and the channel mix.
  supersedes: ['network-underused', 'channel-concentration', 'low-offer-outlook'],
  message:
    'You have sent {search.coldApplications} applications through job boards and company sites, and none has led to a screening call yet. More of the same is unlikely to change that: tailor your resume to the top requirements of each posting, focus on roles that fit you closely, and ask people you know for referrals, which lead to a hire far more often than a cold application.',
  actions: [
    {
      kind: 'review-resume',
      label: 'Ask someone in your field to review your resume against a posting you want',
      due: { inDays: 7 },
    },
    {
      kind: 'ask-referral',
      label: 'Ask three contacts for a referral or an introduction',
      due: { inDays: 7 },
    },
    {
      kind: 'tailor',
      label: 'Tailor each of your next five applications to its posting',
      due: { inDays: 14 },
    },
  ],
});
