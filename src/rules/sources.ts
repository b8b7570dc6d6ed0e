import type { RuleSource } from '../rule/types';

/*
 * The evidence the built-in rules cite, one constant per source and finding, so that rules citing
 * the same study say the same thing about it. Figures follow the project's evidence notes; a
 * rule that needs a narrower reading of a source gets its own constant here rather than a
 * reworded copy.
 */

/** Coaches' rule of thumb for how many applications to send each week. */
export const APPLICATION_VOLUME_GUIDANCE: RuleSource = {
  title: 'Career-coach guidance on application volume',
  strength: 'low',
  finding: '5–10 targeted applications a week until an offer is signed.',
};

/** How often a cold application reaches an interview, both sources combined as a range. */
export const COLD_APPLICATION_INTERVIEW_RATE: RuleSource = {
  title: 'CareerPlug 2024; Jobvite',
  strength: 'medium',
  finding: '3–8% of cold applications reach an interview.',
};

/** CareerPlug's own, lower interview rate, for a rule that reasons from each figure apart. */
export const CAREERPLUG_INTERVIEW_RATE: RuleSource = {
  title: 'CareerPlug 2024',
  strength: 'medium',
  finding: 'About 3% of applications lead to an interview.',
};

/** Jobvite's own, higher interview rate and its earlier value, beside CareerPlug's. */
export const JOBVITE_INTERVIEW_RATE: RuleSource = {
  title: 'Jobvite',
  strength: 'medium',
  finding: '8.4% of applications lead to an interview (about 12% in earlier years).',
};

/** How often an interview ends in an offer or a hire. */
export const INTERVIEW_OFFER_RATE: RuleSource = {
  title: 'CareerPlug; Jobvite 2018',
  strength: 'medium',
  finding: '27–28% of interviews lead to an offer.',
};

/** Referrals' share of applicants against their share of hires, and how much sooner they land. */
export const REFERRAL_SHARE_OF_HIRES: RuleSource = {
  title: 'Jobvite recruiting benchmarks',
  strength: 'high',
  finding: 'Referrals are about 7% of applicants but about 40% of hires, and are hired faster.',
};

/** Hire rate of referred candidates against applicants from postings. */
export const REFERRAL_HIRE_RATE: RuleSource = {
  title: 'Lever 2016',
  strength: 'medium',
  finding:
    '1 in 16 referred candidates is hired, against 1 in 152 from job postings and careers sites.',
};

/** Referrals at small employers, for rules about who fills roles through people they know. */
export const SMALL_BUSINESS_REFERRALS: RuleSource = {
  title: 'CareerPlug',
  strength: 'medium',
  finding: 'At small businesses, referrals are 2% of applicants but 11% of hires.',
};

/**
 * The same small-employer data with job boards beside referrals, for the rule about the mix of
 * channels.
 */
export const SMALL_BUSINESS_CHANNELS: RuleSource = {
  title: 'CareerPlug',
  strength: 'medium',
  finding:
    'At small businesses, job boards bring 61% of applicants and 42% of hires; referrals 2% of applicants and 11% of hires.',
};

/** How many people apply to one opening, then and now. */
export const APPLICANTS_PER_OPENING: RuleSource = {
  title: 'Jobvite benchmarks; Ashby 2024',
  strength: 'medium',
  finding: '52–59 applicants per requisition (2014–16), around 300 by 2024.',
};

/** How many candidates an employer interviews for one opening. */
export const INTERVIEWS_PER_OPENING: RuleSource = {
  title: 'OfficeTeam survey',
  strength: 'medium',
  finding: 'About 6 candidates interviewed per opening.',
};

/** How long an application takes to reach a decision: the clock behind the timing rules. */
export const TIME_TO_HIRE: RuleSource = {
  title: 'Glassdoor research 2017',
  strength: 'high',
  finding:
    'About 24 days from application to offer or rejection on average in the US (10 to 54 by industry).',
};

/** How long an employer takes to fill a role once it is open. */
export const TIME_TO_FILL: RuleSource = {
  title: 'SHRM; Lever 2016',
  strength: 'medium',
  finding: 'About 34–44 days to fill a role on average, 41 at large companies.',
};

/** When to follow up on an application that has had no reply. */
export const APPLICATION_FOLLOW_UP_TIMING: RuleSource = {
  title: 'Career-coach consensus on follow-up timing',
  strength: 'medium',
  finding: 'Follow up 7–14 days after applying when no timeline was given.',
};

