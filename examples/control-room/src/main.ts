// The control room of a CNAP head: filters (period, office, service, model) kept in the address, the timeliness
// report of @vikno/monitoring read from the vendor backend and drawn as charts with their tables, and the cases
// overdue or at risk with the step that clears each.
import './style.css';
import { defaultCatalog } from '@vikno/catalog';
import type { RecordedTermKind, Stage, TimelinessGroup, TimelinessReport } from '@vikno/monitoring';
import { FRONT_OFFICES, OFFICE_NAMES } from '../../vendor-backend/src/generator.js';
import { type Filters, fetchActions, fetchReport, type OfficeAction } from './api.js';
import { type StageDuration, shareLegend, stageChart, type WeeklyShare, weeklyShareChart } from './charts.js';
import { dataTable, h } from './dom.js';
import { formatDay, type Language, TEXT, type Text } from './text.js';

const app = document.getElementById('app') as HTMLElement;
const catalog = defaultCatalog();

/** The terms a receiving office answers for, and the one a provider answers for. */
const OFFICE_TERMS: readonly RecordedTermKind[] = ['transfer', 'notification'];
const PROVIDER_TERMS: readonly RecordedTermKind[] = ['decision'];

const STAGE_NAMES: Readonly<Record<Stage, { uk: string; en: string }>> = {
  registration: { uk: 'Прийом → реєстрація', en: 'Intake → registration' },
  providerReceipt: { uk: 'Реєстрація → отримання суб’єктом', en: 'Registration → provider’s receipt' },
  decision: { uk: 'Отримання → рішення', en: 'Receipt → decision' },
  cnapInformed: { uk: 'Рішення → ЦНАП поінформовано', en: 'Decision → CNAP informed' },
  applicantNotified: { uk: 'ЦНАП → заявника повідомлено', en: 'CNAP → applicant notified' },
  resultIssued: { uk: 'Повідомлено → результат видано', en: 'Notified → result issued' },
};

const TERM_NAMES: Readonly<Record<string, { uk: string; en: string }>> = {
  cure: { uk: 'Усунення недоліків', en: 'Curing defects' },
  transfer: { uk: 'Передача суб’єкту надання', en: 'Transfer to the provider' },
  hearing: { uk: 'Заслуховування', en: 'Hearing' },
  decision: { uk: 'Рішення', en: 'Decision' },
  notification: { uk: 'Повідомлення заявника', en: 'Notifying the applicant' },
  collection: { uk: 'Видача результату', en: 'Collection of the result' },
};

let language: Language = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'uk';
let filters: Filters = initialFilters();
/** Each load is numbered, so that an answer to an older filter never overwrites a newer one. */
let loads = 0;

function initialFilters(): Filters {
  const params = new URLSearchParams(location.search);
  const today = kyivToday();
  const day = (name: string, fallback: string) => {
    const value = params.get(name) ?? '';
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : fallback;
  };
  const model = params.get('model');
  return {
    from: day('from', addDays(today, -83)),
    to: day('to', today),
    office: params.get('office') ?? '',
    service: params.get('service') ?? '',
    model: model === 'I' || model === 'II' || model === 'III' ? model : '',
  };
}

function kyivToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Kyiv' }).format(new Date());
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function officeName(id: string | null | undefined): string {
  if (id === null || id === undefined) return '—';
  return OFFICE_NAMES[id]?.[language] ?? id;
}

function serviceName(id: string): string {
  return catalog.has(id) ? catalog.get(id, { asOf: filters.to }).name.value[language] : id;
}

function percent(value: number | null): string {
  return value === null ? '—' : `${value.toFixed(1)}`;
}

/** Of the terms of `kinds` in a group: met on time, and met late or overdue now. */
function onTime(
  group: TimelinessGroup,
  kinds: readonly RecordedTermKind[],
): { onTime: number; late: number } {
  let met = 0;
  let late = 0;
  for (const kind of kinds) {
    const term = group.terms[kind];
    met += term.metOnTime;
    late += term.metLate + term.overdue;
  }
  return { onTime: met, late };
}

function weeklyShares(
  report: TimelinessReport,
  key: 'office' | 'providerOffice',
  kinds: readonly RecordedTermKind[],
): WeeklyShare[] {
  return report.groups
    .filter((group) => group.key[key] !== null && group.key[key] !== undefined)
    .map((group) => {
      const counts = onTime(group, kinds);
      const due = counts.onTime + counts.late;
      return {
        week: group.key.week ?? '',
        group: officeName(group.key[key]),
        ...counts,
        share: due === 0 ? null : Math.round((1000 * counts.onTime) / due) / 10,
      };
    });
}

function stageDurations(report: TimelinessReport): StageDuration[] {
  return (Object.keys(STAGE_NAMES) as Stage[]).map((stage) => ({
    stage: STAGE_NAMES[stage][language],
    ...report.total.stages[stage],
  }));
}

