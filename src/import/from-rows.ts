import { safeParseSearch } from '../model/parse';
import { type Channel, STAGES, type Stage } from '../model/primitives';
import { LIST_NAMES, type ListName } from '../model/references';
import type { JobSearchInput } from '../model/schemas';
import { cellText, parseInterest, parseShare, slugId } from './cells';
import type { ImportField } from './columns';
import { type DayOrder, dayOrderOf, forcedDayOrder, parseSheetDate } from './dates';
import { type ColumnPlan, planSheet } from './header';
import { type ImportIssue, importIssue, quote } from './issues';
import { channelWords, sizeWords, statusWords, type WordMap } from './words';

/** Options of {@link fromRows}. */
export interface FromRowsOptions {
  /**
   * Columns to read as a given field, by header (matched ignoring case and punctuation), such as
   * `{ Employer: 'company', 'Stage reached': 'status', Salary: 'ignore' }`. They take precedence
   * over the header names recognised on their own.
   */
  readonly map?: Readonly<Record<string, string>>;
  /**
   * A date-fns pattern for the sheet's dates, such as `dd/MM/yyyy`. It is tried first, and its
   * order of day and month settles dates like 03/04/2026 that read both ways.
   */
  readonly dateFormat?: string;
  /** Status words of your own, by the stage they mean: `{ 'Waiting on them': 'applied' }`. */
  readonly statuses?: Readonly<Record<string, Stage>>;
  /** Who is searching: copied into the search as it is. */
  readonly candidate?: JobSearchInput['candidate'];
}

/** How a column of the sheet was read. */
export interface ImportedColumn {
  /** The header as written. */
  readonly header: string;
  /** The field it filled; `undefined` when its values were kept in notes. */
  readonly field: ImportField | undefined;
}

/** What {@link fromRows} made of a sheet. */
export interface ImportResult {
  /** `true` when there is no error: `search` then holds every row and is a valid search. */
  readonly ok: boolean;
  /** The search built from the rows that had no error. */
  readonly search: JobSearchInput;
  /** Every problem, errors and warnings, each naming its row and column. */
  readonly issues: readonly ImportIssue[];
  /** How each column was read. */
  readonly columns: readonly ImportedColumn[];
  /** How many applications were made, one per data row without an error. */
  readonly applications: number;
}

type Row = readonly string[];
type Lists = { -readonly [K in ListName]-?: NonNullable<JobSearchInput[K]> };
type Entry<K extends ListName> = Lists[K][number];

const DATE_FIELDS: ReadonlySet<ImportField> = new Set([
  'appliedAt',
  'savedAt',
  'postedAt',
  'postingDeadline',
  'lastContact',
  'followUpAt',
  'interviewAt',
  'offerAt',
  'offerDeadline',
]);
const OFFER_STAGES: ReadonlySet<Stage> = new Set(['offer', 'accepted']);
const SPLIT_DATES = /\s*[;\n]\s*/;

function tableOf(rows: readonly unknown[]): Row[] {
  const first = rows[0];
  if (first === undefined || Array.isArray(first))
    return rows.map((row) => (Array.isArray(row) ? row.map(cellText) : []));
  const headers = [...new Set(rows.flatMap((row) => Object.keys(row as object)))];
  return [
    headers,
    ...rows.map((row) => headers.map((h) => cellText((row as Record<string, unknown>)[h]))),
  ];
}

/** The order to read dates like 03/04/2026 in: the option's, else the one the sheet's own dates show. */
function sheetDayOrder(
  rows: readonly Row[],
  columns: readonly ColumnPlan[],
  pattern: string | undefined,
): DayOrder | undefined {
  if (pattern !== undefined) return dayOrderOf(pattern);
  const orders = new Set<DayOrder>();
  for (const row of rows)
    for (const column of columns)
      if (column.field !== undefined && DATE_FIELDS.has(column.field))
        for (const part of (row[column.index] ?? '').split(SPLIT_DATES)) {
          const order = forcedDayOrder(part);
          if (order) orders.add(order);
        }
  return orders.size === 1 ? [...orders][0] : undefined;
}

