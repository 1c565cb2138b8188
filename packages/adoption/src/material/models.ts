import type { DeliveryModel } from '@vikno/catalog';
import { point, type StepDraft, stepList, t } from './build.js';
import {
  AGREEMENT_968,
  CAMPAIGN_45,
  CARDS_723,
  COUNTERPART_AFTER_MOVE,
  LIST_523,
  PFU_TYPICAL_CARD,
  pensionFundChange,
  S000,
  S001,
  SUPPORT_45,
  seed,
} from './cite.js';
import type { AdoptionModel, Assessment, SeedCitation, Step } from './types.js';

// The three models of seed 001 (with the strengths and challenges of seed 000): who receives the applications,
// which services, how the CNAP and the deciding body interact, the implementation algorithm with who acts and what
// each step produces, and the strengths and weaknesses, each once, with every seed passage that says it.

const H1 = 'І. … через ЦНАП ОМС (ОТГ) з використанням ПК «ІІС «Соціальна громада»';
const H2 = 'ІІ. Розміщення фронт-офісу УСЗН у ЦНАП ОМС';
const H3 = 'ІІІ. … через ЦНАП ОМС (без використання ПК «ІІС «Соціальна громада»)';
const ALGORITHM = 'АЛГОРИТМ ВПРОВАДЖЕННЯ';
const PROS_CONS = 'ПЕРЕВАГИ ТА СЛАБКІ СТОРОНИ';

const s1 = (heading: string, quote: string) => seed(S001, heading, quote);
const s0 = (heading: string, quote: string) => seed(S000, heading, quote);

/** Recommendation rows the seed repeats across the models. */
const SUPPORT_ROW = t(
  'Відповідно до наказу Мінсоцполітики № 45 органи соціального захисту населення ОДА координують та супроводжують ОМС, а також організовують навчання',
  'Under the ministry’s order 45 the oblast’s social protection bodies coordinate and support the local government and organise training',
);
const CAMPAIGN_ROW = t(
  'ОМС спільно з УСЗН; відповідно до наказу Мінсоцполітики № 45 органи соціального захисту населення ОДА проводять інформаційно-роз’яснювальну роботу',
  'The local government together with УСЗН; under the ministry’s order 45 the oblast’s social protection bodies explain it to the public',
);
const LIST_ROW = t(
  'За основу береться Перелік, затверджений розпорядженням КМУ від 16.05.2014 № 523-р; надання інших послуг – за узгодженням між сторонами',
  'The base is the list approved by Cabinet order 523-р of 16.05.2014; other services as the parties agree',
);
const NAMES_ROW = t(
  'Назви послуг мають відповідати Переліку, затвердженому розпорядженням КМУ від 16.05.2014 № 523-р, зі змінами та відповідним законам',
  'The services’ names must follow the list of Cabinet order 523-р of 16.05.2014 as amended and the laws concerned',
);
const CARDS_ROWS = [
  t(
    'Інформаційні картки – на основі типових інформаційних карток, з урахуванням наданої ОМС інформації про ЦНАП',
    'Information cards: from the typical information cards, with what the local government tells about its CNAP',
  ),
  t('Технологічні картки – за узгодженням з ОМС', 'Technological cards: agreed with the local government'),
  t(
    'З урахуванням наказу Мінсоцполітики від 11.05.2019 № 723',
    'Following the ministry’s order 723 of 11.05.2019',
  ),
];
const OBLAST_CITY_OWN_DECISION = {
  when: 'oblastCity',
  instead: t(
    'Для ЦНАП та УСЗН міст обласного значення – власне рішення ОМС без узгодженого рішення',
    'For the CNAP and УСЗН of a city of oblast significance: the council’s own decision, without an agreed one',
  ),
} as const;

const AFTER_MOVE = pensionFundChange(COUNTERPART_AFTER_MOVE);
const CARDS_AFTER_MOVE = pensionFundChange(
  t(
    'Для видів допомог, переданих Пенсійному фонду з 01.07.2025, типові інформаційні картки затверджує ПФУ (напр., його наказ від 10.07.2025 № 119), а не УСЗН готує їх на основі типових карток Мінсоцполітики.',
    'For the assistance types moved to the Pension Fund from 01.07.2025 the Pension Fund approves the typical information cards (e.g. its order 119 of 10.07.2025); УСЗН no longer prepares them from the ministry’s typical cards.',
  ),
  [PFU_TYPICAL_CARD],
);

/** The first step of every model: the local government decides it is ready, after consultations. */
function readiness(heading: string, what: string, en: string, quote: string): StepDraft {
  return {
    slug: 'readiness',
    seedNumber: 1,
    title: t(
      `ОМС визначитись з готовністю до надання АПСХ ${what} (попередньо вивчивши потреби та вимоги)`,
      en,
    ),
    actors: ['hromadaCouncil', 'cnap', 'socialProtectionBody'],
    produces: [
      'assessment',
      t(
        'Висновок про готовність за підсумками консультацій',
        'A conclusion on readiness after consultations',
      ),
    ],
    recommendations: [t(quote, 'Consultations between the bodies')],
    source: s1(`${heading}. ${ALGORITHM}`, `ОМС визначитись з готовністю до надання АПСХ ${what}`),
    changes: [AFTER_MOVE],
  };
}

function decisionStep(heading: string, seedNumber?: number): StepDraft {
  return {
    slug: 'council-decision',
    ...(seedNumber === undefined ? {} : { seedNumber }),
    title: t(
      'ОМС прийняти рішення про включення АПСХ у перелік послуг, що надаються через ЦНАП',
      'The local government decides to include the social-character services in the CNAP’s list of services',
    ),
    actors: ['hromadaCouncil'],
    produces: [
      'decision',
      t(
        'Рішення ради про включення АПСХ у перелік послуг ЦНАП',
        'The council’s decision including the services in the CNAP’s list',
      ),
    ],
    recommendations: [NAMES_ROW],
    source: s1(
      `${heading}. ${ALGORITHM}`,
      'ОМС прийняти рішення про включення АПСХ у перелік послуг, що надаються через ЦНАП',
    ),
    acts: [LIST_523],
  };
}

function cardsStep(heading: string, seedNumber?: number): StepDraft {
  return {
    slug: 'cards',
    ...(seedNumber === undefined ? {} : { seedNumber }),
    title: t(
      'Надати УСЗН інформацію про ЦНАП; УСЗН підготувати для кожної АПСХ інформаційні та технологічні картки',
      'Give УСЗН the facts about the CNAP; УСЗН prepares the information and technological card of every service',
    ),
    actors: ['socialProtectionBody', 'hromadaCouncil', 'cnap'],
    produces: [
      'cards',
      t(
        'Інформаційні та технологічні картки кожної АПСХ для цього ЦНАП',
        'The information and technological card of every service for this CNAP',
      ),
    ],
    recommendations: CARDS_ROWS,
    source: s1(`${heading}. ${ALGORITHM}`, 'УСЗН підготувати для кожної АПСХ, яка буде надаватися'),
    acts: [CARDS_723],
    changes: [CARDS_AFTER_MOVE],
  };
}

