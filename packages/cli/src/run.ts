import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
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
import { buildChecklist } from '@vikno/checklists';
import {
  APPLICATION_REGISTRATION,
  type CalendarEntry,
  CivilDate,
  computeDeadline,
  type DayExplanation,
  explainDay,
  explainDeadline,
  holidaysInYear,
  type Term,
} from '@vikno/deadlines';
import { type LocalizedText, ViknoError } from '@vikno/law';
import { cliSays } from './messages/index.js';

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
  services [--search <text>] [--life-situation <id>] [--as-of <YYYY-MM-DD>]
                                         the catalogue, searched or filtered
  card <service-id> --cnap <cnap.json> [--html] [--as-of <YYYY-MM-DD>]
                                         the information card of a service for a CNAP
  checklist <service-id> --facts <facts.json> [--as-of <YYYY-MM-DD>]
                                         the documents an applicant brings, and what is not demanded
  validate <catalog.json>                a vendor's catalogue extension, every problem with its path

Options:
  --as-of <YYYY-MM-DD>   services, card, checklist: the catalogue and rules as of this day (default: today
                         in Kyiv). calendar, explain and deadline refuse it: they judge every day by the law
                         in force on that day.
  --json                 machine-readable output
  --en                   English instead of Ukrainian
  --help                 this text
