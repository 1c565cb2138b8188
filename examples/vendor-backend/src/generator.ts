// A deterministic generator of realistic case histories, for seeding the backend, for the control room and for the
// benchmarks: a fictional hromada (Вербівська громада) whose CNAP, its territorial subdivisions (ТП), remote
// workplaces (ВРМ) and starosta districts receive applications for social services, passed to two providers (a
// Pension Fund office and a УСЗН). Each case is a real case of @vikno/workflows: created with `createCase`, driven
// through `sendCaseEvent` (every event must be accepted, or the generator throws), and stored with `persistCase`.
//
// The shares and delays below are this example's assumptions, picked to look like a district's month, not
// statistics of any real office: most steps on time, some late transfers and slow decisions, documents requested,
// terms extended, applications left without movement (cured, returned, withdrawn), refusals after a hearing,
// registers never confirmed, results never collected. Cases are received on days spread over the weeks before
// `now`, and each history stops at `now`, so the recent ones are still open.
//
// Same options ⇒ the same cases, byte for byte: every choice comes from a seeded PRNG (mulberry32), one stream per
// case, so the case at index i does not depend on `count`.
import { defaultCatalog, type ServiceView } from '@vikno/catalog';
import {
  ADMINISTRATIVE_PROCEDURE,
  addWorkingDays,
  extensionNoticeDay,
  isWorkingDay,
  kyivInstant,
  nextWorkingDay,
  toKyivDate,
} from '@vikno/deadlines';
import { addDays } from '@vikno/law';
import {
  type Actor,
  type CaseActor,
  type CaseEvent,
  type CaseKeys,
  createCase,
  type Model,
  type NotificationChannel,
  type PersistedCase,
  persistCase,
  sendCaseEvent,
} from '@vikno/workflows';

/** The kind of a front office: the CNAP itself, a territorial subdivision, a remote workplace, a starosta district. */
export type FrontOfficeKind = 'cnap' | 'tp' | 'vrm' | 'starosta';

/** A front office of the fictional hromada, where applications are received. */
export interface FrontOffice {
  readonly id: string;
  readonly kind: FrontOfficeKind;
  readonly name: { readonly uk: string; readonly en: string };
}

/** A provider office that decides the cases. */
export interface ProviderOffice {
  readonly id: string;
  readonly kind: 'pfu' | 'uszn';
  readonly name: { readonly uk: string; readonly en: string };
}

/** The front offices of the fictional Вербівська громада, with their share of the applications. */
export const FRONT_OFFICES: readonly (FrontOffice & { readonly share: number })[] = [
  {
    id: 'cnap-central',
    kind: 'cnap',
    name: { uk: 'ЦНАП Вербівської міської ради', en: 'Verbivka CNAP' },
    share: 50,
  },
  {
    id: 'cnap-tp-ozerne',
    kind: 'tp',
    name: { uk: 'ТП ЦНАП у с. Озерне', en: 'CNAP subdivision, Ozerne' },
    share: 13,
  },
  {
    id: 'cnap-tp-lypivka',
    kind: 'tp',
    name: { uk: 'ТП ЦНАП у с. Липівка', en: 'CNAP subdivision, Lypivka' },
    share: 11,
  },
  {
    id: 'cnap-vrm-sadove',
    kind: 'vrm',
    name: { uk: 'ВРМ у с. Садове', en: 'Remote workplace, Sadove' },
    share: 8,
  },
  {
    id: 'cnap-vrm-hai',
    kind: 'vrm',
    name: { uk: 'ВРМ у с. Гаї', en: 'Remote workplace, Hai' },
    share: 6,
  },
  {
    id: 'cnap-starosta-kalynivka',
    kind: 'starosta',
    name: { uk: 'Калинівський старостинський округ', en: 'Kalynivka starosta district' },
    share: 7,
  },
  {
    id: 'cnap-starosta-berizky',
    kind: 'starosta',
    name: { uk: 'Берізківський старостинський округ', en: 'Berizky starosta district' },
    share: 5,
  },
];

