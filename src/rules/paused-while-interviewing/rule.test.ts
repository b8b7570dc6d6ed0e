import { ruleTester } from '../../../test/helpers/rule-tester';
import { AS_OF, applied, buildSearch } from '../../../test/helpers/search';
import { pausedWhileInterviewing } from './rule';

const interviewing = applied('a', 'acme', 20, { stage: 'interviewing' });

ruleTester.run(pausedWhileInterviewing, {
  asOf: AS_OF,
  fires: [
    {
      name: 'interviewing and nothing sent for a week',
      search: buildSearch({ applications: [interviewing, applied('b', 'globex', 7)] }),
      advice: [{ subjects: ['search'], severity: 'high' }],
    },
    {
      name: 'the window is an option',
      search: buildSearch({ applications: [interviewing, applied('b', 'globex', 3)] }),
      options: { afterDays: 3 },
      advice: [{ subjects: ['search'] }],
    },
  ],
  quiet: [
    {
      name: 'applied just under a week ago',
      search: buildSearch({ applications: [interviewing, applied('b', 'globex', 6)] }),
      status: 'passed',
    },
    {
      name: 'not interviewing anywhere',
      search: buildSearch({ applications: [applied('b', 'globex', 20)] }),
      status: 'passed',
    },
  ],
});
