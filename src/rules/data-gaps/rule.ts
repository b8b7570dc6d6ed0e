import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { versus } from '../conditions';
import { TIME_TO_HIRE } from '../sources';

/** Open applications with missing or inconsistent details that other rules rely on. */
export const dataGaps = defineRule({
  id: 'data-gaps',
  meta: {
    category: 'data-quality',
    severity: 'info',
    title: 'Some application details are missing or inconsistent',
    description:
      'Flags open applications sent without a date, dated after today or before 1990, with a stage history out of order, with interviews recorded while the stage still says saved or applied, or at a company whose name another company also has.',
    rationale:
      'Timing advice (when to follow up, when an employer has gone quiet, whether applying has stalled) depends on when each application went out and how far it has got. A missing date makes those rules skip the application; a date in the future or a stage that lags behind the interviews makes them misjudge it. Fixing the record makes the rest of the report trustworthy.',
    sources: [TIME_TO_HIRE],
    recommended: true,
  },
  scope: 'application',
  select: { active: true },
  // No `requires`: the missing fields are what this rule looks for.
  options: z.strictObject({}),
  conditions: {
    any: [
      {
        all: [
          versus('application', 'submitted', 'equal', true),
          versus('application', 'daysSinceApplied', 'equal', null),
        ],
      },
      versus('application', 'futureDated', 'equal', true),
      versus('application', 'stageBehindInterviews', 'equal', true),
      versus('application', 'stageHistoryOutOfOrder', 'equal', true),
      versus('application', 'datedBefore1990', 'equal', true),
      versus('application', 'companyNameShared', 'equal', true),
    ],
  },
  group: true,
  message:
    'Some details of {subjects.title|list:4} are missing or do not add up, so rules that depend on them skip or misjudge {#subjects.1}these applications{/subjects.1}{^subjects.1}this application{/subjects.1}. Updating {#subjects.1}them{/subjects.1}{^subjects.1}it{/subjects.1} makes the rest of your report more accurate.',
  actions: [
    {
      kind: 'fix-data',
      label:
        'Fix the record for {subject.title}.{#subject.submitted}{^subject.appliedOn} Add the date you applied.{/subject.appliedOn}{/subject.submitted}{#subject.futureDated} Its saved or applied date is after today: correct it.{/subject.futureDated}{#subject.stageBehindInterviews} Interviews are recorded for it: update its stage.{/subject.stageBehindInterviews}{#subject.stageHistoryOutOfOrder} Its stage history is out of order: list the changes oldest first.{/subject.stageHistoryOutOfOrder}{#subject.datedBefore1990} One of its dates is before 1990: correct it.{/subject.datedBefore1990}{#subject.companyNameShared} Another company in your search is also called {subject.company}: the report keeps the two apart, so merge them into one record or tell them apart by name.{/subject.companyNameShared}',
      perSubject: true,
    },
  ],
});
