// The scripted life of the two demo cases, dated on the legal calendar from the day the case was started.

import { addWorkingDays, kyivInstant } from '@vikno/deadlines';
import {
  type Actor,
  addCase,
  type CaseEvent,
  closeRegister,
  confirmReceipt,
  dispatchRegister,
  openRegister,
} from '@vikno/workflows';

/** One step of a case: the events sent at it. */
export interface Step {
  readonly events: readonly CaseEvent[];
}

const ADMIN: Actor = { role: 'cnapAdministrator', id: 'admin-3', office: 'cnap-central' };
// Since 01.07.2025 the Pension Fund decides these services: its specialist signs for the register and the originals
// in the office that decides, and a decision from any other office would be refused (`wrongOffice`).
const SPECIALIST: Actor = { role: 'usznSpecialist', id: 'pfu-7', office: 'pension-fund' };
const DECIDER: Actor = { role: 'decisionMaker', id: 'pfu-2', office: 'pension-fund' };
const SYSTEM: Actor = { role: 'system', id: 'demo', office: 'cnap-central' };

/** An instant on the `offset`-th working day after `start` (0: `start` itself), at `hhmm` Kyiv time that day. */
function at(start: string, offset: number, hhmm: string): string {
  return kyivInstant(offset === 0 ? start : addWorkingDays(start, offset), hhmm);
}

/** The steps of a model-III case (the IDP living allowance) or a model-I case (birth assistance). */
export function scenario(model: 'I' | 'III', start: string): Step[] {
  if (model === 'I') {
    return [
      {
        events: [
          { type: 'PACKAGE.CHECKED', by: ADMIN, at: at(start, 0, '11:00'), complete: true, missing: [] },
        ],
      },
      { events: [{ type: 'TRANSFER.SENT', by: ADMIN, at: at(start, 0, '12:00'), to: DECIDER.office }] },
      { events: [{ type: 'ORIGINALS.RECEIVED', by: SPECIALIST, at: at(start, 2, '10:00') }] },
      {
        events: [
          { type: 'DECISION.MADE', by: DECIDER, at: at(start, 5, '15:00'), outcome: 'granted', grounds: [] },
        ],
      },
      { events: [{ type: 'CNAP.INFORMED', by: DECIDER, at: at(start, 5, '16:00') }] },
      { events: [{ type: 'APPLICANT.NOTIFIED', by: SYSTEM, at: at(start, 6, '09:00'), channel: 'sms' }] },
      { events: [{ type: 'RESULT.ISSUED', by: ADMIN, at: at(start, 8, '10:00') }] },
    ];
  }
  let register = openRegister({
    id: 'R-1',
    from: 'cnap-central',
    to: SPECIALIST.office,
    at: at(start, 0, '09:00'),
  });
  const added = addCase(register, { caseId: 'C-0001', at: at(start, 0, '10:30') });
  register = closeRegister(added.register, { at: at(start, 0, '16:00'), sequence: 1 });
  const dispatched = dispatchRegister(register, { at: at(start, 0, '16:30'), by: ADMIN.id });
  const received = confirmReceipt(dispatched.register, { at: at(start, 2, '09:30'), by: SPECIALIST.id });
  const transfer = (
    events: typeof added.events,
    type: 'TRANSFER.ADDED' | 'TRANSFER.DISPATCHED' | 'TRANSFER.RECEIVED',
    by: Actor,
  ) =>
    events.map(
      (event): CaseEvent => ({ type, by, at: event.at, registerId: register.number ?? event.registerId }),
    );
  return [
    {
      events: [
        { type: 'PACKAGE.CHECKED', by: ADMIN, at: at(start, 0, '10:00'), complete: true, missing: [] },
      ],
    },
    {
      events: [
        ...transfer(added.events, 'TRANSFER.ADDED', SYSTEM),
        ...transfer(dispatched.events, 'TRANSFER.DISPATCHED', SYSTEM),
      ],
    },
    { events: transfer(received.events, 'TRANSFER.RECEIVED', SPECIALIST) },
    {
      events: [
        {
          type: 'DOCUMENTS.REQUESTED',
          by: DECIDER,
          at: at(start, 3, '11:00'),
          documents: ['residence-proof'],
        },
      ],
    },
    { events: [{ type: 'DOCUMENTS.RECEIVED', by: ADMIN, at: at(start, 6, '10:00') }] },
    {
      events: [
        { type: 'DECISION.MADE', by: DECIDER, at: at(start, 11, '12:00'), outcome: 'granted', grounds: [] },
      ],
    },
    { events: [{ type: 'CNAP.INFORMED', by: DECIDER, at: at(start, 11, '13:00') }] },
    { events: [{ type: 'APPLICANT.NOTIFIED', by: SYSTEM, at: at(start, 11, '14:00'), channel: 'sms' }] },
    { events: [{ type: 'RESULT.ISSUED', by: ADMIN, at: at(start, 13, '10:00') }] },
  ];
}