/** The two provider offices: the Pension Fund's service centre and the council's social protection office. */
export const PROVIDER_OFFICES: Readonly<Record<'pfu' | 'uszn', ProviderOffice>> = {
  pfu: {
    id: 'pfu-verbivka',
    kind: 'pfu',
    name: { uk: 'Сервісний центр ПФУ у м. Вербівка', en: 'Pension Fund service centre, Verbivka' },
  },
  uszn: {
    id: 'uszn-verbivka',
    kind: 'uszn',
    name: { uk: 'УСЗН Вербівської міської ради', en: 'Verbivka social protection office (USZN)' },
  },
};

/** Office names by id, front offices and providers: what a page shows instead of an id. */
export const OFFICE_NAMES: Readonly<Record<string, { readonly uk: string; readonly en: string }>> =
  Object.fromEntries(
    [...FRONT_OFFICES, ...Object.values(PROVIDER_OFFICES)].map((office) => [office.id, office.name]),
  );

/** How often each social service is applied for, relative to one another; services not listed weigh 1. */
const SERVICE_WEIGHTS: Readonly<Record<string, number>> = {
  'housing-subsidy': 16,
  'idp-living-allowance': 14,
  'idp-certificate': 12,
  'low-income-family-assistance': 10,
  'housing-utility-privileges': 8,
  'birth-assistance': 7,
  'large-family-certificate': 5,
  'baby-box-compensation': 4,
  'infant-care-assistance': 3,
  'single-mother-assistance': 3,
  'large-family-children-assistance': 3,
  'disability-care-allowance': 3,
  'fuel-privilege': 3,
  'idp-certificate-cancellation': 2,
  'guardianship-child-assistance': 2,
  'no-pension-rights-assistance': 2,
};

/** The share of each delivery model by kind of front office: model II only where the УСЗН sits in the CNAP. */
const MODEL_SHARES: Readonly<Record<FrontOfficeKind, readonly [Model, number][]>> = {
  cnap: [
    ['I', 55],
    ['II', 30],
    ['III', 15],
  ],
  tp: [
    ['I', 70],
    ['III', 30],
  ],
  vrm: [
    ['I', 50],
    ['III', 50],
  ],
  starosta: [
    ['I', 20],
    ['III', 80],
  ],
};

/** The role of whoever receives applications at each kind of front office. */
const RECEIVER_ROLE = {
  cnap: 'cnapAdministrator',
  tp: 'remoteAdministrator',
  vrm: 'remoteAdministrator',
  starosta: 'authorisedOfficial',
} as const satisfies Record<FrontOfficeKind, Actor['role']>;

const MISSING_DOCUMENTS = ['income-certificate', 'rnokpp', 'birth-certificate', 'housing-certificate'];
const REFUSAL_GROUNDS = ['income-above-threshold', 'no-entitlement', 'false-information'];
const CHANNELS: readonly [NotificationChannel, number][] = [
  ['sms', 60],
  ['call', 20],
  ['diia', 12],
  ['letter', 8],
];

/** What {@link generateCaseHistories} needs. */
export interface CaseHistoryOptions {
  /** Any integer: the same seed gives the same cases. */
  readonly seed: number;
  /** How many cases. */
  readonly count: number;
  /** The moment the histories stop at: nothing happens after it, so the recent cases are open. */
  readonly now: string | Date;
  /** The keys that sign the persisted cases (the backend's keys, to be read back by it). */
  readonly keys: CaseKeys;
  /** Over how many weeks before `now` the applications were received; 12 by default. */
  readonly weeks?: number;
  /** The cases' ids are this prefix and a six-digit number from 000001; `G-` by default. */
  readonly idPrefix?: string;
}

/**
 * Realistic histories of `count` cases across the fictional hromada's front offices and two providers, persisted
 * and signed with `keys`, lazily (one at a time: a caller can stream millions without holding them).
 *
 * @throws Error when the SDK refuses an event the generator planned: a bug of the generator, never skipped.
 * @example
 * ```ts
 * import { caseKeys } from '@vikno/workflows';
 * import { generateCaseHistories } from './generator.js';
 *
 * const keys = caseKeys({ current: 'k', secrets: { k: 'a secret of at least thirty-two bytes' } });
 * for (const persisted of generateCaseHistories({ seed: 7, count: 1000, now: '2026-05-15T12:00:00+03:00', keys })) {
 *   store(persisted);
 * }
 * ```
 */
