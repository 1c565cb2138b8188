import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  CatalogError,
  type Cnap,
  describeServiceTerm,
  findServices,
  informationCard,
  LifeSituation,
  renderInformationCardHtml,
  renderInformationCardMarkdown,
  searchServices,
  validateCatalogExtension,
} from '@vikno/catalog';
import { buildChecklist, ChecklistError } from '@vikno/checklists';
import {
  computeDeadline,
  DeadlinesError,
  explainDay,
  explainDeadline,
  holidaysInYear,
  type Term,
  toKyivDate,
} from '@vikno/deadlines';

/** What a command printed and its exit code: 0 done, 1 the input was checked and has problems, 2 bad usage. */
export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: 0 | 1 | 2;
}

type Language = 'uk' | 'en';

const USAGE = `Usage: vikno <command> [options]

Commands:
  calendar <year>                        the year's holidays, transfers and days off
  explain <YYYY-MM-DD>                   why a day is or is not a working day
  deadline --from <YYYY-MM-DD> --term <N><unit>
                                         a term's last day, step by step (units: cd calendar days,
                                         wd working days, w weeks, m months, y years)
  services [--search <text>] [--life-situation <id>]
                                         the catalogue, searched or filtered
  card <service-id> --cnap <cnap.json> [--html]
                                         the information card of a service for a CNAP
  checklist <service-id> --facts <facts.json>
                                         the documents an applicant brings, and what is not demanded
  validate <catalog.json>                a vendor's catalogue extension, every problem with its path

Options:
  --as-of <YYYY-MM-DD>   read the law as of this day (default: today in Kyiv)
  --json                 machine-readable output
  --en                   English instead of Ukrainian
  --help                 this text
`;

const UNITS: Record<string, Term['unit']> = {
  cd: 'calendarDays',
  wd: 'workingDays',
  w: 'weeks',
  m: 'months',
  y: 'years',
};

class UsageError extends Error {
  readonly uk: string;
  constructor(en: string, uk: string) {
    super(en);
    this.uk = uk;
  }
}

function parseTerm(text: string | undefined): Term {
  const match = /^(\d{1,5})(cd|wd|w|m|y)$/.exec(text ?? '');
  const amount = Number(match?.[1]);
  const unit = UNITS[match?.[2] ?? ''];
  if (match === null || unit === undefined || amount < 1) {
    throw new UsageError(
      `--term: expected an amount and a unit such as 10wd or 30cd, got ${JSON.stringify(text ?? '')}`,
      `--term: очікується кількість і одиниця, наприклад 10wd або 30cd, отримано ${JSON.stringify(text ?? '')}`,
    );
  }
  return { amount, unit };
}

