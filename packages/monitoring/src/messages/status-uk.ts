import { formatCount, pluralUk } from '@vikno/law';
import { noticesUk } from './notices-uk.js';
import type { StatusBook, StatusFacts } from './status-book.js';

const PLACE = 'там, де подавали заяву';
const outcome = (facts: StatusFacts) => (facts.outcome === undefined ? [] : [OUTCOME[facts.outcome]]);
const OUTCOME = {
  granted: 'Заяву задоволено.',
  partiallyGranted: 'Заяву задоволено частково.',
  refused: 'У задоволенні заяви відмовлено.',
} as const;

/** The applicant's status in Ukrainian: plain words, no names of offices' roles or of the case's states. */
export const statusUk: StatusBook = {
  write: noticesUk.write,
  outcome: OUTCOME,
  dueOn: (day) => `Рішення мають ухвалити не пізніше ${day}.`,
  late: (day) => `Рішення мали ухвалити не пізніше ${day}, але його ще не ухвалено.`,
  moved: {
    suspended: (times, days) =>
      `Розгляд зупиняли${times > 1 ? ` ${formatCount(times, 'uk')} ${pluralUk(times, ['раз', 'рази', 'разів'])}` : ''}, поки чекали документи: ${formatCount(days, 'uk')} ${pluralUk(days, ['день', 'дні', 'днів'])}.`,
    extended: (amount, unit) =>
      `Строк розгляду продовжено на ${formatCount(amount, 'uk')} ${pluralUk(
        amount,
        unit === 'workingDays'
          ? ['робочий день', 'робочі дні', 'робочих днів']
          : ['календарний день', 'календарні дні', 'календарних днів'],
      )}.`,
  },
  stages: {
    submitted: {
      headline: () => 'Заяву прийнято',
      details: () => ['Документи перевіряють.'],
      next: () => 'Заяву зареєструють або повідомлять, чого в ній бракує.',
    },
    defectsToCure: {
      headline: () => 'Заяву залишено без руху',
      details: () => ['У заяві є недоліки, тому її поки не розглядають.'],
      action: (f) =>
        f.byPassed
          ? `Строк усунути недоліки минув ${f.by}: заяву можуть повернути без розгляду.`
          : `Усуньте недоліки не пізніше ${f.by} ${PLACE}.`,
      next: () => 'Коли недоліки усунуть, заяву розглянуть; якщо ні, її повернуть без розгляду.',
    },
    forwarded: {
      headline: () => 'Заяву зареєстровано',
      details: () => ['Заяву передають до органу, який ухвалює рішення.'],
      next: () => 'Орган розгляне заяву та ухвалить рішення.',
    },
    underReview: {
      headline: () => 'Заяву розглядають',
      details: (f) =>
        f.late ? ['Рішення затримується.'] : ['Орган, який ухвалює рішення, розглядає заяву.'],
      next: () => 'Коли рішення ухвалять, вам повідомлять, як його отримати.',
    },
    documentsNeeded: {
      headline: () => 'Потрібні додаткові документи',
      details: (f) => [
        `Розгляд зупинено${f.suspendedSince === undefined ? '' : ` з ${f.suspendedSince}`}, доки не надійдуть документи; поки їх немає, строк розгляду не спливає.`,
      ],
      action: () => `Подайте документи, про які вам повідомили, ${PLACE}.`,
      next: () => 'Щойно документи надійдуть, розгляд продовжиться, а день рішення пересунеться.',
    },
    positionInvited: {
      headline: () => 'Ви можете подати пояснення',
      details: () => ['Рішення може бути не на вашу користь, тому перед ним вас вислуховують.'],
      action: (f) =>
        f.byPassed ? `Строк подати пояснення минув ${f.by}.` : `Подайте свої пояснення не пізніше ${f.by}.`,
      next: () => 'Після цього орган ухвалить рішення.',
    },
    decisionTaken: {
      headline: () => 'Рішення ухвалено',
      details: outcome,
      next: () => `Рішення передадуть ${PLACE}, і вам повідомлять, як його отримати.`,
    },
    decisionReady: {
      headline: () => 'Рішення готове',
      details: outcome,
      action: () => `Отримайте рішення ${PLACE}.`,
    },
    resultToCollect: {
      headline: () => 'Результат чекає на вас',
      details: outcome,
      action: (f) =>
        f.byPassed
          ? `Строк зберігання результату минув ${f.by}; зверніться ${PLACE}.`
          : `Заберіть результат ${PLACE}, не пізніше ${f.by}.`,
      next: (f) => `Після ${f.by} результат передадуть до архіву.`,
    },
    completed: {
      headline: () => 'Результат отримано',
      details: (f) => [...outcome(f), 'Розгляд заяви завершено.'],
    },
    resultArchived: {
      headline: () => 'Результат передано до архіву',
      details: (f) => [...outcome(f), 'Результат не забрали вчасно, тому його передали до архіву.'],
      action: () => `Щоб отримати результат, зверніться ${PLACE}.`,
    },
    applicationReturned: {
      headline: () => 'Заяву повернуто без розгляду',
      details: () => ['Недоліки заяви не усунули вчасно, тому її повернуто.'],
      action: () => 'Ви можете подати заяву знову з усіма потрібними документами.',
    },
    applicationWithdrawn: {
      headline: () => 'Заяву відкликано',
      details: () => ['Заяву відкликано на ваше прохання, її розгляд припинено.'],
    },
  },
};
