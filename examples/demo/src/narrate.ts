// What the demo prints for each event of a case and of a complaint, in Ukrainian (dates as 25.11.2026) or English.

import { type LocalizedText, toKyivDate } from '@vikno/deadlines';
import type {
  CaseContext,
  CaseEmitted,
  CaseEvent,
  Complaint,
  ComplaintOutcome,
  DeliveryChannel,
  NotificationChannel,
  RejectionReason,
} from '@vikno/workflows';

/** The languages the demo prints in. */
export type Language = 'uk' | 'en';

/** The texts a story gives the narrator: the names of its documents and of its refusal grounds, by id. */
export interface Glossary {
  readonly documents: Readonly<Record<string, LocalizedText>>;
  readonly grounds: Readonly<Record<string, LocalizedText>>;
}

/** A civil day as the demo prints it in either language: `25.11.2026`. */
export const dotted = (day: string) => day.split('-').reverse().join('.');

/** The lines of a narrator: each event as one line, with what it changed in the case where that matters. */
export interface Narrator {
  readonly t: (uk: string, en: string) => string;
  readonly day: (day: string) => string;
  /** An instant as its Kyiv day and time. */
  readonly time: (at: string) => string;
  /** The event sent. */
  readonly event: (event: CaseEvent) => string;
  /** What the event changed that a reader should see, indented under it. */
  readonly after: (event: CaseEvent, context: CaseContext) => string[];
  readonly emitted: (event: CaseEmitted) => string;
  /** Why the case refused an event, in the reader's words. */
  readonly rejected: (reason: RejectionReason) => string;
  /** A complaint filed, to the body `reviewer`. */
  readonly complaintFiled: (complaint: Complaint, reviewer: LocalizedText) => string[];
  readonly complaintDecided: (complaint: Complaint) => string;
}

