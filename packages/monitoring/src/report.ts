import { isWorkingDay } from '@vikno/deadlines';
import {
  civilOf,
  epochDayOf,
  FIRST_SUPPORTED_DAY,
  formatEpochDay,
  isoWeekdayOf,
  kyivDayOf,
  LAST_SUPPORTED_DAY,
  tryParseCivilDate,
  valueKind,
} from '@vikno/law';
import type { PersistedCase } from '@vikno/workflows';
import { z } from 'zod';
import { fail, invalid } from './errors.js';
import { refinementMessage } from './messages/index.js';
import {
  type CaseRecord,
  dayAt,
  dayOfWall,
  kyivTimeOf,
  NONE,
  RECORDED_TERMS,
  type RecordedTermKind,
  RecordNumbers,
  recordAt,
  STAGE_INDEX,
  supportedDay,
  wallAt,
} from './record.js';

/** What a report may group by: the receiving office, the provider office, the service, the model, the ISO week. */
export const GroupKey = z.enum(['office', 'providerOffice', 'service', 'model', 'week']);
/** What a report may group by. */
export type GroupKey = z.infer<typeof GroupKey>;

/**
 * The stages of a case a report times, each from the stage before: `registration` (from intake), `providerReceipt`
 * (from registration to the provider having the file), `decision` (from the provider's receipt), `cnapInformed`
 * (from the decision), `applicantNotified` (from the CNAP informed), `resultIssued` (from the applicant notified).
 */
export const STAGES = [
  'registration',
  'providerReceipt',
  'decision',
  'cnapInformed',
  'applicantNotified',
  'resultIssued',
] as const;
/** A stage of a case a report times. */
export type Stage = (typeof STAGES)[number];

/** A case as a report takes it: a persisted case of `@vikno/workflows`, or its record. */
export type MonitoredCase = PersistedCase | CaseRecord;

/** Which cases a report counts: each list, when given, keeps only the cases whose value is in it. */
export interface TimelinessFilter {
  /** Receiving offices (a record's `office`). */
  readonly office?: readonly string[] | undefined;
  /** Provider offices. */
  readonly providerOffice?: readonly string[] | undefined;
  /** Service ids. */
  readonly service?: readonly string[] | undefined;
  /** Delivery models. */
  readonly model?: readonly ('I' | 'II' | 'III')[] | undefined;
}

/** Options of {@link timelinessReport}. */
export interface TimelinessOptions {
  /** The first day of the period (`YYYY-MM-DD`): cases received on a Kyiv day from `from` to `to` are counted. */
  readonly from: string;
  /** The last day of the period. */
  readonly to: string;
  /** The moment the running terms are judged at: an ISO 8601 instant with an offset. */
  readonly now: string;
  /** What to group by, in the order of the keys; `[]` for one group of every case. */
  readonly groupBy: readonly GroupKey[];
  /** Which cases to count. */
  readonly filter?: TimelinessFilter | undefined;
  /**
   * A running term this many working days from its last day or closer is at risk (`dueSoon` of `deadlineStatus`
   * of `@vikno/deadlines`); 2 when left out.
   */
  readonly dueSoonWithinWorkingDays?: number | undefined;
}

/** Working days, counted exactly over the cases that have them: how many, the median and the 90th percentile. */
export interface DayStatistics {
  readonly count: number;
  /** The median, nearest-rank (the lower middle of an even count); `null` when `count` is 0. */
  readonly median: number | null;
  /** The 90th percentile, nearest-rank; `null` when `count` is 0. */
  readonly p90: number | null;
}

/** How one kind of term fared in a group: met on time or late, and where the running ones stand at `now`. */
export interface TermTimeliness {
  /** Met by its due moment. */
  readonly metOnTime: number;
  /** Met after its due moment. */
  readonly metLate: number;
  /** Working days after the last day that the late ones were met: in all, at most, and the median. */
  readonly daysLate: { readonly total: number; readonly max: number; readonly median: number | null };
  /** Running, more than the threshold of working days from the last day. */
  readonly runningOnTrack: number;
  /** Running, due within the threshold of working days or today, not yet overdue. */
  readonly atRisk: number;
  /** Running past its due moment at `now`. */
  readonly overdue: number;
  /** Stopped while documents are awaited. */
  readonly paused: number;
  /** Ended without being met (the case withdrawn, returned, reopened or archived). */
  readonly cancelled: number;
}

