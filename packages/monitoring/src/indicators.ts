// The indicators the state asks CNAPs for, as data: which of them a case shows and which it cannot, each cited
// through the register of @vikno/law with what was read, where, and what was not.

import { defaultActRegister, type LegalSource, type LocalizedText } from '@vikno/law';
import { PROCEDURE_RULES } from '@vikno/workflows';
import { z } from 'zod';
import { invalid } from './errors.js';
import { ExportLanguage, parseReport } from './export.js';
import { MAX_GROUPS, type TermTimeliness, type TimelinessGroup, type TimelinessReport } from './report.js';

const checkedOn = '2026-11-26';

/** The 864 procedure's indicators were not read: the citation of a figure the SDK counts without their wording. */
const NOT_READ_864 =
  'The list of indicators of the Порядок approved by КМУ 864 (as amended by КМУ 662 of 07.06.2024) was not read: ' +
  'no copy of that part reached. The SDK counts this figure from the cases because every report of volumes begins ' +
  'with it, not because the Порядок was seen to name it.';

function cite(
  act: string,
  provision: LocalizedText | undefined,
  evidence: 'text' | 'officialCard' | 'secondary' | 'none',
  quote?: string,
  note?: string,
): LegalSource {
  return defaultActRegister().cite(
    {
      act,
      ...(provision === undefined ? {} : { provision }),
      evidence,
      checkedOn,
      ...(quote === undefined ? {} : { quote }),
      ...(note === undefined ? {} : { note }),
    },
    'CNAP_INDICATORS',
  );
}

/** Law 5203-VI Art. 7 part 4: monitoring goes by the indicators and the procedure the Cabinet sets. */
const MONITORING_5203 = cite(
  'law-5203-vi',
  { uk: 'ч. 4 ст. 7', en: 'Art. 7 part 4' },
  'text',
  'Моніторинг якості надання адміністративних послуг здійснюється за показниками та у порядку , що встановлюються ' +
    'Кабінетом Міністрів України.',
  'Official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
    '(data/seed/03254-ua-law-5203-17.json, commit 35a12f9, 2026-02-22; the space before the comma is the ' +
    'source’s); edition date not stated. The same part: results «є відкритими та підлягають оприлюдненню не ' +
    'рідше одного разу на рік у порядку та за формою, що встановлюються Кабінетом Міністрів України».',
);

/** The source of a procedure rule of `@vikno/workflows` citing `provision` (en) of Law 5203-VI: one home a rule. */
function law5203(sources: readonly LegalSource[], provision: string): LegalSource {
  const source = sources.find((each) => each.id === 'law-5203-vi' && each.provision?.en === provision);
  if (source === undefined) throw new Error(`PROCEDURE_RULES cite no Law 5203-VI ${provision}`);
  return source;
}

const VOLUMES_864 = cite(
  'kmu-864-2021',
  { uk: 'Порядок, показники моніторингу (не прочитано)', en: 'Procedure, monitoring indicators (not read)' },
  'none',
  undefined,
  NOT_READ_864,
);

const DATA_TRANSFER_864 = cite(
  'kmu-864-2021',
  { uk: 'пп. 1 п. 2', en: 'point 2 subpoint 1' },
  'text',
  'до 1 листопада 2021 р. - підключення до системи моніторингу електронних інформаційних ресурсів, які ' +
    'використовуються центрами надання адміністративних послуг, безперебійної передачі до системи моніторингу даних, ' +
    'визначених відповідно до пор…',
  'Read on zakononline.com.ua (498440___677788), the copy cut at «пор…»; the information-exchange procedure that ' +
    'sets the data was not read.',
);

const LOYALTY_864 = cite(
  'kmu-864-2021',
  {
    uk: 'Порядок, Індекс лояльності суб’єктів звернення (номер пункту не прочитано)',
    en: 'Procedure, the applicants’ loyalty index (number of the point not read)',
  },
  'text',
  '…9 або 10, - вважаються прихильно налаштованими, повністю задоволеними якістю надання адміністративних послуг ' +
    'та рівнем обслуговування, вони готові рекомендувати офлайн/онлайн-фронт-офіс для отримання адміністративних ' +
    'послуг. Отриманий результат Індексу лояльності суб’єктів звернення оцінюється за шкалою від мінус 100 до 100 ' +
    'відсотків',
  'Read in the copy prepared in iplex on docs.dtkt.ua (doc 1232.1107.2, page 2), which names «Постанова, Порядок від ' +
    '11.08.2021 № 864»; the copy read starts mid-passage.',
);

