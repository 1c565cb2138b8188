import { fc } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  type Complaint,
  type ComplaintEvent,
  ComplaintState,
  fileComplaint,
  reopeningEvent,
  sendComplaintEvent,
  signComplaint,
  verifyComplaint,
} from '../packages/workflows/src/complaint.js';
import { CaseEvent } from '../packages/workflows/src/events.js';
import { caseKeys } from '../packages/workflows/src/persistence.js';
import {
  anyOf,
  type FuzzCase,
  fuzzTable,
  hostile,
  hostileDates,
  mutated,
  PLANTED_NAME,
  RUNS,
} from './harness.js';

// The administrative complaint of @vikno/workflows with hostile arguments: real complaints in every state, and
// events of every type, each with one field made hostile (a planted name among them); the calls return a complaint
// that parses and that the module takes back as it is, a case event that parses, or a WorkflowError.

const TIMEOUT = Math.max(5_000, RUNS * 40);

const applicant = { role: 'applicant', id: 'applicant-1', office: 'cnap-central' } as const;
const reviewer = { role: 'decisionMaker', id: 'oda-7', office: 'oda-social-policy' } as const;
const system = { role: 'system', id: 'host', office: 'cnap-central' } as const;

const INPUT = {
  complaintId: 'S-1',
  caseId: 'C-1',
  serviceId: 'idp-living-allowance',
  reviewerOffice: 'oda-social-policy',
  decision: {
    outcome: 'refused',
    deliveredOn: '2026-03-02',
    decidedOn: '2026-02-27',
    appealInstructions: true,
  },
  by: applicant,
  at: '2026-03-20T10:00:00+02:00',
  settings: {
    filing: { amount: 30, unit: 'calendarDays' },
    consideration: { amount: 30, unit: 'calendarDays' },
  },
} as const;

const AT = '2026-04-10T12:00:00+03:00';
const EVENTS: ComplaintEvent[] = [
  { type: 'TICK', by: system, at: AT },
  {
    type: 'COMPLAINT.TERM_RESTORED',
    by: reviewer,
    at: AT,
    reasons: ['illness'],
    requestedOn: '2026-04-03',
    reasonEndedOn: '2026-03-30',
  },
  { type: 'COMPLAINT.LEFT_WITHOUT_CONSIDERATION', by: reviewer, at: AT, reasons: ['filed-late'] },
  { type: 'COMPLAINT.DECIDED', by: reviewer, at: AT, outcome: 'leftUnchanged', reasons: ['r'] },
  { type: 'COMPLAINT.DECIDED', by: reviewer, at: AT, outcome: 'cancelledReopened', reasons: ['r'] },
  {
    type: 'COMPLAINT.DECIDED',
    by: reviewer,
    at: AT,
    outcome: 'newDecision',
    newDecision: { outcome: 'refused', grounds: ['income-over-limit'] },
    reasons: ['r'],
  },
  {
    type: 'COMPLAINT.TERM_EXTENDED',
    by: reviewer,
    at: AT,
    extension: { amount: 5, unit: 'workingDays' },
    reasons: ['expert-opinion-awaited'],
  },
];

const timely = fileComplaint(INPUT);
const late = fileComplaint({ ...INPUT, at: '2026-04-03T10:00:00+03:00' });
const restored = sendComplaintEvent(late, EVENTS[1]).complaint;
const extended = sendComplaintEvent(timely, EVENTS[6]).complaint;
const noInstructions = fileComplaint({
  ...INPUT,
  decision: { ...INPUT.decision, appealInstructions: false },
  at: '2026-04-03T10:00:00+03:00',
});
/**
 * Real complaints: filed in time and late, restored, extended, against a decision without appeal instructions,
 * left without consideration, and decided each way.
 */
