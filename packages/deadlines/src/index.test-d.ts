import { expectTypeOf, test } from 'vitest';
import type { CivilDate, Deadline, DeadlineStatus, TermUnit } from './index.js';
import { computeDeadline, deadlineStatus, Term } from './index.js';

test('public types', () => {
  expectTypeOf<CivilDate>().toEqualTypeOf<string>();
  expectTypeOf<TermUnit>().toEqualTypeOf<'calendarDays' | 'workingDays' | 'weeks' | 'months' | 'years'>();
  expectTypeOf(computeDeadline).returns.toEqualTypeOf<Deadline>();
  expectTypeOf(deadlineStatus).returns.toEqualTypeOf<DeadlineStatus>();
  expectTypeOf(Term.parse({ amount: 1, unit: 'months' }))
    .toHaveProperty('amount')
    .toBeNumber();

  // @ts-expect-error: an unknown unit does not compile
  computeDeadline({ start: '2026-03-02', term: { amount: 10, unit: 'fortnights' } });
  // @ts-expect-error: the term is required
  computeDeadline({ start: '2026-03-02' });

  const status = deadlineStatus({ lastDay: '2026-03-16', dueAt: '2026-03-16T18:00:00+02:00' }, new Date());
  if (status.status === 'overdue') expectTypeOf(status.overdue.workingDays).toBeNumber();
  // @ts-expect-error: only an overdue status has `overdue`
  if (status.status === 'onTrack') status.overdue;
});