/** Builds the search one row at a time. */
class Builder {
  readonly lists: Lists = {
    companies: [],
    contacts: [],
    applications: [],
    referrals: [],
    messages: [],
    interviews: [],
    offers: [],
  };
  /** The sheet row of each entry, by list, for mapping validation problems back to rows. */
  readonly rowsOf = new Map<string, number[]>(LIST_NAMES.map((list) => [list, []]));
  private readonly ids = new Set<string>();
  private readonly companyByName = new Map<string, Entry<'companies'>>();
  private readonly contactByName = new Map<string, string>();
  private readonly timeDropped = new Set<string>();
  private readonly counters = new Map<string, number>();
  private readonly words: WordMap<Stage>;

  constructor(
    private readonly options: FromRowsOptions,
    private readonly columns: readonly ColumnPlan[],
    private readonly order: DayOrder | undefined,
    private readonly issues: ImportIssue[],
  ) {
    this.words = statusWords(options.statuses);
  }

  private add<K extends keyof Lists>(list: K, entry: Entry<K>, row: number): void {
    (this.lists[list] as Entry<K>[]).push(entry);
    this.rowsOf.get(list)?.push(row);
  }

  /** The next free id of a list: `a1`, `a2`, … for applications, `r1`, … for referrals. */
  private nextId(prefix: string): string {
    let n = (this.counters.get(prefix) ?? 0) + 1;
    while (this.ids.has(`${prefix}${n}`)) n += 1;
    this.counters.set(prefix, n);
    this.ids.add(`${prefix}${n}`);
    return `${prefix}${n}`;
  }

  private company(name: string, row: number): Entry<'companies'> {
    const key = name.toLowerCase().replace(/\s+/g, ' ');
    const known = this.companyByName.get(key);
    if (known) return known;
    const company = { id: slugId(name, this.ids, 'company'), name };
    this.companyByName.set(key, company);
    this.add('companies', company, row);
    return company;
  }

  private contact(
    name: string,
    companyId: string,
    row: number,
    relationship?: 'recruiter',
  ): string {
    const key = `${companyId}\u0000${name.toLowerCase().replace(/\s+/g, ' ')}`;
    const known = this.contactByName.get(key);
    if (known) return known;
    const id = slugId(name, this.ids, 'contact');
    this.contactByName.set(key, id);
    this.add('contacts', { id, name, companyId, ...(relationship ? { relationship } : {}) }, row);
    return id;
  }

