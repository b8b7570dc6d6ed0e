/**
 * A small starter search, explained by `$comment` keys (JSON has no comments; the model ignores
 * keys it does not know, and JSON Schema reserves `$comment` for notes like these).
 *
 * @param today - the date to use for every entry (YYYY-MM-DD).
 * @param schema - where the JSON Schema is, for editors.
 */
export function starterSearch(today: string, schema: string): Record<string, unknown> {
  return {
    $schema: schema,
    $comment:
      'A starter job search for job-search-health. Replace the examples with your own and keep it up to date; dates are YYYY-MM-DD. Check it with "job-search-health validate <file>", then run "job-search-health evaluate <file>". Add interviews and offers as they come (see the schema for their fields).',
    version: 1,
    candidate: {
      $comment:
        'Who is searching. goals.weeklyApplications is the pace you aim for; offerProbability the chance of an offer you want to reach (0 to 1).',
      name: 'Your Name',
      targetRoles: ['Your target role'],
      searchStartedAt: today,
      goals: { weeklyApplications: 5, offerProbability: 0.8 },
    },
    companies: [
      {
        $comment:
          'Every employer you apply to or talk with. Other entries refer to it by id. size: micro, small, medium, large or enterprise.',
        id: 'example-co',
        name: 'Example Co',
        size: 'medium',
      },
    ],
    contacts: [
      {
        $comment:
          'People who can help: friends, former colleagues, alumni, recruiters. companyId says where they work.',
        id: 'alex',
        name: 'Alex Example',
        companyId: 'example-co',
        relationship: 'former-colleague',
      },
    ],
    applications: [
      {
        $comment:
          'One per role. stage: saved, applied, screening, interviewing, final-round, offer, then accepted, declined, rejected, withdrawn or closed. channel: how it reached the employer. interest: 1 to 5 (5 = top choice).',
        id: 'app-example',
        companyId: 'example-co',
        role: 'Your target role',
        channel: 'referral',
        stage: 'applied',
        appliedAt: today,
        referralId: 'ref-alex',
        interest: 4,
      },
    ],
    referrals: [
      {
        $comment:
          'Each time you ask a contact to refer you. status: requested, declined, not-hiring, forwarded, applied or hired.',
        id: 'ref-alex',
        contactId: 'alex',
        companyId: 'example-co',
        requestedAt: today,
        status: 'applied',
        applicationId: 'app-example',
      },
    ],
    messages: [
      {
        $comment:
          'Messages sent (outbound) and received (inbound). Mark an inbound message answered with repliedAt, or log your reply as an outbound message.',
        id: 'msg-example',
        direction: 'outbound',
        kind: 'referral-request',
        at: today,
        contactId: 'alex',
        referralId: 'ref-alex',
      },
    ],
    interviews: [],
    offers: [],
  };
}