function campaignStep(heading: string, quote: string, seedNumber?: number): StepDraft {
  return {
    slug: 'campaign',
    ...(seedNumber === undefined ? {} : { seedNumber }),
    title: t(
      'Провести інформаційну кампанію для населення щодо можливості отримувати АПСХ у ЦНАП/ТП/ВРМ (старостинських округах)',
      'Run an information campaign telling residents they can get the services at the CNAP, its ТП and ВРМ (starosta districts)',
    ),
    actors: ['hromadaCouncil', 'socialProtectionBody', 'oblastSocialProtection'],
    produces: ['campaign', t('Інформаційна кампанія', 'An information campaign')],
    recommendations: [CAMPAIGN_ROW],
    source: s1(`${heading}. ${ALGORITHM}`, quote),
    acts: [CAMPAIGN_45],
  };
}

function oblastSupportStep(heading: string, quote: string, seedNumber?: number): StepDraft {
  return {
    slug: 'oblast-support',
    ...(seedNumber === undefined ? {} : { seedNumber }),
    title: t(
      'Органам соціального захисту ОДА забезпечити інформаційну та методологічну підтримку ЦНАП щодо надання АПСХ',
      'The oblast’s social protection bodies give the CNAP informational and methodical support on the services',
    ),
    actors: ['oblastSocialProtection'],
    produces: [
      'support',
      t(
        'Консультації, наставництво та консультування адміністраторів ЦНАП',
        'Consultations, mentoring and advice to the CNAP’s administrators',
      ),
    ],
    recommendations: [SUPPORT_ROW],
    source: s1(`${heading}. ${ALGORITHM}`, quote),
    acts: [SUPPORT_45],
  };
}

const MODEL_I_STEPS = stepList('model-i', [
  readiness(
    H1,
    'через ЦНАП з використанням ПК «ІІС «Соціальна громада»',
    'The local government decides whether it is ready to deliver the services through the CNAP with «Соціальна громада» (having studied the needs and requirements)',
    'Консультації між ЦНАП ОМС та УСЗН',
  ),
  {
    slug: 'technical-check',
    seedNumber: 2,
    title: t(
      'Самостійно перевірити відповідність комп’ютера(ів) у мережі інтернет мінімальним технічним вимогам ДП «ІОЦ Мінсоцполітики України»',
      'Check the computers and the connection against the minimum technical requirements of the ministry’s computing centre',
    ),
    actors: ['cnap'],
    produces: [
      'assessment',
      t(
        'Перевірка комп’ютерів і швидкості передачі даних',
        'A check of the computers and of the data transfer speed',
      ),
    ],
    recommendations: [
      t(
        'socgromada.ioc.gov.ua – розділ «Підключитись до програмного комплексу «Інтегрована інформаційна система «Соціальна громада» у 3 кроки»',
        'socgromada.ioc.gov.ua, the section on connecting to «Соціальна громада» in 3 steps',
      ),
      t('Звернути увагу на швидкість передачі даних', 'Mind the data transfer speed'),
    ],
    source: s1(`${H1}. ${ALGORITHM}`, 'Пропонується також звернути увагу на швидкість передачі даних!'),
  },
  {
    slug: 'qualified-signature',
    seedNumber: 3,
    title: t(
      'Виготовити/отримати КЕП сільському/селищному/міському голові',
      'Obtain a qualified electronic signature (КЕП) for the village, settlement or city head',
    ),
    actors: ['hromadaCouncil'],
    produces: ['qualifiedSignature', t('КЕП голови громади', 'The head’s КЕП')],
    recommendations: [
      t(
        'У разі, якщо КЕП не було отримано раніше в одному з АЦСК',
        'If no КЕП was obtained before from a certification centre',
      ),
    ],
    source: s1(`${H1}. ${ALGORITHM}`, 'Виготовити/отримати КЕП сільському/ селищному/ міському голові'),
  },
  {
    slug: 'encryption-request',
    seedNumber: 4,
    title: t(
      'Заповнити електронну заявку про намір укласти договір на отримання модуля(ів) шифрування з ДП «ІОЦ Мінсоцполітики України»',
      'File the online request to contract the ministry’s computing centre for encryption modules',
    ),
    actors: ['hromadaCouncil', 'ministryComputingCentre'],
    produces: [
      'letter',
      t('Електронна заявка на модуль(і) шифрування', 'The online request for encryption modules'),
    ],
    recommendations: [
      t(
        'socgromada.ioc.gov.ua – розділ «Підключитись … у 3 кроки»',
        'socgromada.ioc.gov.ua, the section on connecting in 3 steps',
      ),
    ],
    source: s1(
      `${H1}. ${ALGORITHM}`,
      'Заповнити електронну заявку про намір укласти договір на отримання модуля(ів) шифрування',
    ),
  },
  {
    slug: 'informatisation-contract',
    seedNumber: 5,
    title: t(
      'Підписати Договір про надання послуг у сфері інформатизації, що надійде на офіційну пошту ОМС разом з модулем(ями) шифрування та Інструкціями',
      'Sign the contract for informatisation services that comes to the council’s official mail with the encryption modules and instructions',
    ),
    actors: ['hromadaCouncil', 'ministryComputingCentre'],
    produces: [
      'contract',
      t(
        'Договір про надання послуг у сфері інформатизації; модулі шифрування',
        'The informatisation services contract; the encryption modules',
      ),
    ],
    source: s1(`${H1}. ${ALGORITHM}`, 'Підписати Договір про надання послуг у сфері інформатизації'),
  },
  {
    slug: 'connection',
    seedNumber: 6,
    title: t('Здійснити підключення до ПК «ІІС «Соціальна громада»', 'Connect to «Соціальна громада»'),
    actors: ['cnap', 'ministryComputingCentre'],
    produces: ['connection', t('Підключення до «Соціальної громади»', 'A connection to «Соціальна громада»')],
    source: s1(`${H1}. ${ALGORITHM}`, 'Здійснити підключення до ПК «ІІС «Соціальна громада»'),
    changes: [
      pensionFundChange(
        t(
          'Для видів допомог, переданих Пенсійному фонду з 01.07.2025, не підтверджено, якою системою документи з ЦНАП надходять до ПФУ: повідомлення про передачу називає Єдину інформаційну систему соціальної сфери, але не «Соціальну громаду».',
          'For the assistance types moved to the Pension Fund from 01.07.2025 it is not confirmed which system carries a CNAP’s documents to the Pension Fund: the notice of the move names the Unified Information System of the Social Sphere, not «Соціальна громада».',
        ),
      ),
    ],
  },
  {
    slug: 'initiative',
    seedNumber: 7,
    title: t(
      'ОМС звернутись до районного УСЗН з ініціативою щодо надання АПСХ через ЦНАП та пропозицією підписати угоду про співробітництво',
      'The local government writes to the district УСЗН proposing to deliver the services through the CNAP and to sign a cooperation agreement',
    ),
    actors: ['hromadaCouncil'],
    produces: ['letter', t('Офіційний лист довільної форми', 'An official letter in free form')],
    variants: [
      {
        when: 'oblastCity',
        instead: t(
          'ЦНАП міської ради звертається до УСЗН цієї ж ради з ініціативою та пропозицією підготовки рішення міської ради про надання АПСХ через ЦНАП',
          'The city council’s CNAP proposes to the same council’s УСЗН to prepare the council’s decision on delivering the services through the CNAP',
        ),
      },
    ],
    source: s1(
      `${H1}. ${ALGORITHM}`,
      'ОМС звернутись до районного УСЗН з ініціативою щодо надання АПСХ через ЦНАП',
    ),
    changes: [AFTER_MOVE],
    after: ['readiness'],
  },
  {
    slug: 'service-list',
    seedNumber: 8,
    title: t(
      'ОМС та УСЗН узгодити перелік АПСХ, що планується надавати через ЦНАП',
      'The local government and УСЗН agree the list of services to deliver through the CNAP',
    ),
    actors: ['hromadaCouncil', 'socialProtectionBody'],
    produces: ['serviceList', t('Узгоджений перелік АПСХ', 'The agreed list of services')],
    recommendations: [
      t(
        'За основу беруться всі послуги, які надаються через ПК «ІІС «Соціальна громада» та Перелік, затверджений розпорядженням КМУ від 16.05.2014 № 523-р, зі змінами; надання інших послуг – за узгодженням між сторонами',
        'The base is every service in «Соціальна громада» and the list of Cabinet order 523-р of 16.05.2014 as amended; other services as the parties agree',
      ),
    ],
    source: s1(
      `${H1}. ${ALGORITHM}`,
      'ОМС та УСЗН, у т.ч. і в містах обласного значення, узгодити перелік АПСХ',
    ),
    acts: [LIST_523],
    changes: [AFTER_MOVE],
  },
  {
    slug: 'agreement',
    seedNumber: 9,
    title: t(
      'ОМС та УСЗН узгодити та підписати Угоду про співробітництво з надання АПСХ через ЦНАП',
      'The local government and УСЗН agree and sign the cooperation agreement on delivering the services through the CNAP',
    ),
    actors: ['hromadaCouncil', 'socialProtectionBody'],
    produces: ['agreement', t('Угода про співробітництво', 'The cooperation agreement')],
    recommendations: [
      t(
        'Зразок наведено в листі Мінсоцполітики від 22.01.2020 № 968/0/2-20/51',
        'A sample is in the ministry’s letter 968/0/2-20/51 of 22.01.2020',
      ),
    ],
    source: s1(
      `${H1}. ${ALGORITHM}`,
      'ОМС та УСЗН узгодити та підписати Угоду про співробітництво з надання АПСХ через ЦНАП',
    ),
    acts: [AGREEMENT_968],
    changes: [AFTER_MOVE],
  },
  decisionStep(H1),
  cardsStep(H1),
  {
    slug: 'training',
    title: t(
      'Адміністраторам пройти навчання щодо користування ПК «ІІС «Соціальна громада» та особливостей надання АПСХ за підтримки УСЗН',
      'The administrators are trained in «Соціальна громада» and in the services, with УСЗН’s support',
    ),
    actors: ['cnap', 'socialProtectionBody', 'oblastSocialProtection'],
    produces: ['training', t('Навчання адміністраторів', 'The administrators’ training')],
    recommendations: [SUPPORT_ROW],
    source: s1(
      `${H1}. ${ALGORITHM}`,
      'Адміністраторам пройти відповідне навчання щодо користування ПК «ІІС «Соціальна громада»',
    ),
    acts: [SUPPORT_45],
    after: ['connection', 'cards'],
  },
  oblastSupportStep(
    H1,
    'Органам соціального захисту ОДА забезпечити інформаційну та методологічну підтримку ЦНАП щодо надання АПСХ',
  ),
  campaignStep(
    H1,
    'Провести відповідну інформаційну кампанію для населення щодо можливості отримувати АПСХ через ЦНАП/ТП/ВРМ',
  ),
]);