function readJson(path: string | undefined, option: string): unknown {
  if (path === undefined) throw new UsageError(`${option}: a file is required`, `${option}: потрібен файл`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`${option}: cannot read ${path}`, `${option}: не вдається прочитати ${path}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`${option}: ${path} is not valid JSON`, `${option}: ${path} не є коректним JSON`);
  }
}

function ukDate(day: string): string {
  return day.split('-').reverse().join('.');
}

/**
 * Runs the `vikno` command on its arguments and returns what it prints, without touching the process: the binary
 * writes `stdout` and `stderr` and exits with `code`.
 *
 * @param argv - the arguments after `vikno`.
 * @example
 * ```ts
 * import { run } from '@vikno/cli';
 *
 * const { stdout, code } = run(['deadline', '--from', '2026-03-02', '--term', '10wd', '--json']);
 * JSON.parse(stdout).lastDay; //=> '2026-03-16'
 * ```
 */
export function run(argv: readonly string[]): RunResult {
  let language: Language = argv.includes('--en') ? 'en' : 'uk';
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        'as-of': { type: 'string' },
        json: { type: 'boolean' },
        en: { type: 'boolean' },
        help: { type: 'boolean' },
        from: { type: 'string' },
        term: { type: 'string' },
        search: { type: 'string' },
        'life-situation': { type: 'string' },
        cnap: { type: 'string' },
        facts: { type: 'string' },
        html: { type: 'boolean' },
      },
    });
    language = values.en ? 'en' : 'uk';
    const [command, argument] = positionals;
    if (values.help || command === undefined)
      return { stdout: USAGE, stderr: '', code: command === undefined && !values.help ? 2 : 0 };
    const asOf = values['as-of'] ?? toKyivDate(new Date());
    const json = values.json === true;
    const out = (data: unknown, text: string): RunResult => ({
      stdout: json ? `${JSON.stringify(data, null, 2)}\n` : `${text}\n`,
      stderr: '',
      code: 0,
    });

    switch (command) {
      case 'calendar': {
        const year = Number(argument);
        if (!Number.isInteger(year))
          throw new UsageError('calendar: give a year, e.g. 2026', 'calendar: вкажіть рік, наприклад 2026');
        const entries = holidaysInYear(year);
        return out(
          entries,
          entries
            .map(
              (entry) =>
                `${ukDate(entry.date)}  ${entry.isDayOff ? (language === 'uk' ? 'вихідний' : 'day off ') : language === 'uk' ? 'робочий ' : 'working '}  ${entry.name[language]}`,
            )
            .join('\n'),
        );
      }
      case 'explain': {
        const day = explainDay(argument ?? '');
        return out(day, day.summary[language]);
      }
      case 'deadline': {
        const deadline = computeDeadline({
          start: values.from ?? '',
          term: parseTerm(values.term),
          registration: 'nextWorkingDayIfDayOff',
        });
        return out(
          deadline,
          `${language === 'uk' ? 'Останній день' : 'Last day'}: ${ukDate(deadline.lastDay)} (${deadline.dueAt})\n${explainDeadline(deadline, language)}`,
        );
      }
      case 'services': {
        const situation = values['life-situation'];
        if (situation !== undefined && !LifeSituation.safeParse(situation).success) {
          throw new UsageError(
            `--life-situation: one of ${LifeSituation.options.join(', ')}`,
            `--life-situation: одне з ${LifeSituation.options.join(', ')}`,
          );
        }
        const views =
          values.search === undefined
            ? findServices({ asOf, ...(situation ? { lifeSituation: situation as LifeSituation } : {}) })
            : searchServices(values.search, { asOf, limit: 20 }).map((hit) => hit.service);
        return out(
          views.map((view) => ({
            id: view.id,
            registerId: view.registerId,
            name: view.name.value,
            provider: view.provider.value.kind,
            term: view.term.value,
          })),
          views
            .map(
              (view) =>
                `${view.id.padEnd(40)} ${view.name.value[language]} — ${describeServiceTerm(view.term.value)[language]}`,
            )
            .join('\n') || (language === 'uk' ? 'Нічого не знайдено' : 'Nothing found'),
        );
      }
      case 'card': {
        const cnap = readJson(values.cnap, '--cnap') as Cnap;
        const card = informationCard(argument ?? '', cnap, { asOf });
        return out(
          card,
          (values.html ? renderInformationCardHtml(card) : renderInformationCardMarkdown(card)).trimEnd(),
        );
      }
      case 'checklist': {
        const facts = readJson(values.facts, '--facts');
        const checklist = buildChecklist(argument ?? '', facts as never, { asOf });
        const lines = [
          ...checklist.items.map(
            (item) =>
              `+ ${item.documents.map((document) => document.name[language]).join(' / ')} (${item.form})`,
          ),
          ...checklist.notDemanded.map(
            (item) => `× ${item.documents[0]?.name[language]}: ${item.why[language]}`,
          ),
          ...checklist.undetermined.map(
            (item) => `? ${item.documents[0]?.name[language]} — ${item.facts.join(', ')}`,
          ),
        ];
        return out(checklist, lines.join('\n'));
      }
      case 'validate': {
        const result = validateCatalogExtension(readJson(argument, 'validate'));
        if (result.success)
          return out({ valid: true }, language === 'uk' ? 'Каталог коректний' : 'The catalogue is valid');
        const issues = result.issues.map((issue) => ({ path: issue.path, message: issue[language] }));
        return {
          stdout: json
            ? `${JSON.stringify({ valid: false, issues }, null, 2)}\n`
            : `${issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n')}\n`,
          stderr: '',
          code: 1,
        };
      }
      default:
        throw new UsageError(
          `Unknown command ${JSON.stringify(command)}\n\n${USAGE}`,
          `Невідома команда ${JSON.stringify(command)}\n\n${USAGE}`,
        );
    }
  } catch (error) {
    if (error instanceof UsageError)
      return { stdout: '', stderr: `${language === 'uk' ? error.uk : error.message}\n`, code: 2 };
    if (error instanceof DeadlinesError || error instanceof CatalogError || error instanceof ChecklistError) {
      const issues =
        'issues' in error ? error.issues.map((issue) => `  - ${issue.path}: ${issue[language]}`) : [];
      return {
        stdout: '',
        stderr: `${error.path}: ${error[language]}\n${issues.join('\n')}${issues.length ? '\n' : ''}`,
        code: 2,
      };
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      return { stdout: '', stderr: `${error.message}\n\n${USAGE}`, code: 2 };
    }
    throw error;
  }
}