/** The values of the keys a group is for; only the keys grouped by are present. */
export interface GroupKeyValues {
  readonly office?: string | null;
  readonly providerOffice?: string | null;
  readonly service?: string;
  readonly model?: 'I' | 'II' | 'III';
  /** The ISO week of the Kyiv day of receipt, e.g. `2026-W10`. */
  readonly week?: string;
}

/** The timeliness of the cases of one group. */
export interface TimelinessGroup {
  readonly key: GroupKeyValues;
  /** Cases received in the period. */
  readonly received: number;
  /** Of them, registered (complete, or left without movement). */
  readonly registered: number;
  readonly leftWithoutMovement: number;
  readonly returned: number;
  readonly withdrawn: number;
  /** With a decision in force. */
  readonly decided: number;
  /** With the result issued (or delivered while awaiting collection). */
  readonly issued: number;
  /** Each kind of term. */
  readonly terms: Readonly<Record<RecordedTermKind, TermTimeliness>>;
  /** How long each stage took, in working days on the legal calendar of `@vikno/deadlines`. */
  readonly stages: Readonly<Record<Stage, DayStatistics>>;
  /** The decision term suspended (documents requested): calendar days in all, an open suspension until now. */
  readonly suspended: { readonly cases: number; readonly days: number };
  /** Model III transfer registers: dispatched after the transfer term, and dispatched but not yet confirmed. */
  readonly registers: { readonly dispatchedLate: number; readonly notConfirmed: number };
  /** Model I: paper originals not yet received. */
  readonly originalsAwaited: number;
}

/** A timeliness report: its period, the moment judged at, and one entry per group, in the order of their keys. */
export interface TimelinessReport {
  readonly from: string;
  readonly to: string;
  /** The moment judged at, in Kyiv time. */
  readonly now: string;
  /** The Kyiv day of `now`. */
  readonly today: string;
  readonly groupBy: readonly GroupKey[];
  /** Every case counted, in one group. */
  readonly total: TimelinessGroup;
  readonly groups: readonly TimelinessGroup[];
}

/** The most groups a report holds: a report grouped finer is a table nobody reads, and memory unbounded. */
export const MAX_GROUPS = 10_000;
const MAX_FILTER_VALUES = 10_000;

const dayMessage = refinementMessage('DAY_OUT_OF_RANGE', {
  first: FIRST_SUPPORTED_DAY,
  last: LAST_SUPPORTED_DAY,
});
const Day = z.string().refine((value) => supportedDay(value) !== undefined, { message: dayMessage });
const Values = z.array(z.string().max(200)).max(MAX_FILTER_VALUES);

const Options = z
  .object({
    from: Day,
    to: Day,
    now: z.string().max(40),
    groupBy: z
      .array(GroupKey)
      .max(GroupKey.options.length)
      .refine((keys) => new Set(keys).size === keys.length),
    filter: z
      .object({
        office: Values.optional(),
        providerOffice: Values.optional(),
        service: Values.optional(),
        model: z
          .array(z.enum(['I', 'II', 'III']))
          .max(3)
          .optional(),
      })
      .strict()
      .optional(),
    dueSoonWithinWorkingDays: z.number().int().min(0).max(60).optional(),
  })
  .strict();

// ---------------------------------------------------------------------------------------------------------------
// The legal calendar as counts: working days since the first supported day, asked of @vikno/deadlines once

const FIRST_DAY = tryParseCivilDate(FIRST_SUPPORTED_DAY) as number;
const LAST_DAY = tryParseCivilDate(LAST_SUPPORTED_DAY) as number;
let workingDaysBefore: Int32Array | undefined;

/** How many working days there are from the first supported day up to `epochDay`, counted once per process. */
function workingCounts(): Int32Array {
  if (workingDaysBefore === undefined) {
    const counts = new Int32Array(LAST_DAY - FIRST_DAY + 1);
    let count = 0;
    for (let day = FIRST_DAY; day <= LAST_DAY; day++) {
      if (isWorkingDay(formatEpochDay(day))) count++;
      counts[day - FIRST_DAY] = count;
    }
    workingDaysBefore = counts;
  }
  return workingDaysBefore;
}