  /** Reads one data row; `row` is its 1-based sheet number. */
  read(cells: Row, row: number): void {
    const values = new Map<ImportField, string[]>();
    // Kept as [column index, text], to be written in the sheet's column order.
    const notes: [number, string][] = [];
    for (const column of this.columns) {
      const value = cells[column.index] ?? '';
      if (value === '' || column.field === 'ignore') continue;
      if (column.field === undefined) notes.push([column.index, `${column.header}: ${value}`]);
      else values.set(column.field, [...(values.get(column.field) ?? []), value]);
    }
    const one = (field: ImportField) => values.get(field)?.[0];
    const columnOf = (field: ImportField) => this.columns.find((c) => c.field === field);
    const headerOf = (field: ImportField) => columnOf(field)?.header ?? field;
    const keep = (field: ImportField, value: string) =>
      notes.push([columnOf(field)?.index ?? 0, `${headerOf(field)}: ${value}`]);
    const where = (field: ImportField, value?: string) => {
      const column = columnOf(field)?.header;
      return {
        row,
        ...(column === undefined ? {} : { column }),
        ...(value === undefined ? {} : { value }),
      };
    };
    const errorsBefore = this.issues.filter((i) => i.severity === 'error').length;
    const error = (code: ImportIssue['code'], field: ImportField, detail: string, value?: string) =>
      this.issues.push(importIssue('error', code, detail, where(field, value)));
    const warn = (code: ImportIssue['code'], field: ImportField, detail: string, value?: string) =>
      this.issues.push(importIssue('warning', code, detail, where(field, value)));

    const dates = (field: ImportField): string[] => {
      const found: string[] = [];
      for (const raw of values.get(field) ?? [])
        for (const part of raw.split(SPLIT_DATES).filter((p) => p !== '')) {
          const read = parseSheetDate(part, this.options.dateFormat, this.order);
          if (read.ok) {
            found.push(read.date);
            if (read.timeDropped && !this.timeDropped.has(headerOf(field))) {
              this.timeDropped.add(headerOf(field));
              warn(
                'time-dropped',
                field,
                `${quote(part)} has a time but no time zone; only the date is kept (write 2026-11-25T09:30:00+01:00 to keep the time)`,
                part,
              );
            }
          } else if (read.reason === 'ambiguous')
            error(
              'ambiguous-date',
              field,
              `${quote(part)} could be ${read.readings?.[0]} or ${read.readings?.[1]}: give the sheet's date format, such as dd/MM/yyyy or MM/dd/yyyy`,
              part,
            );
          else
            error(
              'bad-date',
              field,
              `${quote(part)} is not a date: write it like 2026-11-25, 11/25/2026, 25.11.2026 or Nov 25, 2026`,
              part,
            );
        }
      return found;
    };
    const date = (field: ImportField) => dates(field)[0];

    const companyName = one('company');
    const role = one('role');
    if (companyName === undefined)
      error('required', 'company', 'empty: every application needs its company');
    if (role === undefined) error('required', 'role', 'empty: every application needs its role');

    const appliedAt = date('appliedAt');
    const savedAt = date('savedAt');
    const postedAt = date('postedAt');
    const postingDeadline = date('postingDeadline');
    const lastContact = date('lastContact');
    const followUpAt = date('followUpAt');
    const interviews = dates('interviewAt');
    const offerAt = date('offerAt');
    const offerDeadline = date('offerDeadline');

    const status = one('status');
    let stage: Stage | undefined = appliedAt === undefined ? 'saved' : 'applied';
    if (status !== undefined) {
      stage = this.words.lookup(status);
      if (stage === undefined) {
        const hint = this.words.suggest(status);
        error(
          'unknown-status',
          'status',
          hint
            ? `${quote(status)} is not a status I know: did you mean ${quote(hint)}?`
            : `${quote(status)} is not a status I know: use a stage name (${STAGES.join(', ')}) or a common word for one, or add it to the statuses option`,
          status,
        );
      }
    }

    const source = one('channel');
    const referredBy = one('referredBy');
    const recruiter = one('recruiter');
    let channel: Channel = referredBy ? 'referral' : recruiter ? 'recruiter' : 'other';
    if (source !== undefined) {
      const known = channelWords.lookup(source);
      if (known) channel = known;
      else {
        keep('channel', source);
        warn(
          'unknown-source',
          'channel',
          `${quote(source)} is not a source I know; the channel is "${channel}" and the source is kept in notes`,
          source,
        );
      }
    }

    // A number that does not read is kept in notes, with a warning that says what was expected.
    const number = (
      field: ImportField,
      parse: (text: string) => number | undefined,
      expected: string,
    ) => {
      const text = one(field);
      const value = text === undefined ? undefined : parse(text);
      if (text !== undefined && value === undefined) {
        keep(field, text);
        warn('bad-number', field, `${quote(text)} is not ${expected}; kept in notes`, text);
      }
      return value;
    };
    const interest = number('interest', parseInterest, 'a whole number from 1 to 5');
    const match = number('qualificationMatch', parseShare, 'a share (0.8) or a percentage (80%)');
    const sizeText = one('companySize');
    const size = sizeText === undefined ? undefined : sizeWords.lookup(sizeText);
    if (sizeText !== undefined && size === undefined) {
      keep('companySize', sizeText);
      warn(
        'unknown-size',
        'companySize',
        `${quote(sizeText)} is not a size: use micro, small, medium, large or enterprise; kept in notes`,
        sizeText,
      );
    }

    if (
      companyName === undefined ||
      role === undefined ||
      stage === undefined ||
      this.issues.filter((i) => i.severity === 'error').length > errorsBefore
    )
      return;

    const company = this.company(companyName, row);
    const companyId = company.id;
    for (const [field, key] of [
      ['location', 'location'],
      ['industry', 'industry'],
    ] as const) {
      const value = one(field);
      if (value === undefined) continue;
      if (company[key] === undefined) company[key] = value;
      else if (company[key] !== value) keep(field, value);
    }
    if (size !== undefined && company.size === undefined) company.size = size;

    // The sheet's own notes come first, then the other columns kept.
    for (const text of values.get('notes') ?? []) notes.push([-1, text]);
    const nextStep = one('nextStep');
    if (nextStep !== undefined) keep('nextStep', nextStep);
    if (followUpAt !== undefined) keep('followUpAt', followUpAt);

    const applicationId = this.nextId('a');
    const application: Entry<'applications'> = {
      id: applicationId,
      companyId,
      role,
      channel,
      stage,
      ...(savedAt ? { savedAt } : {}),
      ...(appliedAt ? { appliedAt } : {}),
      ...(postedAt ? { postedAt } : {}),
      ...(postingDeadline ? { postingDeadline } : {}),
      ...(interest !== undefined ? { interest } : {}),
      ...(match !== undefined ? { qualificationMatch: match } : {}),
    };
    this.add('applications', application, row);
    if (stage !== 'saved' && appliedAt === undefined)
      warn(
        'no-date',
        'appliedAt',
        `no date applied, though the stage is ${stage}: advice about timing skips this application until the date is added`,
      );

    let referrerId: string | undefined;
    if (referredBy !== undefined) {
      const requestedAt = savedAt ?? appliedAt ?? lastContact;
      if (requestedAt === undefined) {
        keep('referredBy', referredBy);
        warn(
          'no-date',
          'referredBy',
          'a referral needs the date it was asked for, and the row has no date; the referrer is kept in notes',
          referredBy,
        );
      } else {
        referrerId = this.contact(referredBy, companyId, row);
        const referralId = this.nextId('r');
        this.add(
          'referrals',
          {
            id: referralId,
            contactId: referrerId,
            companyId,
            requestedAt,
            status: stage === 'saved' ? 'requested' : stage === 'accepted' ? 'hired' : 'applied',
            applicationId,
          },
          row,
        );
        application.referralId = referralId;
      }
    }
    const recruiterId =
      recruiter === undefined ? undefined : this.contact(recruiter, companyId, row, 'recruiter');
    const contactName = one('contact');
    const contactId =
      contactName === undefined ? undefined : this.contact(contactName, companyId, row);

    if (lastContact !== undefined) {
      const who = recruiterId ?? contactId ?? referrerId;
      this.add(
        'messages',
        {
          id: this.nextId('m'),
          direction: 'outbound',
          kind: appliedAt !== undefined && lastContact > appliedAt ? 'follow-up' : 'other',
          at: lastContact,
          companyId,
          applicationId,
          ...(who ? { contactId: who } : {}),
        },
        row,
      );
    }
    for (const at of interviews)
      this.add('interviews', { id: this.nextId('i'), applicationId, at }, row);

    if (offerAt !== undefined || offerDeadline !== undefined || OFFER_STAGES.has(stage)) {
      const latest = [appliedAt, lastContact, ...interviews]
        .filter((d): d is string => d !== undefined)
        .sort()
        .at(-1);
      const receivedAt = offerAt ?? latest;
      if (receivedAt === undefined)
        warn(
          'no-date',
          'status',
          'an offer needs the date it arrived, and the row has no date; add an Offer Date column',
        );
      else {
        if (offerAt === undefined)
          warn(
            'no-date',
            'status',
            `the offer's date is taken as the latest date on the row, ${receivedAt}; add an Offer Date column to give the real one`,
          );
        this.add(
          'offers',
          {
            id: this.nextId('o'),
            applicationId,
            receivedAt,
            status:
              stage === 'accepted' ? 'accepted' : stage === 'declined' ? 'declined' : 'pending',
            ...(offerDeadline ? { expiresAt: offerDeadline } : {}),
          },
          row,
        );
      }
    }
    if (notes.length > 0)
      application.notes = notes
        .sort(([a], [b]) => a - b)
        .map(([, text]) => text)
        .join('\n');
  }
}

