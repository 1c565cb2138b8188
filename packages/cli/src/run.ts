import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  type Cnap,
  describeServiceTerm,
  findServices,
  INFORMATION_CARD_LABELS,
  type InformationCard,
  informationCard,
  LIFE_SITUATION_LABELS,
  LifeSituation,
  renderInformationCardHtml,
  searchServices,
  validateCatalogExtension,
} from '@vikno/catalog';
import {
  buildChecklist,
  type Checklist,
  FACT_DEFINITIONS,
  type Question,
  questionsFor,
  SUBMISSION_FORM_LABELS,
} from '@vikno/checklists';
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
import { type Issue, type LocalizedText, ViknoError } from '@vikno/law';
import { ADOPTION_COMMANDS, ADOPTION_OPTIONS, type AdoptionCommand, runAdoption } from './adoption.js';
import { enHelp, type Help, ukHelp } from './messages/help.js';
import { cliIssue } from './messages/index.js';
import { wrap } from './terminal.js';

/** What a command printed and its exit code: 0 done, 1 the input was checked and has problems, 2 bad usage. */
export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: 0 | 1 | 2;
}

/**
 * How `run` meets the process, when it is the `vikno` binary: all optional, and nothing is read without them.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { run, type RunOptions } from '@vikno/cli';
 *
 * const options: RunOptions = { stdin: () => readFileSync(0, 'utf8'), colour: process.stdout.isTTY === true };
 * run(['checklist', 'housing-subsidy', '--facts', '-'], options);
 * ```
 */
export interface RunOptions {
  /** Reads standard input, for `--facts -` and `--cnap -`; without it, `-` is refused. */
  readonly stdin?: () => string;
  /** Colours the readable output (the binary asks for it on a TTY without `NO_COLOR`); never `--json`. */
  readonly colour?: boolean;
}

type Language = 'uk' | 'en';
const HELP: Readonly<Record<Language, Help>> = { uk: ukHelp, en: enHelp };

const OPTIONS = {
  'as-of': { type: 'string' },
  json: { type: 'boolean' },
  en: { type: 'boolean' },
  help: { type: 'boolean' },
  version: { type: 'boolean' },
  from: { type: 'string' },
  term: { type: 'string' },
  search: { type: 'string' },
  'life-situation': { type: 'string' },
  cnap: { type: 'string' },
  facts: { type: 'string' },
  html: { type: 'boolean' },
  ...ADOPTION_OPTIONS,
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
  questions: { argument: '<service-id>', options: ['as-of', 'facts'] },
  card: { argument: '<service-id>', options: ['as-of', 'cnap', 'html'] },
  checklist: { argument: '<service-id>', options: ['as-of', 'facts'] },
  validate: { argument: '<catalog.json>', options: [] },
  ...ADOPTION_COMMANDS,
};
const EVERYWHERE: readonly OptionName[] = ['json', 'en', 'help', 'version'];
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
  readonly issue: Issue;
  /** @param issue - the problem: its code, the option or argument it is at, and its message in both languages. */
  constructor(issue: Issue) {
    super(issue.en);
    this.issue = issue;
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
    throw new UsageError(cliIssue('argv', 'NOT_STRINGS', {}));
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
      throw new UsageError(cliIssue(`argv.${token.index}`, 'UNKNOWN_OPTION', { place }));
    }
    const name = token.name as OptionName;
    if (OPTIONS[name].type === 'boolean') {
      if (token.value !== undefined) {
        throw new UsageError(cliIssue(`--${name}`, 'NO_VALUE_TAKEN', { name }));
      }
      values[name] = true;
    } else {
      // As parseArgs's strict mode does: `--search --json` forgot the value rather than searching for "--json";
      // but `--term -5wd` is a negative value (no option starts with a digit), which the option's own check judges,
      // and `-` alone is standard input.
      if (token.value === undefined || (!token.inlineValue && /^-(?!\d|$)/.test(token.value))) {
        throw new UsageError(cliIssue(`--${name}`, 'VALUE_NEEDED', { name }));
      }
      values[name] = token.value;
    }
  }
  return { values, positionals };
}

