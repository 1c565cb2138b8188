// The applicant's notices of accepted events. The machine emits only what the host must act on by itself
// (`deadline.*`, `applicant.notify`); the events that tell the applicant the most — registered with its number and
// due day, left without movement, documents requested, the term extended, returned, withdrawn, reopened, the
// decision sent by post — are events the case accepted. The store writes an `applicant.notice` outbox entry for
// each of them (cases.ts), in the transaction that saves the case, with the notice's parameters read from the case's
// record as the event left it: a notice says the due day of the moment it was written, whatever happens before the
// worker sends it.
import { type CaseRecord, type NoticeKind, type NoticeParams, notice, noticeKindOf } from '@vikno/monitoring';
import type { CaseEmitted, CaseEvent } from '@vikno/workflows';

/**
 * An outbox entry of a notice to the applicant: what kind, for which case, the type of the accepted event that
 * called for it (`cause`), and the parameters of its texts (`notice` of @vikno/monitoring). The parameters are the
 * case number, the days the notice names (`dueOn`, `cureBy`, `positionBy`…), how a decision is delivered and the
 * adverse outcome a hearing is about: never who acted, from which office, nor the codes of documents, defects,
 * grounds or reasons (a host that wants them in an e-mail writes them in its own words).
 */
export interface ApplicantNoticeEvent {
  readonly type: 'applicant.notice';
  readonly caseId: string;
  readonly kind: NoticeKind;
  readonly cause: CaseEvent['type'];
  readonly params: NoticeParams[NoticeKind];
}

/** What an outbox entry holds: an event the case emitted, or a notice to the applicant of one it accepted. */
export type OutboxEvent = CaseEmitted | ApplicantNoticeEvent;

/** The notice's parameters from the record the accepted event left, or `undefined` when a day it needs is missing. */
function paramsOf(kind: NoticeKind, event: CaseEvent, record: CaseRecord, caseNumber: string) {
  const lastDay = (term: 'cure' | 'hearing' | 'decision') => record.terms[term]?.lastDay;
  const withDay = <Key extends string>(key: Key, day: string | undefined) =>
    day === undefined
      ? undefined
      : ({ caseNumber, [key]: day } as { caseNumber: string } & Record<Key, string>);
  switch (kind) {
    case 'registered':
    case 'defectsCured':
    case 'documentsReceived':
    case 'termExtended':
    case 'reopened':
      return withDay('dueOn', lastDay('decision'));
    case 'leftWithoutMovement':
      return withDay('cureBy', lastDay('cure'));
    case 'hearingNotified': {
      const params = withDay('positionBy', lastDay('hearing'));
      return params && event.type === 'HEARING.NOTIFIED' ? { ...params, outcome: event.outcome } : params;
    }
    case 'decisionReady':
      return event.type === 'DECISION.DELIVERED' && event.channel !== 'inPerson'
        ? { caseNumber, delivery: event.channel }
        : undefined;
    case 'resultNotCollected':
      return withDay('keptUntil', record.terms.collection?.lastDay);
    case 'returned':
    case 'withdrawn':
    case 'documentsRequested':
      return { caseNumber };
  }
}

/**
 * The notice to the applicant an event the case accepted calls for (`noticeKindOf` of @vikno/monitoring), with
 * its parameters read from `record`, the case's record as the event left it; `undefined` when the event tells the
 * applicant nothing, the case has no number yet, or the notice could not be written from what the record holds (a
 * day outside the SDK's calendar). Its texts are checked to be writable here, so the worker never holds an entry
 * it cannot send.
 *
 * @example
 * applicantNotice({ type: 'PACKAGE.CHECKED', complete: true, missing: [], caseNumber: 'В-2026-17', by, at }, record)
 * //=> { type: 'applicant.notice', caseId: 'C-1', kind: 'registered', cause: 'PACKAGE.CHECKED',
 * //     params: { caseNumber: 'В-2026-17', dueOn: '2026-03-16' } }
 */
export function applicantNotice(event: CaseEvent, record: CaseRecord): ApplicantNoticeEvent | undefined {
  if (record.caseNumber === null) return undefined;
  try {
    const kind = noticeKindOf(event);
    if (kind === undefined) return undefined;
    const params = paramsOf(kind, event, record, record.caseNumber);
    if (params === undefined) return undefined;
    notice(kind, params as NoticeParams[typeof kind], { form: 'sms', language: 'uk' });
    return { type: 'applicant.notice', caseId: record.caseId, kind, cause: event.type, params };
  } catch {
    // A notice the SDK will not write must not hold back the event the case accepted.
    return undefined;
  }
}