/** When to follow up after an interview, and when to stop; also the norm for other reminders. */
export const INTERVIEW_FOLLOW_UP_GUIDANCE: RuleSource = {
  title: 'Staffing-firm guidance on interview follow-up',
  strength: 'low',
  finding:
    'Follow up a few days after the stated decision date, or about a week after the interview without one; stop after 2–3 unanswered contacts.',
};

/** How much thank-you notes weigh with employers, and how few candidates send one. */
export const THANK_YOU_NOTES: RuleSource = {
  title: 'Accountemps survey 2017',
  strength: 'high',
  finding:
    '80% of HR managers take thank-you notes into account; only 24% of candidates send one. Send it within 24 hours.',
};

/** How common it is for employers to stop answering, including late in a process. */
export const EMPLOYER_GHOSTING: RuleSource = {
  title: 'Indeed 2021 and 2023',
  strength: 'medium',
  finding:
    '77% of job seekers ghosted by an employer since 2020; 40% after a second or third round.',
};

/** How common silence after an interview is. */
export const GHOSTING_AFTER_INTERVIEW: RuleSource = {
  title: 'Greenhouse 2024',
  strength: 'medium',
  finding: '61% of candidates report being ghosted after an interview.',
};

/** Postings that never lead to a hire. */
export const GHOST_JOBS: RuleSource = {
  title: 'Greenhouse',
  strength: 'medium',
  finding: '18–22% of job postings are never filled ("ghost jobs").',
};

/** Why people do not apply: not meeting every listed qualification. */
export const QUALIFICATIONS_AS_BARRIER: RuleSource = {
  title: 'Mohr, Harvard Business Review 2014',
  strength: 'medium',
  finding:
    'Not meeting the listed qualifications was the most common reason for not applying (41% of women, 46% of men).',
};

/** Applying less often, yet being hired more often when applying. */
export const APPLY_RATE_BY_GENDER: RuleSource = {
  title: 'LinkedIn Gender Insights 2019',
  strength: 'medium',
  finding:
    'Women apply to about 20% fewer jobs than men but are 16% more likely to be hired when they do apply.',
};

const RESPONSE_TIME_GUIDANCE = 'Recruiter and career-coach guidance on response times';

/** How fast to answer an employer who writes first. */
export const OUTREACH_RESPONSE_TIME: RuleSource = {
  title: RESPONSE_TIME_GUIDANCE,
  strength: 'low',
  finding: 'Answer outreach within one business day; roles fill while candidates wait.',
};

/**
 * The same guidance read for a forwarded referral, where there is no message to answer but the
 * introduction cools within days.
 */
export const REFERRAL_RESPONSE_TIME: RuleSource = {
  title: RESPONSE_TIME_GUIDANCE,
  strength: 'low',
  finding: 'Roles fill while candidates wait; act within days.',
};

/** How long an offer usually stays open, and how extensions are received. */
export const OFFER_DEADLINE_GUIDANCE: RuleSource = {
  title: 'Recruiter and career-coach guidance on offer deadlines',
  strength: 'low',
  finding: '3–5 business days to decide is typical; short extensions are usually granted.',
};

/** How rarely people negotiate, and how often first offers leave room. */
export const NEGOTIATION_HABITS: RuleSource = {
  title: 'CareerBuilder survey',
  strength: 'medium',
  finding:
    '56% of workers do not negotiate their offer; 52% of employers make a first offer below what they are willing to pay.',
};

/** Whether negotiating puts an offer at risk. */
export const NEGOTIATION_RISK: RuleSource = {
  title: 'Hart, Bear & Ren',
  strength: 'medium',
  finding: '94% of hiring managers kept the offer after the candidate negotiated.',
};

/**
 * The offer-outlook target is a choice, not a finding: this says which choice and why, so the
 * docs cite it at the strength it has.
 */
export const OUTLOOK_TARGET_CHOICE: RuleSource = {
  title: 'Default offer-outlook target (a judgement, no study)',
  strength: 'low',
  finding:
    'An even chance (50%): the point from which an offer from what is open is more likely than not. No study gives a better figure, and a higher target would ask for a margin the rough per-application chances cannot support. Set your own in goals.offerProbability.',
};

/** The outlook's rates for network, recruiter and agency applications, which no study gives. */
export const OUTLOOK_WARM_CHANNEL_ESTIMATE: RuleSource = {
  title: 'Offer-outlook rates for network, recruiter and agency applications (estimates)',
  strength: 'low',
  finding:
    'No published hire rate was found for these channels; the model places them between a cold application (1%) and a referral (6%): network 4%, recruiter 3%, agency 2%.',
};