const MODEL_II_STEPS = stepList('model-ii', [
  readiness(
    H2,
    'у ЦНАП шляхом розміщення робочих місць представників фронт-офісу УСЗН у ЦНАП',
    'The local government decides whether it is ready to deliver the services by placing workplaces of УСЗН’s front office in the CNAP (having studied the needs and requirements)',
    'Робочі консультації між органами',
  ),
  {
    slug: 'initiative',
    seedNumber: 2,
    title: t(
      'Звернутись до районного УСЗН з ініціативою щодо надання АПСХ у ЦНАП',
      'Write to the district УСЗН proposing to deliver the services in the CNAP',
    ),
    actors: ['hromadaCouncil'],
    produces: ['letter', t('Офіційний лист довільної форми', 'An official letter in free form')],
    variants: [
      OBLAST_CITY_OWN_DECISION,
      {
        when: 'jointCnap',
        instead: t(
          'Для «спільних» ЦНАП ОМС і РДА – розпорядження голови РДА',
          'For a CNAP formed jointly with the district administration: an order of its head',
        ),
      },
    ],
    source: s1(`${H2}. ${ALGORITHM}`, 'Звернутись до районного УСЗН з ініціативою щодо надання АПСХ у ЦНАП'),
    changes: [AFTER_MOVE],
  },
  {
    slug: 'service-list',
    seedNumber: 3,
    title: t(
      'Узгодити перелік АПСХ, що планується надавати у ЦНАП, та умови розміщення в приміщенні ЦНАП представника(ів) УСЗН (робоче місце, підключення до мережі Інтернет тощо)',
      'Agree the list of services and how УСЗН’s representatives are placed in the CNAP (workplace, internet connection and so on)',
    ),
    actors: ['hromadaCouncil', 'socialProtectionBody', 'cnap'],
    produces: [
      'serviceList',
      t(
        'Узгоджений перелік АПСХ і умови розміщення представників УСЗН',
        'The agreed list of services and the terms of placing УСЗН’s representatives',
      ),
    ],
    recommendations: [LIST_ROW],
    variants: [OBLAST_CITY_OWN_DECISION],
    source: s1(`${H2}. ${ALGORITHM}`, 'умови розміщення в приміщенні ЦНАП представника(ів) УСЗН'),
    acts: [LIST_523],
    changes: [AFTER_MOVE],
  },
  {
    slug: 'agreement',
    seedNumber: 4,
    title: t(
      'ОМС та УСЗН узгодити та підписати Угоду про співробітництво з надання АПСХ у ЦНАП',
      'The local government and УСЗН agree and sign the cooperation agreement on delivering the services in the CNAP',
    ),
    actors: ['hromadaCouncil', 'socialProtectionBody'],
    produces: ['agreement', t('Угода про співробітництво', 'The cooperation agreement')],
    recommendations: [
      t(
        'Зразок наведено в листі Мінсоцполітики від 22.01.2020 № 968/0/2-20/51',
        'A sample is in the ministry’s letter 968/0/2-20/51 of 22.01.2020',
      ),
    ],
    variants: [
      OBLAST_CITY_OWN_DECISION,
      {
        when: 'jointCnap',
        instead: t(
          'Для «спільних» ЦНАП ОМС і РДА – рішення органів, що утворили ЦНАП',
          'For a CNAP formed jointly with the district administration: decisions of the bodies that formed it',
        ),
      },
    ],
    source: s1(
      `${H2}. ${ALGORITHM}`,
      'ОМС та УСЗН узгодити та підписати Угоду про співробітництво з надання АПСХ у ЦНАП',
    ),
    acts: [AGREEMENT_968],
    changes: [AFTER_MOVE],
  },
  decisionStep(H2, 5),
  cardsStep(H2, 6),
  {
    slug: 'database-access',
    seedNumber: 7,
    title: t(
      'Забезпечити доступ працівників УСЗН, робочі місця яких розміщені у ЦНАП, до баз даних і реєстрів Мінсоцполітики',
      'Give the УСЗН staff working in the CNAP access to the ministry’s databases and registers',
    ),
    actors: ['socialProtectionBody', 'cnap'],
    produces: [
      'databaseAccess',
      t(
        'Підключення робочих місць УСЗН у ЦНАП до корпоративної мережі УСЗН',
        'The УСЗН workplaces in the CNAP connected to УСЗН’s corporate network',
      ),
    ],
    recommendations: [
      t(
        'У т.ч. через підключення лише цих робочих місць до корпоративної мережі відповідного УСЗН з дотриманням вимог щодо технічного і криптографічного захисту інформації та законів «Про захист персональних даних» і «Про захист інформації в інформаційно-телекомунікаційних системах»',
        'Also by connecting only these workplaces to УСЗН’s corporate network under the rules of technical and cryptographic protection and the laws on personal data and on information protection',
      ),
    ],
    source: s1(
      `${H2}. ${ALGORITHM}`,
      'Забезпечити доступ працівників УСЗН, робочі місця яких розміщені у ЦНАП',
    ),
    after: ['agreement'],
  },
  campaignStep(
    H2,
    'Провести відповідну інформаційну кампанію для населення щодо можливості отримувати АПСХ у ЦНАП/ТП/ВРМ',
    8,
  ),
]);

