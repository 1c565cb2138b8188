// The scripted life of the demo cases, dated on the legal calendar from the day the case was started: two cases
// through the three delivery models, and two through the administrative procedure of Law 2073-IX (an application
// left without movement and cured; a refusal after a hearing, complained of and reopened).

import { buildChecklist, type Checklist, checkPackage, type SubmittedDocument } from '@vikno/checklists';
import { addWorkingDays, kyivInstant } from '@vikno/deadlines';
import {
  type Actor,
  addCase,
  type CaseEvent,
  type ComplaintEvent,
  closeRegister,
  confirmReceipt,
  dispatchRegister,
  openRegister,
  packageCheckedEvent,
} from '@vikno/workflows';

/** A step of the administrative complaint against a case's decision, taken before the step's case events. */
export type ComplaintStep =
  /** The applicant files a complaint against the decision the case delivered, to the body `reviewerOffice`. */
  | {
      readonly type: 'file';
      readonly complaintId: string;
      readonly reviewerOffice: string;
      readonly by: Actor;
      readonly at: string;
    }
  /** The reviewer decides it; a decision that reopens the case or replaces its decision is relayed at `relayAt`. */
  | { readonly type: 'decide'; readonly event: ComplaintEvent; readonly relayAt: string };

/** One step of a case: a complaint step, if any, then the events sent to the case. */
export interface Step {
  readonly complaint?: ComplaintStep;
  readonly events: readonly CaseEvent[];
  /** After the events: the decision delivered is printed as the applicant receives it. */
  readonly printDecision?: true;
}

/** The stories the demo tells: models I and III, a package cured, a refusal heard, complained of and reopened. */
export type Story = 'I' | 'III' | 'cured' | 'heard';

const ADMIN: Actor = { role: 'cnapAdministrator', id: 'admin-3', office: 'cnap-central' };
// Since 01.07.2025 the Pension Fund decides these services: its specialist signs for the register and the originals
// in the office that decides, and a decision from any other office would be refused (`wrongOffice`).
const SPECIALIST: Actor = { role: 'usznSpecialist', id: 'pfu-7', office: 'pension-fund' };
const DECIDER: Actor = { role: 'decisionMaker', id: 'pfu-2', office: 'pension-fund' };
const SYSTEM: Actor = { role: 'system', id: 'demo', office: 'cnap-central' };
const APPLICANT: Actor = { role: 'applicant', id: 'applicant-4', office: 'cnap-central' };
/** The body that considers a complaint against the provider's decision (its higher body), and its official. */
export const REVIEWER: Actor = { role: 'decisionMaker', id: 'pfu-r-1', office: 'pension-fund-higher' };

/**
 * The code the cases record for the refusal ground of the IDP living allowance, which the catalogue gives in words:
 * failed verification against points 13¹–13⁴ of procedure 332.
 */
export const VERIFICATION_FAILED = 'verification-failed';

/** An instant on the `offset`-th working day after `start` (0: `start` itself), at `hhmm` Kyiv time that day. */
function at(start: string, offset: number, hhmm: string): string {
  return kyivInstant(offset === 0 ? start : addWorkingDays(start, offset), hhmm);
}

/** The facts each story's applicant gives, for the checklist of documents. */
export const FACTS = {
  I: { guardian: false, childBornAbroad: false, applicationForm: 'paper', idp: false },
  III: { age: 34, disability: false },
  cured: { guardian: false, childBornAbroad: false, applicationForm: 'paper', idp: false },
  heard: { age: 34, disability: false },
} as const satisfies Record<Story, Record<string, unknown>>;

/** The service and delivery model of each story. */
export const STORIES = {
  I: { serviceId: 'birth-assistance', model: 'I' },
  III: { serviceId: 'idp-living-allowance', model: 'III' },
  cured: { serviceId: 'birth-assistance', model: 'I' },
  heard: { serviceId: 'idp-living-allowance', model: 'III' },
} as const satisfies Record<Story, { serviceId: string; model: 'I' | 'II' | 'III' }>;

/** The checklist of a story's service for its applicant, as of `start`. */
export function checklistOf(story: Story, start: string): Checklist {
  return buildChecklist(STORIES[story].serviceId, FACTS[story], { asOf: start });
}

/** What an applicant hands in: every document the checklist asks for, in the form it asks, but those `left out`. */
function handedIn(checklist: Checklist, leftOut: readonly string[] = []): SubmittedDocument[] {
  return checklist.items
    .filter((item) => !leftOut.includes(item.id))
    .map((item) => ({
      document: item.documents[0]?.id ?? item.id,
      form: item.form === 'copy' ? 'copy' : 'original',
    }));
}

/** The completeness check at intake, by `@vikno/checklists`, as the case event of `@vikno/workflows`. */
function intake(story: Story, start: string, at: string, caseNumber: string, leftOut?: readonly string[]) {
  const checklist = checklistOf(story, start);
  const check = checkPackage(checklist, handedIn(checklist, leftOut), { on: start });
  return packageCheckedEvent(check, ADMIN, at, caseNumber);
}

