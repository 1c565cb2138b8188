import { tryParseCivilDate } from '@vikno/law';
import type { NoticeBook } from './notice-book.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** A day as `25 Nov 2026`: the month in letters, so no reader takes 05.11 for 11 May. */
function englishDay(day: string): string {
  const [year, month, date] = day.split('-');
  return `${Number(date)} ${MONTHS[Number(month) - 1] as string} ${year as string}`;
}

/**
 * The notices to the applicant in English. Every character of their own text is in the GSM 03.38 basic set (plain
 * apostrophes and quotes), so an SMS goes in GSM-7 unless a value given (a case number) needs UCS-2. None names the
 * applicant or any other person.
 */
export const noticesEn: NoticeBook = {
  greeting: 'Hello,',
  closing: ['This message was sent automatically; there is no need to reply.'],
  write: {
    day: (day) => (tryParseCivilDate(day) === undefined ? day : englishDay(day)),
    list: (items) =>
      items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) as string}`,
  },

  registered: {
    sms: (p, w) => `Application ${p.caseNumber} registered. Decision by ${w.day(p.dueOn)}.`,
    subject: (p) => `Application ${p.caseNumber} registered`,
    body: (p, w) => [
      `Your application has been registered as number ${p.caseNumber}.`,
      `The decision on it is due by ${w.day(p.dueOn)}. We will let you know when it is ready.`,
    ],
    heading: () => 'Application registered',
    paragraph: (p, w) =>
      `Application ${p.caseNumber} has been registered. The decision is due by ${w.day(p.dueOn)}.`,
  },

  leftWithoutMovement: {
    sms: (p, w) => `Application ${p.caseNumber} on hold: fix defects by ${w.day(p.cureBy)}.`,
    subject: (p) => `Application ${p.caseNumber} on hold: defects to fix`,
    body: (p, w) => [
      `Application ${p.caseNumber} is on hold because it has defects${
        p.defects === undefined || p.defects.length === 0 ? '' : ` (${w.list(p.defects)})`
      }.`,
      `Fix them by ${w.day(p.cureBy)} where you applied. Then the application will be considered; if not, it will be returned unconsidered.`,
    ],
    heading: () => 'Defects in the application to fix',
    paragraph: (p, w) =>
      `Application ${p.caseNumber} is on hold. Fix its defects${
        p.defects === undefined || p.defects.length === 0 ? '' : ` (${w.list(p.defects)})`
      } by ${w.day(p.cureBy)}, or it will be returned unconsidered.`,
  },

  defectsCured: {
    sms: (p, w) => `Application ${p.caseNumber} complete. Decision by ${w.day(p.dueOn)}.`,
    subject: (p) => `Application ${p.caseNumber}: defects fixed`,
    body: (p, w) => [
      `The defects of application ${p.caseNumber} have been fixed, and it has been passed on for consideration.`,
      `The decision is due by ${w.day(p.dueOn)}.`,
    ],
    heading: () => 'Defects fixed, application under consideration',
    paragraph: (p, w) =>
      `The defects of application ${p.caseNumber} have been fixed. The decision is due by ${w.day(p.dueOn)}.`,
  },

  returned: {
    sms: (p) => `Application ${p.caseNumber} returned. You may apply again.`,
    subject: (p) => `Application ${p.caseNumber} returned`,
    body: (p, w) => [
      `Application ${p.caseNumber} has been returned unconsidered${
        p.reasons === undefined || p.reasons.length === 0 ? '' : `: ${w.list(p.reasons)}`
      }.`,
      'You may apply again with all the documents needed.',
    ],
    heading: () => 'Application returned unconsidered',
    paragraph: (p) =>
      `Application ${p.caseNumber} has been returned unconsidered. You may apply again with all the documents needed.`,
  },

  documentsRequested: {
    sms: (p, w) =>
      p.by === undefined
        ? `Application ${p.caseNumber}: more documents needed; review paused.`
        : `Application ${p.caseNumber}: more documents needed by ${w.day(p.by)}.`,
    subject: (p) => `Application ${p.caseNumber}: more documents needed`,
    body: (p, w) => [
      `More documents are needed to decide on application ${p.caseNumber}${
        p.documents === undefined || p.documents.length === 0 ? '' : `: ${w.list(p.documents)}`
      }.`,
      `Please bring them${p.by === undefined ? '' : ` by ${w.day(p.by)}`} where you applied. Until they arrive the term for the decision is paused; it runs on once they are received.`,
    ],
    heading: () => 'More documents needed',
    paragraph: (p, w) =>
      `More documents are needed to decide on application ${p.caseNumber}${
        p.documents === undefined || p.documents.length === 0 ? '' : ` (${w.list(p.documents)})`
      }. Please bring them${p.by === undefined ? '' : ` by ${w.day(p.by)}`}; until then the term for the decision is paused.`,
  },

  documentsReceived: {
    sms: (p, w) => `Application ${p.caseNumber} resumed. Decision by ${w.day(p.dueOn)}.`,
    subject: (p) => `Application ${p.caseNumber}: documents received`,
    body: (p, w) => [
      `The documents requested for application ${p.caseNumber} have been received, and its consideration goes on.`,
      `The decision is due by ${w.day(p.dueOn)}.`,
    ],
    heading: () => 'Documents received, consideration goes on',
    paragraph: (p, w) =>
      `The documents for application ${p.caseNumber} have been received. The decision is due by ${w.day(p.dueOn)}.`,
  },

  hearingNotified: {
    sms: (p, w) => `Application ${p.caseNumber}: state your position by ${w.day(p.positionBy)}.`,
    subject: (p) => `Application ${p.caseNumber}: you may state your position`,
    body: (p, w) => [
      `The decision on application ${p.caseNumber} may ${
        p.outcome === 'partiallyGranted' ? 'grant it only in part' : 'refuse it'
      }${p.grounds === undefined || p.grounds.length === 0 ? '' : ` (grounds: ${w.list(p.grounds)})`}.`,
      `Before it is taken, you may state your position and objections by ${w.day(p.positionBy)}, and see the case file.`,
    ],
    heading: () => 'You may state your position',
    paragraph: (p, w) =>
      `The decision on application ${p.caseNumber} may go against you. State your position by ${w.day(p.positionBy)}.`,
  },

  termExtended: {
    sms: (p, w) => `Application ${p.caseNumber}: decision term extended to ${w.day(p.dueOn)}.`,
    subject: (p) => `Application ${p.caseNumber}: decision term extended`,
    body: (p, w) => [
      `The term to decide on application ${p.caseNumber} has been extended: the decision is now due by ${w.day(p.dueOn)}.`,
      ...(p.reasons === undefined || p.reasons.length === 0 ? [] : [`Reason: ${w.list(p.reasons)}.`]),
    ],
    heading: () => 'Decision term extended',
    paragraph: (p, w) =>
      `The term to decide on application ${p.caseNumber} has been extended to ${w.day(p.dueOn)}${
        p.reasons === undefined || p.reasons.length === 0 ? '' : `. Reason: ${w.list(p.reasons)}`
      }.`,
  },

  decisionReady: {
    sms: (p) =>
      p.delivery === 'collect'
        ? `Decision on application ${p.caseNumber} is ready at the CNAP.`
        : p.delivery === 'post'
          ? `Decision on application ${p.caseNumber} sent by post.`
          : `Decision on application ${p.caseNumber} sent electronically.`,
    subject: (p) => `Decision on application ${p.caseNumber} ready`,
    body: (p, w) => [
      `The decision on application ${p.caseNumber} has been taken.`,
      p.delivery === 'collect'
        ? `Please collect it where you applied${p.collectBy === undefined ? '' : `, by ${w.day(p.collectBy)}`}.`
        : p.delivery === 'post'
          ? 'It has been sent to you by post.'
          : 'It has been sent to you electronically.',
    ],
    heading: () => 'Decision ready',
    paragraph: (p, w) =>
      p.delivery === 'collect'
        ? `The decision on application ${p.caseNumber} has been taken. Please collect it where you applied${
            p.collectBy === undefined ? '' : `, by ${w.day(p.collectBy)}`
          }.`
        : `The decision on application ${p.caseNumber} has been taken and sent to you ${p.delivery === 'post' ? 'by post' : 'electronically'}.`,
  },

  resultNotCollected: {
    sms: (p, w) => `Application ${p.caseNumber}: collect the result by ${w.day(p.keptUntil)}.`,
    subject: (p) => `Application ${p.caseNumber}: your result is waiting`,
    body: (p, w) => [
      `The result of application ${p.caseNumber} is ready, but you have not collected it yet.`,
      `It is kept where you applied until ${w.day(p.keptUntil)}; after that it goes to the archive.`,
    ],
    heading: () => 'Your result is waiting',
    paragraph: (p, w) =>
      `The result of application ${p.caseNumber} has not been collected. Please collect it where you applied by ${w.day(p.keptUntil)}.`,
  },

  withdrawn: {
    sms: (p) => `Application ${p.caseNumber} withdrawn at your request.`,
    subject: (p) => `Application ${p.caseNumber} withdrawn`,
    body: (p) => [
      `Application ${p.caseNumber} has been withdrawn at your request, and its consideration has ended.`,
      'You may file a new application at any time.',
    ],
    heading: () => 'Application withdrawn',
    paragraph: (p) =>
      `Application ${p.caseNumber} has been withdrawn at your request, and its consideration has ended.`,
  },

  reopened: {
    sms: (p, w) => `Application ${p.caseNumber} reopened. Decision by ${w.day(p.dueOn)}.`,
    subject: (p) => `Application ${p.caseNumber} reopened`,
    body: (p, w) => [
      `Following your complaint, application ${p.caseNumber} is being considered again.`,
      `The new decision is due by ${w.day(p.dueOn)}.`,
    ],
    heading: () => 'Application being considered again',
    paragraph: (p, w) =>
      `Following your complaint, application ${p.caseNumber} is being considered again. The new decision is due by ${w.day(p.dueOn)}.`,
  },
};
