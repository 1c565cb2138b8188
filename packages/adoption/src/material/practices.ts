import { t } from './build.js';
import { S003, seed } from './cite.js';
import type { Practice } from './types.js';

// Seed 003: practices of CNAPs worth copying, each with the cities the seed names and what it gives, in the seed's
// order. The seed is a course page: what it says of a city is cited to it, not checked against the city.

function practice(
  id: string,
  heading: string,
  titleEn: string,
  where: readonly string[],
  what: readonly [string, string],
  benefit: readonly [string, string],
  quote: string,
): Practice {
  return {
    id,
    title: t(heading, titleEn),
    where: [...where],
    what: t(what[0], what[1]),
    benefit: t(benefit[0], benefit[1]),
    basis: { sources: [seed(S003, heading, quote)], acts: [] },
  };
}

/**
 * Practices of CNAPs worth copying (seed 003), in the seed's order: premises, access to registers, local IT
 * solutions, a live queue across ТП and ВРМ, video consultations, documents pulled from registers before the visit,
 * payment at the workplace, SMS when the result is ready.
 *
 * @example
 * ```ts
 * import { PRACTICES } from '@vikno/adoption';
 *
 * PRACTICES.find((practice) => practice.id === 'sms-when-ready')?.where;
 * //=> ['Івано-Франківськ', 'Київ']
 * ```
 */
export const PRACTICES: readonly Practice[] = [
  practice(
    'premises',
    'Приміщення',
    'Premises',
    ['Рівне'],
    [
      'Обирати для ЦНАП приміщення самих місцевих рад (у малих громадах – «обрядові зали» чи зали засідань); у Рівному зони ЦНАП облаштовано у вестибюлях 1 і 2 поверхів обласної ради',
      'Put the CNAP in the council’s own premises (in small hromadas, the ceremony or session hall); Rivne fitted it into the lobbies of the oblast council',
    ],
    [
      'Мінімальними зусиллями – пристосоване приміщення з відкритим простором',
      'An adapted open space for minimal effort',
    ],
    'Найбільш ефективні рішення – це коли для ЦНАП обираються приміщення власне місцевих рад',
  ),
  practice(
    'register-access',
    'Доступ до реєстрів',
    'Access to registers',
    ['Харків'],
    [
      'Дати ЦНАП, УСЗН та іншим органам доступ до електронного Реєстру територіальної громади, щоб дані про місце проживання отримувались у порядку міжвідомчої взаємодії',
      'Give the CNAP, УСЗН and others access to the electronic register of the hromada, so residence data is obtained between bodies',
    ],
    [
      'Мешканцям не потрібно отримувати довідки про реєстрацію місця проживання; у рази менше навантаження на громадян, ЦНАП та виконавчі органи',
      'Residents need no residence certificates; the load on them, the CNAP and the council’s bodies falls several times',
    ],
    'мешканцям міста не потрібно отримувати довідки про реєстрацію місця проживання',
  ),
  practice(
    'local-it',
    'Локальні ІТ-рішення',
    'Local IT solutions',
    ['Івано-Франківськ'],
    [
      'Розробляти програмне забезпечення ЦНАП у тісному зв’язку з його персоналом («Універсам послуг» Івано-Франківської міської ради)',
      'Build the CNAP’s software together with its staff (Ivano-Frankivsk’s «Універсам послуг»)',
    ],
    [
      'ПЗ, максимально підлаштоване під потреби користувачів, поширилося в десятках інших ЦНАП',
      'Software fitted to its users, later used by dozens of other CNAPs',
    ],
    'ПЗ «Універсам послуг» розроблене фахівцями Івано-франківської міської ради',
  ),
  practice(
    'live-queue',
    'Е-черга по ВРМ/ТП',
    'A live queue across ТП and ВРМ',
    ['Харків'],
    [
      'Показувати на веб-сайті ЦНАП стан черги в усіх терпідрозділах у реальному часі, щоб відвідувач обрав найменш завантажений',
      'Show the queue at every ТП on the CNAP’s website in real time, so visitors choose the least busy',
    ],
    [
      'Економія часу громадян і вирівнювання навантаження на ЦНАП',
      'Citizens save time and the load on the CNAP evens out',
    ],
    'у режимі реального часу на веб-сайті ЦНАП з’явилася можливість побачити стан черги у всіх терпідрозділах',
  ),
  practice(
    'video-consultations',
    'Скайп-консультації',
    'Video consultations',
    ['Луцьк'],
    [
      'Консультувати через комунікатори (наприклад, скайп) з візуальною підтримкою: пояснити послугу, допомогти підібрати документи',
      'Advise over a messenger (Skype, for one) with visual support, help choose the documents',
    ],
    [
      'Зручно громадянам; менше фізичних переміщень і особистих контактів',
      'Convenient for citizens; fewer trips and personal contacts',
    ],
    'почали ще кілька років тому надавати консультації із застосуванням різноманітних комунікаторів',
  ),
  practice(
    'pre-registration',
    '«Підтягування» документів',
    'Documents pulled before the visit',
    ['Кременчук'],
    [
      'Попередній запис на визначені день і час; до візиту працівнику «підтягуються» потрібні дані з реєстру територіальної громади',
      'Visits booked for a day and hour; the data needed is pulled from the hromada’s register before the visit',
    ],
    [
      'Немає «живої черги»; особі не потрібно спочатку замовляти довідку про реєстрацію місця проживання',
      'No live queue; the person needs no residence certificate first',
    ],
    'на цей час у працівника «підтягуються» усі необхідні дані для замовлення послуги',
  ),
  practice(
    'pos-terminals',
    'POS-термінали',
    'POS terminals',
    [],
    ['Оплата платних послуг на робочому місці через POS-термінал', 'Pay for paid services at the workplace'],
    [
      'Заощаджує час відвідувачів і персоналу та кошти громадян (комісія на порядок менша)',
      'Saves visitors’ and staff’s time and citizens’ money (a fee an order of magnitude lower)',
    ],
    'ідея оплати послуг на робочому місці з використання POS-терміналів',
  ),
  practice(
    'sms-when-ready',
    'Смс-інформування',
    'SMS when the result is ready',
    ['Івано-Франківськ', 'Київ'],
    [
      'Повідомляти громадян смс про готовність результату послуги',
      'Tell citizens by SMS that the result is ready',
    ],
    [
      'Знімає з персоналу обдзвонювання кожного суб’єкта звернення; усуває невизначеність для замовника',
      'Staff no longer call each applicant; the applicant is not left wondering',
    ],
    'практика смс-повідомлення громадян про готовність результату послуги',
  ),
];