const MODEL_III_STEPS = stepList('model-iii', [
  readiness(
    H3,
    'через ЦНАП',
    'The local government decides whether it is ready to deliver the services through the CNAP (having studied the needs and requirements)',
    'Робочі консультації між органами',
  ),
  {
    slug: 'initiative',
    seedNumber: 2,
    title: t(
      'Звернутись до районного УСЗН з ініціативою щодо надання АПСХ через ЦНАП',
      'Write to the district УСЗН proposing to deliver the services through the CNAP',
    ),
    actors: ['hromadaCouncil'],
    produces: ['letter', t('Офіційний лист довільної форми', 'An official letter in free form')],
    variants: [OBLAST_CITY_OWN_DECISION],
    source: s1(
      `${H3}. ${ALGORITHM}`,
      'Звернутись до районного УСЗН з ініціативою щодо надання АПСХ через ЦНАП',
    ),
    changes: [AFTER_MOVE],
  },
  {
    slug: 'service-list',
    seedNumber: 3,
    title: t(
      'Узгодити перелік АПСХ, що планується надавати через ЦНАП',
      'Agree the list of services to deliver through the CNAP',
    ),
    actors: ['hromadaCouncil', 'socialProtectionBody'],
    produces: ['serviceList', t('Узгоджений перелік АПСХ', 'The agreed list of services')],
    recommendations: [LIST_ROW],
    variants: [OBLAST_CITY_OWN_DECISION],
    source: s1(`${H3}. ${ALGORITHM}`, 'Узгодити перелік АПСХ, що планується надавати через ЦНАП'),
    acts: [LIST_523],
    changes: [AFTER_MOVE],
  },
  {
    slug: 'agreement',
    seedNumber: 4,
    title: t(
      'ОМС та УСЗН узгодити та підписати Угоду про співробітництво з надання АПСХ через ЦНАП',
      'The local government and УСЗН agree and sign the cooperation agreement on delivering the services through the CNAP',
    ),
    actors: ['hromadaCouncil', 'socialProtectionBody'],
    produces: ['agreement', t('Угода про співробітництво', 'The cooperation agreement')],
    recommendations: [
      t(
        'Зразок наведено в листі Мінсоцполітики від 22.01.2020 № 968/0/2-20/51',
        'A sample is in the ministry’s letter 968/0/2-20/51 of 22.01.2020',
      ),
    ],
    variants: [OBLAST_CITY_OWN_DECISION],
    source: s1(
      `${H3}. ${ALGORITHM}`,
      'ОМС та УСЗН узгодити та підписати Угоду про співробітництво з надання АПСХ через ЦНАП',
    ),
    acts: [AGREEMENT_968],
    changes: [AFTER_MOVE],
  },
  decisionStep(H3, 5),
  cardsStep(H3, 6),
  {
    slug: 'technological-solutions',
    title: t(
      'Отримати можливість використання технологічних рішень щодо прийняття заяв та обробки/прикріплення первинних документів, за умови запровадження таких централізованих рішень Мінсоцполітики',
      'Get the use of technological solutions for taking applications and attaching the primary documents, once the ministry introduces such central solutions',
    ),
    actors: ['cnap', 'socialProtectionBody'],
    produces: [
      'connection',
      t(
        'Доступ до централізованих технологічних рішень Мінсоцполітики (за їх наявності)',
        'Access to the ministry’s central technological solutions (where they exist)',
      ),
    ],
    recommendations: [
      t(
        'Для надання відповідних довідок та витягів (якщо власник інформаційних систем надає технічну можливість)',
        'For issuing certificates and extracts (if the owner of the information systems makes it possible)',
      ),
    ],
    source: s1(
      `${H3}. ${ALGORITHM}`,
      'Отримати можливість використання технологічних рішень щодо прийняття заяв',
    ),
  },
  oblastSupportStep(
    H3,
    'Органам соціального захисту ОДА забезпечити інформаційну та методологічну підтримку ЦНАП щодо надання АПСХ (в тому числі шляхом проведення консультацій відвідувачів в приміщенні ЦНАП',
    7,
  ),
  campaignStep(
    H3,
    'Провести відповідну інформаційну кампанію для населення щодо можливості отримувати АПСХ у ЦНАП/ТП/ВРМ (старостинських округах)',
    8,
  ),
]);

