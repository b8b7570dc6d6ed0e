import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { versus, versusOption } from '../conditions';
import { durationOption } from '../options';
import { GHOSTING_AFTER_INTERVIEW, INTERVIEW_FOLLOW_UP_GUIDANCE } from '../sources';

/** The decision date has passed (or a week has) since an interview, with no word either way. */
export const interviewFollowUpDue = defineRule({
  id: 'interview-follow-up-due',
  meta: {
    category: 'follow-up',
    severity: 'medium',
    title: 'Follow up after your interview',
    description:
      'Flags the latest interview of an open application when the stated decision date is a couple of days past, or a week has gone by without one, and neither side has written since.',
    rationale:
      'Hiring decisions can slip past the date an employer gives, and recruiters advise a short, polite check-in a few days later. It often brings a status, or a sign that the process has stalled, which tells you how much weight to put on it. Silence after an interview is common, so the note is also a cue to keep other applications moving.',
    sources: [INTERVIEW_FOLLOW_UP_GUIDANCE, GHOSTING_AFTER_INTERVIEW],
    recommended: true,
    states: ['searching', 'deciding'],
  },
  scope: 'interview',
  select: { completed: true, latest: true, applicationActive: true },
  options: z.strictObject({
    afterDecisionDays: durationOption(
      { min: 0, max: 30, default: 2 },
      'Days past the stated decision date before following up.',
    ),
    withoutDecisionDays: durationOption(
      { min: 1, max: 60, default: 7 },
      'Days after the interview before following up, when no decision date was given.',
    ),
  }),
  conditions: {
    all: [
      versus('interview', 'employerContactSince', 'equal', false),
      versus('interview', 'followedUpSince', 'equal', false),
      {
        any: [
          versusOption(
            'interview',
            'daysPastDecisionDate',
            'greaterThanInclusive',
            'afterDecisionDays',
          ),
          {
            all: [
              versus('interview', 'daysPastDecisionDate', 'equal', null),
              versusOption('interview', 'daysSince', 'greaterThanInclusive', 'withoutDecisionDays'),
            ],
          },
        ],
      },
    ],
  },
  urgency: 'daysSince',
  message:
    'You interviewed for {subject.title} {subject.daysSince|duration} ago{#subject.daysPastDecisionDate}, the date they gave for a decision passed {subject.daysPastDecisionDate|duration} ago,{/subject.daysPastDecisionDate} and you have heard nothing since. Send a short, polite note asking where things stand and restating your interest, and keep your other applications moving while you wait.',
  actions: [
    {
      kind: 'follow-up',
      label: 'Follow up with {subject.company} about the {subject.role} interview',
      due: { inDays: 0 },
    },
  ],
});
