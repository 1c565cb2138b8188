import { formatEpochDayUk, tryParseCivilDate } from '@vikno/law';
import type { NoticeBook } from './notice-book.js';

/**
 * The notices to the applicant in Ukrainian. An SMS names the case by its number and the one day that matters; the
 * e-mail and the status page say what happened, what happens next and what the applicant must do. None names the
 * applicant or any other person: the host sends them to the contact the applicant gave.
 */
export const noticesUk: NoticeBook = {
  greeting: 'Добрий день!',
  closing: ['Це повідомлення надіслано автоматично, відповідати на нього не потрібно.'],
  write: {
    day: (day) => formatEpochDayUk(tryParseCivilDate(day) as number),
    list: (items) =>
      items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} і ${items.at(-1) as string}`,
  },

  registered: {
    sms: (p, w) => `Заяву №${p.caseNumber} зареєстровано. Рішення до ${w.day(p.dueOn)}.`,
    subject: (p) => `Заяву №${p.caseNumber} зареєстровано`,
    body: (p, w) => [
      `Вашу заяву зареєстровано за номером ${p.caseNumber}.`,
      `Рішення за нею мають ухвалити не пізніше ${w.day(p.dueOn)}. Коли воно буде готове, ми повідомимо.`,
    ],
    heading: () => 'Заяву зареєстровано',
    paragraph: (p, w) =>
      `Заяву №${p.caseNumber} зареєстровано. Рішення мають ухвалити не пізніше ${w.day(p.dueOn)}.`,
  },

  leftWithoutMovement: {
    sms: (p, w) => `Заява №${p.caseNumber} без руху: усуньте недоліки до ${w.day(p.cureBy)}.`,
    subject: (p) => `Заяву №${p.caseNumber} залишено без руху`,
    body: (p, w) => [
      `Заяву №${p.caseNumber} залишено без руху: у ній є недоліки${
        p.defects === undefined || p.defects.length === 0 ? '' : ` (${w.list(p.defects)})`
      }.`,
      `Усуньте їх не пізніше ${w.day(p.cureBy)} там, де подавали заяву. Тоді заяву розглянуть; якщо ні, її повернуть без розгляду.`,
    ],
    heading: () => 'Потрібно усунути недоліки заяви',
    paragraph: (p, w) =>
      `Заяву №${p.caseNumber} залишено без руху. Усуньте недоліки${
        p.defects === undefined || p.defects.length === 0 ? '' : ` (${w.list(p.defects)})`
      } не пізніше ${w.day(p.cureBy)}, інакше заяву повернуть без розгляду.`,
  },

  defectsCured: {
    sms: (p, w) => `Недоліки заяви №${p.caseNumber} усунуто. Рішення до ${w.day(p.dueOn)}.`,
    subject: (p) => `Недоліки заяви №${p.caseNumber} усунуто`,
    body: (p, w) => [
      `Недоліки заяви №${p.caseNumber} усунуто, і її передано на розгляд.`,
      `Рішення мають ухвалити не пізніше ${w.day(p.dueOn)}.`,
    ],
    heading: () => 'Недоліки усунуто, заяву розглядають',
    paragraph: (p, w) =>
      `Недоліки заяви №${p.caseNumber} усунуто. Рішення мають ухвалити не пізніше ${w.day(p.dueOn)}.`,
  },

  returned: {
    sms: (p) => `Заяву №${p.caseNumber} повернуто без розгляду. Можна подати знову.`,
    subject: (p) => `Заяву №${p.caseNumber} повернуто`,
    body: (p, w) => [
      `Заяву №${p.caseNumber} повернуто без розгляду${
        p.reasons === undefined || p.reasons.length === 0 ? '' : `: ${w.list(p.reasons)}`
      }.`,
      'Ви можете подати заяву знову з усіма потрібними документами.',
    ],
    heading: () => 'Заяву повернуто без розгляду',
    paragraph: (p) =>
      `Заяву №${p.caseNumber} повернуто без розгляду. Ви можете подати її знову з усіма потрібними документами.`,
  },

  documentsRequested: {
    sms: (p, w) =>
      p.by === undefined
        ? `Заява №${p.caseNumber}: потрібні ще документи, розгляд зупинено.`
        : `Заява №${p.caseNumber}: подайте ще документи до ${w.day(p.by)}.`,
    subject: (p) => `Заява №${p.caseNumber}: потрібні додаткові документи`,
    body: (p, w) => [
      `Для розгляду заяви №${p.caseNumber} потрібні додаткові документи${
        p.documents === undefined || p.documents.length === 0 ? '' : `: ${w.list(p.documents)}`
      }.`,
      `${p.by === undefined ? 'Подайте їх' : `Подайте їх не пізніше ${w.day(p.by)}`} там, де подавали заяву. Поки документів немає, строк розгляду не спливає; він продовжиться, щойно їх отримають.`,
    ],
    heading: () => 'Потрібні додаткові документи',
    paragraph: (p, w) =>
      `Для розгляду заяви №${p.caseNumber} потрібні додаткові документи${
        p.documents === undefined || p.documents.length === 0 ? '' : ` (${w.list(p.documents)})`
      }. ${p.by === undefined ? 'Подайте їх' : `Подайте їх не пізніше ${w.day(p.by)}`}; до того строк розгляду зупинено.`,
  },

  documentsReceived: {
    sms: (p, w) => `Документи до заяви №${p.caseNumber} отримано. Рішення до ${w.day(p.dueOn)}.`,
    subject: (p) => `Документи до заяви №${p.caseNumber} отримано`,
    body: (p, w) => [
      `Додаткові документи до заяви №${p.caseNumber} отримано, розгляд триває.`,
      `Рішення мають ухвалити не пізніше ${w.day(p.dueOn)}.`,
    ],
    heading: () => 'Документи отримано, розгляд триває',
    paragraph: (p, w) =>
      `Додаткові документи до заяви №${p.caseNumber} отримано. Рішення мають ухвалити не пізніше ${w.day(p.dueOn)}.`,
  },

  hearingNotified: {
    sms: (p, w) => `Заява №${p.caseNumber}: пояснення перед рішенням — до ${w.day(p.positionBy)}.`,
    subject: (p) => `Заява №${p.caseNumber}: ви можете подати пояснення`,
    body: (p, w) => [
      `За заявою №${p.caseNumber} можуть ухвалити рішення${
        p.outcome === 'partiallyGranted' ? ', яким її задовольнять лише частково' : ' про відмову'
      }${p.grounds === undefined || p.grounds.length === 0 ? '' : ` (підстави: ${w.list(p.grounds)})`}.`,
      `Перед рішенням ви можете подати свої пояснення та заперечення не пізніше ${w.day(p.positionBy)}, а також ознайомитися з матеріалами справи.`,
    ],
    heading: () => 'Ви можете подати пояснення',
    paragraph: (p, w) =>
      `За заявою №${p.caseNumber} можуть ухвалити рішення не на вашу користь. Подайте свої пояснення не пізніше ${w.day(p.positionBy)}.`,
  },

  termExtended: {
    sms: (p, w) => `Строк розгляду заяви №${p.caseNumber} продовжено до ${w.day(p.dueOn)}.`,
    subject: (p) => `Строк розгляду заяви №${p.caseNumber} продовжено`,
    body: (p, w) => [
      `Строк розгляду заяви №${p.caseNumber} продовжено: рішення мають ухвалити не пізніше ${w.day(p.dueOn)}.`,
      ...(p.reasons === undefined || p.reasons.length === 0 ? [] : [`Причина: ${w.list(p.reasons)}.`]),
    ],
    heading: () => 'Строк розгляду продовжено',
    paragraph: (p, w) =>
      `Строк розгляду заяви №${p.caseNumber} продовжено до ${w.day(p.dueOn)}${
        p.reasons === undefined || p.reasons.length === 0 ? '' : `. Причина: ${w.list(p.reasons)}`
      }.`,
  },

  decisionReady: {
    sms: (p) =>
      p.delivery === 'collect'
        ? `Рішення за заявою №${p.caseNumber} готове. Отримайте його в ЦНАП.`
        : p.delivery === 'post'
          ? `Рішення за заявою №${p.caseNumber} надіслано поштою.`
          : `Рішення за заявою №${p.caseNumber} надіслано електронно.`,
    subject: (p) => `Рішення за заявою №${p.caseNumber} готове`,
    body: (p, w) => [
      `Рішення за заявою №${p.caseNumber} ухвалено.`,
      p.delivery === 'collect'
        ? `Отримайте його там, де подавали заяву${p.collectBy === undefined ? '' : `, не пізніше ${w.day(p.collectBy)}`}.`
        : p.delivery === 'post'
          ? 'Його надіслано вам поштою.'
          : 'Його надіслано вам електронно.',
    ],
    heading: () => 'Рішення готове',
    paragraph: (p, w) =>
      p.delivery === 'collect'
        ? `Рішення за заявою №${p.caseNumber} ухвалено. Отримайте його там, де подавали заяву${
            p.collectBy === undefined ? '' : `, не пізніше ${w.day(p.collectBy)}`
          }.`
        : `Рішення за заявою №${p.caseNumber} ухвалено і надіслано вам ${p.delivery === 'post' ? 'поштою' : 'електронно'}.`,
  },

  resultNotCollected: {
    sms: (p, w) => `Заберіть результат за заявою №${p.caseNumber} у ЦНАП до ${w.day(p.keptUntil)}.`,
    subject: (p) => `Результат за заявою №${p.caseNumber} чекає на вас`,
    body: (p, w) => [
      `Результат за заявою №${p.caseNumber} готовий, але ви його ще не отримали.`,
      `Його зберігають там, де ви подавали заяву, до ${w.day(p.keptUntil)}; після цього його передадуть до архіву.`,
    ],
    heading: () => 'Результат чекає на вас',
    paragraph: (p, w) =>
      `Результат за заявою №${p.caseNumber} ще не отримано. Заберіть його там, де подавали заяву, до ${w.day(p.keptUntil)}.`,
  },

  withdrawn: {
    sms: (p) => `Заяву №${p.caseNumber} відкликано на ваше прохання.`,
    subject: (p) => `Заяву №${p.caseNumber} відкликано`,
    body: (p) => [
      `Заяву №${p.caseNumber} відкликано на ваше прохання, її розгляд припинено.`,
      'Ви можете подати нову заяву будь-коли.',
    ],
    heading: () => 'Заяву відкликано',
    paragraph: (p) => `Заяву №${p.caseNumber} відкликано на ваше прохання, її розгляд припинено.`,
  },

  reopened: {
    sms: (p, w) => `Заяву №${p.caseNumber} розглядають знову. Рішення до ${w.day(p.dueOn)}.`,
    subject: (p) => `Заяву №${p.caseNumber} розглядають знову`,
    body: (p, w) => [
      `За вашою скаргою заяву №${p.caseNumber} розглядають знову.`,
      `Нове рішення мають ухвалити не пізніше ${w.day(p.dueOn)}.`,
    ],
    heading: () => 'Заяву розглядають знову',
    paragraph: (p, w) =>
      `За вашою скаргою заяву №${p.caseNumber} розглядають знову. Нове рішення мають ухвалити не пізніше ${w.day(p.dueOn)}.`,
  },
};