function filterForm(text: Text): HTMLFormElement {
  const select = (name: keyof Filters, label: string, options: readonly [string, string][]) =>
    h(
      'label',
      {},
      label,
      h(
        'select',
        { name, 'data-testid': `filter-${name}` },
        h('option', { value: '' }, text.all),
        ...options.map(([value, title]) => h('option', { value, selected: filters[name] === value }, title)),
      ),
    );
  const date = (name: 'from' | 'to', label: string) =>
    h(
      'label',
      {},
      label,
      h('input', { type: 'date', name, value: filters[name], 'data-testid': `filter-${name}` }),
    );
  const services = catalog
    .find({ social: true, asOf: filters.to })
    .map((service): [string, string] => [service.id, service.name.value[language]]);
  const form = h(
    'form',
    { class: 'filters', 'aria-label': text.filters },
    date('from', text.from),
    date('to', text.to),
    select(
      'office',
      text.office,
      FRONT_OFFICES.map((office) => [office.id, office.name[language]]),
    ),
    select('service', text.service, services),
    select(
      'model',
      text.model,
      (['I', 'II', 'III'] as const).map((model) => [model, text.modelName[model]]),
    ),
  );
  form.addEventListener('change', () => {
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '');
    const model = value('model');
    filters = {
      from: value('from') || filters.from,
      to: value('to') || filters.to,
      office: value('office'),
      service: value('service'),
      model: model === 'I' || model === 'II' || model === 'III' ? model : '',
    };
    keepInAddress();
    void load();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  return form;
}

function keepInAddress(): void {
  const params = new URLSearchParams({ from: filters.from, to: filters.to });
  if (filters.office) params.set('office', filters.office);
  if (filters.service) params.set('service', filters.service);
  if (filters.model) params.set('model', filters.model);
  if (language === 'en') params.set('lang', 'en');
  history.replaceState(null, '', `?${params}`);
}

/** A chart and its data table side by side. */
function panel(
  id: string,
  title: string,
  note: string | undefined,
  chart: Element,
  table: HTMLTableElement,
): HTMLElement {
  // One image to assistive technology, named by the panel's title: its numbers are read in the table beside it,
  // so the labels Plot gives each mark (`rule`, `line`, a series' name), which ARIA forbids inside an image, go.
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', title);
  for (const labelled of chart.querySelectorAll('[aria-label], [aria-description]')) {
    labelled.removeAttribute('aria-label');
    labelled.removeAttribute('aria-description');
  }
  return h(
    'section',
    { 'aria-labelledby': `${id}-title`, 'data-testid': id },
    h('h2', { id: `${id}-title` }, title),
    note ? h('p', {}, note) : null,
    h(
      'div',
      { class: 'panel' },
      h(
        'figure',
        { 'data-testid': `${id}-chart` },
        chart,
        id === 'stages' ? null : hidden(shareLegend(TEXT[language].share)),
      ),
      h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': title }, table),
    ),
  );
}

/** An element assistive technology skips: a colour key, whose meaning the tables say in numbers. */
function hidden(element: Element): Element {
  element.setAttribute('aria-hidden', 'true');
  return element;
}

function sharesTable(caption: string, text: Text, column: string, points: readonly WeeklyShare[]) {
  return dataTable(
    caption,
    [text.week, column, text.onTime, text.late, text.share],
    points.map((point) => [point.week, point.group, point.onTime, point.late, percent(point.share)]),
    'table',
  );
}

/** How urgent an action is, in words: overdue by how many working days, due today, or how many are left. */
function urgencyText(text: Text, action: OfficeAction): string {
  const days = action.days.workingDays;
  if (action.urgency === 'overdue') return text.overdueBy(days);
  if (action.urgency === 'dueToday') return text.dueToday;
  return text.dueIn(days);
}

function actionsSection(text: Text, actions: readonly OfficeAction[], total: number): HTMLElement {
  const rows = actions.map((action) =>
    h(
      'tr',
      {
        'data-testid': 'action',
        'data-case-id': action.caseId,
        'data-term': action.term,
        'data-urgency': action.urgency,
      },
      h('th', { scope: 'row' }, action.caseId),
      h('td', {}, officeName(action.office)),
      h('td', {}, serviceName(action.serviceId)),
      h('td', {}, action.model),
      h('td', {}, TERM_NAMES[action.term]?.[language] ?? action.term),
      h('td', {}, formatDay(action.lastDay, language)),
      h('td', { class: action.urgency }, urgencyText(text, action)),
      h('td', {}, action.step[language]),
    ),
  );
  return h(
    'section',
    { 'aria-labelledby': 'actions-title', 'data-testid': 'actions' },
    h('h2', { id: 'actions-title' }, text.actions),
    h('p', {}, text.actionsNote),
    actions.length === 0
      ? h('p', { 'data-testid': 'no-actions' }, text.noActions)
      : h(
          'div',
          { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': text.actions },
          h(
            'table',
            { 'data-testid': 'actions-table' },
            h('caption', {}, text.actionsCaption(actions.length, total)),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ...[
                  text.caseId,
                  text.office,
                  text.service,
                  text.model,
                  text.term,
                  text.lastDay,
                  text.status,
                  text.step,
                ].map((title) => h('th', { scope: 'col' }, title)),
              ),
            ),
            h('tbody', {}, ...rows),
          ),
        ),
  );
}

