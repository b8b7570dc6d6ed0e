import { defineRuleSet } from '../rule/define';
import { applicationDeadlineSoon } from './application-deadline-soon/rule';
import { applicationFollowUpDue } from './application-follow-up-due/rule';
import { belowWeeklyTarget } from './below-weekly-target/rule';
import { channelConcentration } from './channel-concentration/rule';
import { companySizeConcentration } from './company-size-concentration/rule';
import { compareOffers } from './compare-offers/rule';
import { dataGaps } from './data-gaps/rule';
import { declineOutreachAfterAccepting } from './decline-outreach-after-accepting/rule';
import { followUpLimitReached } from './follow-up-limit-reached/rule';
import { interviewDataConflict } from './interview-data-conflict/rule';
import { interviewFollowUpDue } from './interview-follow-up-due/rule';
import { likelyGhosted } from './likely-ghosted/rule';
import { lowInterviewConversion } from './low-interview-conversion/rule';
import { lowOfferOutlook } from './low-offer-outlook/rule';
import { messageDataConflict } from './message-data-conflict/rule';
import { networkUnderused } from './network-underused/rule';
import { networkingFollowUpDue } from './networking-follow-up-due/rule';
import { noRecentApplications } from './no-recent-applications/rule';
import { offerDeadlineImminent } from './offer-deadline-imminent/rule';
import { offerExpiredUnanswered } from './offer-expired-unanswered/rule';
import { offerNotNegotiated } from './offer-not-negotiated/rule';
import { pausedWhileInterviewing } from './paused-while-interviewing/rule';
import { referralDataConflict } from './referral-data-conflict/rule';
import { referralNotActedOn } from './referral-not-acted-on/rule';
import { selfScreening } from './self-screening/rule';
import { singleBasket } from './single-basket/rule';
import { stalePosting } from './stale-posting/rule';
import { startApplying } from './start-applying/rule';
import { thankYouMissing } from './thank-you-missing/rule';
import { unansweredOutreach } from './unanswered-outreach/rule';
import { useOfferLeverage } from './use-offer-leverage/rule';
import { withdrawAfterAccepting } from './withdraw-after-accepting/rule';

/** The built-in, evidence-based rule set used by default. */
export const recommended = defineRuleSet({
  name: 'recommended',
  rules: [
    unansweredOutreach,
    singleBasket,
    followUpLimitReached,
    applicationFollowUpDue,
    startApplying,
    noRecentApplications,
    pausedWhileInterviewing,
    referralNotActedOn,
    networkingFollowUpDue,
    thankYouMissing,
    interviewFollowUpDue,
    offerDeadlineImminent,
    offerExpiredUnanswered,
    offerNotNegotiated,
    useOfferLeverage,
    compareOffers,
    withdrawAfterAccepting,
    declineOutreachAfterAccepting,
    networkUnderused,
    lowOfferOutlook,
    belowWeeklyTarget,
    likelyGhosted,
    channelConcentration,
    companySizeConcentration,
    selfScreening,
    lowInterviewConversion,
    applicationDeadlineSoon,
    stalePosting,
    dataGaps,
    messageDataConflict,
    interviewDataConflict,
    referralDataConflict,
  ],
});