`;

const OPTIONS = {
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
} as const;
type OptionName = keyof typeof OPTIONS;

/** What each command takes: its one argument (if any) and its own options; `--json`, `--en`, `--help` go anywhere. */
const COMMANDS: Readonly<
  Record<string, { readonly argument?: string; readonly options: readonly OptionName[] }>
> = {
  calendar: { argument: '<year>', options: [] },
  explain: { argument: '<YYYY-MM-DD>', options: [] },
  deadline: { options: ['from', 'term'] },
  services: { options: ['as-of', 'search', 'life-situation'] },
  card: { argument: '<service-id>', options: ['as-of', 'cnap', 'html'] },
  checklist: { argument: '<service-id>', options: ['as-of', 'facts'] },
  validate: { argument: '<catalog.json>', options: [] },
};
const EVERYWHERE: readonly OptionName[] = ['json', 'en', 'help'];
const LAW_OF_THE_DAY = ['calendar', 'explain', 'deadline'];

const UNITS: Record<string, Term['unit']> = {
  cd: 'calendarDays',
  wd: 'workingDays',
  w: 'weeks',
  m: 'months',
  y: 'years',
};

/** Bad usage: exit code 2, with a message that names what vikno knows and never repeats what it was given. */
class UsageError extends Error {
  readonly uk: string;
  /** @param text - the message in both languages, from the message files. */
  constructor(text: LocalizedText) {
    super(text.en);
    this.uk = text.uk;
  }
}

const MAX_ARGUMENTS = 10_000;

/** The arguments as a list of strings, or a usage error: `run` is called from JavaScript too. */
function checkArgv(argv: unknown): readonly string[] {
  // Bounded before it is read (far beyond what a shell passes); Array.from reads holes as undefined, which `every`
  // would skip.
  if (
    !Array.isArray(argv) ||
    argv.length > MAX_ARGUMENTS ||
    !Array.from(argv).every((arg) => typeof arg === 'string')
  ) {
    throw new UsageError(cliSays('NOT_STRINGS', {}));
  }
  return argv;
}

type Values = Partial<Record<OptionName, string | boolean>>;

/**
 * The options and positionals, checked against what the command takes: an unknown option is named by its place,
 * never by its text (a name may have been typed into it).
 */
function parseArguments(args: readonly string[]): { values: Values; positionals: string[] } {
  const { tokens } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: false,
    tokens: true,
    options: OPTIONS,
  });
  const values: Values = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const place = token.index + 1;
    if (!Object.hasOwn(OPTIONS, token.name)) {
      throw new UsageError(cliSays('UNKNOWN_OPTION', { place }));
    }
    const name = token.name as OptionName;
    if (OPTIONS[name].type === 'boolean') {
      if (token.value !== undefined) {
        throw new UsageError(cliSays('NO_VALUE_TAKEN', { name }));
      }
      values[name] = true;
    } else {
      // As parseArgs's strict mode does: `--search --json` forgot the value rather than searching for "--json".
      if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))) {
        throw new UsageError(cliSays('VALUE_NEEDED', { name }));
      }
      values[name] = token.value;
    }
  }
  return { values, positionals };
}

/** Refuses what the command does not take: another option, or an argument too many or too few. */
function checkCommand(command: string, values: Values, positionals: readonly string[]): void {
  const spec = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (spec === undefined) {
    throw new UsageError(cliSays('NOT_A_COMMAND', { commands: Object.keys(COMMANDS), usage: USAGE }));
  }
  for (const name of Object.keys(values) as OptionName[]) {
    if (EVERYWHERE.includes(name) || spec.options.includes(name)) continue;
    if (name === 'as-of' && LAW_OF_THE_DAY.includes(command)) {
      throw new UsageError(cliSays('AS_OF_NOT_APPLICABLE', { command }));
    }
    throw new UsageError(cliSays('OPTION_NOT_APPLICABLE', { name, command }));
  }
  const wanted = spec.argument === undefined ? 0 : 1;
  if (positionals.length - 1 !== wanted) {
    throw new UsageError(
      spec.argument === undefined
        ? cliSays('NO_ARGUMENT_TAKEN', { command })
        : cliSays('ONE_ARGUMENT', { command, argument: spec.argument }),
    );
  }
}

/** `--as-of`, when given, as a real day: the catalogue and rules read the law as of it. */
function asOfOption(value: string | boolean | undefined): { asOf?: string } {
  if (typeof value !== 'string') return {};
  if (!CivilDate.safeParse(value).success) {
    throw new UsageError(cliSays('AS_OF_DAY', {}));
  }
  return { asOf: value };
}

function parseTerm(text: string | undefined): Term {
  const match = /^(\d{1,5})(cd|wd|w|m|y)$/.exec(text ?? '');
  const amount = Number(match?.[1]);
  const unit = UNITS[match?.[2] ?? ''];
  if (match === null || unit === undefined || amount < 1) {
    throw new UsageError(cliSays('TERM_FORMAT', {}));
  }
  return { amount, unit };
}

function readJson(path: string | undefined, option: string): unknown {
  if (path === undefined) throw new UsageError(cliSays('FILE_REQUIRED', { option }));
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(cliSays('FILE_UNREADABLE', { option }));
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(cliSays('FILE_NOT_JSON', { option }));
  }
}

function ukDate(day: string): string {
  return day.split('-').reverse().join('.');
}

const WEEKEND_DAYS: Readonly<Record<number, Readonly<Record<Language, string>>>> = {
  6: { uk: 'субота', en: 'Saturday' },
  7: { uk: 'неділя', en: 'Sunday' },
};

/** A calendar entry's line: whether its day is worked, and the weekend day that makes it a day off, if one does. */
function calendarLine(entry: CalendarEntry, day: DayExplanation, language: Language): string {
  const status = day.isWorkingDay
    ? { uk: 'робочий ', en: 'working ' }[language]
    : { uk: 'вихідний', en: 'day off ' }[language];
  const weekend = !entry.isDayOff && !day.isWorkingDay ? WEEKEND_DAYS[day.weekday]?.[language] : undefined;
  return `${ukDate(entry.date)}  ${status}  ${entry.name[language]}${weekend ? ` — ${weekend}` : ''}`;
}

/**
 * Runs the `vikno` command on its arguments and returns what it prints, without touching the process: the binary
 * writes `stdout` and `stderr` and exits with `code`. It never throws: whatever it is given, it answers with exit
 * code 0, 1 or 2, and its messages never repeat the arguments (a name may have been typed into any of them).
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
  let language: Language = 'uk';
  try {
    const args = checkArgv(argv);
    language = args.includes('--en') ? 'en' : 'uk';
    const { values, positionals } = parseArguments(args);
    const [command, argument] = positionals;
    if (values.help || command === undefined)
      return { stdout: USAGE, stderr: '', code: command === undefined && !values.help ? 2 : 0 };
    checkCommand(command, values, positionals);
    const asOf = asOfOption(values['as-of']);
    const json = values.json === true;
    const out = (data: unknown, text: string): RunResult => ({
      stdout: json ? `${JSON.stringify(data, null, 2)}\n` : `${text}\n`,
      stderr: '',
      code: 0,
    });
    const text = (name: OptionName) => values[name] as string | undefined;

    switch (command) {
      case 'calendar': {
        if (!/^\d{4}$/.test(argument ?? '')) throw new UsageError(cliSays('CALENDAR_YEAR', {}));
        const entries = holidaysInYear(Number(argument)).map((entry) => ({
          entry,
          day: explainDay(entry.date),
        }));
        return out(
          entries.map(({ entry, day }) => ({ ...entry, isWorkingDay: day.isWorkingDay })),
          entries.map(({ entry, day }) => calendarLine(entry, day, language)).join('\n'),
        );
      }
      case 'explain': {
        const day = explainDay(argument ?? '');
        return out(day, day.summary[language]);
      }
      case 'deadline': {
        const from = text('from');
        if (from === undefined) throw new UsageError(cliSays('DEADLINE_FROM', {}));
        const deadline = computeDeadline({
          start: from,
          term: parseTerm(text('term')),
          registration: APPLICATION_REGISTRATION.rule,
        });
        return out(
          deadline,
          `${language === 'uk' ? 'Останній день' : 'Last day'}: ${ukDate(deadline.lastDay)} (${deadline.dueAt})\n${explainDeadline(deadline, language)}`,
        );
      }
      case 'services': {
        const situation = text('life-situation');
        const search = text('search');
        if (situation !== undefined && !LifeSituation.safeParse(situation).success) {
          throw new UsageError(cliSays('LIFE_SITUATION', { options: LifeSituation.options }));
        }
        const views =
          search === undefined
            ? findServices({ ...asOf, ...(situation ? { lifeSituation: situation as LifeSituation } : {}) })
            : searchServices(search, { ...asOf, limit: 20 }).map((hit) => hit.service);
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
        const cnap = readJson(text('cnap'), '--cnap') as Cnap;
        const card = informationCard(argument ?? '', cnap, asOf);
        return out(
          card,
          (values.html ? renderInformationCardHtml(card) : renderInformationCardMarkdown(card)).trimEnd(),
        );
      }
      case 'checklist': {
        const facts = readJson(text('facts'), '--facts');
        const checklist = buildChecklist(argument ?? '', facts as never, asOf);
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
        throw new UsageError(cliSays('UNKNOWN_COMMAND', {}));
    }
  } catch (error) {
    if (error instanceof UsageError)
      return { stdout: '', stderr: `${language === 'uk' ? error.uk : error.message}\n`, code: 2 };
    if (error instanceof ViknoError) {
      const issues = error.issues.map((issue) => `  - ${issue.path}: ${issue[language]}`);
      return {
        stdout: '',
        stderr: `${error.path}: ${error[language]}\n${issues.join('\n')}${issues.length ? '\n' : ''}`,
        code: 2,
      };
    }
    // Every error above is expected; anything else is a bug in vikno, reported without its text, which may
    // repeat what was given.
    return {
      stdout: '',
      stderr:
        language === 'uk'
          ? 'vikno: неочікувана помилка; повідомте, будь ласка, якою командою її викликано\n'
          : 'vikno: an unexpected error; please report the command that caused it\n',
      code: 2,
    };
  }
}
