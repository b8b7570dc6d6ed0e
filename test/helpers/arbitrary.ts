import fc from 'fast-check';
import {
  CHANNELS,
  INTERVIEW_KINDS,
  MESSAGE_KINDS,
  OFFER_STATUSES,
  REFERRAL_STATUSES,
  STAGES,
} from '../../src/model/primitives';
import { daysAgo } from './search';

const day = (max: number) => fc.integer({ min: -5, max }).map((n) => daysAgo(n));
const instant = (max: number) =>
  fc.integer({ min: -5 * 24, max: max * 24 }).map((hours) => daysAgo(hours / 24 + 1 / 86_400_000));

/** Picks an index into a list of `length` items (which must not be empty). */
const pick = (length: number) => fc.nat({ max: Math.max(0, length - 1) });

/**
 * Realistic, valid search files: up to `maxApplications` applications at a handful of
 * companies, with messages, interviews, referrals and offers that refer to them.
 */
export function validSearch(maxApplications = 120) {
  return fc
    .record({
      companies: fc.integer({ min: 1, max: 30 }),
      contacts: fc.integer({ min: 0, max: 10 }),
      applications: fc.integer({ min: 0, max: maxApplications }),
    })
    .chain(({ companies, contacts, applications }) => {
      const companyIds = Array.from({ length: companies }, (_, i) => `c${i}`);
      const contactIds = Array.from({ length: contacts }, (_, i) => `p${i}`);
      const application = fc.record(
        {
          company: pick(companies),
          channel: fc.constantFrom(...CHANNELS),
          stage: fc.constantFrom(...STAGES),
          appliedAt: fc.option(day(120), { nil: undefined }),
          interest: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
          qualificationMatch: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), {
            nil: undefined,
          }),
          postingDeadline: fc.option(day(30), { nil: undefined }),
          postedAt: fc.option(day(200), { nil: undefined }),
          savedAt: fc.option(day(150), { nil: undefined }),
        },
        { requiredKeys: ['company', 'channel', 'stage'] },
      );
      return fc
        .record({
          applications: fc.array(application, { minLength: applications, maxLength: applications }),
          messages: fc.array(
            fc.record({
              app: fc.option(pick(Math.max(applications, 1)), { nil: undefined }),
              company: pick(companies),
              direction: fc.constantFrom('inbound', 'outbound'),
              kind: fc.constantFrom(...MESSAGE_KINDS),
              at: instant(90),
              replied: fc.boolean(),
            }),
            { maxLength: applications * 2 },
          ),
          interviews: fc.array(
            fc.record({
              app: pick(Math.max(applications, 1)),
              at: instant(60),
              kind: fc.constantFrom(...INTERVIEW_KINDS),
              decision: fc.option(day(20), { nil: undefined }),
            }),
            { maxLength: applications },
          ),
          offers: fc.array(
            fc.record({
              app: pick(Math.max(applications, 1)),
              status: fc.constantFrom(...OFFER_STATUSES),
              expires: fc.option(instant(10), { nil: undefined }),
              negotiated: fc.boolean(),
            }),
            { maxLength: 3 },
          ),
          referrals: fc.array(
            fc.record({
              contact: pick(Math.max(contacts, 1)),
              company: pick(companies),
              status: fc.constantFrom(...REFERRAL_STATUSES),
              at: day(60),
            }),
            { maxLength: contacts > 0 ? 8 : 0 },
          ),
          started: fc.option(day(150), { nil: undefined }),
        })
        .map((parts) => {
          const apps = parts.applications.map((a, i) => ({
            id: `a${i}`,
            companyId: companyIds[a.company],
            role: `Role ${i % 7}`,
            channel: a.channel,
            stage: a.stage,
            ...(a.appliedAt && a.stage !== 'saved' ? { appliedAt: a.appliedAt } : {}),
            ...(a.interest !== undefined ? { interest: a.interest } : {}),
            ...(a.qualificationMatch !== undefined
              ? { qualificationMatch: a.qualificationMatch }
              : {}),
            ...(a.postingDeadline ? { postingDeadline: a.postingDeadline } : {}),
            ...(a.postedAt ? { postedAt: a.postedAt } : {}),
            ...(a.savedAt ? { savedAt: a.savedAt } : {}),
          }));
          const hasApps = apps.length > 0;
          return {
            candidate: {
              name: 'Test Person',
              ...(parts.started ? { searchStartedAt: parts.started } : {}),
            },
            companies: companyIds.map((id, i) => ({
              id,
              name: `Company ${i}`,
              size: (['micro', 'small', 'medium', 'large', 'enterprise'] as const)[i % 5],
            })),
            contacts: contactIds.map((id, i) => ({
              id,
              name: `Contact ${i}`,
              companyId: companyIds[i % companies],
            })),
            applications: apps,
            messages: parts.messages.map((m, i) => ({
              id: `m${i}`,
              direction: m.direction,
              kind: m.kind,
              at: m.at,
              ...(hasApps && m.app !== undefined
                ? { applicationId: `a${m.app}` }
                : { companyId: companyIds[m.company] }),
              ...(m.direction === 'inbound' && m.replied ? { repliedAt: m.at } : {}),
            })),
            interviews: hasApps
              ? parts.interviews.map((v, i) => ({
                  id: `i${i}`,
                  applicationId: `a${v.app}`,
                  at: v.at,
                  kind: v.kind,
                  ...(v.decision ? { decisionExpectedBy: v.decision } : {}),
                }))
              : [],
            offers: hasApps
              ? parts.offers.map((o, i) => ({
                  id: `o${i}`,
                  applicationId: `a${o.app}`,
                  receivedAt: daysAgo(3),
                  status: o.status,
                  negotiated: o.negotiated,
                  ...(o.expires ? { expiresAt: o.expires } : {}),
                }))
              : [],
            referrals:
              contacts > 0
                ? parts.referrals.map((r, i) => ({
                    id: `r${i}`,
                    contactId: contactIds[r.contact],
                    companyId: companyIds[r.company],
                    requestedAt: r.at,
                    status: r.status,
                  }))
                : [],
          };
        });
    });
}
