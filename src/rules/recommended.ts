import { defineRuleSet } from '../engine/define';
import { applicationDeadlineSoon } from './application-deadline-soon';
import { applicationFollowUpDue } from './application-follow-up-due';
import { belowWeeklyTarget } from './below-weekly-target';
import { channelConcentration } from './channel-concentration';
import { companySizeConcentration } from './company-size-concentration';
import { compareOffers } from './compare-offers';
import { dataGaps } from './data-gaps';
import { declineOutreachAfterAccepting } from './decline-outreach-after-accepting';
import { followUpLimitReached } from './follow-up-limit-reached';
import { interviewDataConflict } from './interview-data-conflict';
import { interviewFollowUpDue } from './interview-follow-up-due';
import { likelyGhosted } from './likely-ghosted';
import { lowInterviewConversion } from './low-interview-conversion';
import { lowOfferOutlook } from './low-offer-outlook';
import { messageDataConflict } from './message-data-conflict';
import { networkUnderused } from './network-underused';
import { networkingFollowUpDue } from './networking-follow-up-due';
import { noRecentApplications } from './no-recent-applications';
import { offerDeadlineImminent } from './offer-deadline-imminent';
import { offerExpiredUnanswered } from './offer-expired-unanswered';
import { offerNotNegotiated } from './offer-not-negotiated';
import { pausedWhileInterviewing } from './paused-while-interviewing';
import { referralDataConflict } from './referral-data-conflict';
import { referralNotActedOn } from './referral-not-acted-on';
import { selfScreening } from './self-screening';
import { singleBasket } from './single-basket';
import { stalePosting } from './stale-posting';
import { startApplying } from './start-applying';
import { thankYouMissing } from './thank-you-missing';
import { unansweredOutreach } from './unanswered-outreach';
import { useOfferLeverage } from './use-offer-leverage';
import { withdrawAfterAccepting } from './withdraw-after-accepting';

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