/** A strength or weakness as the data writes it. */
function assess(
  model: DeliveryModel,
  side: 'strength' | 'weakness',
  slug: string,
  text: readonly [string, string],
  sources: readonly SeedCitation[],
): Assessment {
  const tag = `${model.toLowerCase()}-${side === 'strength' ? 's' : 'w'}-${slug}`;
  return { id: tag, model, side, text: t(text[0], text[1]), basis: { sources: [...sources], acts: [] } };
}

const P1 = `${H1}. ${PROS_CONS}`;
const P2 = `${H2}. ${PROS_CONS}`;
const P3 = `${H3}. ${PROS_CONS}`;

const MODEL_I_STRENGTHS = [
  assess(
    'I',
    'strength',
    'wide-list',
    [
      'Надання широкого переліку АПСХ, що надаються УСЗН, можливість надання послуг за моделлю життєвих ситуацій',
      'A wide range of УСЗН’s services, and services by life situation',
    ],
    [s1(P1, 'Надання широкого переліку АПСХ, що надаються УСЗН')],
  ),
  assess(
    'I',
    'strength',
    'speed',
    [
      'Швидкість опрацювання та передача інформації; оперативність обміну інформацією, взаємодії ЦНАП і УСЗН',
      'Fast processing and transfer of information; quick exchange between the CNAP and УСЗН',
    ],
    [
      s1(P1, 'Швидкість опрацювання та передача інформації.'),
      s0('Перевагами моделі 1', 'оперативність обміну інформацією, взаємодії ЦНАП і УСЗН'),
    ],
  ),
  assess(
    'I',
    'strength',
    'front-back',
    [
      'Забезпечення ефективної взаємодії фронт- та бек-офісу',
      'Effective interaction of the front and back office',
    ],
    [s1(P1, 'Забезпечення ефективної взаємодії фронт- та бек-офісу.')],
  ),
  assess(
    'I',
    'strength',
    'simple-software',
    [
      'Простота ПК «ІІС «Соціальна громада» (але є потреба доопрацювання продукту)',
      '«Соціальна громада» is simple (though the product needs work)',
    ],
    [s1(P1, 'Простота ПК «ІІС «Соціальна громада» (але є потреба доопрацювання продукту)')],
  ),
  assess(
    'I',
    'strength',
    'law-changes',
    [
      'Оперативність внесення змін до ПК «ІІС «Соціальна громада» відповідно до змін законодавства: його доопрацьовує Мінсоцполітики паралельно зі змінами порядків; промислові системи ЦНАП роблять це після набуття чинності змін, що затримує надання послуг',
      '«Соціальна громада» follows changes of the law quickly: the ministry updates it alongside the procedures; the CNAPs’ industrial systems do so after the change takes effect, which delays services',
    ],
    [
      s1(
        P1,
        'Промислові системи автоматизації роботи ЦНАП це будуть робити після набуття чинності змін Законодавства',
      ),
    ],
  ),
  assess(
    'I',
    'strength',
    'less-uszn-load',
    ['Зменшення навантаження на УСЗН', 'Less load on УСЗН'],
    [s1(P1, 'Зменшення навантаження на УСЗН'), s0('Перевагами моделі 1', 'зменшення навантаження на УСЗН')],
  ),
  assess(
    'I',
    'strength',
    'closer',
    ['Наближення послуг до мешканців громад', 'Services closer to residents'],
    [s1(P1, 'Наближення послуг до мешканців громад')],
  ),
  assess(
    'I',
    'strength',
    'fewer-trips',
    [
      'Зменшення частоти фізичної взаємодії (доставки документів, особливо з ВРМ та/або терпідрозділів) з ЦНАП до УСЗН; економія людських, часових, фінансових ресурсів',
      'Fewer physical deliveries of documents from the CNAP to УСЗН, above all from ВРМ and ТП; saving people, time and money',
    ],
    [
      s1(
        P1,
        'Зменшення частоти фізичної взаємодії (доставки документів, особливо з ВРМ та/або терпідрозділів)',
      ),
      s0('Перевагами моделі 1', 'зменшення частоти фізичної взаємодії (доставки документів, особливо з ВРМ'),
    ],
  ),
  assess(
    'I',
    'strength',
    'personal-data',
    [
      'Можливість використання персоніфікованих даних з інформаційних систем Мінсоцполітики (за умови інтеграції їх з ПК «ІІС «Соціальна громада»)',
      'Personal data from the ministry’s information systems can be used (once they are integrated with «Соціальна громада»)',
    ],
    [s1(P1, 'Можливість використання персоніфікованих даних з інформаційних систем Мінсоцполітики')],
  ),
];

const MODEL_I_WEAKNESSES = [
  assess(
    'I',
    'weakness',
    'crypto-costs',
    [
      'Потреба в оплаті послуг з отримання криптомодулів для кожного ВРМ, а також плата за технічний та інформаційно-консультаційний супровід',
      'Paying for encryption modules for every ВРМ, and for technical and advisory support',
    ],
    [s1(P1, 'Потреба у здійсненні оплати послуг з отримання криптомодулів для кожного ВРМ')],
  ),
  assess(
    'I',
    'weakness',
    'low-capacity',
    [
      'Низька інституційна та технічна спроможність для підключення ОТГ/ЦНАП (включаючи ТП, ВРМ, уповноважених осіб, зокрема в старостинських округах)',
      'Low institutional and technical capacity to connect the hromada and its CNAP (with its ТП, ВРМ and authorised officials, in starosta districts too)',
    ],
    [s1(P1, 'Низька інституційна та технічна спроможність для підключення ОТГ/ЦНАП')],
  ),
  assess(
    'I',
    'weakness',
    'list-mismatch',
    [
      'Не всі послуги з Переліку № 523-р передбачені у ПК «ІІС «Соціальна громада», і не всі АПСХ із «Соціальної громади» є в Переліку',
      'Not every service of the list of order 523-р is in «Соціальна громада», and not every service in it is on the list',
    ],
    [s1(P1, 'Не всі послуги з Переліку, затвердженого розпорядженням КМУ від 16.05.2014 № 523-р')],
  ),
  assess(
    'I',
    'weakness',
    'cnap-load',
    ['Збільшення навантаження на ЦНАП', 'More load on the CNAP'],
    [s1(P1, 'Збільшення навантаження на ЦНАП')],
  ),
  assess(
    'I',
    'weakness',
    'another-system',
    [
      'Адміністратори ЦНАП, у т.ч. на ВРМ, змушені використовувати ще одну інформаційну систему (недолік можна зменшити інтеграцією «Соціальної громади» з «Вуликом» та іншими промисловими системами ЦНАП)',
      'The CNAP’s administrators, on ВРМ too, must use one more information system (integrating «Соціальна громада» with Вулик and other industrial CNAP systems may lessen this)',
    ],
    [s1(P1, 'будуть змушені використовувати ще одну інформаційну систему')],
  ),
  assess(
    'I',
    'weakness',
    'no-integration',
    [
      'Без інтеграції «Соціальної громади» з промисловими системами ЦНАП: відсутність єдиної системи контролю за вчасністю надання послуг, дублювання внесення даних у дві системи, додаткові витрати на підтримку подібного функціоналу',
      'Without integrating «Соціальна громада» with the CNAP’s industrial systems: no single control of timeliness, data entered twice, extra costs of keeping similar functions in several systems',
    ],
    [
      s1(P1, 'відсутність єдиної системи контролю за вчасністю надання послуг'),
      s0('Виклики моделі 1', 'дублювання внесення даних у різні системи'),
    ],
  ),
  assess(
    'I',
    'weakness',
    'informing',
    [
      'Потреба удосконалити взаємодію ЦНАП і УСЗН щодо інформування суб’єкта звернення про результат і контролю ЦНАП за додержанням УСЗН термінів розгляду справ',
      'The CNAP and УСЗН must improve how the applicant learns the result and how the CNAP controls УСЗН’s terms',
    ],
    [s0('Виклики моделі 1', 'контролю ЦНАП за додержанням УСЗН термінів розгляду справ та прийняття рішень')],
  ),
  assess(
    'I',
    'weakness',
    'data-entry-time',
    [
      'Додатковий час на внесення в ІІС «Соціальна громада» детальної інформації про кожне звернення, в т.ч. на сканування усіх документів',
      'Extra time to enter every application in detail in «Соціальна громада», scanning every document',
    ],
    [
      s0(
        'Виклики моделі 1',
        'додатковий часовий ресурс на внесення в ІІС «Соціальна громада» детальної інформації',
      ),
    ],
  ),
];

