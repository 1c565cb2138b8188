// What the page asks of the vendor backend (same origin: Vite's proxy in development, the host's in production):
// the timeliness report of @vikno/monitoring as JSON, and the action list.
import type { Action, ActionList, TimelinessReport } from '@vikno/monitoring';

/** The filters a CNAP head sets: a period and, optionally, one office, service and model. */
export interface Filters {
  readonly from: string;
  readonly to: string;
  readonly office: string;
  readonly service: string;
  readonly model: '' | 'I' | 'II' | 'III';
}

function query(filters: Filters, extra: Record<string, string>): string {
  const params = new URLSearchParams({ from: filters.from, to: filters.to, ...extra });
  if (filters.office) params.set('office', filters.office);
  if (filters.service) params.set('service', filters.service);
  if (filters.model) params.set('model', filters.model);
  return params.toString();
}

/**
 * Who asks: the CNAP head, signed in as an administrator of the central office. These headers stand in for the
 * vendor's own sign-in, as they do for every request to the example backend; a real page sends its session instead.
 */
const ASKER = {
  'x-vikno-role': 'cnapAdministrator',
  'x-vikno-actor': 'cnap-head',
  'x-vikno-office': 'cnap-central',
};

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: 'application/json', ...ASKER } });
  if (!response.ok) throw new Error(`${response.status}`);
  return (await response.json()) as T;
}

/** The report over the filtered cases, grouped by `groupBy`. */
export function fetchReport(filters: Filters, groupBy: readonly string[]): Promise<TimelinessReport> {
  return json(`/reports/timeliness?${query(filters, { groupBy: groupBy.join(',') })}`);
}

/** An action of one office's list, with the office it is for. */
export interface OfficeAction extends Action {
  readonly office: string;
}

/** How urgent each kind of action is, the most urgent first. */
const URGENCY: Readonly<Record<Action['urgency'], number>> = { overdue: 0, dueToday: 1, dueSoon: 2 };

/**
 * The actions of the offices given, in one list, most urgent first as `actionList` orders each: overdue by the
 * most working days past, then due today, then at risk by the fewest days left.
 */
export async function fetchActions(
  offices: readonly string[],
): Promise<{ total: number; actions: OfficeAction[] }> {
  const lists = await Promise.all(
    offices.map(async (office) => ({
      office,
      list: await json<ActionList>(`/actions?${new URLSearchParams({ office })}`),
    })),
  );
  const actions = lists.flatMap(({ office, list }) => list.actions.map((action) => ({ ...action, office })));
  actions.sort(
    (a, b) =>
      URGENCY[a.urgency] - URGENCY[b.urgency] ||
      (a.urgency === 'overdue'
        ? b.days.workingDays - a.days.workingDays
        : a.days.workingDays - b.days.workingDays) ||
      a.lastDay.localeCompare(b.lastDay) ||
      a.caseId.localeCompare(b.caseId),
  );
  return { total: lists.reduce((sum, { list }) => sum + list.total, 0), actions };
}