const SURVEYS_864 = cite(
  'kmu-864-2021',
  { uk: 'оцінювання якості (за повідомленнями)', en: 'quality assessment (as reported)' },
  'secondary',
  'Під час візиту в ЦНАПи, відсканувавши QR-код за допомогою смартфона. … Люди, які залишили номер телефону, ' +
    'отримують SMS- або Viber-повідомлення з опитуванням. … У ролі таємного відвідувача…',
  'The ministry’s assessment channels as retold by monitor.cn.ua/ua/economics/91492; satisfaction shares of the ' +
    'first half of 2025 reported by golos.com.ua/article/385711.',
);

function quarterly(field: string, quote: string): LegalSource {
  return cite(
    'diia-guide-cnap-quarterly-reports',
    { uk: `поле ${field} (підпис не прочитано)`, en: `field ${field} (label not read)` },
    'secondary',
    quote,
    'Field known only from third-party client code of the guide’s static_reports API; its Ukrainian label and the ' +
      'ministry’s instructions were not read.',
  );
}

/** The unit of an indicator's value. */
export type IndicatorUnit = 'count' | 'share' | 'workingDays' | 'minutes' | 'index';

/**
 * The key of an indicator of {@link CNAP_INDICATORS}.
 *
 * @example
 * ```ts
 * import type { CnapIndicatorKey } from '@vikno/monitoring';
 *
 * const key: CnapIndicatorKey = 'decisionsOnTimeShare';
 * ```
 */
export type CnapIndicatorKey =
  | 'applicationsReceived'
  | 'applicationsRegistered'
  | 'leftWithoutMovement'
  | 'returned'
  | 'withdrawn'
  | 'decisionsOnTime'
  | 'decisionsLate'
  | 'decisionsOverdueNow'
  | 'decisionsOnTimeShare'
  | 'transfersOnTimeShare'
  | 'loyaltyIndex'
  | 'satisfactionShare'
  | 'averageWaitingMinutes'
  | 'peopleServed'
  | 'feedbackReceived'
  | 'servicesByField';

/**
 * What the monitoring of CNAPs rests on as a whole, not any one indicator: Law 5203-VI Art. 7 part 4 (monitoring goes
 * by the indicators and the procedure the Cabinet of Ministers sets; its results public at least once a year) and КМУ
 * 864 point 2 subpoint 1 (CNAPs' information systems pass data to the ministry's monitoring system), both read in
 * their text. Each indicator's own `basis` says what its figure rests on.
 *
 * @example
 * ```ts
 * import { CNAP_MONITORING_BASIS } from '@vikno/monitoring';
 *
 * CNAP_MONITORING_BASIS.map((source) => `${source.id} ${source.provision?.en} (${source.evidence})`);
 * //=> ['law-5203-vi Art. 7 part 4 (text)', 'kmu-864-2021 point 2 subpoint 1 (text)']
 * ```
 */
export const CNAP_MONITORING_BASIS: readonly LegalSource[] = [MONITORING_5203, DATA_TRANSFER_864];

/**
 * An indicator the state asks a CNAP for (КМУ 864 of 2021 as amended by КМУ 662 of 2024, and the quarterly
 * monitoring reports of the Diia guide): its title, unit, whether cases show it (`computable`), why not when they
 * cannot (`why`), and what it rests on (`basis`, citations of the register of `@vikno/law` with their evidence).
 */
export interface CnapIndicator {
  /** A stable key. */
  readonly key: CnapIndicatorKey;
  /** What it is, in Ukrainian and English. */
  readonly title: LocalizedText;
  /** The unit of its value. */
  readonly unit: IndicatorUnit;
  /** `true` when {@link indicatorValues} computes it from a timeliness report. */
  readonly computable: boolean;
  /** How it is computed, or why a case cannot show it. */
  readonly why: LocalizedText;
  /** What it rests on: the act, the provision, the evidence. */
  readonly basis: readonly LegalSource[];
}

const DECISION_TERM = law5203(PROCEDURE_RULES.decisionTerm.basis, 'Art. 10 parts 1–2');
const TRANSFER_TERM = law5203(PROCEDURE_RULES.transfer.basis, 'Art. 13 part 4 item 2');

