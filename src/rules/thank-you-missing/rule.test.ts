import { ruleTester } from '../../../test/helpers/rule-tester';
import { AS_OF, applied, buildSearch } from '../../../test/helpers/search';
import { thankYouMissing } from './rule';

const hoursAgo = (hours: number) =>
  new Date(Date.parse(`${AS_OF}T00:00:00Z`) - hours * 3_600_000).toISOString();
const app = applied('a', 'acme', 20, { stage: 'interviewing' });
const interview = (id: string, hours: number) => ({ id, applicationId: 'a', at: hoursAgo(hours) });
const thanks = (hours: number) => ({
  id: 'ty',
  direction: 'outbound',
  kind: 'thank-you',
  at: hoursAgo(hours),
  applicationId: 'a',
});

ruleTester.run(thankYouMissing, {
  asOf: AS_OF,
  fires: [
    {
      name: 'four hours after the interview, no note',
      search: buildSearch({ applications: [app], interviews: [interview('i', 4)] }),
      advice: [{ subjects: ['i'], severity: 'high' }],
    },
    {
      name: 'just under three days is still high',
      search: buildSearch({ applications: [app], interviews: [interview('i', 71.9)] }),
      advice: [{ subjects: ['i'], severity: 'high' }],
    },
    {
      name: 'three days is medium',
      search: buildSearch({ applications: [app], interviews: [interview('i', 72)] }),
      advice: [{ subjects: ['i'], severity: 'medium' }],
    },
    {
      name: 'just under a week is still worth a note',
      search: buildSearch({ applications: [app], interviews: [interview('i', 6 * 24)] }),
      advice: [{ subjects: ['i'], severity: 'medium' }],
    },
    {
      name: 'the next round being scheduled does not excuse the note',
      search: buildSearch({
        applications: [app],
        interviews: [interview('i1', 30), interview('i2', -24)],
      }),
      advice: [{ subjects: ['i1'], severity: 'high' }],
    },
    {
      name: 'thresholds follow the options',
      search: buildSearch({ applications: [app], interviews: [interview('i', 30)] }),
      options: { afterHours: 1, mediumAfterHours: 24 },
      advice: [{ subjects: ['i'], severity: 'medium' }],
    },
  ],
  quiet: [
    {
      name: 'just under four hours',
      search: buildSearch({ applications: [app], interviews: [interview('i', 3.9)] }),
      status: 'passed',
    },
    {
      name: 'a week later a note no longer helps',
      search: buildSearch({ applications: [app], interviews: [interview('i', 7 * 24)] }),
      status: 'passed',
    },
    {
      name: 'the cut-off is an option',
      search: buildSearch({ applications: [app], interviews: [interview('i', 3 * 24)] }),
      options: { stopAfterDays: 3 },
      status: 'passed',
    },
    {
      name: 'a thank-you was sent',
      search: buildSearch({
        applications: [app],
        interviews: [interview('i', 30)],
        messages: [thanks(20)],
      }),
      status: 'passed',
    },
    {
      name: 'an earlier interview is not chased once a later one has taken place',
      search: buildSearch({
        applications: [app],
        interviews: [interview('i1', 100), interview('i2', 2)],
      }),
      status: 'passed',
    },
    {
      name: 'the interview has not happened yet',
      search: buildSearch({ applications: [app], interviews: [interview('i', -5)] }),
      status: 'not-applicable',
    },
    {
      name: 'the application is closed',
      search: buildSearch({
        applications: [{ ...app, stage: 'rejected' }],
        interviews: [interview('i', 30)],
      }),
      status: 'not-applicable',
    },
  ],
});
