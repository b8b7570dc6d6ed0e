import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { versusOption } from '../conditions';
import { countOption, durationOption } from '../options';
import {
  EMPLOYER_GHOSTING,
  GHOSTING_AFTER_INTERVIEW,
  INTERVIEW_FOLLOW_UP_GUIDANCE,
} from '../sources';

/** Two or more unanswered follow-ups: stop chasing, keep applying. */
export const followUpLimitReached = defineRule({
  id: 'follow-up-limit-reached',
  meta: {
    category: 'follow-up',
    severity: 'medium',
    title: 'Stop chasing a silent employer',
    description:
      'Flags an open application where several follow-ups went unanswered and a week or more has passed since the last.',
    rationale:
      "Recruiters' usual advice is to stop after two or three unanswered follow-ups: by then another message is unlikely to change the outcome, and the wait drains the time and hope a search needs elsewhere. Ghosting after interviews is common: most job seekers have been ghosted, many after a second or third round. Leave the door open, and put the effort into new applications.",
    sources: [INTERVIEW_FOLLOW_UP_GUIDANCE, EMPLOYER_GHOSTING, GHOSTING_AFTER_INTERVIEW],
    recommended: true,
    states: ['searching', 'deciding'],
  },
  scope: 'application',
  select: { active: true, submitted: true },
  options: z.strictObject({
    maxFollowUps: countOption(
      { min: 1, max: 10, default: 2 },
      'Unanswered follow-ups that mark the limit.',
    ),
    waitDays: durationOption(
      { min: 0, max: 60, default: 7 },
      'Days to wait after the last follow-up before calling it.',
    ),
  }),
  conditions: {
    all: [
      versusOption('application', 'unansweredFollowUps', 'greaterThanInclusive', 'maxFollowUps'),
      versusOption('application', 'daysSinceLastFollowUp', 'greaterThanInclusive', 'waitDays'),
    ],
  },
  urgency: 'daysSinceEmployerContact',
  supersedes: ['application-follow-up-due', 'likely-ghosted'],
  message:
    'You have sent {subject.company} {subject.unansweredFollowUps|count:follow-up} about the {subject.role} role without a reply{#subject.daysSinceEmployerContact}, and have not heard from them in {subject.daysSinceEmployerContact|duration}{/subject.daysSinceEmployerContact}. Stop chasing: the usual advice is to stop after two or three unanswered messages. Treat it as a long shot and spend the time on new applications instead; if they come back, good.',
  actions: [
    {
      kind: 'stop-following-up',
      label: 'Stop following up with {subject.company}; count it as a long shot',
    },
    {
      kind: 'apply',
      label: 'Send two new applications in its place this week',
      due: { inDays: 7 },
    },
  ],
});
