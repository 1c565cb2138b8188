import type { CalendarOptions } from './calendar-options.js';
import { assertInteger, calendarFor, offsetOf } from './calendar-options.js';
import type { CivilDate } from './civil-date.js';
import { formatEpochDay } from './civil-date.js';
import type { Deadline } from './deadline.js';
import { DeadlinesError, valueKind } from './errors.js';
import type { Instant } from './kyiv.js';
import { instantToEpochMs, kyivDayOf } from './kyiv.js';
import { deadlinesSays } from './messages/index.js';

/** Options of {@link deadlineStatus}. */
export interface DeadlineStatusOptions extends CalendarOptions {
  /** A deadline this many working days away or closer is `dueSoon`; 2 when left out. */
  readonly dueSoonWithinWorkingDays?: number | undefined;
}

/** Days between today and a deadline, in working and calendar days. */
export interface DayDistance {
  /** Working days. */
  readonly workingDays: number;
  /** Calendar days. */
  readonly calendarDays: number;
}

/**
 * Where a deadline stands at a moment:
 * - `onTrack`: more than the threshold of working days left;
 * - `dueSoon`: the threshold or fewer working days left, not today;
 * - `dueToday`: the last day is today and the institution has not closed;
 * - `overdue`: the closing time of the last day has passed.
 */
export type DeadlineStatus =
  | { readonly status: 'onTrack' | 'dueSoon'; readonly today: CivilDate; readonly remaining: DayDistance }
  | { readonly status: 'dueToday'; readonly today: CivilDate; readonly remaining: DayDistance }
  | { readonly status: 'overdue'; readonly today: CivilDate; readonly overdue: DayDistance };

/**
 * Where a deadline stands at a moment: on track, due soon, due today, or overdue, with the days remaining or
 * overdue in working and calendar days. `now` is an instant; it is read in Kyiv time.
 *
 * Days remaining count after today up to the last day (`countWorkingDays(today, lastDay)`); days overdue count
 * after the last day up to today, so a deadline missed at closing time is overdue by 0 days until midnight.
 *
 * @param deadline - the `lastDay` and `dueAt` of a {@link computeDeadline} result
 * @param now - the moment to judge at
 * @param options - the due-soon threshold and calendar options
 * @returns the status
 * @throws {@link DeadlinesError} `INVALID_DATE`, `INVALID_INSTANT`, `INVALID_AMOUNT` or `DATE_OUT_OF_RANGE`
 *
 * @example
 * ```ts
 * import { computeDeadline, deadlineStatus } from '@vikno/deadlines';
 *
 * const deadline = computeDeadline({ start: '2026-03-02', term: { amount: 10, unit: 'workingDays' } });
 * deadlineStatus(deadline, '2026-03-12T10:00:00+02:00');
 * //=> { status: 'dueSoon', today: '2026-03-12', remaining: { workingDays: 2, calendarDays: 4 } }
 * deadlineStatus(deadline, '2026-03-16T18:30:00+02:00').status;
 * //=> 'overdue'
 * ```
 */
export function deadlineStatus(
  deadline: Pick<Deadline, 'lastDay' | 'dueAt'>,
  now: Instant,
  options?: DeadlineStatusOptions,
): DeadlineStatus {
  const calendar = calendarFor(options);
  if (typeof deadline !== 'object' || deadline === null) {
    throw new DeadlinesError({
      code: 'INVALID_OPTION',
      path: 'deadline',
      ...deadlinesSays('EXPECTED', { shape: 'deadlineDates', value: valueKind(deadline) }),
    });
  }
  const last = offsetOf(calendar, deadline.lastDay, 'deadline.lastDay');
  const dueMs = instantToEpochMs(deadline.dueAt, 'deadline.dueAt');
  const { ms: nowMs, epochDay: todayDay } = kyivDayOf(now, 'now');
  const threshold = options?.dueSoonWithinWorkingDays ?? 2;
  assertInteger(threshold, 'options.dueSoonWithinWorkingDays');
  const today = formatEpochDay(todayDay);
  const todayOffset = todayDay - calendar.firstDay;

  if (nowMs > dueMs) {
    return {
      status: 'overdue',
      today,
      overdue: {
        workingDays: Math.max(0, calendar.workingDaysBetween(last, todayOffset)),
        calendarDays: Math.max(0, todayOffset - last),
      },
    };
  }
  const remaining = {
    workingDays: Math.max(0, calendar.workingDaysBetween(todayOffset, last)),
    calendarDays: Math.max(0, last - todayOffset),
  };
  if (todayOffset >= last) return { status: 'dueToday', today, remaining };
  return { status: remaining.workingDays <= threshold ? 'dueSoon' : 'onTrack', today, remaining };
}