const COMPLAINTS: Complaint[] = [
  timely,
  late,
  restored,
  extended,
  noInstructions,
  sendComplaintEvent(extended, EVENTS[3]).complaint,
  sendComplaintEvent(late, EVENTS[2]).complaint,
  ...EVENTS.slice(3, 6).map((event) => sendComplaintEvent(timely, event).complaint),
  sendComplaintEvent(restored, EVENTS[4]).complaint,
  sendComplaintEvent(timely, { type: 'TICK', by: system, at: '2026-04-21T10:00:00+03:00' }).complaint,
];

const keys = caseKeys({ current: 'fuzz', secrets: { fuzz: 'the fuzz suite secret, 32 bytes or more' } });
const SIGNED = COMPLAINTS.map((complaint) => JSON.parse(JSON.stringify(signComplaint(complaint, keys))));

const complaints = fc.oneof(
  { arbitrary: fc.constantFrom(...COMPLAINTS), weight: 2 },
  { arbitrary: fc.constantFrom(...COMPLAINTS).chain((complaint) => mutated(complaint)), weight: 4 },
  { arbitrary: hostile, weight: 1 },
);
const events = fc.oneof(
  { arbitrary: fc.constantFrom(...EVENTS), weight: 2 },
  { arbitrary: fc.constantFrom(...EVENTS).chain((event) => mutated(event)), weight: 4 },
  { arbitrary: hostile, weight: 1 },
);

/** A complaint the module made: it parses, and the module takes it back, after a JSON round trip, as it is. */
function validComplaint(result: unknown): boolean {
  expect(ComplaintState.safeParse(result).success, 'the complaint parses').toBe(true);
  const stored = JSON.parse(JSON.stringify(result));
  const back = sendComplaintEvent(stored, { type: 'TICK', by: applicant, at: '2035-12-01T10:00:00+02:00' });
  expect(back.reason).toBe('roleNotPermitted');
  expect(JSON.stringify(back.complaint)).toBe(JSON.stringify(result));
  return true;
}

const cases: Record<string, FuzzCase> = {
  'fileComplaint(hostile input)': {
    args: anyOf(fc.constant(INPUT), INPUT, 6).map((input) => [input]),
    call: fileComplaint,
    valid: validComplaint,
  },
  'sendComplaintEvent(a complaint, an event)': {
    args: fc.tuple(complaints, events),
    call: sendComplaintEvent,
    valid: (result: { accepted: boolean; complaint: unknown; emitted: unknown[] }) => {
      expect(typeof result.accepted).toBe('boolean');
      expect(Array.isArray(result.emitted)).toBe(true);
      return validComplaint(result.complaint);
    },
  },
  'reopeningEvent(a complaint, a moment)': {
    args: fc.tuple(complaints, fc.oneof(fc.constant('2026-04-11T10:00:00+03:00'), hostileDates, hostile)),
    call: reopeningEvent,
    valid: (result: unknown) => result === undefined || CaseEvent.safeParse(result).success,
  },
  'signComplaint(a complaint, keys)': {
    args: fc.tuple(complaints, fc.oneof({ arbitrary: fc.constant(keys), weight: 4 }, hostile)),
    call: signComplaint,
    valid: (result: { complaint: unknown }) => validComplaint(result.complaint),
  },
  'verifyComplaint(a signed complaint, keys)': {
    args: fc.tuple(
      fc.oneof(
        { arbitrary: fc.constantFrom(...SIGNED), weight: 1 },
        { arbitrary: fc.constantFrom(...SIGNED).chain((signed) => mutated(signed)), weight: 4 },
        { arbitrary: hostile, weight: 1 },
      ),
      fc.oneof({ arbitrary: fc.constant(keys), weight: 4 }, hostile),
    ),
    call: verifyComplaint,
    valid: validComplaint,
  },
};

describe('@vikno/workflows administrative complaint, hostile input', () => {
  expect(COMPLAINTS.map((complaint) => complaint.state)).toContain('decided');
  expect(JSON.stringify(COMPLAINTS)).not.toContain(PLANTED_NAME);
  fuzzTable(cases, TIMEOUT);
});
