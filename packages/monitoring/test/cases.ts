// Real cases for the tests of @vikno/monitoring: built by createCase and sendCaseEvent of @vikno/workflows through
// each delivery model and the paths of the administrative procedure, then persisted.
import {
  type CaseActor,
  type CaseEvent,
  caseKeys,
  createCase,
  type PersistedCase,
  persistCase,
  sendCaseEvent,
} from '@vikno/workflows';
import { ACTORS, sample } from '../../workflows/test/events.js';

export { ACTORS, sample };

/** The keys the tests persist with. */
export const KEYS = caseKeys({
  current: 'test',
  secrets: { test: 'the monitoring tests secret, 32 bytes+' },
});

/** `date` at `time` in Kyiv winter time (March before the 29th). */
export const at = (date: string, time = '10:00') => `${date}T${time}:00+02:00`;

/** A case of `idp-living-allowance` (decision in 10 working days) after `events`, each of which must be accepted. */
export function through(
  events: readonly CaseEvent[],
  model: 'I' | 'II' | 'III' = 'III',
  caseId = 'C-1',
  serviceId = 'idp-living-allowance',
): CaseActor {
  const actor = createCase({ caseId, serviceId, model, asOf: '2026-03-02' });
  events.forEach((event, index) => {
    const result = sendCaseEvent(actor, event);
    if (!result.accepted) throw new Error(`event ${index} (${event.type}) refused: ${result.reason}`);
  });
  return actor;
}

/** The case persisted and read back from JSON, as a host stores it. */
export function persisted(actor: CaseActor): PersistedCase {
  return JSON.parse(JSON.stringify(persistCase(actor, { keys: KEYS })));
}

/** The transfer of each model, from a package checked on `date`. */
export function transferOf(model: 'I' | 'II' | 'III', date: string): CaseEvent[] {
  if (model === 'I') return [sample('TRANSFER.SENT', at(date, '11:00'))];
  if (model === 'II') return [sample('TRANSFER.HANDED_OVER', at(date, '11:00'))];
  return [
    sample('TRANSFER.ADDED', at(date, '11:00')),
    sample('TRANSFER.DISPATCHED', at(date, '16:00')),
    sample('TRANSFER.RECEIVED', at(date, '17:00')),
  ];
}

/** A whole case: checked on 2 March, transferred, decided on `decidedOn`, informed, notified and issued. */
export function wholeCase(model: 'I' | 'II' | 'III', decidedOn = '2026-03-10'): CaseEvent[] {
  return [
    sample('PACKAGE.CHECKED', at('2026-03-02')),
    ...transferOf(model, '2026-03-02'),
    sample('DECISION.MADE', at(decidedOn)),
    sample('CNAP.INFORMED', at(decidedOn, '15:00')),
    sample('APPLICANT.NOTIFIED', at(decidedOn, '16:00')),
    sample('RESULT.ISSUED', at('2026-03-20')),
  ];
}