/** What a command takes, or a usage error naming the commands there are. */
function commandSpec(command: string): (typeof COMMANDS)[string] {
  const spec = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (spec === undefined) {
    throw new UsageError(cliIssue('command', 'NOT_A_COMMAND', { commands: Object.keys(COMMANDS) }));
  }
  return spec;
}

/** Refuses what the command does not take: another option, or an argument too many or too few. */
function checkCommand(command: string, values: Values, positionals: readonly string[]): void {
  const spec = commandSpec(command);
  for (const name of Object.keys(values) as OptionName[]) {
    if (EVERYWHERE.includes(name) || spec.options.includes(name)) continue;
    if (name === 'as-of' && LAW_OF_THE_DAY.includes(command)) {
      throw new UsageError(cliIssue('--as-of', 'AS_OF_NOT_APPLICABLE', { command }));
    }
    throw new UsageError(cliIssue(`--${name}`, 'OPTION_NOT_APPLICABLE', { name, command }));
  }
  const wanted = spec.argument === undefined ? 0 : 1;
  if (positionals.length - 1 !== wanted) {
    throw new UsageError(
      spec.argument === undefined
        ? cliIssue(command, 'NO_ARGUMENT_TAKEN', { command })
        : cliIssue(command, 'ONE_ARGUMENT', { command, argument: spec.argument }),
    );
  }
}

/** `--as-of`, when given, as a real day: the catalogue and rules read the law as of it. */
function asOfOption(value: string | boolean | undefined): { asOf?: string } {
  if (typeof value !== 'string') return {};
  if (!CivilDate.safeParse(value).success) {
    throw new UsageError(cliIssue('--as-of', 'AS_OF_DAY', {}));
  }
  return { asOf: value };
}

function parseTerm(text: string | undefined): Term {
  const match = /^(-?\d{1,5})(cd|wd|w|m|y)$/.exec(text ?? '');
  const amount = Number(match?.[1]);
  const unit = UNITS[match?.[2] ?? ''];
  if (match === null || unit === undefined) throw new UsageError(cliIssue('--term', 'TERM_FORMAT', {}));
  if (amount < 1) throw new UsageError(cliIssue('--term', 'TERM_NOT_POSITIVE', {}));
  return { amount, unit };
}

/** A JSON file named by an option, or standard input for `-` when the binary gave a way to read it. */
function readJson(path: string | undefined, option: string, stdin: RunOptions['stdin']): unknown {
  if (path === undefined) throw new UsageError(cliIssue(option, 'FILE_REQUIRED', { option }));
  if (path === '-' && stdin === undefined) {
    throw new UsageError(cliIssue(option, 'NO_STANDARD_INPUT', { option }));
  }
  let text: string;
  try {
    text = path === '-' && stdin ? stdin() : readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(cliIssue(option, 'FILE_UNREADABLE', { option }));
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(cliIssue(option, 'FILE_NOT_JSON', { option }));
  }
}

/** A day as each language writes it, the one format of that language: 25.11.2026, and 2026-11-25 in English. */
function dayIn(day: string, language: Language): string {
  return language === 'uk' ? day.split('-').reverse().join('.') : day;
}

/** The texts vikno writes around what the packages give it. */
const WORDS = {
  lastDay: { uk: 'Останній день', en: 'Last day' },
  until: { uk: 'до', en: 'until' },
  kyivTime: { uk: 'за київським часом', en: 'Kyiv time' },
  nothingFound: { uk: 'Нічого не знайдено', en: 'Nothing found' },
  noQuestions: { uk: 'Питань немає: перелік визначено', en: 'No questions: the checklist is settled' },
  valid: { uk: 'Каталог коректний', en: 'The catalogue is valid' },
  wholeFile: { uk: 'Файл загалом', en: 'The file as a whole' },
  ...INFORMATION_CARD_LABELS,
} satisfies Record<string, LocalizedText>;

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
  return wrap(
    `${dayIn(entry.date, language)}  ${status}  ${entry.name[language]}${weekend ? ` — ${weekend}` : ''}`,
    '',
    ' '.repeat(22),
  );
}

