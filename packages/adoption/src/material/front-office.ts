import { point, type StepDraft, stepList, t } from './build.js';
import { COUNTERPART_AFTER_MOVE, pensionFundChange, S004, seed } from './cite.js';
import type { FrontOfficeModel, Indicator, SeedCitation } from './types.js';

// Seed 004 (slides of the Berezivka hromada's pilot): the two steps of a hromada's one-stop social protection
// model, its 13-step roadmap, how the front office in the starosta districts works, and the indicators. The slides
// name no actor for the roadmap's steps: the council for a decision (рішення) and the authorised social unit for
// the rest is this library's reading, as is each step needing the one before it.

const TITLE =
  'Дві сходинки впровадження моделі управління соціальним захистом в ОТГ за принципом “єдиного вікна”';
const ROADMAP = 'Дорожня карта впровадження Моделі адміністрування в ОТГ';
const ALGORITHM = 'Алгоритм роботи фронт-офісу в 4-х старостатах Березівської ОТГ';
const PILOT = 'Основні характеристики пілотних ОТГ через 3 місяці після початку впровадження Моделі';
const PROGRESS = 'Індикатори прогресу – створити власний бренд';
const UNIT = 'Безпосередня діяльність уповноваженого соціального підрозділу (посадової особи)';
const SMALL = 'Соціальний фронт-офіс у невеликих ОТГ (1 групи)';

const s4 = (heading: string, quote: string): SeedCitation => seed(S004, heading, quote);

function roadmapStep(
  seedNumber: number,
  slug: string,
  quote: string,
  en: string,
  produces: StepDraft['produces'],
  extra: Partial<StepDraft> = {},
): StepDraft {
  const decision = quote.startsWith('Рішення');
  return {
    slug,
    seedNumber,
    title: t(quote, en),
    actors: decision ? ['hromadaCouncil'] : ['socialUnit'],
    produces,
    source: s4(ROADMAP, quote),
    ...extra,
  };
}

