// Cases that go through the administrative procedure of Law 2073-IX: left without movement and cured or returned,
// the applicant heard before a refusal, the decision term extended, the decision delivered by post, and a
// complaint that reopens the case. Shared by the procedure, persistence and forgery tests.
import { type CaseActor, type CaseEvent, createCase, sendCaseEvent } from '../src/index.js';
import { ACTORS, sample } from './events.js';

const at = (date: string, time = '10:00') => `${date}T${time}:00+02:00`;
const GROUND = 'income-above-threshold';

/** The events of each procedure path, in order, each accepted by a model III case of `idp-living-allowance`. */
export const PROCEDURE_PATHS = {
  /** Left without movement, the cure term lapsed, returned with reasons. */
  returned: [
    { ...sample('PACKAGE.CHECKED', at('2026-03-02')), complete: false, missing: ['rnokpp'] } as CaseEvent,
    sample('APPLICATION.RETURNED', at('2026-04-06')),
  ],
  /** Left without movement, cured in time, transferred. */
  cured: [
    { ...sample('PACKAGE.CHECKED', at('2026-03-02')), complete: false, missing: ['rnokpp'] } as CaseEvent,
    sample('DEFECTS.CURED', at('2026-03-04')),
    sample('TRANSFER.ADDED', at('2026-03-04', '11:00')),
    sample('TRANSFER.DISPATCHED', at('2026-03-04', '12:00')),
    sample('TRANSFER.RECEIVED', at('2026-03-05')),
  ],
  /** …heard before a refusal, the term extended, refused, delivered by post, the result issued. */
  refused: [] as CaseEvent[],
  /** …the refusal reopened on a complaint and granted on reconsideration. */
  reopened: [] as CaseEvent[],
  /** …the refusal replaced by a grant the complaint body took. */
  replaced: [] as CaseEvent[],
} satisfies Record<string, CaseEvent[]>;

PROCEDURE_PATHS.refused = [
  ...PROCEDURE_PATHS.cured,
  { ...sample('HEARING.NOTIFIED', at('2026-03-06')), grounds: [GROUND] },
  sample('FILE.ACCESS_REQUESTED', at('2026-03-06', '12:00')),
  sample('FILE.ACCESS_GIVEN', at('2026-03-09', '09:00')),
  sample('POSITION.PRESENTED', at('2026-03-09')),
  sample('TERM.EXTENDED', at('2026-03-10')),
  { ...sample('DECISION.MADE', at('2026-03-11')), outcome: 'refused', grounds: [GROUND] },
  sample('CNAP.INFORMED', at('2026-03-11', '13:00')),
  sample('DECISION.DELIVERED', at('2026-03-12')),
  sample('APPLICANT.NOTIFIED', at('2026-03-12', '11:00')),
  sample('RESULT.ISSUED', at('2026-03-16')),
] as CaseEvent[];
PROCEDURE_PATHS.reopened = [
  ...PROCEDURE_PATHS.refused,
  sample('CASE.REOPENED', at('2026-04-10')),
  { ...sample('DECISION.MADE', at('2026-04-14')), outcome: 'granted', grounds: [] },
] as CaseEvent[];
PROCEDURE_PATHS.replaced = [
  ...PROCEDURE_PATHS.refused,
  { ...sample('DECISION.REPLACED', at('2026-04-10')), outcome: 'granted', grounds: [] },
] as CaseEvent[];

/** A model III case of `idp-living-allowance` after `events`, each of which must be accepted. */
export function caseThrough(events: readonly CaseEvent[], model: 'I' | 'II' | 'III' = 'III'): CaseActor {
  const actor = createCase({ caseId: 'C-1', serviceId: 'idp-living-allowance', model, asOf: '2026-03-02' });
  events.forEach((event, index) => {
    const result = sendCaseEvent(actor, event);
    if (!result.accepted) throw new Error(`event ${index} (${event.type}) refused: ${result.reason}`);
  });
  return actor;
}

export { ACTORS, at };