/**
 * The indicators the state asks CNAPs for that concern volumes and timeliness, as data, with those a case cannot
 * show. The list of indicators of the procedure of КМУ 864 was not read (nor what КМУ 662 changed); what was read is
 * in each `basis`: the loyalty index of the 864 procedure (its text), the term rules of Law 5203-VI (their text), the
 * ministry's survey channels (news) and the fields of the guide's quarterly CNAP reports (third-party code). The
 * volumes are counted from cases with evidence `none` for the procedure's wording.
 *
 * @example
 * ```ts
 * import { CNAP_INDICATORS } from '@vikno/monitoring';
 *
 * CNAP_INDICATORS.filter((indicator) => !indicator.computable).map((indicator) => indicator.key);
 * //=> ['loyaltyIndex', 'satisfactionShare', 'averageWaitingMinutes', 'peopleServed', 'feedbackReceived', 'servicesByField']
 * CNAP_INDICATORS.find((indicator) => indicator.key === 'decisionsOnTimeShare')?.basis[0]?.provision?.en;
 * //=> 'Art. 10 parts 1–2'
 * ```
 */
export const CNAP_INDICATORS: readonly CnapIndicator[] = [
  {
    key: 'applicationsReceived',
    title: { uk: 'Заяв надійшло', en: 'Applications received' },
    unit: 'count',
    computable: true,
    why: {
      uk: 'Справи, що надійшли протягом періоду (за київським днем надходження).',
      en: 'Cases received in the period (by the Kyiv day of receipt).',
    },
    basis: [VOLUMES_864],
  },
  {
    key: 'applicationsRegistered',
    title: { uk: 'Заяв зареєстровано', en: 'Applications registered' },
    unit: 'count',
    computable: true,
    why: {
      uk: 'Справи, що надійшли протягом періоду, зареєстровані.',
      en: 'Cases received in the period and registered.',
    },
    basis: [VOLUMES_864],
  },
  {
    key: 'leftWithoutMovement',
    title: { uk: 'Залишено без руху', en: 'Left without movement' },
    unit: 'count',
    computable: true,
    why: {
      uk: 'Справи, що надійшли протягом періоду і були залишені без руху.',
      en: 'Cases received in the period and left without movement.',
    },
    basis: [VOLUMES_864],
  },
  {
    key: 'returned',
    title: { uk: 'Повернуто заявникові', en: 'Returned to the applicant' },
    unit: 'count',
    computable: true,
    why: {
      uk: 'Справи, що надійшли протягом періоду і були повернуті заявникові.',
      en: 'Cases received in the period and returned to the applicant.',
    },
    basis: [VOLUMES_864],
  },
  {
    key: 'withdrawn',
    title: { uk: 'Заяв відкликано', en: 'Applications withdrawn' },
    unit: 'count',
    computable: true,
    why: {
      uk: 'Справи періоду, заяви в яких відкликано.',
      en: 'Cases of the period whose application was withdrawn.',
    },
    basis: [VOLUMES_864],
  },
  {
    key: 'decisionsOnTime',
    title: { uk: 'Рішень ухвалено вчасно', en: 'Decisions made on time' },
    unit: 'count',
    computable: true,
    why: {
      uk: 'Строки рішення справ, що надійшли протягом періоду, дотримані вчасно.',
      en: 'Decision terms of the cases received in the period met on time.',
    },
    basis: [DECISION_TERM, VOLUMES_864],
  },
  {
    key: 'decisionsLate',
    title: { uk: 'Рішень ухвалено із порушенням строку', en: 'Decisions made late' },
    unit: 'count',
    computable: true,
    why: {
      uk: 'Строки рішення справ, що надійшли протягом періоду, дотримані із запізненням.',
      en: 'Decision terms of the cases received in the period met late.',
    },
    basis: [DECISION_TERM, VOLUMES_864],
  },
  {
    key: 'decisionsOverdueNow',
    title: { uk: 'Рішень прострочено на зараз', en: 'Decisions overdue now' },
    unit: 'count',
    computable: true,
    why: {
      uk: 'Строки рішення справ періоду, що минули на момент звіту, а рішення ще немає.',
      en: 'Decision terms of the cases of the period past due at the report’s moment, with no decision yet.',
    },
    basis: [DECISION_TERM, VOLUMES_864],
  },
  {
    key: 'decisionsOnTimeShare',
    title: { uk: 'Частка рішень, ухвалених вчасно', en: 'Share of decisions made on time' },
    unit: 'share',
    computable: true,
    why: {
      uk: 'Вчасно ÷ (вчасно + із запізненням) серед строків рішення справ періоду, що вже дотримані.',
      en: 'On time ÷ (on time + late) among the decision terms of the cases of the period already met.',
    },
    basis: [DECISION_TERM, VOLUMES_864],
  },
  {
    key: 'transfersOnTimeShare',
    title: {
      uk: 'Частка пакетів, переданих суб’єкту надання вчасно',
      en: 'Share of packages passed to the provider on time',
    },
    unit: 'share',
    computable: true,
    why: {
      uk: 'Вчасно ÷ (вчасно + із запізненням) серед строків передачі справ періоду, що вже дотримані.',
      en: 'On time ÷ (on time + late) among the transfer terms of the cases of the period already met.',
    },
    basis: [TRANSFER_TERM, VOLUMES_864],
  },
  {
    key: 'loyaltyIndex',
    title: { uk: 'Індекс лояльності суб’єктів звернення', en: 'Applicants’ loyalty index' },
    unit: 'index',
    computable: false,
    why: {
      uk: 'Обчислюється з оцінок заявників від 0 до 10; справа не містить думки заявника.',
      en: 'Computed from the applicants’ scores from 0 to 10; a case holds no opinion of the applicant.',
    },
    basis: [LOYALTY_864],
  },
  {
    key: 'satisfactionShare',
    title: { uk: 'Частка задоволених відвідувачів', en: 'Share of satisfied visitors' },
    unit: 'share',
    computable: false,
    why: {
      uk: 'Збирається QR-кодом, SMS чи Viber, кол-центром і таємним відвідувачем, а не з подій справи.',
      en: 'Collected by QR code, SMS or Viber surveys, a call centre and mystery shoppers, not from case events.',
    },
    basis: [SURVEYS_864],
  },
  {
    key: 'averageWaitingMinutes',
    title: { uk: 'Середній час очікування в черзі', en: 'Average waiting time in the queue' },
    unit: 'minutes',
    computable: false,
    why: {
      uk: 'Очікування вимірює система черги; справа починається, коли заяву вже прийнято.',
      en: 'A queue system measures the wait; a case begins once the application is accepted.',
    },
    basis: [
      quarterly('activity_data.avg_waiting', 'avg_waiting = models.IntegerField(null=True, blank=True)'),
    ],
  },
  {
    key: 'peopleServed',
    title: { uk: 'Обслуговано відвідувачів', en: 'Visitors served' },
    unit: 'count',
    computable: false,
    why: {
      uk: 'Справа — це заява, а не людина: один відвідувач подає кілька заяв або приходить по консультацію, а справа не має персональних даних, щоб розрізнити людей.',
      en: 'A case is an application, not a person: one visitor files several or comes for advice, and a case holds no personal data to tell people apart.',
    },
    basis: [quarterly('general_data.num_served_people', 'num_served_people: Optional[int]')],
  },
  {
    key: 'feedbackReceived',
    title: { uk: 'Відгуків отримано', en: 'Feedback received' },
    unit: 'count',
    computable: false,
    why: {
      uk: 'Відгуки (книга, скринька, карти, чат-бот) не є подіями справи.',
      en: 'Feedback (book, box, maps, chat bot) is not a case event.',
    },
    basis: [
      quarterly(
        'activity_data.num_feedback_total',
        'num_feedback_total = models.IntegerField(null=True, blank=True) … num_feedback_positive … num_feedback_negative',
      ),
    ],
  },
  {
    key: 'servicesByField',
    title: { uk: 'Послуги за сферами', en: 'Services by field' },
    unit: 'count',
    computable: false,
    why: {
      uk: 'Невідомо, чи поля звіту лічать види послуг у переліку ЦНАП, чи надані послуги: їхні підписи не прочитано.',
      en: 'Whether the report’s fields count kinds of services in the CNAP’s list or services provided is not known: their labels were not read.',
    },
    basis: [
      quarterly(
        'admin_service_data.num_services_residence',
        'num_total_services: int … num_from_this_year_start: int … num_services_residence: int … num_services_passport: int … num_acts_services: int … num_dzk_services: int',
      ),
    ],
  },
];

