import { type StepDraft, stepList, t } from './build.js';
import { S002, seed } from './cite.js';
import type { DiiaCentrePath, QualityCriterion } from './types.js';

// Seed 002 (a hromada's news item of 04.09.2025): the 15 steps to a Дія.Центр and what its quality criteria
// cover. The ministry's own list of the 12 criteria was not found (searched in the stored pages: Мінцифри's pages
// on barrier-free CNAPs, the Дія.Центр network, its web platform), so each criterion here is an area the seed
// names, marked `official: false`, with no act cited.

const STEPS_HEADING = 'Процес створення Дія.Центру у громаді: покроковий план';
const CRITERIA_HEADING = STEPS_HEADING;

function diiaStep(
  seedNumber: number,
  slug: string,
  quote: string,
  title: readonly [string, string],
  actors: StepDraft['actors'],
  produces: StepDraft['produces'],
): StepDraft {
  return {
    slug,
    seedNumber,
    title: t(title[0], title[1]),
    actors,
    produces,
    source: seed(S002, STEPS_HEADING, quote),
  };
}

const STEPS = stepList('diia-centre', [
  diiaStep(
    1,
    'decision',
    'Прийняття рішення: Місцеві органи влади скликають сесію',
    [
      'Прийняття рішення: сесія ради ухвалює рішення про створення або модернізацію ЦНАП до формату Дія.Центру',
      'Decision: the council in session decides to create a Дія.Центр or modernise its CNAP into one',
    ],
    ['hromadaCouncil'],
    ['decision', t('Рішення ради про створення або модернізацію', 'The council’s decision')],
  ),
  diiaStep(
    2,
    'audit',
    'Аудит існуючого ЦНАП: Оцінка стану приміщення, обладнання та якості обслуговування',
    [
      'Аудит існуючого ЦНАП: оцінка стану приміщення, обладнання та якості обслуговування',
      'Audit of the existing CNAP: premises, equipment and quality of service',
    ],
    ['cnap'],
    ['assessment', t('Звіт аудиту ЦНАП', 'The CNAP’s audit report')],
  ),
  diiaStep(
    3,
    'needs',
    'Аналіз потреб громади: Дослідження запитів мешканців',
    [
      'Аналіз потреб громади: які послуги мешканці отримують найчастіше і чого бажають',
      'Analysis of the hromada’s needs: the services residents use most and what they want added',
    ],
    ['hromadaCouncil', 'cnap'],
    ['assessment', t('Аналіз потреб громади', 'An analysis of needs')],
  ),
  diiaStep(
    4,
    'consultations',
    'Консультації та обмін досвідом: Звернення до Міністерства цифрової трансформації',
    [
      'Консультації та обмін досвідом: звернення до Мінцифри за експертною допомогою, вивчення практик інших громад',
      'Consultations and exchange: asking the Ministry of Digital Transformation for expertise, studying other hromadas',
    ],
    ['hromadaCouncil', 'digitalTransformationMinistry'],
    ['support', t('Консультації Мінцифри', 'The ministry’s advice')],
  ),
  diiaStep(
    5,
    'project-lead',
    'Призначення відповідальної особи: Визначення керівника проєкту',
    [
      'Призначення відповідальної особи: керівник проєкту (керівник ЦНАП або посадова особа громади)',
      'Appointing a project lead (the CNAP’s head or a hromada official)',
    ],
    ['hromadaCouncil'],
    ['appointment', t('Розпорядження про керівника проєкту', 'The appointment of a project lead')],
  ),
  diiaStep(
    6,
    'technical-task',
    'Розробка технічного завдання: Формування вимог до модернізації',
    [
      'Розробка технічного завдання: планування простору, інтеграція цифрових рішень, зони самообслуговування',
      'Drafting the technical task: space, digital solutions, self-service zones',
    ],
    ['cnap'],
    ['technicalTask', t('Технічне завдання', 'The technical task')],
  ),
  diiaStep(
    7,
    'state-bodies',
    'Взаємодія з державними органами: Налагодження співпраці з центральними органами виконавчої влади',
    [
      'Взаємодія з державними органами: співпраця з ЦОВВ для інтеграції послуг і підписання угод',
      'Working with state bodies: central executive bodies, to integrate services and sign agreements',
    ],
    ['hromadaCouncil', 'centralExecutiveBodies'],
    ['agreement', t('Угоди з органами влади', 'Agreements with state bodies')],
  ),
  diiaStep(
    8,
    'website',
    'Модернізація веб-сайту ЦНАП',
    [
      'Модернізація веб-сайту ЦНАП для інформації та електронних послуг',
      'Modernising the CNAP’s website for information and e-services',
    ],
    ['cnap'],
    ['infrastructure', t('Оновлений веб-сайт ЦНАП', 'The updated website')],
  ),
  diiaStep(
    9,
    'accessibility',
    'Забезпечення безбар’єрності: Впровадження інклюзивних рішень',
    ['Забезпечення безбар’єрності: пандуси, ліфти, навігація', 'Accessibility: ramps, lifts, wayfinding'],
    ['hromadaCouncil', 'cnap'],
    ['infrastructure', t('Безбар’єрне приміщення', 'Barrier-free premises')],
  ),
  diiaStep(
    10,
    'digital-tools',
    'Впровадження цифрових інструментів: Інсталяція систем електронної черги',
    [
      'Впровадження цифрових інструментів: електронна черга, моніторинг якості обслуговування, інтеграція з Дія.Шеринг',
      'Digital tools: e-queue, service-quality monitoring, integration with Дія.Шеринг',
    ],
    ['cnap'],
    ['infrastructure', t('Встановлені цифрові інструменти', 'The digital tools installed')],
  ),
  diiaStep(
    11,
    'self-service',
    'Облаштування зон самообслуговування',
    [
      'Облаштування зон самообслуговування з підтримкою адміністраторів',
      'Self-service zones, with administrators to help',
    ],
    ['cnap'],
    ['infrastructure', t('Зона самообслуговування', 'A self-service zone')],
  ),
  diiaStep(
    12,
    'testing',
    'Тестування систем: Перевірка функціональності всіх впроваджених систем',
    [
      'Тестування всіх впроваджених систем перед офіційним запуском',
      'Testing every system before the official launch',
    ],
    ['cnap'],
    ['testReport', t('Результати тестування', 'The test results')],
  ),
  diiaStep(
    13,
    'training',
    'Навчання персоналу: Підготовка команди',
    [
      'Навчання персоналу роботі з новими послугами та цифровими інструментами',
      'Training the staff in the new services and digital tools',
    ],
    ['cnap'],
    ['training', t('Навчання персоналу', 'The staff’s training')],
  ),
  diiaStep(
    14,
    'monitoring',
    'Підключення до моніторингу Мінцифри',
    [
      'Підключення до системи моніторингу Мінцифри для оцінки ефективності роботи центру',
      'Joining the ministry’s monitoring of how the centre performs',
    ],
    ['cnap', 'digitalTransformationMinistry'],
    ['monitoring', t('Участь у моніторингу Мінцифри', 'Taking part in the ministry’s monitoring')],
  ),
  diiaStep(
    15,
    'status-application',
    'Подання заявки на статус Дія.Центру',
    [
      'Подання заявки на статус Дія.Центру: офіційне підтвердження відповідності вимогам',
      'Applying for the Дія.Центр status: official confirmation that the requirements are met',
    ],
    ['hromadaCouncil', 'digitalTransformationMinistry'],
    ['statusApplication', t('Заявка на статус Дія.Центру', 'The status application')],
  ),
]);