/** Where in a checked file a problem is: its path, or the file as a whole for the SDK's `(root)`. */
function placeOf(path: string, language: Language): string {
  return path === '(root)' ? WORDS.wholeFile[language] : path;
}

/** An information card as text for a terminal, in one language; rows resting on an unverified source marked `*`. */
function cardText(card: InformationCard, language: Language): string {
  const rows = (rows: InformationCard['cnap']) =>
    rows.flatMap((row) => [
      `${row.heading[language]}${row.verified ? '' : ' *'}`,
      ...row.lines.map((line) => wrap(line[language], '  ')),
    ]);
  const unverified = card.conditions.some((row) => !row.verified) || card.acts.some((act) => !act.verified);
  return [
    WORDS.card[language],
    wrap(card.title[language]),
    ...(card.registerId ? [wrap(`${WORDS.registerId[language]}: ${card.registerId}`)] : []),
    ...(card.localCode ? [wrap(`${WORDS.localCode[language]}: ${card.localCode}`)] : []),
    `${WORDS.asOf[language]} ${dayIn(card.asOf, language)}`,
    '',
    WORDS.cnap[language],
    ...rows(card.cnap),
    '',
    WORDS.conditions[language],
    ...rows(card.conditions),
    '',
    wrap(WORDS.acts[language]),
    ...card.acts.map((act) =>
      wrap(`${act.text[language]}${act.url ? ` ${act.url}` : ''}${act.verified ? '' : ' *'}`, '- ', '  '),
    ),
    ...(unverified ? ['', wrap(WORDS.unverified[language])] : []),
  ].join('\n');
}

/** A checklist as lines: `+` what to bring and in which form, `×` what is not demanded and why, `?` what is open. */
function checklistText(checklist: Checklist, language: Language, paint: Paint): string {
  const first = (documents: readonly { name: LocalizedText }[]) => documents[0]?.name[language] ?? '';
  return [
    ...checklist.items.map((item) =>
      wrap(
        `${item.documents.map((document) => document.name[language]).join(' / ')} — ${SUBMISSION_FORM_LABELS[item.form][language]}`,
        `${paint('32', '+')} `,
        '  ',
      ),
    ),
    ...checklist.notDemanded.map((item) =>
      wrap(`${first(item.documents)}: ${item.why[language]}`, `${paint('2', '×')} `, '  '),
    ),
    ...checklist.undetermined.map((item) =>
      wrap(
        `${first(item.documents)} — ${item.facts.map((fact) => FACT_DEFINITIONS[fact].question[language]).join(' ')}`,
        `${paint('33', '?')} `,
        '  ',
      ),
    ),
  ].join('\n');
}

/** The questions of a service, each with the fact to write in the facts file and the answers it takes. */
function questionsText(questions: readonly Question[], language: Language): string {
  if (questions.length === 0) return WORDS.noQuestions[language];
  return questions
    .map((question, index) => {
      const answers =
        question.kind === 'number'
          ? `${question.min ?? 0}…${question.max ?? ''}`
          : question.answers
              .map((answer) => `${JSON.stringify(answer.value)} (${answer.label[language]})`)
              .join(' | ');
      const prefix = `${index + 1}. `;
      const indent = ' '.repeat(prefix.length);
      return `${wrap(question.question[language], prefix, indent)}\n${wrap(`"${question.fact}": ${answers}`, indent)}`;
    })
    .join('\n');
}

type Paint = (code: string, text: string) => string;

