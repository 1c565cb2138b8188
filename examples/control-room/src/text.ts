// The page's words, Ukrainian first, English on request: one record a language, the same keys in both.

export type Language = 'uk' | 'en';

export const TEXT = {
  uk: {
    title: 'Контроль строків надання послуг',
    subtitle: 'Для керівника ЦНАП: що запізнюється, де і на якому етапі',
    language: 'English',
    languageLabel: 'Switch to English',
    filters: 'Фільтри',
    from: 'З',
    to: 'По',
    office: 'Офіс прийому',
    provider: 'Суб’єкт надання',
    workingDays: 'робочі дні',
    service: 'Послуга',
    model: 'Модель',
    all: 'Усі',
    modelName: {
      I: 'I — електронно («Соціальна громада»)',
      II: 'II — фронт-офіс УСЗН у ЦНАП',
      III: 'III — паперові реєстри',
    },
    loading: 'Завантаження…',
    failed: 'Не вдалося отримати звіт від сервера',
    reversed: 'Початок періоду пізніше за його кінець: змініть дати.',
    summary: 'Підсумок за період',
    received: 'Надійшло заяв',
    overdueNow: 'Прострочено зараз',
    atRiskNow: 'Під загрозою зараз',
    onTimeShare: 'Вчасно',
    byOffice: 'Частка кроків, виконаних вчасно, за тижнями — за офісами прийому',
    byOfficeNote:
      'Строки, за які відповідає офіс прийому: передача справи суб’єкту надання і повідомлення заявника. Справи — за тижнем надходження; прострочені зараз рахуються як запізнення.',
    byProvider: 'Частка рішень, ухвалених вчасно, за тижнями — за суб’єктами надання',
    byProviderNote:
      'Строк розгляду справи й ухвалення рішення. Справи — за тижнем надходження; прострочені зараз рахуються як запізнення.',
    week: 'Тиждень',
    onTime: 'Вчасно',
    late: 'Із запізненням',
    share: 'Частка вчасно, %',
    stages: 'Тривалість етапів, робочі дні: медіана і 90-й процентиль',
    stagesNote:
      'Стовпчик — медіана, червона риска — 90-й процентиль: дев’ять справ із десяти пройшли етап не довше.',
    stage: 'Етап',
    cases: 'Справ',
    median: 'Медіана',
    p90: '90-й процентиль',
    actions: 'Прострочені та під загрозою: що зробити сьогодні',
    actionsNote:
      'Що мають зробити офіси прийому зараз (строки передачі, повідомлення, видачі й усунення недоліків), найтерміновіші спершу. Список — на сьогодні, без періоду; фільтри моделі й послуги діють.',
    actionsCaption: (shown: number, total: number) =>
      shown === total ? `Справ до дії: ${shown}` : `Справ до дії: ${shown} (усього в офісах: ${total})`,
    overdueBy: (days: number) => `Прострочено на ${days} роб. дн.`,
    dueToday: 'Сьогодні останній день',
    dueIn: (days: number) => `Залишилось ${days} роб. дн.`,
    caseId: 'Справа',
    term: 'Строк',
    lastDay: 'Останній день',
    status: 'Стан',
    step: 'Що зняти цей крок',
    noActions: 'Немає прострочених справ і справ під загрозою.',
    chartOf: 'Графік',
    tableOf: 'Таблиця даних',
  },
  en: {
    title: 'Timeliness of services',
    subtitle: 'For a CNAP head: what is late, where, and at which stage',
    language: 'Українська',
    languageLabel: 'Перейти на українську',
    filters: 'Filters',
    from: 'From',
    to: 'To',
    office: 'Receiving office',
    provider: 'Provider',
    workingDays: 'working days',
    service: 'Service',
    model: 'Model',
    all: 'All',
    modelName: {
      I: 'I — electronic («Соціальна громада»)',
      II: 'II — USZN front office in the CNAP',
      III: 'III — paper registers',
    },
    loading: 'Loading…',
    failed: 'The server did not give the report',
    reversed: 'The period starts after it ends: change the dates.',
    summary: 'The period in sum',
    received: 'Applications received',
    overdueNow: 'Overdue now',
    atRiskNow: 'At risk now',
    onTimeShare: 'On time',
    byOffice: 'Share of steps done on time, by week — per receiving office',
    byOfficeNote:
      'The terms the receiving office answers for: passing the case to the provider, and telling the applicant. Cases by the week received; those overdue now count as late.',
    byProvider: 'Share of decisions made on time, by week — per provider',
    byProviderNote:
      'The term to consider the case and decide. Cases by the week received; those overdue now count as late.',
    week: 'Week',
    onTime: 'On time',
    late: 'Late',
    share: 'Share on time, %',
    stages: 'Duration of each stage, working days: median and 90th percentile',
    stagesNote: 'The bar is the median, the red tick the 90th percentile: nine cases in ten took no longer.',
    stage: 'Stage',
    cases: 'Cases',
    median: 'Median',
    p90: '90th percentile',
    actions: 'Overdue and at risk: what to do today',
    actionsNote:
      'What the receiving offices must do now (the terms of transfer, notification, collection and curing defects), most urgent first. The list is of today, not of the period; the model and service filters apply.',
    actionsCaption: (shown: number, total: number) =>
      shown === total ? `Cases to act on: ${shown}` : `Cases to act on: ${shown} (in the offices: ${total})`,
    overdueBy: (days: number) => `Overdue by ${days} working day${days === 1 ? '' : 's'}`,
    dueToday: 'Last day today',
    dueIn: (days: number) => `${days} working day${days === 1 ? '' : 's'} left`,
    caseId: 'Case',
    term: 'Term',
    lastDay: 'Last day',
    status: 'Status',
    step: 'What clears it',
    noActions: 'No case is overdue or at risk.',
    chartOf: 'Chart',
    tableOf: 'Data table',
  },
} as const;

export type Text = (typeof TEXT)[Language];

const DAY_FORMATS = {
  uk: new Intl.DateTimeFormat('uk-UA', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
};

/** A civil day (`YYYY-MM-DD`) as people of the language write it: 24.02.2026, or 24 Feb 2026. */
export function formatDay(day: string, language: Language): string {
  return DAY_FORMATS[language].format(new Date(`${day}T00:00:00Z`));
}