const ROADMAP_STEPS = stepList('front-office', [
  roadmapStep(
    1,
    'model-decision',
    'Рішення про впровадження моделі та індикатори',
    'Decide to introduce the model, and its indicators',
    ['decision', t('Рішення про впровадження моделі та індикатори', 'The decision and its indicators')],
  ),
  roadmapStep(
    2,
    'unit-decision',
    'Рішення про утворення соціального підрозділу та ССД',
    'Decide to form the social unit and the children’s service (ССД)',
    [
      'decision',
      t(
        'Рішення про утворення соціального підрозділу та ССД',
        'The decision forming the unit and the children’s service',
      ),
    ],
  ),
  roadmapStep(
    3,
    'workplaces-decision',
    'Рішення про створення віддалених р. м. в старостатах',
    'Decide to create remote workplaces in the starostats',
    [
      'decision',
      t(
        'Рішення про віддалені робочі місця в старостатах',
        'The decision on remote workplaces in the starostats',
      ),
    ],
  ),
  roadmapStep(
    4,
    'regulations',
    'Затвердити положення про соціальний підрозділ та про ССД',
    'Approve the regulations of the social unit and of the children’s service',
    [
      'regulations',
      t('Положення про соціальний підрозділ та про ССД', 'The regulations of the unit and the service'),
    ],
    { actors: ['hromadaCouncil'] },
  ),
  roadmapStep(
    5,
    'job-descriptions',
    'Затвердити посадові інструкції працівників',
    'Approve the staff’s job descriptions',
    ['jobDescriptions', t('Посадові інструкції', 'The job descriptions')],
    { actors: ['hromadaCouncil'] },
  ),
  roadmapStep(
    6,
    'agreement',
    'Укласти Угоду між виконкомом ОТГ та УПСЗН',
    'Sign an agreement between the hromada’s executive committee and УПСЗН',
    [
      'agreement',
      t('Угода між виконкомом ОТГ та УПСЗН', 'The agreement of the executive committee and УПСЗН'),
    ],
    {
      actors: ['hromadaCouncil', 'socialProtectionBody'],
      changes: [pensionFundChange(COUNTERPART_AFTER_MOVE)],
    },
  ),
  roadmapStep(
    7,
    'data-exchange',
    'Забезпечити автоматизований обмін інформацією',
    'Set up the automated exchange of information',
    ['dataExchange', t('Автоматизований обмін інформацією з УПСЗН', 'The automated exchange with УПСЗН')],
    { actors: ['socialUnit', 'socialProtectionBody'] },
  ),
  roadmapStep(
    8,
    'document-storage',
    'Забезпечити зберігання документів',
    'Arrange the keeping of documents',
    [
      'documentStorage',
      t(
        'Зберігання документів (реєстри передавання в окремій справі)',
        'Keeping of documents (the transfer registers on a file of their own)',
      ),
    ],
  ),
  roadmapStep(
    9,
    'needs',
    'Організувати виявлення  потреб у послугах',
    'Organise finding out the needs for services',
    ['assessment', t('Виявлені потреби у соціальних послугах', 'The needs for social services found')],
  ),
  roadmapStep(
    10,
    'services-decision',
    'Рішення про перелік соціальних послуг',
    'Decide the list of social services',
    ['decision', t('Рішення про перелік соціальних послуг', 'The decision on the list of social services')],
  ),
  roadmapStep(
    11,
    'provider-audit',
    'Провести ревізію надавачів соціальних послуг',
    'Review the providers of social services',
    ['providerRegister', t('Ревізія надавачів соціальних послуг', 'The review of providers')],
  ),
  roadmapStep(
    12,
    'providers-decision',
    'Рішення про суб’єктів надання послуг',
    'Decide who provides the services',
    ['decision', t('Рішення про суб’єктів надання послуг', 'The decision on the providers')],
  ),
  roadmapStep(
    13,
    'provider-database',
    'Формувати базу даних надавачів послуг',
    'Build the database of providers',
    ['providerRegister', t('База даних надавачів послуг', 'The providers’ database')],
  ),
]);

function pilot(
  id: string,
  uk: string,
  quote: string,
  en: string,
  shares: readonly [number, number, number, number],
): Indicator {
  return {
    id: `pilot-${id}`,
    kind: 'pilot',
    text: t(uk, en),
    shares: [
      { group: 'I-rural', percent: shares[0] },
      { group: 'II-rural', percent: shares[1] },
      { group: 'III-rural-settlement', percent: shares[2] },
      { group: 'III-urban', percent: shares[3] },
    ],
    basis: { sources: [s4(PILOT, quote)], acts: [] },
  };
}

function progress(id: string, text: readonly [string, string], quote: string): Indicator {
  return {
    id: `progress-${id}`,
    kind: 'progress',
    text: t(text[0], text[1]),
    shares: [],
    basis: { sources: [s4(PROGRESS, quote)], acts: [] },
  };
}

const element = (id: string, heading: string, quote: string, en: string) =>
  point(`front-office-${id}`, t(quote, en), [s4(heading, quote)]);

/**
 * A hromada's social front office (seed 004): the model's two components, the elements around them, the 13-step
 * roadmap, the six actions of the front office in a starosta district (in order), and eight indicators: four of
 * progress and four characteristics of the pilot hromadas three months in, with their shares per group.
 *
 * @example
 * ```ts
 * import { FRONT_OFFICE } from '@vikno/adoption';
 *
 * FRONT_OFFICE.algorithm.map((action) => action.id);
 * //=> ['starostat-help', 'starostat-income-request', 'starostat-journal', 'starostat-transfer-registers', 'starostat-keep-registers', 'starostat-data-exchange']
 * FRONT_OFFICE.indicators.find((indicator) => indicator.id === 'pilot-starostat-reception')?.shares[0];
 * //=> { group: 'I-rural', percent: 100 }
 * ```
 */