const MODEL_II_STRENGTHS = [
  assess(
    'II',
    'strength',
    'full-list',
    [
      'Надання усього переліку АПСХ, що надаються УСЗН, можливість надання послуг за моделлю життєвих ситуацій',
      'The whole range of УСЗН’s services, and services by life situation',
    ],
    [s1(P2, 'Надання усього переліку АПСХ, що надаються УСЗН')],
  ),
  assess(
    'II',
    'strength',
    'closer',
    [
      'Наближення послуг до мешканців громад, зручність громадянам',
      'Services closer to residents, convenient for citizens',
    ],
    [s1(P2, 'Наближення послуг до мешканців громад/зручність громадянам')],
  ),
  assess(
    'II',
    'strength',
    'no-cnap-load',
    [
      'Відсутність додаткового організаційного навантаження на адміністраторів ЦНАП',
      'No extra organisational load on the CNAP’s administrators',
    ],
    [
      s1(P2, 'Відсутність додаткового організаційного навантаження на адміністраторів ЦНАП'),
      s0(
        'До переваг моделі 2',
        'відсутність додаткового організаційного навантаження на адміністраторів ЦНАП',
      ),
    ],
  ),
  assess(
    'II',
    'strength',
    'competent',
    [
      'Компетентний персонал (фахівці УСЗН), можливість навчання на робочому місці адміністраторів ЦНАП для подальшого залучення їх до приймання документів',
      'Competent staff (УСЗН’s specialists), and on-the-job training of the CNAP’s administrators to take documents later',
    ],
    [
      s1(P2, 'Компетентний персонал, можливість навчання на робочому місці адміністраторів ЦНАП'),
      s0('До переваг моделі 2', 'компетентний готовий персонал (фахівці УСЗН)'),
    ],
  ),
  assess(
    'II',
    'strength',
    'archives',
    [
      'Використання архівів УСЗН як фронт-, так і бек-офісом',
      'УСЗН’s archives used by both the front and the back office',
    ],
    [s1(P2, 'Використання архівів УСЗН як фронт-, так і бек-офісом')],
  ),
];

const MODEL_II_WEAKNESSES = [
  assess(
    'II',
    'weakness',
    'unity',
    [
      'Слабша організаційна єдність, якщо працівники УСЗН не належать до посадових осіб органу, що утворив ЦНАП: ризики порушення дисципліни, єдиних правил і підходів ЦНАП, складність контролю',
      'Weaker organisational unity if the УСЗН staff are not officials of the body that formed the CNAP: risks to discipline and to the CNAP’s common rules, harder control',
    ],
    [
      s1(P2, 'Слабша організаційна єдність, якщо ЦНАП – як постійно діючий робочий орган'),
      s0('До викликів моделі 2', 'Ризики порушення дисципліни, єдиних правил і підходів ЦНАП'),
    ],
  ),
  assess(
    'II',
    'weakness',
    'two-points',
    [
      'Наявність фронт-офісів УСЗН як у ЦНАП, так і в УСЗН (якщо на перехідний період зберігається прийом у двох «точках»)',
      'УСЗН front offices both in the CNAP and at УСЗН (if reception at two points is kept for a transition)',
    ],
    [s1(P2, 'Наявність фронт-офісів УСЗН як у ЦНАП, так і в УСЗН')],
  ),
  assess(
    'II',
    'weakness',
    'monopoly',
    [
      'Брак універсалізму по окремих групах послуг у персоналу УСЗН («відомча монополія», вузькоспеціалізованість)',
      'УСЗН staff lack versatility across groups of services («departmental monopoly», narrow specialisation)',
    ],
    [
      s1(P2, 'Брак універсалізму  по окремих групах послуг у персоналу («відомча монополія»)'),
      s0('До викликів моделі 2', '(«відомча монополія» та вузькоспеціалізованість)'),
    ],
  ),
  assess(
    'II',
    'weakness',
    'separation',
    [
      'Фізичне розділення фронт- та бек-офісу УСЗН, особливо під час передачі документів у паперовому вигляді',
      'УСЗН’s front and back office are physically apart, above all when documents pass on paper',
    ],
    [s1(P2, 'Фізичне розділення фронт- та бек-офісу УСЗН')],
  ),
  assess(
    'II',
    'weakness',
    'archives',
    [
      'Складність отримання інформації з архівів УСЗН як фронт-, так і бек-офісом',
      'Getting information from УСЗН’s archives is hard for both the front and the back office',
    ],
    [
      s0(
        'До викликів моделі 2',
        'складність отримання інформації з архівів УСЗН як фронт-, так і бек-офісом',
      ),
    ],
  ),
];