function summary(text: Text, report: TimelinessReport): HTMLElement {
  const terms = Object.values(report.total.terms);
  const overdue = terms.reduce((sum, term) => sum + term.overdue, 0);
  const atRisk = terms.reduce((sum, term) => sum + term.atRisk, 0);
  const item = (label: string, value: number, testId: string) =>
    h('li', { 'data-testid': testId }, h('strong', {}, String(value)), label);
  return h(
    'section',
    { 'aria-labelledby': 'summary-title' },
    h(
      'h2',
      { id: 'summary-title' },
      `${text.summary}: ${formatDay(report.from, language)} — ${formatDay(report.to, language)}`,
    ),
    h(
      'ul',
      { class: 'summary' },
      item(text.received, report.total.received, 'received'),
      item(text.overdueNow, overdue, 'overdue-now'),
      item(text.atRiskNow, atRisk, 'at-risk-now'),
    ),
  );
}

function render(
  text: Text,
  byOffice: TimelinessReport,
  byProvider: TimelinessReport,
  actions: { total: number; actions: readonly OfficeAction[] },
): HTMLElement[] {
  const officeShares = weeklyShares(byOffice, 'office', OFFICE_TERMS);
  const providerShares = weeklyShares(byProvider, 'providerOffice', PROVIDER_TERMS);
  const stages = stageDurations(byOffice);
  return [
    summary(text, byOffice),
    panel(
      'by-office',
      text.byOffice,
      text.byOfficeNote,
      weeklyShareChart(officeShares, text.byOffice),
      sharesTable(`${text.tableOf}: ${text.byOffice}`, text, text.office, officeShares),
    ),
    panel(
      'by-provider',
      text.byProvider,
      text.byProviderNote,
      weeklyShareChart(providerShares, text.byProvider),
      sharesTable(`${text.tableOf}: ${text.byProvider}`, text, text.provider, providerShares),
    ),
    panel(
      'stages',
      text.stages,
      text.stagesNote,
      stageChart(stages, text.stages, text.workingDays),
      dataTable(
        `${text.tableOf}: ${text.stages}`,
        [text.stage, text.cases, text.median, text.p90],
        stages.map((stage) => [stage.stage, stage.count, stage.median ?? '—', stage.p90 ?? '—']),
        'table',
      ),
    ),
    actionsSection(text, actions.actions, actions.total),
  ];
}

async function load(): Promise<void> {
  const text = TEXT[language];
  const load = ++loads;
  const results = document.getElementById('results') as HTMLElement;
  const status = document.getElementById('status') as HTMLElement;
  if (filters.from > filters.to) {
    results.replaceChildren(
      h('p', { class: 'error', role: 'alert', 'data-testid': 'period-reversed' }, text.reversed),
    );
    results.dataset.loaded = String(load);
    return;
  }
  results.setAttribute('aria-busy', 'true');
  status.textContent = text.loading;
  try {
    const [byOffice, byProvider, actions] = await Promise.all([
      fetchReport(filters, ['week', 'office']),
      fetchReport(filters, ['week', 'providerOffice']),
      fetchActions(filters.office ? [filters.office] : FRONT_OFFICES.map((office) => office.id)),
    ]);
    if (load !== loads) return;
    // The action list is of now, not of a period: the model and service filters apply, the period does not.
    const shown = actions.actions.filter(
      (action) =>
        (!filters.model || action.model === filters.model) &&
        (!filters.service || action.serviceId === filters.service),
    );
    results.replaceChildren(...render(text, byOffice, byProvider, { total: actions.total, actions: shown }));
    status.textContent = '';
    results.dataset.loaded = String(load);
  } catch {
    if (load !== loads) return;
    results.replaceChildren(h('p', { class: 'error', role: 'alert' }, text.failed));
    status.textContent = '';
  } finally {
    if (load === loads) results.setAttribute('aria-busy', 'false');
  }
}

function page(): void {
  const text = TEXT[language];
  document.documentElement.lang = language;
  document.title = `Vikno: ${text.title}`;
  const toggle = h(
    'button',
    {
      type: 'button',
      lang: language === 'uk' ? 'en' : 'uk',
      'aria-label': text.languageLabel,
      'data-testid': 'language',
    },
    text.language,
  );
  toggle.addEventListener('click', () => {
    language = language === 'uk' ? 'en' : 'uk';
    keepInAddress();
    page();
  });
  app.replaceChildren(
    h(
      'header',
      {},
      h(
        'div',
        {},
        h('h1', {}, text.title),
        h('p', {}, `${text.subtitle}. ${officeName(FRONT_OFFICES[0]?.id)}`),
      ),
      toggle,
    ),
    h(
      'main',
      {},
      filterForm(text),
      h('p', { id: 'status', role: 'status', 'aria-live': 'polite' }),
      h('div', { id: 'results', 'data-testid': 'results' }),
    ),
  );
  void load();
}

page();