/** The narrator for `language`, naming documents and grounds from `glossary`. */
export function narrator(language: Language, glossary: Glossary): Narrator {
  const t = (uk: string, en: string) => (language === 'uk' ? uk : en);
  const day = dotted;
  const time = (at: string) => `${day(toKyivDate(at))} ${at.slice(11, 16)}`;
  const named = (table: Readonly<Record<string, LocalizedText>>, ids: readonly string[]) =>
    ids.map((id) => table[id]?.[language] ?? id).join('; ');
  const outcome = (value: CaseContext['outcome']) =>
    ({
      granted: t('призначити', 'granted'),
      partiallyGranted: t('задовольнити частково', 'partially granted'),
      refused: t('відмовити', 'refused'),
      none: '—',
    })[value ?? 'none'];
  const channel: Record<DeliveryChannel, string> = {
    inPerson: t('особисто', 'in person'),
    post: t('поштою', 'by post'),
    electronic: t('електронно', 'electronically'),
  };
  const notifiedBy: Record<NotificationChannel, string> = {
    sms: t('SMS-повідомленням', 'by SMS'),
    email: t('електронною поштою', 'by email'),
    call: t('телефоном', 'by phone'),
    letter: t('листом', 'by letter'),
    inPerson: t('особисто', 'in person'),
    diia: t('через «Дію»', 'through Diia'),
  };
  const rejections: Record<RejectionReason, string> = {
    roleNotPermitted: t('ця роль не може цього робити', 'this role may not do it'),
    wrongOffice: t('справу веде інший офіс', 'another office handles the case'),
    notAllowedNow: t('не на цьому етапі справи', 'not at this stage of the case'),
    outOfOrder: t('дата раніша за подію, на яку відповідає', 'dated before the event it answers'),
    outOfRange: t(
      'строк закінчився б поза підтримуваним календарем',
      'a term would end beyond the supported calendar',
    ),
    notHeard: t(
      'заявника не вислухано щодо несприятливого рішення',
      'the applicant was not heard on an adverse decision',
    ),
    termRunning: t('зарано: строк ще біжить', 'too early: the term is still running'),
    termLapsed: t('запізно: строк минув', 'too late: the term has lapsed'),
    overLimit: t('продовження понад граничний строк закону', 'an extension beyond the law’s limit'),
  };
  const complaintOutcome: Record<ComplaintOutcome, string> = {
    leftUnchanged: t('рішення залишено без змін', 'the decision left unchanged'),
    cancelledReopened: t(
      'рішення скасовано, справу повернуто на новий розгляд',
      'the decision cancelled, the case sent back for new consideration',
    ),
    newDecision: t('ухвалено нове рішення', 'a new decision taken'),
  };

  const event = (sent: CaseEvent): string => {
    switch (sent.type) {
      case 'PACKAGE.CHECKED':
        return sent.complete
          ? t('пакет повний, заяву зареєстровано', 'package complete, application registered')
          : t(
              `пакет неповний — заяву зареєстровано й залишено без руху; недоліки: ${named(glossary.documents, sent.missing)}`,
              `package incomplete — application registered and left without movement; defects: ${named(glossary.documents, sent.missing)}`,
            );
      case 'DEFECTS.CURED':
        return t('недоліки усунено', 'defects cured');
      case 'APPLICATION.RETURNED':
        return t(
          'недоліки не усунено вчасно — заяву повернуто',
          'defects not cured in time — application returned',
        );
      case 'TRANSFER.SENT':
        return t('передано в «Соціальну громаду» електронно', 'sent electronically through «Social Hromada»');
      case 'TRANSFER.HANDED_OVER':
        return t('передано до бек-офісу на папері', 'handed to the back office on paper');
      case 'TRANSFER.ADDED':
        return t(
          `включено до реєстру передавання ${sent.registerId}`,
          `added to transfer register ${sent.registerId}`,
        );
      case 'TRANSFER.DISPATCHED':
        return t('реєстр відправлено до суб’єкта надання', 'register dispatched to the provider');
      case 'TRANSFER.RECEIVED':
        return t('реєстр отримано й підписано', 'register received and signed for');
      case 'ORIGINALS.RECEIVED':
        return t('паперові оригінали надійшли', 'paper originals arrived');
      case 'DOCUMENTS.REQUESTED':
        return t(
          `запитано документи: ${named(glossary.documents, sent.documents)} — строк зупинено`,
          `documents requested: ${named(glossary.documents, sent.documents)} — term stopped`,
        );
      case 'DOCUMENTS.RECEIVED':
        return t('документи надійшли — строк знову біжить', 'documents received — the term runs again');
      case 'HEARING.NOTIFIED':
        return t(
          `заявника повідомлено про намір ${outcome(sent.outcome)} з підстав: ${named(glossary.grounds, sent.grounds)}`,
          `applicant notified of the intended decision (${outcome(sent.outcome)}) on the grounds: ${named(glossary.grounds, sent.grounds)}`,
        );
      case 'POSITION.PRESENTED':
        return t(
          'заявник подав свої пояснення (позицію)',
          'the applicant presented a position (explanations)',
        );
      case 'TERM.EXTENDED':
        return t(
          'строк рішення продовжено з повідомленням заявника',
          'decision term extended, the applicant notified',
        );
      case 'DECISION.MADE':
        return t(`рішення: ${outcome(sent.outcome)}`, `decision: ${outcome(sent.outcome)}`);
      case 'DECISION.DELIVERED':
        return t(`рішення надіслано ${channel[sent.channel]}`, `decision sent ${channel[sent.channel]}`);
      case 'DECISION.REPLACED':
        return t(
          `за скаргою ${sent.complaintId} ухвалено нове рішення: ${outcome(sent.outcome)}`,
          `on complaint ${sent.complaintId} a new decision: ${outcome(sent.outcome)}`,
        );
      case 'CASE.REOPENED':
        return t(
          `за скаргою ${sent.complaintId} справу відновлено — новий розгляд`,
          `reopened on complaint ${sent.complaintId} — considered anew`,
        );
      case 'FILE.ACCESS_REQUESTED':
        return t(
          'заявник просить ознайомитися з матеріалами справи',
          'the applicant asks to see the case file',
        );
      case 'FILE.ACCESS_GIVEN':
        return t('заявника ознайомлено з матеріалами справи', 'the applicant has seen the case file');
      case 'CNAP.INFORMED':
        return t('ЦНАП поінформовано про рішення', 'CNAP informed of the decision');
      case 'APPLICANT.NOTIFIED':
        return t(
          `заявника повідомлено ${notifiedBy[sent.channel]}`,
          `applicant notified ${notifiedBy[sent.channel]}`,
        );
      case 'RESULT.ISSUED':
        return t('результат видано', 'result issued');
      case 'APPLICATION.WITHDRAWN':
        return t('заяву відкликано', 'application withdrawn');
      case 'TICK':
        return t('перевірка строків', 'terms checked');
    }
  };

  const after = (sent: CaseEvent, context: CaseContext): string[] => {
    const { terms } = context;
    switch (sent.type) {
      case 'PACKAGE.CHECKED':
        return !sent.complete && terms.cure
          ? [
              t(
                `  ↳ усунути недоліки до ${day(terms.cure.lastDay)}`,
                `  ↳ cure the defects by ${day(terms.cure.lastDay)}`,
              ),
            ]
          : [];
      case 'DEFECTS.CURED': {
        const from = terms.decision?.start ?? terms.transfer?.start;
        return [
          t(
            `  ↳ заява вважається поданою ${day(context.filedOn ?? '')} (день первинного подання)`,
            `  ↳ the application counts as filed on ${day(context.filedOn ?? '')} (the day first filed)`,
          ),
          ...(from === undefined
            ? []
            : [
                t(
                  `  ↳ строки розгляду — від ${day(from)}`,
                  `  ↳ the terms of the case run from ${day(from)}`,
                ),
              ]),
        ];
      }
      case 'HEARING.NOTIFIED':
        return terms.hearing
          ? [
              t(
                `  ↳ позицію можна подати до ${day(terms.hearing.lastDay)}`,
                `  ↳ a position may be presented until ${day(terms.hearing.lastDay)}`,
              ),
            ]
          : [];
      case 'DECISION.DELIVERED':
        return context.delivery
          ? [
              t(
                `  ↳ вважається врученим ${day(context.delivery.on)}: від цього дня біжать строки оскарження`,
                `  ↳ counts as delivered on ${day(context.delivery.on)}: the appeal terms run from that day`,
              ),
            ]
          : [];
      case 'CASE.REOPENED':
        return terms.decision
          ? [
              t(
                `  ↳ новий строк рішення — до ${day(terms.decision.lastDay)}`,
                `  ↳ new decision term: until ${day(terms.decision.lastDay)}`,
              ),
            ]
          : [];
      default:
        return [];
    }
  };

  const emitted = (raised: CaseEmitted): string => {
    if (raised.type === 'applicant.notify')
      return t('  ↳ сповіщення заявнику (SMS)', '  ↳ notify the applicant (SMS)');
    const term = {
      transfer: t('передавання', 'transfer'),
      decision: t('рішення', 'decision'),
      notification: t('повідомлення', 'notification'),
      collection: t('отримання', 'collection'),
      cure: t('усунення недоліків', 'cure'),
      hearing: t('подання позиції', 'hearing'),
      complaint: t('розгляду скарги', 'complaint'),
    }[raised.term];
    return raised.type === 'deadline.atRisk'
      ? t(
          `  ⚠ строк ${term} спливає ${day(raised.lastDay)}`,
          `  ⚠ the ${term} term ends ${day(raised.lastDay)}`,
        )
      : t(
          `  ✖ строк ${term} пропущено (${day(raised.lastDay)})`,
          `  ✖ the ${term} term was missed (${day(raised.lastDay)})`,
        );
  };

  const complaintFiled = (complaint: Complaint, reviewer: LocalizedText): string[] => [
    t(
      `${time(complaint.audit[0]?.at ?? '')}  скаргу ${complaint.complaintId} подано ${complaint.timely ? 'вчасно' : 'після строку'} (останній день — ${day(complaint.filingLastDay)}); розглядає ${reviewer.uk}`,
      `${time(complaint.audit[0]?.at ?? '')}  complaint ${complaint.complaintId} filed ${complaint.timely ? 'in time' : 'late'} (last day ${day(complaint.filingLastDay)}); considered by ${reviewer.en}`,
    ),
    t(
      `  ↳ строк розгляду скарги — до ${day(complaint.consideration.lastDay)}`,
      `  ↳ the complaint is to be decided by ${day(complaint.consideration.lastDay)}`,
    ),
  ];

  const complaintDecided = (complaint: Complaint): string =>
    t(
      `${time(complaint.audit.at(-1)?.at ?? '')}  скаргу ${complaint.complaintId} розглянуто: ${complaint.outcome ? complaintOutcome[complaint.outcome] : 'без розгляду'}`,
      `${time(complaint.audit.at(-1)?.at ?? '')}  complaint ${complaint.complaintId} decided: ${complaint.outcome ? complaintOutcome[complaint.outcome] : 'left without consideration'}`,
    );

  const rejected = (reason: RejectionReason): string => rejections[reason];

  return { t, day, time, event, after, emitted, rejected, complaintFiled, complaintDecided };
}