/**
 * The value of a computable indicator for one group of a report (or its total), with what it rests on.
 */
export interface IndicatorValue {
  readonly key: CnapIndicatorKey;
  /** The indicator's title in the language asked for. */
  readonly title: string;
  readonly unit: IndicatorUnit;
  /** The value: a count, a share from 0 to 1 (rounded to four places), or `null` when nothing was there to share. */
  readonly value: number | null;
  readonly basis: readonly LegalSource[];
}

/**
 * Options of {@link indicatorValues}: which row of the report (`group`, an index into `report.groups`; the total
 * when left out) and the `language` of the titles (`uk` by default).
 *
 * @example
 * ```ts
 * import { IndicatorOptions } from '@vikno/monitoring';
 *
 * IndicatorOptions.parse({ group: 0, language: 'en' });
 * ```
 */
export const IndicatorOptions = z
  .object({
    group: z.number().int().min(0).max(MAX_GROUPS).optional(),
    language: ExportLanguage.default('uk'),
  })
  .strict();
/** Options of {@link indicatorValues}. */
export type IndicatorOptions = z.input<typeof IndicatorOptions>;

function onTimeShare(term: TermTimeliness): number | null {
  const ended = term.metOnTime + term.metLate;
  return ended === 0 ? null : Math.round((term.metOnTime / ended) * 10_000) / 10_000;
}

