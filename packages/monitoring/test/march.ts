// Real cases for the tests of the exports and the indicators: built through @vikno/workflows, persisted, recorded.
import { caseRecord } from '../src/record.js';
import { at, persisted, sample, through, transferOf, wholeCase } from './cases.js';

/** March 2026, judged on the 25th. */
export const MARCH = { from: '2026-03-01', to: '2026-03-31', now: '2026-03-25T12:00:00+02:00' } as const;

/**
 * Real cases received in March 2026: every model, decided on time and late, withdrawn, suspended, resumed and
 * overdue, in a register.
 */
export function marchRecords() {
  const suspended = [
    sample('PACKAGE.CHECKED', at('2026-03-02')),
    ...transferOf('I', '2026-03-02'),
    sample('DOCUMENTS.REQUESTED', at('2026-03-04')),
  ];
  return [
    through(wholeCase('I'), 'I', 'C-1'),
    through(wholeCase('II'), 'II', 'C-2'),
    through(wholeCase('III', '2026-03-18'), 'III', 'C-3'),
    through(wholeCase('III'), 'III', 'C-4'),
    through(
      [sample('PACKAGE.CHECKED', at('2026-03-02')), sample('APPLICATION.WITHDRAWN', at('2026-03-03'))],
      'II',
      'C-5',
    ),
    through(suspended, 'I', 'C-6'),
    through([...suspended, sample('DOCUMENTS.RECEIVED', at('2026-03-09'))], 'I', 'C-8'),
    through(
      [
        sample('PACKAGE.CHECKED', at('2026-03-02')),
        sample('TRANSFER.ADDED', at('2026-03-02', '11:00')),
        sample('TRANSFER.DISPATCHED', at('2026-03-04', '09:00')),
      ],
      'III',
      'C-7',
    ),
  ].map((actor) => caseRecord(persisted(actor)));
}