export function* generateCaseHistories(
  options: CaseHistoryOptions,
): Generator<PersistedCase, void, undefined> {
  const { seed, count, keys } = options;
  if (!Number.isSafeInteger(seed)) throw new RangeError('seed: an integer');
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError('count: a whole number');
  const now = typeof options.now === 'string' ? options.now : options.now.toISOString();
  const nowMs = Date.parse(now);
  if (!Number.isFinite(nowMs)) throw new RangeError('now: an instant');
  const weeks = options.weeks ?? 12;
  if (!Number.isSafeInteger(weeks) || weeks < 1 || weeks > 104) throw new RangeError('weeks: 1 to 104');
  const prefix = options.idPrefix ?? 'G-';
  const nowDay = toKyivDate(now);
  const firstDay = addDays(nowDay, -7 * weeks);
  const servicesOn = servicesByDay(eligibleServices(firstDay, nowDay));
  for (let index = 0; index < count; index++) {
    const random = mulberry32(mix(seed, index));
    const caseId = `${prefix}${String(index + 1).padStart(6, '0')}`;
    const actor = history({ random, caseId, index, servicesOn, firstDay, span: 7 * weeks, nowDay, nowMs });
    yield persistCase(actor, { keys });
    actor.stop();
  }
}

/**
 * The social services available on every day of the period (a service may pause, as «пакунок малюка» did in
 * 2024), decided by a Pension Fund or УСЗН office within a term, with their weights.
 */
function eligibleServices(firstDay: string, lastDay: string): [ServiceView, number][] {
  const catalog = defaultCatalog();
  const throughout = new Set(
    catalog.services
      .filter((service) =>
        service.available.some(
          (period) => (period.from ?? '') <= firstDay && (period.to === undefined || period.to >= lastDay),
        ),
      )
      .map((service) => service.id),
  );
  return catalog
    .find({ social: true, asOf: lastDay })
    .filter((service) => throughout.has(service.id))
    .filter((service) => service.provider.value.kind === 'pfu' || service.provider.value.kind === 'uszn')
    .filter((service) => service.term.value.kind === 'term')
    .map((service) => [service, SERVICE_WEIGHTS[service.id] ?? 1]);
}

/**
 * The services of `services` a CNAP took on a day under some model, remembered by day for one run (whose services
 * are fixed), so the catalogue is asked once a day, not once a case.
 */
function servicesByDay(services: readonly [ServiceView, number][]): (day: string) => [ServiceView, number][] {
  const catalog = defaultCatalog();
  const byDay = new Map<string, [ServiceView, number][]>();
  return (day) => {
    let taken = byDay.get(day);
    if (taken === undefined) {
      const found = services.filter(
        ([service]) => catalog.get(service.id, { asOf: day }).delivery.value.models.length > 0,
      );
      taken = found.length > 0 ? found : [...services];
      byDay.set(day, taken);
    }
    return taken;
  };
}

interface HistoryInput {
  readonly random: () => number;
  readonly caseId: string;
  readonly index: number;
  /** The services a CNAP took on a day, with their weights. */
  readonly servicesOn: (day: string) => [ServiceView, number][];
  readonly firstDay: string;
  /** Days from `firstDay` to `nowDay`. */
  readonly span: number;
  readonly nowDay: string;
  readonly nowMs: number;
}

/** Thrown inside a history when its next event would come after `now`: the case stays where it is. */
class Stop {}