const CRITERIA_QUOTE =
  'охоплюють зручність розташування, швидкість обслуговування, комплексність послуг, безбар’єрність, наявність ' +
  'цифрових інструментів, дитячих зон та сучасний дизайн';

const DIFFERENCES = 'Ключові відмінності: ЦНАП та Дія.Центр';
const SERVICES = 'Послуги, що надаються у Дія.Центрах';

function area(
  id: string,
  text: readonly [string, string],
  more?: readonly [heading: string, quote: string],
): QualityCriterion {
  const sources = [seed(S002, CRITERIA_HEADING, CRITERIA_QUOTE)];
  if (more !== undefined) sources.push(seed(S002, more[0], more[1]));
  return {
    id: `diia-criterion-${id}`,
    text: t(text[0], text[1]),
    official: false,
    basis: { sources, acts: [] },
  };
}

/**
 * The way to a Дія.Центр (seed 002): its 15 steps, and the areas the seed says its 12 quality criteria cover. The
 * ministry's (Мінцифри's) own list of the 12 criteria was not found, so the criteria here are the seven areas the
 * seed names, each `official: false` and with no act: a self-assessment against them is a guide, not the
 * ministry's check.
 *
 * @example
 * ```ts
 * import { DIIA_CENTRE } from '@vikno/adoption';
 *
 * DIIA_CENTRE.steps.at(-1)?.produces.kind;
 * //=> 'statusApplication'
 * DIIA_CENTRE.criteriaCount;
 * //=> 12
 * DIIA_CENTRE.criteria.every((criterion) => !criterion.official);
 * //=> true
 * ```
 */
export const DIIA_CENTRE: DiiaCentrePath = {
  steps: STEPS,
  criteriaCount: 12,
  criteria: [
    area('location', ['Зручність розташування', 'A convenient location']),
    area('speed', ['Швидкість обслуговування', 'Fast service']),
    area(
      'comprehensive',
      ['Комплексність послуг', 'Comprehensive services'],
      [SERVICES, 'Ключовими відмінностями від традиційних ЦНАПів є розширений перелік послуг'],
    ),
    area('accessibility', ['Безбар’єрність', 'Accessibility'], [SERVICES, 'дотримання норм безбар’єрності']),
    area(
      'digital-tools',
      [
        'Наявність цифрових інструментів (електронна черга, система автоматизації, QR-коди, система моніторингу відгуків)',
        'Digital tools (e-queue, an automation system, QR codes, feedback monitoring)',
      ],
      [SERVICES, 'електронна черга, система автоматизації, QR-коди, система моніторингу відгуків'],
    ),
    area(
      'children',
      ['Наявність дитячих зон', 'Children’s zones'],
      [DIFFERENCES, 'дитячі куточки чи коворкінг-зони'],
    ),
    area(
      'design',
      ['Сучасний дизайн, єдиний візуальний стиль Дія', 'Modern design in Дія’s visual style'],
      [SERVICES, 'єдиний візуальний стиль, що відповідає стандартам Дія'],
    ),
  ],
};