const MODEL_III_STRENGTHS = [
  assess(
    'III',
    'strength',
    'wide-list',
    [
      'Надання широкого переліку АПСХ, що надаються УСЗН, можливість надання послуг за моделлю життєвих ситуацій',
      'A wide range of УСЗН’s services, and services by life situation',
    ],
    [s1(P3, 'Надання широкого переліку АПСХ, що надаються УСЗН')],
  ),
  assess(
    'III',
    'strength',
    'closer',
    [
      'Наближення послуг до мешканців громад, зручність громадянам, збільшення точок надання послуг',
      'Services closer to residents, convenient, at more points',
    ],
    [s1(P3, 'Наближення послуг до мешканців громад/зручність громадянам/збільшення точок надання послуг')],
  ),
  assess(
    'III',
    'strength',
    'less-uszn-load',
    ['Зменшення навантаження на УСЗН', 'Less load on УСЗН'],
    [s1(P3, 'Зменшення навантаження на УСЗН'), s0('Переваги моделі 3', 'зменшення навантаження на УСЗН')],
  ),
  assess(
    'III',
    'strength',
    'no-costs',
    [
      'Відсутність потреби в додаткових витратах на обладнання і програмне забезпечення, якщо у ЦНАП воно вже є',
      'No extra spending on equipment and software, if the CNAP already has it',
    ],
    [
      s1(P3, 'Відсутність потреби додаткових витрат на обладнання, ПЗ'),
      s0(
        'Переваги моделі 3',
        'відсутність потреби в ОМС у додаткових витратах на програмне забезпечення, якщо у ЦНАП воно уже наявне',
      ),
    ],
  ),
];

const MODEL_III_WEAKNESSES = [
  assess(
    'III',
    'weakness',
    'subjective',
    [
      'Суб’єктивний підхід УСЗН під час узгодження переліку послуг для надання через ЦНАП',
      'УСЗН’s subjective approach when agreeing the list of services for the CNAP',
    ],
    [s1(P3, 'Суб’єктивний підхід УСЗН під час узгодження переліку послуг')],
  ),
  assess(
    'III',
    'weakness',
    'transport',
    [
      'Фізичне перевезення паперових документів: значні витрати часових, людських та фінансових ресурсів',
      'Paper documents carried physically: much time, staff and money spent',
    ],
    [
      s1(P3, 'Фізичне перевезення документів. Значні витрати часових, людських та фінансових ресурсів.'),
      s0('Виклики моделі 3', 'фізичне перевезення паперових документів (до 01.03.2021)'),
    ],
  ),
  assess(
    'III',
    'weakness',
    'cnap-load',
    ['Збільшення навантаження на ЦНАП', 'More load on the CNAP'],
    [s1(P3, 'Збільшення навантаження на ЦНАП.'), s0('Виклики моделі 3', 'збільшення навантаження на ЦНАП')],
  ),
  assess(
    'III',
    'weakness',
    'no-tool',
    [
      'Відсутність зручного інструменту для прийняття та передачі документів – автоматизованого контролю за своєчасністю і повнотою передачі документів та за термінами їх опрацювання',
      'No convenient tool for taking and passing documents on: no automated control of the timeliness and completeness of transfers and of processing terms',
    ],
    [s1(P3, 'автоматизованого контролю за своєчасністю і повнотою передачі документів')],
  ),
  assess(
    'III',
    'weakness',
    'archives',
    ['Складність отримання інформації з архівів УСЗН', 'Getting information from УСЗН’s archives is hard'],
    [s0('Виклики моделі 3', 'складність отримання інформації з архівів УСЗН')],
  ),
  assess(
    'III',
    'weakness',
    'e-interaction',
    [
      'Дієвість е-взаємодії між інформаційними системами ЦНАП та Мінсоцполітики (у разі її запровадження)',
      'Whether electronic interaction between the CNAP’s systems and the ministry’s will work (if introduced)',
    ],
    [s0('Виклики моделі 3', 'дієвість е-взаємодії між інформаційними системами ЦНАП та Мінсоцполітики')],
  ),
];

const RECEIVERS_I_III = [
  point(
    'cnap-administrator',
    t(
      'Адміністратор ЦНАП, терпідрозділу (ТП) або віддаленого робочого місця (ВРМ)',
      'An administrator of the CNAP, of its territorial subdivision (ТП) or of a remote workplace (ВРМ)',
    ),
    [
      s1(
        'І. … на підставі узгодженого чи власного рішення',
        'адміністратором ЦНАП/ терпідрозділу (ТП)/віддаленого робочого місця (ВРМ)',
      ),
    ],
  ),
  point(
    'authorised-official',
    t(
      'Уповноважена особа ОМС (ОТГ) у сфері соціального захисту населення (з функціями адміністратора), яка входить до складу ЦНАП',
      'An official of the hromada authorised for social protection (with an administrator’s functions), part of the CNAP',
    ),
    [
      s1(
        'І. … на підставі узгодженого чи власного рішення',
        'уповноваженою особою ОМС (ОТГ) у сфері соціального захисту населення',
      ),
    ],
  ),
];

/**
 * The three models of delivering social-character services (АПСХ) through a CNAP, as seed 001 writes them, with
 * the strengths and challenges of seed 000: who receives the applications, which services, how the CNAP and the
 * deciding body interact, the implementation algorithm (14 steps for model I, 8 for II, 9 for III, counting the rows
 * the seed left unnumbered), and the strengths and weaknesses. Steps the 2025 move of assistance decisions to the
 * Pension Fund changes carry the change in `changes`, dated and cited.
 *
 * @example
 * ```ts
 * import { MODELS } from '@vikno/adoption';
 *
 * MODELS.III.steps.map((step) => step.produces.kind);
 * //=> ['assessment', 'letter', 'serviceList', 'agreement', 'decision', 'cards', 'connection', 'support', 'campaign']
 * MODELS.II.strengths.length;
 * //=> 5
 * ```
 */
