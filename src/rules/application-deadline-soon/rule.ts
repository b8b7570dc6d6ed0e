import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { versus, versusOption } from '../conditions';
import { durationOption } from '../options';
import { APPLICANTS_PER_OPENING } from '../sources';

/** A saved posting closes within days and has not been applied to. */
export const applicationDeadlineSoon = defineRule({
  id: 'application-deadline-soon',
  meta: {
    category: 'momentum',
    severity: 'medium',
    title: 'A saved posting closes soon',
    description:
      'Flags saved postings, not yet applied to, whose application deadline is within 3 days.',
    rationale:
      'A posting with a closing date stops taking applications that day, and with dozens to hundreds of applicants per opening, a rushed last-minute application stands out for the wrong reasons. A saved job you meant to apply for is easy to lose in a busy week: a reminder a few days ahead leaves time to apply properly, or to decide to let it go.',
    sources: [APPLICANTS_PER_OPENING],
    recommended: true,
    states: ['not-started', 'searching'],
  },
  scope: 'application',
  select: { stage: 'saved' },
  requires: ['daysUntilPostingDeadline'],
  options: z.strictObject({
    withinDays: durationOption(
      { min: 0, max: 60, default: 3 },
      'Days before the posting deadline when the advice appears.',
    ),
  }),
  conditions: {
    all: [
      // A deadline already passed is out of reach, not urgent.
      versus('application', 'daysUntilPostingDeadline', 'greaterThanInclusive', 0),
      versusOption('application', 'daysUntilPostingDeadline', 'lessThanInclusive', 'withinDays'),
    ],
  },
  // Same posting, same action (apply), with a firm date.
  supersedes: ['self-screening'],
  message:
    "The posting for {subject.title} closes {subject.daysUntilPostingDeadline|fromToday} ({subject.postingDeadlineOn}), and you haven't applied yet. Apply before then, or drop it from your saved list if it no longer appeals.",
  actions: [
    {
      kind: 'apply',
      label: 'Apply for {subject.title} before the posting closes',
      // A day early: postings often close before the end of their last day.
      due: { fact: 'subject.postingDeadlineOn', plusDays: -1 },
    },
  ],
});