function reportUnmapped(
  rows: readonly Row[],
  plan: readonly ColumnPlan[],
  headerRow: number,
): ImportIssue[] {
  return plan
    .filter(
      (c) =>
        c.field === undefined && !c.duplicate && rows.some((row) => (row[c.index] ?? '') !== ''),
    )
    .map((c) =>
      importIssue(
        'warning',
        'unknown-column',
        "not a column I know; its values are kept in each application's notes (map it to a field, or to ignore, to change that)",
        { row: headerRow + 1, column: c.header },
      ),
    );
}

/** Maps a validation problem of the built search back to the row it came from. */
function rowIssue(builder: Builder, path: string, message: string): ImportIssue {
  const match = /^(\w+)\[(\d+)\]\.?(.*)$/.exec(path);
  const row = match ? builder.rowsOf.get(match[1] ?? '')?.[Number(match[2])] : undefined;
  const field = match?.[3] ? `${match[3]} ` : '';
  return importIssue('error', 'invalid', `${field}${message}`, row === undefined ? {} : { row });
}

/**
 * Turns a table with one row per application, as kept in a spreadsheet or exported from a
 * tracker, into a search. `rows` is either rows of cells with a header row among the first ten
 * (as {@link parseDelimited} returns them), or objects keyed by header. Companies and contacts
 * are named once and get ids; referrals, messages, interviews and offers are made from their
 * columns; columns it does not know are kept in each application's notes.
 *
 * Never throws on bad data: every problem is in `issues`, naming its row and column, and `ok`
 * says whether there was an error. Status words it does not know are errors, never guesses.
 */