/** The steps of a story's case started on `start`. */
export function scenario(story: Story, start: string): Step[] {
  if (story === 'cured') return cured(start);
  if (story === 'heard') return heard(start);
  if (story === 'I') {
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

/**
 * Birth assistance under model I, the child's birth certificate left out: left without movement, cured on the
 * third working day (the filing day kept, the terms running from the cure), granted and issued.
 */
function cured(start: string): Step[] {
  return [
    { events: [intake('cured', start, at(start, 0, '11:00'), 'N-0003', ['birth-certificate'])] },
    { events: [{ type: 'DEFECTS.CURED', by: ADMIN, at: at(start, 3, '10:00') }] },
    { events: [{ type: 'TRANSFER.SENT', by: ADMIN, at: at(start, 3, '12:00'), to: DECIDER.office }] },
    { events: [{ type: 'ORIGINALS.RECEIVED', by: SPECIALIST, at: at(start, 5, '10:00') }] },
    {
      events: [
        { type: 'DECISION.MADE', by: DECIDER, at: at(start, 7, '15:00'), outcome: 'granted', grounds: [] },
        { type: 'CNAP.INFORMED', by: DECIDER, at: at(start, 7, '16:00') },
      ],
    },
    { events: [{ type: 'APPLICANT.NOTIFIED', by: SYSTEM, at: at(start, 8, '09:00'), channel: 'sms' }] },
    { events: [{ type: 'RESULT.ISSUED', by: ADMIN, at: at(start, 10, '10:00') }] },
  ];
}

/**
 * The IDP living allowance under model III, refused after a hearing: the applicant told of the intended refusal
 * and its ground, a position presented, the refusal on that ground delivered by post and printed; a complaint filed
 * in time, the refusal cancelled and the case sent back, considered anew and granted.
 */
function heard(start: string): Step[] {
  let register = openRegister({
    id: 'R-4',
    from: 'cnap-central',
    to: SPECIALIST.office,
    at: at(start, 0, '09:00'),
  });
  const added = addCase(register, { caseId: 'C-0004', at: at(start, 0, '10:30') });
  register = closeRegister(added.register, { at: at(start, 0, '16:00'), sequence: 2 });
  const dispatched = dispatchRegister(register, { at: at(start, 0, '16:30'), by: ADMIN.id });
  const received = confirmReceipt(dispatched.register, { at: at(start, 1, '09:30'), by: SPECIALIST.id });
  const registerId = register.number ?? register.id;
  const grounds = [VERIFICATION_FAILED];
  return [
    { events: [intake('heard', start, at(start, 0, '10:00'), 'N-0004')] },
    {
      events: [
        ...added.events.map(
          (event): CaseEvent => ({ type: 'TRANSFER.ADDED', by: SYSTEM, at: event.at, registerId }),
        ),
        ...dispatched.events.map(
          (event): CaseEvent => ({ type: 'TRANSFER.DISPATCHED', by: SYSTEM, at: event.at, registerId }),
        ),
      ],
    },
    {
      events: received.events.map(
        (event): CaseEvent => ({ type: 'TRANSFER.RECEIVED', by: SPECIALIST, at: event.at, registerId }),
      ),
    },
    {
      events: [
        { type: 'HEARING.NOTIFIED', by: DECIDER, at: at(start, 3, '11:00'), outcome: 'refused', grounds },
      ],
    },
    { events: [{ type: 'POSITION.PRESENTED', by: APPLICANT, at: at(start, 5, '10:00') }] },
    {
      events: [
        { type: 'DECISION.MADE', by: DECIDER, at: at(start, 6, '12:00'), outcome: 'refused', grounds },
        { type: 'CNAP.INFORMED', by: DECIDER, at: at(start, 6, '13:00') },
      ],
    },
    {
      events: [
        { type: 'DECISION.DELIVERED', by: ADMIN, at: at(start, 7, '10:00'), channel: 'post' },
        { type: 'APPLICANT.NOTIFIED', by: SYSTEM, at: at(start, 7, '11:00'), channel: 'sms' },
      ],
      printDecision: true,
    },
    {
      complaint: {
        type: 'file',
        complaintId: 'S-0004',
        reviewerOffice: REVIEWER.office,
        by: APPLICANT,
        at: at(start, 17, '10:00'),
      },
      events: [],
    },
    {
      complaint: {
        type: 'decide',
        event: {
          type: 'COMPLAINT.DECIDED',
          by: REVIEWER,
          at: at(start, 30, '12:00'),
          outcome: 'cancelledReopened',
          reasons: ['position-not-assessed'],
        },
        relayAt: at(start, 30, '12:05'),
      },
      events: [],
    },
    {
      events: [
        { type: 'DECISION.MADE', by: DECIDER, at: at(start, 34, '12:00'), outcome: 'granted', grounds: [] },
        { type: 'CNAP.INFORMED', by: DECIDER, at: at(start, 34, '13:00') },
      ],
    },
    { events: [{ type: 'APPLICANT.NOTIFIED', by: SYSTEM, at: at(start, 34, '14:00'), channel: 'sms' }] },
    { events: [{ type: 'RESULT.ISSUED', by: ADMIN, at: at(start, 36, '10:00') }] },
  ];
}