/** One case's history: a started actor, driven as far as `now`. */
function history(input: HistoryInput): CaseActor {
  const { random, caseId, index, nowDay, nowMs } = input;
  const chance = (p: number) => random() < p;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

  const office = weighted(
    random,
    FRONT_OFFICES.map((office) => [office, office.share]),
  );
  // Received before today, so that every case has at least its intake.
  let receivedDay = addDays(input.firstDay, between(0, input.span - 1));
  // A few front offices open on Saturdays: a package received then is registered on the next working day.
  if (!isWorkingDay(receivedDay) && !(office.kind === 'cnap' && chance(0.15))) {
    const next = nextWorkingDay(receivedDay);
    if (next < nowDay) receivedDay = next;
  }
  // The service as it was on the day of receipt, among those a CNAP took that day: models and providers change over
  // time (the Pension Fund took over in 2025), and a case is created under the rules of its day.
  const [service] = weighted(
    random,
    input.servicesOn(receivedDay).map((entry) => [entry, entry[1]]),
  );
  const asReceived = defaultCatalog().get(service.id, { asOf: receivedDay });
  const models = asReceived.delivery.value.models;
  const shares = MODEL_SHARES[office.kind].filter(([model]) => models.includes(model));
  const model = weighted(random, shares.length > 0 ? shares : models.map((model) => [model, 1] as const));
  const provider = PROVIDER_OFFICES[asReceived.provider.value.kind === 'pfu' ? 'pfu' : 'uszn'];
  // How slow the provider is: the Pension Fund, which took over social payments in 2025, more often.
  const slow = provider.kind === 'pfu' ? 0.14 : 0.08;

  const receiver: Actor = {
    role: RECEIVER_ROLE[office.kind],
    id: `adm-${office.id.replace(/^cnap-/, '')}-${between(1, 3)}`,
    office: office.id,
  };
  const specialist: Actor = {
    role: 'usznSpecialist',
    id: `${provider.id}-spec-${between(1, 4)}`,
    office: provider.id,
  };
  const decider: Actor = {
    role: 'decisionMaker',
    id: `${provider.id}-dec-${between(1, 3)}`,
    office: provider.id,
  };
  const system: Actor = { role: 'system', id: 'host', office: office.id };
  const applicant: Actor = { role: 'applicant', id: `applicant-${index + 1}`, office: office.id };

  const actor = createCase({ caseId, serviceId: service.id, model, asOf: receivedDay });
  const context = () => actor.getSnapshot().context;

  // The clock: each event after the one before, in office hours, on the day planned.
  let clockDay = '';
  let clockMinute = 0;
  const at = (day: string): string => {
    const target = day < clockDay ? clockDay : day;
    const minute =
      target === clockDay
        ? Math.min(clockMinute + between(3, 40), 17 * 60 + 50)
        : between(8 * 60 + 30, 17 * 60);
    const instant = kyivInstant(target, `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`);
    if (Date.parse(instant) > nowMs) throw new Stop();
    clockDay = target;
    clockMinute = minute;
    return instant;
  };
  // Events that come on their own schedule (model I's paper originals), sent in order with the others.
  const pending: { day: string; event: (at: string) => CaseEvent }[] = [];
  const flush = (upTo: string) => {
    while (pending.length > 0 && (pending[0] as { day: string }).day <= upTo) {
      const next = pending.shift() as { day: string; event: (at: string) => CaseEvent };
      if (actor.getSnapshot().status !== 'active') return;
      deliver(next.event(at(next.day)));
    }
  };
  const deliver = (event: CaseEvent) => {
    const result = sendCaseEvent(actor, event);
    if (!result.accepted) {
      throw new Error(`generator: ${caseId} refused ${event.type} (${result.reason ?? 'unknown'})`);
    }
  };
  const send = (day: string, event: (at: string) => CaseEvent) => {
    flush(day);
    deliver(event(at(day)));
  };
  const workingDayFrom = (day: string, amount: number) => {
    const start = isWorkingDay(day) ? day : nextWorkingDay(day);
    return amount === 0 ? start : addWorkingDays(start, amount);
  };
  const later = (day: string) => (day < clockDay ? clockDay : day);

  try {
    // Intake: complete and registered, or left without movement (залишення без руху).
    if (chance(0.08)) {
      send(receivedDay, (at) => ({
        type: 'PACKAGE.CHECKED',
        by: receiver,
        at,
        complete: false,
        missing: [pick(MISSING_DOCUMENTS)],
      }));
      const cureLastDay = (context().terms.cure as { lastDay: string }).lastDay;
      const roll = random();
      if (roll < 0.25) {
        const day = workingDayFrom(nextDayAfter(cureLastDay), between(0, 3));
        send(day, (at) => ({
          type: 'APPLICATION.RETURNED',
          by: receiver,
          at,
          reasons: ['defects-not-cured'],
        }));
        return actor;
      }
      if (roll < 0.33) {
        send(addDays(receivedDay, between(1, 6)), (at) => ({
          type: 'APPLICATION.WITHDRAWN',
          by: applicant,
          at,
        }));
        return actor;
      }
      let cured = workingDayFrom(addDays(receivedDay, 1), between(0, 4));
      if (cured > cureLastDay) cured = cureLastDay;
      send(later(cured), (at) => ({ type: 'DEFECTS.CURED', by: receiver, at }));
    } else {
      send(receivedDay, (at) => ({
        type: 'PACKAGE.CHECKED',
        by: receiver,
        at,
        complete: true,
        missing: [],
        caseNumber: `${office.id.replace(/^cnap-/, '').toUpperCase()}-${index + 1}`,
      }));
    }

    // Transfer to the provider.
    const transfer = context().terms.transfer as { start: string; lastDay: string };
    const startDay = later(transfer.start);
    const lateTransfer = chance(
      model === 'III' ? (office.kind === 'starosta' ? 0.25 : 0.15) : model === 'I' ? 0.06 : 0.04,
    );
    const transferDay = lateTransfer
      ? addWorkingDays(transfer.lastDay, between(1, 4))
      : chance(0.6)
        ? startDay
        : later(transfer.lastDay);
    if (model === 'I') {
      send(transferDay, (at) => ({ type: 'TRANSFER.SENT', by: receiver, at, to: provider.id }));
      const roll = random();
      if (roll < 0.95) {
        const originalsDay = workingDayFrom(transferDay, roll < 0.88 ? between(2, 8) : between(12, 25));
        pending.push({
          day: originalsDay,
          event: (at) => ({ type: 'ORIGINALS.RECEIVED', by: specialist, at }),
        });
      }
    } else if (model === 'II') {
      send(transferDay, (at) => ({ type: 'TRANSFER.HANDED_OVER', by: specialist, at }));
    } else {
      const registerId = `R-${office.id.replace(/^cnap-/, '')}-${startDay}`;
      const by = chance(0.5) ? system : receiver;
      send(startDay, (at) => ({ type: 'TRANSFER.ADDED', by, at, registerId }));
      send(transferDay, (at) => ({ type: 'TRANSFER.DISPATCHED', by, at, registerId }));
      // A register signed for on the day it arrives, or never confirmed.
      if (chance(0.03)) return actor;
      const receivedOn = chance(0.7) ? transferDay : workingDayFrom(transferDay, 1);
      send(receivedOn, (at) => ({ type: 'TRANSFER.RECEIVED', by: specialist, at, registerId }));
    }

    // Consideration: documents requested, a term extended, a hearing before an adverse decision.
    if (chance(0.02)) {
      send(workingDayFrom(clockDay, between(1, 5)), (at) => ({
        type: 'APPLICATION.WITHDRAWN',
        by: applicant,
        at,
      }));
      return actor;
    }
    if (chance(0.12)) {
      send(workingDayFrom(clockDay, between(1, 4)), (at) => ({
        type: 'DOCUMENTS.REQUESTED',
        by: decider,
        at,
        documents: [pick(MISSING_DOCUMENTS)],
      }));
      if (chance(0.08)) return actor;
      send(workingDayFrom(clockDay, between(2, 12)), (at) => ({
        type: 'DOCUMENTS.RECEIVED',
        by: receiver,
        at,
      }));
    }
    const decisionTerm = () => context().terms.decision as { lastDay: string };
    if (chance(0.05)) {
      const noticeBy = extensionNoticeDay(decisionTerm().lastDay);
      if (noticeBy >= clockDay) {
        const maximum = ADMINISTRATIVE_PROCEDURE.extension.value.maximum;
        send(noticeBy, (at) => ({
          type: 'TERM.EXTENDED',
          by: decider,
          at,
          extension: { amount: between(5, maximum.amount), unit: 'calendarDays' },
          reasons: ['expert-opinion'],
        }));
      }
    }
    const roll = random();
    const outcome = roll < 0.88 ? 'granted' : roll < 0.97 ? 'refused' : 'partiallyGranted';
    const grounds = outcome === 'granted' ? [] : [pick(REFUSAL_GROUNDS)];
    if (outcome !== 'granted') {
      send(workingDayFrom(clockDay, between(0, 3)), (at) => ({
        type: 'HEARING.NOTIFIED',
        by: decider,
        at,
        outcome,
        grounds,
      }));
      const hearingLastDay = (context().terms.hearing as { lastDay: string }).lastDay;
      if (chance(0.5)) {
        send(addDays(clockDay, between(1, 5)), (at) => ({ type: 'POSITION.PRESENTED', by: applicant, at }));
      } else {
        clockDay = later(nextDayAfter(hearingLastDay));
        clockMinute = 8 * 60;
      }
    }
    const lastDay = decisionTerm().lastDay;
    const decidedOn = chance(slow)
      ? addWorkingDays(later(lastDay), between(1, 8))
      : clockDay >= lastDay
        ? clockDay
        : workingDayFrom(clockDay, Math.floor(random() ** 1.5 * workingDaysBetween(clockDay, lastDay)));
    send(decidedOn, (at) => ({ type: 'DECISION.MADE', by: decider, at, outcome, grounds }));

    // Informing the CNAP, notifying the applicant, the result collected (or not).
    const informRoll = random();
    send(workingDayFrom(clockDay, informRoll < 0.7 ? 0 : informRoll < 0.9 ? 1 : between(3, 6)), (at) => ({
      type: 'CNAP.INFORMED',
      by: chance(0.5) ? decider : { ...system, office: provider.id },
      at,
    }));
    const notifyRoll = random();
    const channel = weighted(random, CHANNELS);
    send(workingDayFrom(clockDay, notifyRoll < 0.92 ? between(0, 2) : between(4, 8)), (at) => ({
      type: 'APPLICANT.NOTIFIED',
      by: chance(0.7) ? system : receiver,
      at,
      channel,
    }));
    const collection = context().terms.collection as { lastDay: string };
    const collectRoll = random();
    if (collectRoll < 0.08) {
      send(workingDayFrom(clockDay, between(0, 2)), (at) => ({
        type: 'DECISION.DELIVERED',
        by: receiver,
        at,
        channel: chance(0.5) ? 'post' : 'electronic',
      }));
    } else if (collectRoll < 0.9) {
      let day = workingDayFrom(addDays(clockDay, collectRoll < 0.8 ? between(1, 14) : between(15, 29)), 0);
      if (day > collection.lastDay) day = collection.lastDay;
      send(day, (at) => ({ type: 'RESULT.ISSUED', by: model === 'II' ? specialist : receiver, at }));
    } else {
      // Never collected: the host's daily tick archives it the day after the collection term ends.
      flush(collection.lastDay);
      const day = nextDayAfter(collection.lastDay);
      clockDay = day;
      clockMinute = 0;
      send(day, (at) => ({ type: 'TICK', by: { ...system, office: 'host' }, at }));
    }
    flush(nowDay);
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
  }
  // Today's tick, as the host's daily tick would have run it: the warnings of terms at risk or overdue raised.
  const tickAt = kyivInstant(nowDay, '00:05');
  const lastEvent = context().audit.at(-1);
  if (
    actor.getSnapshot().status === 'active' &&
    Date.parse(tickAt) <= nowMs &&
    (lastEvent === undefined || Date.parse(lastEvent.at) < Date.parse(tickAt)) &&
    Object.values(context().terms).some((term) => term?.state === 'running')
  ) {
    deliver({ type: 'TICK', by: { ...system, office: 'host' }, at: tickAt });
  }
  return actor;
}

function nextDayAfter(day: string): string {
  return addDays(day, 1);
}

/** The working days after `from` up to `to`. */
function workingDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let day = from; day < to && count < 400; ) {
    day = nextWorkingDay(day);
    if (day <= to) count += 1;
  }
  return count;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** One of `items`, each as likely as its weight. */
function weighted<T>(random: () => number, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let left = random() * total;
  for (const [item, weight] of items) {
    left -= weight;
    if (left < 0) return item;
  }
  return (items.at(-1) as readonly [T, number])[0];
}

/** A 32-bit seed for case `index` of run `seed` (a murmur3-style finaliser over both). */
function mix(seed: number, index: number): number {
  let h = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mulberry32: a small, well-known 32-bit PRNG; numbers in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
