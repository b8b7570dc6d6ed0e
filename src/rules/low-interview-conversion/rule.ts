import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { versus, versusOption } from '../conditions';
import { countOption } from '../options';
import { CAREERPLUG_INTERVIEW_RATE, JOBVITE_INTERVIEW_RATE, REFERRAL_HIRE_RATE } from '../sources';

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
      'Cold applications reach an interview somewhere between 3 and 8 times in a hundred, so thirty of them bring at least one call about 60% of the time at the lower rate, and over 90% at the higher. None at all is a signal worth acting on, but not proof: at the lower rate it still happens by chance about 4 times in 10. Tailoring applications to closer-fitting roles, and referrals, which lead to a hire about nine times as often as a posting, improve the odds whichever explanation is true.',
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
    'You have sent {search.coldApplications} applications through job boards and company sites, and none has led to a screening call yet. At the lower published interview rate, that happens by chance about {search.chanceOfNoScreen|percent} of the time, so it may be bad luck; it may also be the fit or the resume, and testing that costs little: tailor your resume to the top requirements of each posting, focus on roles that fit you closely, and ask people you know for referrals, which lead to a hire far more often than a cold application.',
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
      label: "Tailor each of this week's applications to its posting",
      due: { inDays: 7 },
    },
  ],
});