const COMPUTE: Readonly<Partial<Record<CnapIndicatorKey, (group: TimelinessGroup) => number | null>>> = {
  applicationsReceived: (group) => group.received,
  applicationsRegistered: (group) => group.registered,
  leftWithoutMovement: (group) => group.leftWithoutMovement,
  returned: (group) => group.returned,
  withdrawn: (group) => group.withdrawn,
  decisionsOnTime: (group) => group.terms.decision.metOnTime,
  decisionsLate: (group) => group.terms.decision.metLate,
  decisionsOverdueNow: (group) => group.terms.decision.overdue,
  decisionsOnTimeShare: (group) => onTimeShare(group.terms.decision),
  transfersOnTimeShare: (group) => onTimeShare(group.terms.transfer),
};

/**
 * The computable indicators of {@link CNAP_INDICATORS}, valued from a timeliness report: for its total, or for one
 * of its groups. Those a case cannot show (the loyalty index, satisfaction, waiting time, visitors, feedback) are
 * left out; {@link CNAP_INDICATORS} says why.
 *
 * @param report - a `TimelinessReport`, as `timelinessReport` returns it or read back from JSON.
 * @param options - {@link IndicatorOptions}: `group` (an index into `report.groups`, the total by default) and
 *   `language`.
 * @returns the values, in the order of {@link CNAP_INDICATORS}.
 * @throws {MonitoringError} `INVALID_INPUT` when the report or the options are malformed, or `group` is past the
 *   report's groups.
 * @example
 * ```ts
 * import { indicatorValues, timelinessReport } from '@vikno/monitoring';
 *
 * const report = timelinessReport(records, { from: '2026-01-01', to: '2026-03-31', now, groupBy: ['office'] });
 * indicatorValues(report).find((value) => value.key === 'decisionsOnTimeShare');
 * //=> { key: 'decisionsOnTimeShare', title: 'Частка рішень, ухвалених вчасно', unit: 'share', value: 0.9318, basis: [ … ] }
 * ```
 */
export function indicatorValues(report: TimelinessReport, options: IndicatorOptions = {}): IndicatorValue[] {
  const parsedOptions = IndicatorOptions.safeParse(options ?? {});
  if (!parsedOptions.success) throw invalid('INVALID_INPUT', 'options', parsedOptions.error);
  const { group: index, language } = parsedOptions.data;
  const checked = parseReport(report);
  if (index !== undefined) {
    const range = z
      .number()
      .max(checked.groups.length - 1)
      .safeParse(index);
    if (!range.success) throw invalid('INVALID_INPUT', 'options.group', range.error);
  }
  const group = (index === undefined ? undefined : checked.groups[index]) ?? checked.total;
  return CNAP_INDICATORS.flatMap((indicator) => {
    const compute = COMPUTE[indicator.key];
    if (!indicator.computable || compute === undefined) return [];
    return [
      {
        key: indicator.key,
        title: indicator.title[language],
        unit: indicator.unit,
        value: compute(group),
        basis: indicator.basis,
      },
    ];
  });
}
