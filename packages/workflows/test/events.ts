import type { Actor, CaseEvent } from '../src/index.js';

/** Who acts in the tests: ids only, as in production. */
export const ACTORS = {
  admin: { role: 'cnapAdministrator', id: 'admin-3', office: 'cnap-central' },
  specialist: { role: 'usznSpecialist', id: 'uszn-7', office: 'uszn-district' },
  decider: { role: 'decisionMaker', id: 'uszn-2', office: 'uszn-district' },
  /** A decision-maker of another provider office: never the one that decides these cases. */
  otherDecider: { role: 'decisionMaker', id: 'uszn-9', office: 'uszn-elsewhere' },
  applicant: { role: 'applicant', id: 'applicant-1', office: 'cnap-central' },
  system: { role: 'system', id: 'host', office: 'cnap-central' },
} as const satisfies Record<string, Actor>;

/** One sample event of each type, sent by a role allowed to send it, at a fixed moment. */
export function sample(type: CaseEvent['type'], at = '2026-03-02T10:00:00+02:00'): CaseEvent {
  switch (type) {
    case 'PACKAGE.CHECKED':
      return { type, by: ACTORS.admin, at, complete: true, missing: [], caseNumber: 'N-1' };
    case 'TRANSFER.SENT':
      return { type, by: ACTORS.admin, at, to: 'uszn-district' };
    case 'TRANSFER.HANDED_OVER':
      return { type, by: ACTORS.specialist, at };
    case 'TRANSFER.ADDED':
    case 'TRANSFER.DISPATCHED':
      return { type, by: ACTORS.system, at, registerId: 'R-1' };
    case 'TRANSFER.RECEIVED':
      return { type, by: ACTORS.specialist, at, registerId: 'R-1' };
    case 'ORIGINALS.RECEIVED':
      return { type, by: ACTORS.specialist, at };
    case 'DOCUMENTS.REQUESTED':
      return { type, by: ACTORS.decider, at, documents: ['income-certificate'] };
    case 'DOCUMENTS.RECEIVED':
      return { type, by: ACTORS.admin, at };
    case 'DECISION.MADE':
      return { type, by: ACTORS.decider, at, outcome: 'granted', grounds: [] };
    case 'CNAP.INFORMED':
      return { type, by: ACTORS.decider, at };
    case 'APPLICANT.NOTIFIED':
      return { type, by: ACTORS.system, at, channel: 'sms' };
    case 'RESULT.ISSUED':
      return { type, by: ACTORS.admin, at };
    case 'APPLICATION.WITHDRAWN':
      return { type, by: ACTORS.applicant, at };
    case 'TICK':
      return { type, by: ACTORS.system, at };
    case 'DEFECTS.CURED':
      return { type, by: ACTORS.admin, at };
    case 'APPLICATION.RETURNED':
      return { type, by: ACTORS.admin, at, reasons: ['defects-not-cured'] };
    case 'HEARING.NOTIFIED':
      return { type, by: ACTORS.decider, at, outcome: 'refused', grounds: ['income-above-threshold'] };
    case 'POSITION.PRESENTED':
      return { type, by: ACTORS.applicant, at };
    case 'TERM.EXTENDED':
      return {
        type,
        by: ACTORS.decider,
        at,
        extension: { amount: 5, unit: 'calendarDays' },
        reasons: ['expert-opinion'],
      };
    case 'DECISION.DELIVERED':
      return { type, by: ACTORS.admin, at, channel: 'post' };
    case 'FILE.ACCESS_REQUESTED':
      return { type, by: ACTORS.applicant, at };
    case 'FILE.ACCESS_GIVEN':
      return { type, by: ACTORS.specialist, at };
    case 'CASE.REOPENED':
      return { type, by: ACTORS.system, at, complaintId: 'S-1' };
    case 'DECISION.REPLACED':
      return { type, by: ACTORS.system, at, complaintId: 'S-1', outcome: 'granted', grounds: [] };
  }
}

/** Every event type. */
export const EVENT_TYPES: readonly CaseEvent['type'][] = [
  'PACKAGE.CHECKED',
  'TRANSFER.SENT',
  'TRANSFER.HANDED_OVER',
  'TRANSFER.ADDED',
  'TRANSFER.DISPATCHED',
  'TRANSFER.RECEIVED',
  'ORIGINALS.RECEIVED',
  'DOCUMENTS.REQUESTED',
  'DOCUMENTS.RECEIVED',
  'DECISION.MADE',
  'DEFECTS.CURED',
  'APPLICATION.RETURNED',
  'HEARING.NOTIFIED',
  'POSITION.PRESENTED',
  'TERM.EXTENDED',
  'DECISION.DELIVERED',
  'FILE.ACCESS_REQUESTED',
  'FILE.ACCESS_GIVEN',
  'CASE.REOPENED',
  'DECISION.REPLACED',
  'CNAP.INFORMED',
  'APPLICANT.NOTIFIED',
  'RESULT.ISSUED',
  'APPLICATION.WITHDRAWN',
  'TICK',
];
