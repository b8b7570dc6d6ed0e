import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { outlookBelowTarget, unknownOr, versus, versusOption } from '../conditions';
import { countOption, durationOption, weeklyTargetOption } from '../options';
import {
  COLD_APPLICATION_INTERVIEW_RATE,
  INTERVIEW_OFFER_RATE,
  OUTLOOK_TARGET_CHOICE,
  OUTLOOK_WARM_CHANNEL_ESTIMATE,
  REFERRAL_HIRE_RATE,
} from '../sources';

const GOAL = 'weeklyApplicationGoal';
const PACE = 'offerOutlook.weeklyPace';

const LAST_WEEK = 'applicationsLast7Days';
const GOAL_VALUE = { fact: 'search', path: GOAL };

/**
 * Applying more slowly than the weekly goal (the candidate's own, else the option): both the
 * recent weekly average and the last 7 days fall short, so a week that met it counts as on pace.
 */
const belowWeeklyPace = {
  any: [
    {
      all: [
        versus('search', GOAL, 'equal', null),
        versusOption('search', PACE, 'lessThan', 'weeklyTarget'),
        versusOption('search', LAST_WEEK, 'lessThan', 'weeklyTarget'),
      ],
    },
    {
      all: [
        versus('search', PACE, 'lessThan', GOAL_VALUE),
        versus('search', LAST_WEEK, 'lessThan', GOAL_VALUE),
      ],
    },
  ],
};

/** The rough chance of at least one offer is below the target. */
export const lowOfferOutlook = defineRule({
  id: 'low-offer-outlook',
  meta: {
    category: 'breadth',
    severity: 'low',
    title: 'Your chance of an offer is below your target',
    description:
      'Flags a pipeline whose rough chance of at least one offer is below the target (an even chance unless configured) and that the recent pace will not lift to it within a week: low while applications keep coming, medium when the pace is below the weekly goal, high when it is also thin.',
    rationale:
      'Most applications end without an offer: only a few cold applications in a hundred reach an interview, and roughly one interview in four ends in an offer. Adding up the chances of what is open shows whether the pipeline is likely to bring an offer on its own; the recent pace shows whether it is growing towards that. A low outlook that is growing on pace needs patience, not alarm, and one the recent pace lifts to the target within a week needs no comment; one that is thin and not growing needs more applications now. Referred applications count for several cold ones, so asking for referrals closes the gap fastest.',
    sources: [
      REFERRAL_HIRE_RATE,
      COLD_APPLICATION_INTERVIEW_RATE,
      INTERVIEW_OFFER_RATE,
      OUTLOOK_WARM_CHANNEL_ESTIMATE,
      OUTLOOK_TARGET_CHOICE,
    ],
    recommended: true,
    states: ['searching'],
  },
  scope: 'search',
  options: z.strictObject({
    minActiveApplications: countOption(
      { min: 1, max: 1000, default: 1 },
      'Open applications needed before the outlook is judged (with none, start-applying or no-recent-applications gives the advice).',
    ),
    weeklyTarget: weeklyTargetOption(
      "Applications a week below which the pipeline counts as not growing, unless the candidate's goals set their own.",
    ),
    quietWithinWeeks: durationOption(
      { min: 0, max: 52, default: 1 },
      'Weeks within which the recent pace reaches the target: no advice then, the gap is closing on its own.',
    ),
    fewLiveCompanies: countOption(
      { min: 1, max: 100, default: 3 },
      'Fewer companies with live (not silent) applications than this counts as a thin pipeline.',
    ),
  }),
  conditions: {
    all: [
      versusOption('search', 'activeApplications', 'greaterThanInclusive', 'minActiveApplications'),
      outlookBelowTarget(),
      // Null: nothing went out lately, so the pace will not close the gap.
      unknownOr(
        versusOption('search', 'offerOutlook.weeksToTarget', 'greaterThan', 'quietWithinWeeks'),
      ),
    ],
  },
  severityWhen: [
    {
      // Thin and not growing: the case worth an alarm.
      severity: 'high',
      conditions: {
        all: [
          belowWeeklyPace,
          versusOption('search', 'liveCompanies', 'lessThan', 'fewLiveCompanies'),
        ],
      },
    },
    { severity: 'medium', conditions: { all: [belowWeeklyPace] } },
  ],
  message:
    'With {search.activeApplications|count:open application:open applications}, your rough chance of at least one offer from what is open now is {search.offerOutlook.probability|percent}, below the {search.offerOutlook.target|percent} you aim for. {#search.offerOutlook.weeksToTarget}At the pace of your last {search.offerOutlook.paceDays} days ({search.offerOutlook.recentApplications|count:application}, about {search.offerOutlook.weeklyPace} a week), you would reach it in about {search.offerOutlook.weeksToTarget|count:week} (around {search.offerOutlook.targetReachedBy}), if what is open stays open.{/search.offerOutlook.weeksToTarget}{^search.offerOutlook.weeksToTarget}Nothing went out in the last four weeks, so the outlook will not grow until applications do.{/search.offerOutlook.weeksToTarget}{#search.offerOutlook.belowPlannedPace}{#search.offerOutlook.weeksAtPlannedPace} At {search.offerOutlook.plannedPace} a week it would take about {search.offerOutlook.weeksAtPlannedPace|count:week}.{/search.offerOutlook.weeksAtPlannedPace}{/search.offerOutlook.belowPlannedPace} Each referral counts like about {search.offerOutlook.referralWorth} cold applications, so asking people you know is the quickest way to close the gap.',
  actions: [
    {
      kind: 'ask-referral',
      label: 'Ask two contacts for a referral at companies you would like to join',
      due: { inDays: 7 },
    },
    {
      kind: 'apply',
      // At low the pace is kept: the step is to keep it, not a new demand.
      label:
        '{#level.low}Keep to your {search.offerOutlook.plannedPace} applications this week{/level.low}{^level.low}Send {search.offerOutlook.plannedPace} applications this week{/level.low}, favouring roles where someone can refer you',
      due: { inDays: 7 },
    },
  ],
});