export const MODELS: Readonly<Record<DeliveryModel, AdoptionModel>> = {
  I: {
    id: 'I',
    title: t(
      'Модель I: АПСХ надаються через ЦНАП з використанням ПК «ІІС «Соціальна громада»',
      'Model I: the services go through the CNAP with «Соціальна громада»',
    ),
    deliveredBy: RECEIVERS_I_III,
    services: [
      point(
        'model-i-services-social-hromada',
        t('Усі АПСХ, внесені до ПК «ІІС «Соціальна громада»', 'Every service in «Соціальна громада»'),
        [s1(`${H1}. ВИДИ ПОСЛУГ`, 'усі АПСХ, внесені до ПК «ІІС «Соціальна громада»')],
      ),
      point(
        'model-i-services-list-523',
        t(
          'Інші АПСХ згідно з Переліком, затвердженим розпорядженням КМУ від 16.05.2014 № 523-р; у разі відсутності послуг у Переліку – на підставі відповідного закону',
          'Other services of the list of Cabinet order 523-р of 16.05.2014; a service not on the list, under its law',
        ),
        [
          s1(
            `${H1}. ВИДИ ПОСЛУГ`,
            'інші АПСХ згідно з Переліком, затвердженим розпорядженням КМУ від 16.05.2014 № 523-р',
          ),
        ],
        [LIST_523],
      ),
      point(
        'model-i-services-certificates',
        t(
          'Видача довідок і витягів (про взяття ВПО на облік, про доходи тощо) – після доопрацювання «Соціальної громади» та законодавчого регулювання',
          'Certificates and extracts (IDP registration, income and so on) once «Соціальна громада» and the law allow it',
        ),
        [
          s1(
            `${H1}. ВИДИ ПОСЛУГ`,
            'видача довідок/витягів (довідка про взяття ВПО на облік та довідка про доходи',
          ),
        ],
      ),
    ],
    interaction: [
      point(
        'model-i-interaction-entry',
        t(
          'Приймання документів і внесення відомостей у ПК «ІІС «Соціальна громада»',
          'Documents are taken and entered in «Соціальна громада»',
        ),
        [
          s1(
            `${H1}. СПОСІБ ВЗАЄМОДІЇ`,
            'приймання документів для отримання послуг та внесення відомостей у Програмний комплекс',
          ),
        ],
      ),
      point(
        'model-i-interaction-electronic',
        t(
          'Передача документів в електронному вигляді до УСЗН, рішення на їх підставі та зворотне інформування ЦНАП; паперові документи передаються постфактум',
          'Documents go to УСЗН electronically, it decides on them and informs the CNAP back; the paper follows afterwards',
        ),
        [s1(`${H1}. СПОСІБ ВЗАЄМОДІЇ`, 'Паперові документи передаються постфактум')],
        [],
        [AFTER_MOVE],
      ),
      point(
        'model-i-interaction-registers',
        t(
          'Використання персоніфікованих даних з централізованих баз даних і реєстрів Мінсоцполітики',
          'Personal data from the ministry’s central databases and registers',
        ),
        [
          s1(
            `${H1}. СПОСІБ ВЗАЄМОДІЇ`,
            'використання персоніфікованих даних з централізованих баз даних та реєстрів Мінсоцполітики',
          ),
        ],
      ),
    ],
    steps: MODEL_I_STEPS,
    strengths: MODEL_I_STRENGTHS,
    weaknesses: MODEL_I_WEAKNESSES,
  },
  II: {
    id: 'II',
    title: t('Модель II: фронт-офіс УСЗН у ЦНАП', 'Model II: УСЗН’s front office inside the CNAP'),
    deliveredBy: [
      point(
        'uszn-representative',
        t(
          'Представник УСЗН (у т.ч. з функціями адміністратора) – для райцентрів та міст обласного значення',
          'A representative of УСЗН (also with an administrator’s functions), for district centres and cities of oblast significance',
        ),
        [
          s1(
            H2,
            'представником УСЗН (в тому числі з функціями адміністратора) – для райцентрів та міст обласного значення',
          ),
        ],
      ),
    ],
    services: [
      point(
        'model-ii-services',
        t(
          'АПСХ згідно з Переліком № 523-р та інші, передбачені законами, надання яких УСЗН забезпечує через власні фронт-офіси',
          'The services of the list of order 523-р and others under the laws that УСЗН delivers through its own front offices',
        ),
        [s1(`${H2}. ВИДИ ПОСЛУГ`, 'надання яких забезпечується УСЗН через власні фронт-офіси')],
        [LIST_523],
      ),
    ],
    interaction: [
      point(
        'model-ii-interaction-staff',
        t(
          'Представники фронт-офісу УСЗН входять до посадового складу ЦНАП як робочого органу; їх постійні робочі місця – у ЦНАП',
          'УСЗН’s front-office staff are part of the CNAP’s staff as a working body, with permanent workplaces in it',
        ),
        [s1(`${H2}. СПОСІБ ВЗАЄМОДІЇ`, 'їх постійні робочі місця розміщено у ЦНАП')],
      ),
      point(
        'model-ii-interaction-paper',
        t(
          'Документи приймаються на папері (з доступом до баз даних і реєстрів Мінсоцполітики) і передаються до УСЗН на папері; УСЗН вирішує та інформує ЦНАП',
          'Documents are taken on paper (with access to the ministry’s databases and registers) and passed to УСЗН on paper; УСЗН decides and informs the CNAP',
        ),
        [s1(`${H2}. СПОСІБ ВЗАЄМОДІЇ`, 'передача документів до УСЗН: в паперовому вигляді')],
        [],
        [AFTER_MOVE],
      ),
    ],
    steps: MODEL_II_STEPS,
    strengths: MODEL_II_STRENGTHS,
    weaknesses: MODEL_II_WEAKNESSES,
  },
  III: {
    id: 'III',
    title: t(
      'Модель III: АПСХ надаються через ЦНАП без «Соціальної громади»',
      'Model III: the services go through the CNAP without «Соціальна громада»',
    ),
    deliveredBy: RECEIVERS_I_III,
    services: [
      point(
        'model-iii-services-list-523',
        t(
          'АПСХ згідно з Переліком № 523-р та інші, передбачені законами (за узгодженням з УСЗН)',
          'The services of the list of order 523-р and others under the laws (as agreed with УСЗН)',
        ),
        [s1(`${H3}. ВИДИ ПОСЛУГ`, 'та інші, передбачені законами України (за узгодженням с УСЗН)')],
        [LIST_523],
      ),
      point(
        'model-iii-services-certificates',
        t(
          'Видача довідок і витягів – за умови доступу працівників ЦНАП до інформаційних систем Мінсоцполітики',
          'Certificates and extracts, if the CNAP’s staff get access to the ministry’s information systems',
        ),
        [s1(`${H3}. ВИДИ ПОСЛУГ`, 'видача довідок/витягів – за умови надання працівникам ЦНАП доступу')],
      ),
    ],
    interaction: [
      point(
        'model-iii-interaction-paper',
        t(
          'Документи приймаються на папері і передаються до УСЗН на папері; УСЗН вирішує та інформує ЦНАП',
          'Documents are taken on paper and passed to УСЗН on paper; УСЗН decides and informs the CNAP',
        ),
        [s1(`${H3}. СПОСІБ ВЗАЄМОДІЇ`, 'передання документів до УСЗН: в паперовому вигляді')],
        [],
        [AFTER_MOVE],
      ),
    ],
    steps: MODEL_III_STEPS,
    strengths: MODEL_III_STRENGTHS,
    weaknesses: MODEL_III_WEAKNESSES,
  },
};

/**
 * The implementation steps of each model (the `steps` of {@link MODELS}), for a plan.
 *
 * @example
 * ```ts
 * import { STEPS_OF_MODEL } from '@vikno/adoption';
 *
 * STEPS_OF_MODEL.I.find((step) => step.produces.kind === 'agreement')?.basis.acts[0]?.act;
 * //=> 'mlsp-letter-968-2020'
 * ```
 */
export const STEPS_OF_MODEL: Readonly<Record<DeliveryModel, readonly Step[]>> = {
  I: MODELS.I.steps,
  II: MODELS.II.steps,
  III: MODELS.III.steps,
};