/** Working days after `from` up to `to` (`countWorkingDays` of `@vikno/deadlines`), 0 when `to` is not later. */
function workingDaysBetween(counts: Int32Array, from: number, to: number): number {
  return to <= from ? 0 : (counts[to - FIRST_DAY] as number) - (counts[from - FIRST_DAY] as number);
}

/** The epoch day of a day or instant a checked record holds: its first ten characters. */
const dayOf = dayAt;
/** An instant of a checked record as its Kyiv wall clock, comparable as a number. */
const wall = wallAt;
/** The place of the transfer term in `RECORDED_TERMS`. */
const TRANSFER = RECORDED_TERMS.indexOf('transfer');
/** The epoch day of a stage's wall clock in {@link RecordNumbers}, or `NONE` when it was not reached. */
const stageDay = (wall: number) => (wall === NONE ? NONE : dayOfWall(wall));

/** The ISO week of an epoch day, `YYYY-Www`. */
function isoWeek(epochDay: number): string {
  const thursday = epochDay - isoWeekdayOf(epochDay) + 4;
  const year = civilOf(thursday).year;
  const week = Math.floor((thursday - epochDayOf(year, 1, 1)) / 7) + 1;
  return `${year}-W${week < 10 ? '0' : ''}${week}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Aggregates of bounded size: counts, and histograms of whole days

/** @internal Counts of whole days by value: exact medians and percentiles in memory bounded by the largest value. */
export class Histogram {
  private counts: number[] = [];
  count = 0;
  total = 0;
  max = 0;

  add(days: number): void {
    while (this.counts.length <= days) this.counts.push(0);
    this.counts[days] = (this.counts[days] as number) + 1;
    this.count++;
    this.total += days;
    if (days > this.max) this.max = days;
  }

  merge(other: Histogram): void {
    other.counts.forEach((count, days) => {
      if (count === 0) return;
      while (this.counts.length <= days) this.counts.push(0);
      this.counts[days] = (this.counts[days] as number) + count;
    });
    this.count += other.count;
    this.total += other.total;
    if (other.max > this.max) this.max = other.max;
  }

  /** The nearest-rank percentile `share` (0.5, 0.9), or `null` when empty. */
  percentile(share: number): number | null {
    if (this.count === 0) return null;
    const rank = Math.max(1, Math.ceil(share * this.count));
    let seen = 0;
    for (let days = 0; days < this.counts.length; days++) {
      seen += this.counts[days] as number;
      if (seen >= rank) return days;
    }
    return this.max;
  }

  statistics(): DayStatistics {
    return { count: this.count, median: this.percentile(0.5), p90: this.percentile(0.9) };
  }
}

class TermCounts {
  metOnTime = 0;
  metLate = 0;
  readonly late = new Histogram();
  runningOnTrack = 0;
  atRisk = 0;
  overdue = 0;
  paused = 0;
  cancelled = 0;

  merge(other: TermCounts): void {
    this.metOnTime += other.metOnTime;
    this.metLate += other.metLate;
    this.late.merge(other.late);
    this.runningOnTrack += other.runningOnTrack;
    this.atRisk += other.atRisk;
    this.overdue += other.overdue;
    this.paused += other.paused;
    this.cancelled += other.cancelled;
  }

  result(): TermTimeliness {
    return {
      metOnTime: this.metOnTime,
      metLate: this.metLate,
      daysLate: { total: this.late.total, max: this.late.max, median: this.late.percentile(0.5) },
      runningOnTrack: this.runningOnTrack,
      atRisk: this.atRisk,
      overdue: this.overdue,
      paused: this.paused,
      cancelled: this.cancelled,
    };
  }
}

/** The aggregates of one group. */
class Group {
  received = 0;
  registered = 0;
  leftWithoutMovement = 0;
  returned = 0;
  withdrawn = 0;
  decided = 0;
  issued = 0;
  readonly terms = RECORDED_TERMS.map(() => new TermCounts());
  readonly stages = STAGES.map(() => new Histogram());
  suspendedCases = 0;
  suspendedDays = 0;
  dispatchedLate = 0;
  notConfirmed = 0;
  originalsAwaited = 0;

  constructor(readonly key: GroupKeyValues) {}

  merge(other: Group): void {
    this.received += other.received;
    this.registered += other.registered;
    this.leftWithoutMovement += other.leftWithoutMovement;
    this.returned += other.returned;
    this.withdrawn += other.withdrawn;
    this.decided += other.decided;
    this.issued += other.issued;
    this.terms.forEach((term, index) => {
      term.merge(other.terms[index] as TermCounts);
    });
    this.stages.forEach((stage, index) => {
      stage.merge(other.stages[index] as Histogram);
    });
    this.suspendedCases += other.suspendedCases;
    this.suspendedDays += other.suspendedDays;
    this.dispatchedLate += other.dispatchedLate;
    this.notConfirmed += other.notConfirmed;
    this.originalsAwaited += other.originalsAwaited;
  }

  result(): TimelinessGroup {
    return {
      key: this.key,
      received: this.received,
      registered: this.registered,
      leftWithoutMovement: this.leftWithoutMovement,
      returned: this.returned,
      withdrawn: this.withdrawn,
      decided: this.decided,
      issued: this.issued,
      terms: Object.fromEntries(
        RECORDED_TERMS.map((kind, index) => [kind, (this.terms[index] as TermCounts).result()]),
      ) as Record<RecordedTermKind, TermTimeliness>,
      stages: Object.fromEntries(
        STAGES.map((stage, index) => [stage, (this.stages[index] as Histogram).statistics()]),
      ) as Record<Stage, DayStatistics>,
      suspended: { cases: this.suspendedCases, days: this.suspendedDays },
      registers: { dispatchedLate: this.dispatchedLate, notConfirmed: this.notConfirmed },
      originalsAwaited: this.originalsAwaited,
    };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The moment judged at, computed once per report

/** The moment a report or an action list judges at: its Kyiv day and wall clock, computed once. */
export interface Moment {
  /** `now` in Kyiv time. */
  readonly at: string;
  /** Its Kyiv epoch day. */
  readonly day: number;
  /** Its Kyiv wall clock, comparable with a record's instants read by `wallAt`. */
  readonly wall: number;
  /** Working days since the first supported day, by day. */
  readonly counts: Int32Array;
}

/** The moment `now` (at `path`), or `INVALID_INPUT`. */
export function momentOf(now: unknown, path: string): Moment {
  let ms: number;
  try {
    ms = kyivDayOf(now, path).ms;
  } catch {
    fail('INVALID_INPUT', path, 'INSTANT_OUT_OF_RANGE', {
      first: FIRST_SUPPORTED_DAY,
      last: LAST_SUPPORTED_DAY,
    });
  }
  const at = kyivTimeOf(ms);
  return { at, day: dayOf(at), wall: wall(at), counts: workingCounts() };
}

/** Where a running term stands at a moment, as `deadlineStatus` of `@vikno/deadlines` says. */
export type TermStanding = 'onTrack' | 'dueSoon' | 'dueToday' | 'overdue';

/** Where a running term with `lastDay` (an epoch day) and its due moment `dueWall` (`wallAt`) stands at `moment`. */
function standingAt(moment: Moment, lastDay: number, dueWall: number, dueSoonWithin: number): TermStanding {
  if (moment.wall > dueWall) return 'overdue';
  if (moment.day >= lastDay) return 'dueToday';
  return workingDaysBetween(moment.counts, moment.day, lastDay) <= dueSoonWithin ? 'dueSoon' : 'onTrack';
}

/** Where a running term with `lastDay` and `dueAt` (as a record holds them) stands at `moment`, and how far. */
export function standing(
  moment: Moment,
  lastDay: number,
  dueAt: string,
  dueSoonWithin: number,
): { readonly standing: TermStanding; readonly workingDays: number; readonly calendarDays: number } {
  const judged = standingAt(moment, lastDay, wall(dueAt), dueSoonWithin);
  if (judged === 'overdue') {
    return {
      standing: judged,
      workingDays: workingDaysBetween(moment.counts, lastDay, moment.day),
      calendarDays: Math.max(0, moment.day - lastDay),
    };
  }
  return {
    standing: judged,
    workingDays: workingDaysBetween(moment.counts, moment.day, lastDay),
    calendarDays: Math.max(0, lastDay - moment.day),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The report

interface Settings {
  readonly from: number;
  readonly to: number;
  readonly moment: Moment;
  readonly groupBy: readonly GroupKey[];
  readonly filter: {
    readonly office: ReadonlySet<string> | undefined;
    readonly providerOffice: ReadonlySet<string> | undefined;
    readonly service: ReadonlySet<string> | undefined;
    readonly model: ReadonlySet<string> | undefined;
  };
  readonly dueSoonWithin: number;
}

function settingsOf(options: unknown): Settings {
  const parsed = Options.safeParse(options);
  if (!parsed.success) throw invalid('INVALID_INPUT', 'options', parsed.error);
  const { from, to, now, groupBy, filter, dueSoonWithinWorkingDays } = parsed.data;
  if (to < from) fail('INVALID_INPUT', 'options.to', 'PERIOD_REVERSED', {});
  const set = (values: readonly string[] | undefined) => (values === undefined ? undefined : new Set(values));
  return {
    from: dayOf(from),
    to: dayOf(to),
    moment: momentOf(now, 'options.now'),
    groupBy,
    filter: {
      office: set(filter?.office),
      providerOffice: set(filter?.providerOffice),
      service: set(filter?.service),
      model: set(filter?.model),
    },
    dueSoonWithin: dueSoonWithinWorkingDays ?? 2,
  };
}

/** The report being built: one case at a time, the groups' aggregates only. */
class Report {
  private readonly groups = new Map<string | null, unknown>();
  private readonly list: Group[] = [];
  private all: Group | undefined;
  private readonly weeks = new Map<number, string>();
  /** The numbers of the case being counted, read as it was checked: one for every case. */
  private readonly numbers = new RecordNumbers();
  private index = 0;

  constructor(private readonly settings: Settings) {}

  add(value: unknown): void {
    const { numbers } = this;
    const record = recordAt(value, this.index, numbers);
    this.index++;
    if (record.receivedOn === null) return;
    const received = numbers.receivedOn;
    const { settings } = this;
    if (received < settings.from || received > settings.to) return;
    const { filter } = settings;
    if (filter.office !== undefined && (record.office === null || !filter.office.has(record.office))) return;
    if (
      filter.providerOffice !== undefined &&
      (record.providerOffice === null || !filter.providerOffice.has(record.providerOffice))
    ) {
      return;
    }
    if (filter.service !== undefined && !filter.service.has(record.serviceId)) return;
    if (filter.model !== undefined && !filter.model.has(record.model)) return;
    this.count(this.groupOf(record, received), record, numbers);
  }

  private groupOf(record: CaseRecord, received: number): Group {
    const { groupBy } = this.settings;
    // One map per key, nested: no key text is built per case.
    let level: Map<string | null, unknown> = this.groups;
    let found: unknown;
    for (let index = 0; index < groupBy.length; index++) {
      const value = this.valueOf(record, groupBy[index] as GroupKey, received);
      found = level.get(value);
      if (found === undefined) break;
      if (index < groupBy.length - 1) level = found as Map<string | null, unknown>;
    }
    if (found instanceof Group) return found;
    if (groupBy.length === 0) {
      this.all ??= this.created({});
      return this.all;
    }
    return this.newGroup(record, received);
  }

  private newGroup(record: CaseRecord, received: number): Group {
    const { groupBy } = this.settings;
    const values: Record<string, string | null> = {};
    let level: Map<string | null, unknown> = this.groups;
    for (let index = 0; index < groupBy.length - 1; index++) {
      const key = groupBy[index] as GroupKey;
      const value = this.valueOf(record, key, received);
      values[key] = value;
      let next = level.get(value) as Map<string | null, unknown> | undefined;
      if (next === undefined) {
        next = new Map();
        level.set(value, next);
      }
      level = next;
    }
    const last = groupBy[groupBy.length - 1] as GroupKey;
    const value = this.valueOf(record, last, received);
    values[last] = value;
    const group = this.created(values as GroupKeyValues);
    level.set(value, group);
    return group;
  }

  private created(key: GroupKeyValues): Group {
    if (this.list.length >= MAX_GROUPS) {
      fail('INVALID_INPUT', 'options.groupBy', 'TOO_MANY_GROUPS', { max: MAX_GROUPS });
    }
    const group = new Group(key);
    this.list.push(group);
    return group;
  }

  private valueOf(record: CaseRecord, key: GroupKey, received: number): string | null {
    switch (key) {
      case 'office':
        return record.office;
      case 'providerOffice':
        return record.providerOffice;
      case 'service':
        return record.serviceId;
      case 'model':
        return record.model;
      case 'week': {
        let week = this.weeks.get(received);
        if (week === undefined) {
          week = isoWeek(received);
          this.weeks.set(received, week);
        }
        return week;
      }
    }
  }

  private count(group: Group, record: CaseRecord, numbers: RecordNumbers): void {
    const { moment, dueSoonWithin } = this.settings;
    const { counts } = moment;
    const { stages } = record;
    group.received++;
    if (record.registeredOn !== null) group.registered++;
    if (stages.leftWithoutMovement !== null) group.leftWithoutMovement++;
    if (stages.returned !== null) group.returned++;
    if (stages.withdrawn !== null) group.withdrawn++;
    if (stages.decided !== null) group.decided++;
    if (stages.issued !== null) group.issued++;
    if (record.originals === 'awaited') group.originalsAwaited++;

    const { termStates, lastDays, dueAts, metAts } = numbers;
    for (let index = 0; index < RECORDED_TERMS.length; index++) {
      const counted = group.terms[index] as TermCounts;
      const lastDay = lastDays[index] as number;
      const dueAt = dueAts[index] as number;
      switch (termStates[index]) {
        case undefined:
          break;
        case 'met': {
          const metAt = metAts[index] as number;
          if (metAt !== NONE && metAt > dueAt) {
            counted.metLate++;
            counted.late.add(workingDaysBetween(counts, lastDay, dayOfWall(metAt)));
          } else {
            counted.metOnTime++;
          }
          break;
        }
        case 'paused':
          counted.paused++;
          break;
        case 'cancelled':
          counted.cancelled++;
          break;
        case 'running':
          switch (standingAt(moment, lastDay, dueAt, dueSoonWithin)) {
            case 'overdue':
              counted.overdue++;
              break;
            case 'onTrack':
              counted.runningOnTrack++;
              break;
            default:
              counted.atRisk++;
          }
          break;
      }
    }

    // Each stage timed from the one before, when both were reached.
    const walls = numbers.stages;
    let previous = numbers.receivedOn;
    previous = this.stage(group, 0, previous, numbers.registeredOn);
    previous = this.stage(group, 1, previous, stageDay(walls[STAGE_INDEX.providerReceived] as number));
    previous = this.stage(group, 2, previous, stageDay(walls[STAGE_INDEX.decided] as number));
    previous = this.stage(group, 3, previous, stageDay(walls[STAGE_INDEX.informed] as number));
    previous = this.stage(group, 4, previous, stageDay(walls[STAGE_INDEX.notified] as number));
    this.stage(group, 5, previous, stageDay(walls[STAGE_INDEX.issued] as number));

    if (numbers.suspensions > 0) {
      group.suspendedCases++;
      const { pauses } = numbers;
      for (let index = 0; index < numbers.suspensions; index++) {
        const to = pauses[2 * index + 1] as number;
        group.suspendedDays += Math.max(0, (to === NONE ? moment.day : to) - (pauses[2 * index] as number));
      }
    }

    const transfer = record.transfer;
    if (transfer !== null && numbers.dispatchedAt !== NONE) {
      if (termStates[TRANSFER] !== undefined && numbers.dispatchedAt > (dueAts[TRANSFER] as number)) {
        group.dispatchedLate++;
      }
      if (transfer.receivedAt === null && record.state === 'transfer') group.notConfirmed++;
    }
  }

  /** Times stage `index` from the day `previous` the stage before was reached; the day this one was, or `NONE`. */
  private stage(group: Group, index: number, previous: number, day: number): number {
    if (day === NONE) return NONE;
    if (previous !== NONE) {
      (group.stages[index] as Histogram).add(workingDaysBetween(this.settings.moment.counts, previous, day));
    }
    return day;
  }

  /** The order of groups: by each key in turn, a key's `null` (not yet known) first. */
  private nameOf(key: GroupKeyValues): string {
    return this.settings.groupBy
      .map((name) => {
        const value = key[name];
        return value === null ? '\u0001' : value;
      })
      .join('\u0000');
  }

  result(): TimelinessReport {
    const { settings } = this;
    const total = new Group({});
    const groups = this.list
      .map((group) => ({ group, name: this.nameOf(group.key) }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map(({ group }) => {
        total.merge(group);
        return group.result();
      });
    return {
      from: formatEpochDay(settings.from),
      to: formatEpochDay(settings.to),
      now: settings.moment.at,
      today: formatEpochDay(settings.moment.day),
      groupBy: settings.groupBy,
      total: total.result(),
      groups,
    };
  }
}

/** The iterator of the cases given, sync or async, or `INVALID_INPUT`. */
export function casesOf(
  cases: unknown,
): { readonly sync: Iterable<unknown> } | { readonly async: AsyncIterable<unknown> } {
  if (typeof cases === 'object' && cases !== null) {
    const asyncIterator = (cases as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator];
    if (typeof asyncIterator === 'function') return { async: cases as AsyncIterable<unknown> };
    const iterator = (cases as { [Symbol.iterator]?: unknown })[Symbol.iterator];
    if (typeof iterator === 'function') return { sync: cases as Iterable<unknown> };
  }
  fail('INVALID_INPUT', 'cases', 'CASES_EXPECTED', { value: valueKind(cases) });
}

/**
 * How timely the cases received in a period were, grouped by office, provider office, service, model or ISO week:
 * received, registered, left without movement, returned, withdrawn, decided and issued; for each kind of term how
 * many were met on time, met late (and by how many working days), are running on track, at risk or overdue at
 * `now`, or paused; how long each stage took in working days (median and 90th percentile, exact); days suspended;
 * model-III registers dispatched late or not confirmed; model-I originals awaited.
 *
 * Streams the cases: memory holds each group's aggregates (counts and histograms of whole days), never the cases,
 * so a million cases take the memory of a few. Give it case records where you store them (`caseRecord`): a
 * persisted case's snapshot is parsed for it, which costs more than the report. `now` is read in Kyiv time once.
 *
 * @param cases - an iterable (an array, a generator) or an async iterable (a database cursor) of persisted cases
 * and case records, mixed as you like.
 * @param options - the period (`from`, `to`), `now`, `groupBy`, and optionally a `filter` and the at-risk threshold.
 * @returns the report; a promise of it when `cases` is an async iterable.
 * @throws {@link MonitoringError} `INVALID_INPUT` for options that are not valid (a period reversed, more than
 * `MAX_GROUPS` groups); `INVALID_CASE` for a case that is neither a persisted case nor a record, named by its place
 * (`cases.41`).
 * @example
 * ```ts
 * import { timelinessReport } from '@vikno/monitoring';
 *
 * const report = timelinessReport(records, {
 *   from: '2026-03-01',
 *   to: '2026-03-31',
 *   now: '2026-04-01T09:00:00+03:00',
 *   groupBy: ['office'],
 * });
 * report.groups[0]?.terms.decision;
 * //=> { metOnTime: 41, metLate: 3, daysLate: { total: 5, max: 3, median: 1 }, runningOnTrack: 7, atRisk: 2, … }
 * ```
 */
export function timelinessReport(
  cases: Iterable<MonitoredCase>,
  options: TimelinessOptions,
): TimelinessReport;
export function timelinessReport(
  cases: AsyncIterable<MonitoredCase>,
  options: TimelinessOptions,
): Promise<TimelinessReport>;
export function timelinessReport(
  cases: Iterable<MonitoredCase> | AsyncIterable<MonitoredCase>,
  options: TimelinessOptions,
): TimelinessReport | Promise<TimelinessReport> {
  const source = casesOf(cases);
  const report = new Report(settingsOf(options));
  if ('sync' in source) {
    for (const value of source.sync) report.add(value);
    return report.result();
  }
  return (async () => {
    for await (const value of source.async) report.add(value);
    return report.result();
  })();
}