export const FRONT_OFFICE: FrontOfficeModel = {
  components: [
    point(
      'front-office-component-front-office',
      t(
        'Створення фронт-офісу в ОТГ з організацією прийому мешканців в ЦНАП або в уповноваженому соціальному підрозділі та в старостатах за місцем їх проживання',
        'A front office in the hromada receiving residents at the CNAP or the authorised social unit and in the starostats where they live',
      ),
      [s4(TITLE, 'I.Створення фронт-офісу в ОТГ з організацією прийому мешканців в')],
    ),
    point(
      'front-office-component-integrated',
      t(
        'Забезпечення інтегрованого підходу до виявлення потреб жителів ОТГ та організації для них комплексних соціальних послуг, а також до стратегічного планування, формування соціального бюджету та розвитку соціальної інфраструктури',
        'An integrated approach to finding residents’ needs and organising comprehensive social services for them, and to strategic planning, the social budget and social infrastructure',
      ),
      [s4(TITLE, 'II. Забезпечення  інтегрованого  підходу  до виявлення потреб жителів')],
    ),
  ],
  elements: [
    element('mobile', TITLE, 'ЦНАП,  мобільний ЦНАП,', 'The CNAP, a mobile CNAP, a travelling administrator'),
    element(
      'reception',
      TITLE,
      'Організація прийому громадян з питань соціального захисту та захисту прав дітей',
      'Receiving citizens on social protection and children’s rights',
    ),
    element(
      'exchange',
      TITLE,
      'Організація автоматизованого обміну інформацією з УПСЗН',
      'An automated exchange of information with УПСЗН',
    ),
    element(
      'children-service',
      TITLE,
      'Створення Служби у справах дітей',
      'A children’s service (служба у справах дітей)',
    ),
    element(
      'case-manager',
      TITLE,
      'Введення  в штат виконкому ОТГ посади ФСР як кейс-менеджера',
      'A social worker (ФСР) as case manager on the executive committee’s staff',
    ),
    element(
      'participation',
      TITLE,
      'Залучення мешканців ОТГ до визначення соціальних потреб (пріоритет –молодь)',
      'Residents (young people first) taking part in defining social needs',
    ),
    element('informing', TITLE, 'Організація інформування населення', 'Informing the public'),
    element(
      'small-hromada',
      SMALL,
      'Інформаційно-роз»яснювальна робота з населенням',
      'In a small hromada: the CNAP, remote workplaces in starostats and the authorised social unit explain to residents and exchange information with УСЗН’s back office',
    ),
    element(
      'accountable',
      SMALL,
      'Підзвітність уповноваженому соціальному підрозділу',
      'Accountable to the authorised social unit',
    ),
    element(
      'unit-coordination',
      UNIT,
      'Координація роботи фронт- офісу , у т.ч. на віддалених робочих місцях',
      'The unit coordinates the front office, on remote workplaces too',
    ),
    element(
      'unit-education',
      UNIT,
      'Інформаційно-просвітницька діяльність з населенням',
      'It informs and educates the public',
    ),
    element(
      'unit-needs',
      UNIT,
      'Визначення потреби у соціальних послугах',
      'It determines the need for social services',
    ),
    element('unit-providers', UNIT, 'Визначення надавачів послуг', 'It determines the providers'),
    element(
      'unit-planning',
      UNIT,
      'Стратегічне  планування',
      'It plans strategically and forms the social budget',
    ),
  ],
  roadmap: ROADMAP_STEPS,
  algorithm: [
    point(
      'starostat-help',
      t(
        'Допомагає особі у зборі документів і написанні заяви',
        'Helps the person collect the documents and write the application',
      ),
      [s4(ALGORITHM, 'Допомагає особі у зборі документів і написанні заяви')],
    ),
    point(
      'starostat-income-request',
      t(
        'Самостійно робить запит в електронній формі на УСЗН (коли для декларації потрібна інформація про доходи)',
        'Requests УСЗН electronically itself (when a declaration needs income data)',
      ),
      [s4(ALGORITHM, 'Самостійно робить запит в електронній формі на УСЗН')],
    ),
    point(
      'starostat-journal',
      t('Реєструє прийняті заяви у відповідному журналі', 'Registers the applications taken in the journal'),
      [s4(ALGORITHM, 'Реєструє прийняті заяви у відповідному журналі')],
    ),
    point(
      'starostat-transfer-registers',
      t(
        'Передає прийняті заяви на УСЗН за реєстрами передавання документів',
        'Passes the applications to УСЗН with transfer registers (реєстри передавання документів)',
      ),
      [s4(ALGORITHM, 'Передає прийняті заяви на УСЗН за реєстрами передавання документів')],
      [],
      [pensionFundChange(COUNTERPART_AFTER_MOVE)],
    ),
    point(
      'starostat-keep-registers',
      t(
        'Передає реєстри начальнику відділу і зберігає в окремій справі',
        'Hands the registers to the head of the department, kept on a file of their own',
      ),
      [s4(ALGORITHM, 'Передає реєстри начальнику відділу і зберігає в окремій справі')],
    ),
    point(
      'starostat-data-exchange',
      t(
        'Забезпечує автоматизований обмін інформацією з УСЗН РДА',
        'Keeps the automated exchange of information with the district УСЗН',
      ),
      [s4(ALGORITHM, 'Забезпечує автоматизований обмін інформацією з УСЗН РДА')],
    ),
  ],
  indicators: [
    progress(
      'everyone-received',
      [
        'Прийом усіх жителів ОТГ у фронт-офісі (ЦНАП) в центрі громади та на віддалених робочих місцях (мобільний ЦНАП, «виїзний» адміністратор ЦНАП)',
        'Every resident received at the front office (CNAP) in the centre and on remote workplaces (mobile CNAP, travelling administrator)',
      ],
      'Прийом  усіх жителів ОТГ',
    ),
    progress(
      'social-workers',
      [
        'Введення в штатний розпис ФСР із розрахунку 1 на 1000 жителів (на 1 старостат)',
        'Social workers (ФСР) on the staff, one per 1000 residents (per starostat)',
      ],
      'Введення в штатний',
    ),
    progress(
      'children-service',
      [
        'Наявність в ОТГ служби у справах дітей (уповноваженого з питань захисту прав дітей)',
        'A children’s service (or an official for children’s rights) in the hromada',
      ],
      'Наявність в ОТГ',
    ),
    progress(
      'providers',
      [
        'Наявність в ОТГ комунальних та недержавних суб’єктів, що надають соціальні послуги',
        'Communal and non-state providers of social services in the hromada',
      ],
      "комунальних та недержавних суб'єктів",
    ),
    pilot(
      'social-unit',
      'Створено підрозділ у виконкомі (посадову особу) з питань соціального захисту',
      'Створено підрозділ у виконкомі',
      'A social protection unit (or official) created in the executive committee',
      [80, 86, 100, 60],
    ),
    pilot(
      'children-service',
      'Створено ССД (введено уповноваженого з питань захисту прав дітей)',
      'Створено ССД (введено',
      'A children’s service created (or an official for children’s rights)',
      [40, 64, 40, 30],
    ),
    pilot(
      'starostat-reception',
      'Організовано прийом жителів в старостатах',
      'Організовано прийом жителів в',
      'Residents received in the starostats',
      [100, 93, 100, 80],
    ),
    pilot(
      'pension-fund-reception',
      'Організовано прийом представників ПФУ і ДСЗ на віддалених робочих місцях',
      'представників ПФУ і ДСЗ на',
      'Representatives of the Pension Fund and the employment service receive on remote workplaces',
      [90, 93, 80, 60],
    ),
  ],
};