export function fromRows(rows: readonly unknown[], options: FromRowsOptions = {}): ImportResult {
  const issues: ImportIssue[] = [];
  const table = tableOf(rows);
  const plan = planSheet(table, options.map ?? {}, issues);
  const empty: JobSearchInput = { version: 1 };
  if (!plan || issues.some((i) => i.severity === 'error'))
    return {
      ok: false,
      search: empty,
      issues,
      columns: plan?.columns.map(({ header, field }) => ({ header, field })) ?? [],
      applications: 0,
    };
  const data = table.slice(plan.headerRow + 1);
  issues.push(...reportUnmapped(data, plan.columns, plan.headerRow));
  const order = sheetDayOrder(data, plan.columns, options.dateFormat);
  const builder = new Builder(options, plan.columns, order, issues);
  data.forEach((cells, index) => {
    if (cells.some((cell) => cell !== '')) builder.read(cells, plan.headerRow + index + 2);
  });
  const search: JobSearchInput = {
    version: 1,
    ...(options.candidate ? { candidate: options.candidate } : {}),
    ...builder.lists,
  };
  const checked = safeParseSearch(search);
  if (!checked.success)
    for (const issue of checked.error.issues)
      issues.push(rowIssue(builder, issue.path, issue.message));
  return {
    ok: !issues.some((i) => i.severity === 'error'),
    search,
    issues,
    columns: plan.columns.map(({ header, field }) => ({ header, field })),
    applications: builder.lists.applications.length,
  };
}
