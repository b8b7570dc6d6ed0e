import { defineRuleSet } from '../engine/define';
import { applicationFollowUpDue } from './application-follow-up-due';
import { followUpLimitReached } from './follow-up-limit-reached';
import { noRecentApplications } from './no-recent-applications';
import { pausedWhileInterviewing } from './paused-while-interviewing';
import { singleBasket } from './single-basket';
import { unansweredOutreach } from './unanswered-outreach';

/** The built-in, evidence-based rule set used by default. */
export const recommended = defineRuleSet({
  name: 'recommended',
  rules: [
    unansweredOutreach,
    singleBasket,
    followUpLimitReached,
    applicationFollowUpDue,
    noRecentApplications,
    pausedWhileInterviewing,
  ],
});
