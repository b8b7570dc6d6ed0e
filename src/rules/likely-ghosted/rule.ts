import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { versus, versusOption } from '../conditions';
import { durationOption } from '../options';
import { EMPLOYER_GHOSTING, GHOSTING_AFTER_INTERVIEW, TIME_TO_HIRE } from '../sources';

/** An open application with no word from the employer for much longer than hiring usually takes. */
export const likelyGhosted = defineRule({
  id: 'likely-ghosted',
  meta: {
    category: 'follow-up',
    severity: 'low',
    title: 'An employer has likely gone silent',
    description:
      'Flags open applications with no contact from the employer for 30 days after applying, or 14 days at an interview stage.',
    rationale:
      'Hiring in the US takes about three and a half weeks on average from application to a decision, so a month of silence after applying, or two weeks after an interview, often means the process has moved on without you. Employers rarely say so: most job seekers have been ghosted, many of them after an interview. Counting these as long shots keeps the pipeline honest and the effort where it can still pay off.',
    sources: [TIME_TO_HIRE, EMPLOYER_GHOSTING, GHOSTING_AFTER_INTERVIEW],
    recommended: true,
    states: ['searching', 'deciding'],
  },
  scope: 'application',
  select: { stage: ['applied', 'screening', 'interviewing', 'final-round'] },
  requires: ['daysSinceEmployerContact'],
  options: z.strictObject({
    afterDaysApplied: durationOption(
      { min: 1, max: 365, default: 30 },
      'Days without employer contact after applying before an application counts as a long shot.',
    ),
    afterDaysInterviewing: durationOption(
      { min: 1, max: 365, default: 14 },
      'Days without employer contact at a screening or interview stage before it counts as a long shot.',
    ),
  }),
  conditions: {
    all: [
      {
        any: [
          {
            all: [
              versus('application', 'stage', 'equal', 'applied'),
              versusOption(
                'application',
                'daysSinceEmployerContact',
                'greaterThanInclusive',
                'afterDaysApplied',
              ),
            ],
          },
          {
            all: [
              versus('application', 'interviewStage', 'equal', true),
              versusOption(
                'application',
                'daysSinceEmployerContact',
                'greaterThanInclusive',
                'afterDaysInterviewing',
              ),
            ],
          },
        ],
      },
    ],
  },
  group: true,
  urgency: 'daysSinceEmployerContact',
  message:
    'You have not heard from the employer about {subjects.title|list:4} for {subjects.daysSinceEmployerContact|min|duration}{#subjects.1} or more{/subjects.1}. Silence this long often means the process has moved on: count {#subjects.1}them as long shots rather than live options{/subjects.1}{^subjects.1}it as a long shot rather than a live option{/subjects.1}, and keep applying elsewhere. If they do get back to you, treat it as a bonus.',
  actions: [
    {
      kind: 'stop-waiting',
      label: 'Count {subject.title} as a long shot',
      perSubject: true,
    },
    {
      kind: 'apply',
      label:
        'Send {#subjects.1}new applications{/subjects.1}{^subjects.1}a new application{/subjects.1} in {#subjects.1}their{/subjects.1}{^subjects.1}its{/subjects.1} place this week',
      due: { inDays: 7 },
    },
  ],
});