/** An error as the command prints it: JSON on standard error with `--json`, else its text in one language. */
function failure(
  issue: Issue & { readonly issues?: readonly Issue[] },
  language: Language,
  json: boolean,
): RunResult {
  if (json) return { stdout: '', stderr: `${JSON.stringify({ error: issue }, null, 2)}\n`, code: 2 };
  const lines = [
    issue[language],
    ...(issue.issues ?? []).map((inner) => `  - ${inner.path}: ${inner[language]}`),
  ];
  return { stdout: '', stderr: `${lines.map((line) => wrap(line, '', '    ')).join('\n')}\n`, code: 2 };
}

/** The help asked for: `vikno --help`, `vikno help [command]` or `vikno <command> --help`. */
function help(topic: string | undefined, language: Language): RunResult {
  if (topic !== undefined) commandSpec(topic);
  return {
    stdout: topic === undefined ? HELP[language].usage : (HELP[language].commands[topic] ?? ''),
    stderr: '',
    code: 0,
  };
}

/** The version of vikno (the one in its package.json), inlined by the build (tsup.config.ts) and the tests. */
declare const __VIKNO_CLI_VERSION__: string;

/**
 * Runs the `vikno` command on its arguments and returns what it prints, without touching the process: the binary
 * writes `stdout` and `stderr` and exits with `code`. It never throws: whatever it is given, it answers with exit
 * code 0, 1 or 2, and its messages never repeat the arguments (a name may have been typed into any of them).
 * Readable output keeps to 100 columns; with `--json`, errors are JSON on standard error too.
 *
 * @param argv - the arguments after `vikno`.
 * @param options - how to read standard input and whether to colour; without them, `-` is refused and nothing
 * is coloured.
 * @example
 * ```ts
 * import { run } from '@vikno/cli';
 *
 * const { stdout, code } = run(['deadline', '--from', '2026-03-02', '--term', '10wd', '--json']);
 * JSON.parse(stdout).lastDay; //=> '2026-03-16'
 *
 * const piped = run(['checklist', 'housing-subsidy', '--facts', '-'], {
 *   stdin: () => '{"idp": false, "incomeOutsideRegisters": false, "rentsHousing": false}',
 * });
 * piped.code; //=> 0
 * ```
 */
export function run(argv: readonly string[], options: RunOptions = {}): RunResult {
  let language: Language = 'uk';
  let json = false;
  try {
    const args = checkArgv(argv);
    language = args.includes('--en') ? 'en' : 'uk';
    json = args.includes('--json');
    const { values, positionals } = parseArguments(args);
    const [command, argument] = positionals;
    if (values.version) return { stdout: `${__VIKNO_CLI_VERSION__}\n`, stderr: '', code: 0 };
    if (command === 'help') {
      if (positionals.length > 2)
        throw new UsageError(cliIssue('help', 'ONE_ARGUMENT', { command, argument: '<command>' }));
      return help(argument, language);
    }
    if (values.help) return help(command, language);
    if (command === undefined) return { ...help(undefined, language), code: 2 };
    checkCommand(command, values, positionals);
    const asOf = asOfOption(values['as-of']);
    const paint: Paint = (code, text) => (options.colour ? `\u001b[${code}m${text}\u001b[0m` : text);
    const out = (data: unknown, text: string): RunResult => ({
      stdout: json ? `${JSON.stringify(data, null, 2)}\n` : `${text}\n`,
      stderr: '',
      code: 0,
    });
    const text = (name: OptionName) => values[name] as string | undefined;

    switch (command) {
      case 'calendar': {
        if (!/^\d{4}$/.test(argument ?? '')) throw new UsageError(cliIssue('calendar', 'CALENDAR_YEAR', {}));
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
        return out(day, wrap(day.summary[language]));
      }
      case 'deadline': {
        const from = text('from');
        if (from === undefined) throw new UsageError(cliIssue('--from', 'DEADLINE_FROM', {}));
        const deadline = computeDeadline({
          start: from,
          term: parseTerm(text('term')),
          registration: APPLICATION_REGISTRATION.rule,
        });
        // The instant in brackets repeats the last day and hour in a second format; the first line says them.
        const steps = explainDeadline(deadline, language)
          .replace(/ \(\d{4}-\d\d-\d\dT[^)]*\)/g, '')
          .split('\n')
          .map((step) => wrap(step, '', '   '));
        return out(
          deadline,
          [
            `${paint('1', `${WORDS.lastDay[language]}: ${dayIn(deadline.lastDay, language)}`)}, ${WORDS.until[language]} ${deadline.dueAt.slice(11, 16)} ${WORDS.kyivTime[language]}`,
            ...steps,
          ].join('\n'),
        );
      }
      case 'services': {
        const situation = text('life-situation');
        const search = text('search');
        if (situation !== undefined && !LifeSituation.safeParse(situation).success) {
          throw new UsageError(
            cliIssue('--life-situation', 'LIFE_SITUATION', {
              options: LifeSituation.options.map((value) => ({ value, name: LIFE_SITUATION_LABELS[value] })),
            }),
          );
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
            .map((view) =>
              [
                paint('1', view.id),
                wrap(view.name.value[language], '  '),
                wrap(describeServiceTerm(view.term.value)[language], '  '),
              ].join('\n'),
            )
            .join('\n') || WORDS.nothingFound[language],
        );
      }
      case 'questions': {
        const facts = values.facts === undefined ? {} : readJson(text('facts'), '--facts', options.stdin);
        const questions = questionsFor(argument ?? '', facts as never, asOf);
        return out(questions, questionsText(questions, language));
      }
      case 'card': {
        const cnap = readJson(text('cnap'), '--cnap', options.stdin) as Cnap;
        const card = informationCard(argument ?? '', cnap, asOf);
        // The catalogue's HTML ends with a newline; `out` adds the line's own.
        const html = () => renderInformationCardHtml(card, { language }).replace(/\n$/, '');
        return out(card, values.html ? html() : cardText(card, language));
      }
      case 'checklist': {
        const facts = readJson(text('facts'), '--facts', options.stdin);
        const checklist = buildChecklist(argument ?? '', facts as never, asOf);
        return out(checklist, checklistText(checklist, language, paint));
      }
      case 'validate': {
        const result = validateCatalogExtension(readJson(argument, 'validate', options.stdin));
        if (result.success) return out({ valid: true }, WORDS.valid[language]);
        const issues = result.issues.map((issue) => ({ path: issue.path, message: issue[language] }));
        return {
          stdout: json
            ? `${JSON.stringify({ valid: false, issues }, null, 2)}\n`
            : `${issues.map((issue) => wrap(`${placeOf(issue.path, language)}: ${issue.message}`, '', '  ')).join('\n')}\n`,
          stderr: '',
          code: 1,
        };
      }
      case 'advise':
      case 'plan':
      case 'cards': {
        const readFile = (path: string | undefined, option: string) => readJson(path, option, options.stdin);
        const result = runAdoption(command as AdoptionCommand, {
          values,
          language,
          asOf,
          readJson: readFile,
        });
        return out(result.data, result.text);
      }
      default:
        throw new UsageError(cliIssue('command', 'UNKNOWN_COMMAND', {}));
    }
  } catch (error) {
    if (error instanceof UsageError) return failure(error.issue, language, json);
    if (error instanceof ViknoError) {
      return failure(
        {
          code: error.code,
          path: error.path,
          uk: error.uk,
          en: error.en,
          issues: error.issues.map(({ code, path, uk, en }) => ({ code, path, uk, en })),
        },
        language,
        json,
      );
    }
    // Every error above is expected; anything else is a bug in vikno, reported without its text, which may
    // repeat what was given.
    return failure(
      {
        code: 'UNEXPECTED',
        path: '',
        uk: 'vikno: неочікувана помилка; повідомте, будь ласка, якою командою її викликано',
        en: 'vikno: an unexpected error; please report the command that caused it',
      },
      language,
      json,
    );
  }
}
