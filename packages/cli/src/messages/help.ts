/**
 * The help of `vikno` and of each command, in Ukrainian and English: what `vikno --help`, `vikno help <command>`
 * and `vikno <command> --help` print. Commands, options and units are names, the same in both languages.
 */
export interface Help {
  /** The overview: every command in a line. */
  readonly usage: string;
  /** Each command's own help. */
  readonly commands: Readonly<Record<string, string>>;
}

const AS_OF = '--as-of <YYYY-MM-DD>';

/** The help in Ukrainian; names in backticks are typed as they are. */
export const ukHelp: Help = {
  usage: `Використання: \`vikno <команда> [параметри]\`

Команди:
  \`calendar <рік>\`             свята, перенесення і вихідні дні року
  \`explain <РРРР-ММ-ДД>\`       чому день робочий або вихідний
  \`deadline\`                   останній день строку, крок за кроком, з підставами
  \`services\`                   каталог послуг: пошук і відбір за життєвою ситуацією
  \`questions <послуга>\`        питання, від яких залежить перелік документів послуги
  \`card <послуга>\`             інформаційна картка послуги для ЦНАП
  \`checklist <послуга>\`        документи, які приносить заявник, і те, чого не вимагають
  \`validate <каталог.json>\`    перевірка розширення каталогу постачальника, кожна помилка зі шляхом
  \`advise\`                     яку модель надання соціальних послуг обрати громаді, з причинами
  \`plan\`                       план впровадження моделі: кроки, виконавці, робочі дні
  \`cards\`                      інформаційні й технологічні картки послуг для рішення ради

Параметри для всіх команд:
  \`--json\`      відповідь для програм; помилки теж у JSON на стандартному виводі помилок
  \`--en\`        англійською
  \`--help\`      довідка команди (або \`vikno help <команда>\`)
  \`--version\`   версія \`vikno\`

Коди виходу: 0 — виконано, 1 — у перевіреному файлі є помилки, 2 — хибні вхідні дані.
`,
  commands: {
    calendar: `\`vikno calendar <рік>\`

Свята року за КЗпП, перенесення робочих днів і чи є кожен день вихідним. Під час воєнного
стану свято вихідного дня не дає: рядок каже, чи день робочий.

Приклад:
  \`vikno calendar 2026\`
`,
    explain: `\`vikno explain <РРРР-ММ-ДД>\`

Чому день робочий або вихідний: за законом, чинним того дня, з посиланнями на статті.

Приклад:
  \`vikno explain 2026-05-08\`
`,
    deadline: `\`vikno deadline --from <РРРР-ММ-ДД> --term <N><одиниця>\`

Останній день строку, крок за кроком, з підставою кожного кроку.

  \`--from <РРРР-ММ-ДД>\`   день події (подання заяви)
  \`--term <N><одиниця>\`  строк: ціле число від 1 і одиниця — \`cd\` календарні дні, \`wd\` робочі дні,
                         \`w\` тижні, \`m\` місяці, \`y\` роки

Приклад:
  \`vikno deadline --from 2026-03-02 --term 10wd\`
`,
    services: `\`vikno services [--search <текст>] [--life-situation <ситуація>] [${AS_OF}]\`

Послуги каталогу: ідентифікатор, назва і строк кожної.

  \`--search <текст>\`            пошук за назвою і ключовими словами
  \`--life-situation <ситуація>\` лише послуги життєвої ситуації, наприклад \`childBirth\`
  \`${AS_OF}\`        каталог станом на цей день (типово — сьогодні за київським часом)

Приклад:
  \`vikno services --search субсидія\`
`,
    questions: `\`vikno questions <послуга> [--facts <файл.json>] [${AS_OF}]\`

Питання, від яких залежить перелік документів послуги, з відповідями, які можна дати, і назвою
факту, яку пишуть у файл фактів для \`checklist\`.

  \`--facts <файл.json>\`   уже відомі відповіді (\`-\` — зі стандартного вводу): лише решта питань
  \`${AS_OF}\`   правила станом на цей день

Приклад:
  \`vikno questions birth-assistance\`
`,
    card: `\`vikno card <послуга> --cnap <цнап.json> [--html] [${AS_OF}]\`

Інформаційна картка послуги для ЦНАП (ст. 8 Закону № 5203-VI): хто, де, умови, акти.

  \`--cnap <цнап.json>\`    дані ЦНАП: назва, адреса, графік (\`-\` — зі стандартного вводу)
  \`--html\`                картка як HTML (англійською з \`--en\`)
  \`${AS_OF}\`   каталог станом на цей день

Приклад:
  \`vikno card idp-certificate --cnap cnap.json\`
`,
    checklist: `\`vikno checklist <послуга> --facts <факти.json> [${AS_OF}]\`

Документи, які приносить заявник, у якій формі (оригінал чи копія), і те, чого не вимагають,
бо держава вже має ці відомості. Питання без відповіді — у рядках зі знаком «?».

  \`--facts <факти.json>\`  відповіді заявника (\`-\` — зі стандартного вводу; див. \`vikno questions\`)
  \`${AS_OF}\`   правила станом на цей день

Приклад:
  \`echo '{"idp": false}' | vikno checklist housing-subsidy --facts -\`
`,
    validate: `\`vikno validate <каталог.json>\`

Перевіряє розширення каталогу постачальника; кожна помилка — зі шляхом.
Код виходу 1, якщо є помилки.

Приклад:
  \`vikno validate catalog.json\`
`,
    advise: `\`vikno advise --profile <громада.json>\`

Ранжує три моделі надання соціальних послуг через ЦНАП для громади: кожна причина «за»
чи «проти» — перевага або слабка сторона моделі з методичних матеріалів; умови, яких
громада не виконує; питання, відповідь на які змінила б вибір.

  \`--profile <громада.json>\`  профіль громади (\`-\` — зі стандартного вводу)

Приклад:
  \`vikno advise --profile hromada.json\`
`,
    plan: `\`vikno plan --model <I|II|III> --cnap <цнап.json> --start <РРРР-ММ-ДД>\`

Кроки впровадження моделі з виконавцями, результатом і датами — робочими днями за календарем;
кожен крок починається після тих, від яких залежить. Тривалість кроків — припущення для
планування, не строки закону.

  \`--model <I|II|III>\`        модель
  \`--cnap <цнап.json>\`        профіль ЦНАП (\`-\` — зі стандартного вводу)
  \`--start <РРРР-ММ-ДД>\`      день початку

Приклад:
  \`vikno plan --model III --cnap cnap.json --start 2026-12-01\`
`,
    cards: `\`vikno cards --model <I|II|III> --cnap <цнап.json> [--out <файл.html>] [${AS_OF}]\`

Інформаційна й технологічна картка кожної соціальної послуги, яку ЦНАП надає за моделлю, одним
документом HTML для друку (до рішення ради). Без \`--out\` — на стандартний вивід.

  \`--model <I|II|III>\`        модель
  \`--cnap <цнап.json>\`        профіль ЦНАП (\`-\` — зі стандартного вводу)
  \`--out <файл.html>\`         куди записати документ
  \`${AS_OF}\`   каталог станом на цей день

Приклад:
  \`vikno cards --model I --cnap cnap.json --out cards.html\`
`,
  },
};

/** The help in English. */
export const enHelp: Help = {
  usage: `Usage: vikno <command> [options]

Commands:
  calendar <year>            the year's holidays, transfers and days off
  explain <YYYY-MM-DD>       why a day is or is not a working day
  deadline                   a term's last day, step by step, with the legal basis
  services                   the service catalogue, searched or filtered by life situation
  questions <service>        the questions a service's checklist depends on
  card <service>             the information card of a service for a CNAP
  checklist <service>        the documents an applicant brings, and what is not demanded
  validate <catalog.json>    a vendor's catalogue extension, every problem with its path
  advise                     which model of delivering social services suits a hromada, and why
  plan                       a plan to adopt a model: steps, owners, working days
  cards                      the information and technological cards of the services

Options of every command:
  --json      machine-readable output; errors are JSON on standard error too
  --en        English
  --help      the command's help (or vikno help <command>)
  --version   the version of vikno

Exit codes: 0 done, 1 a checked file has problems, 2 bad input.
`,
  commands: {
    calendar: `vikno calendar <year>

The year's holidays under the Labour Code, the transfers of working days, and whether each day is
off. Under martial law a holiday gives no day off: each line says whether its day is worked.

Example:
  vikno calendar 2026
`,
    explain: `vikno explain <YYYY-MM-DD>

Why a day is or is not a working day, by the law in force on that day, with the articles.

Example:
  vikno explain 2026-05-08
`,
    deadline: `vikno deadline --from <YYYY-MM-DD> --term <N><unit>

A term's last day, step by step, with the legal basis of each step.

  --from <YYYY-MM-DD>   the day of the event (the application)
  --term <N><unit>      the term: a whole number from 1 and a unit: cd calendar days,
                        wd working days, w weeks, m months, y years

Example:
  vikno deadline --from 2026-03-02 --term 10wd
`,
    services: `vikno services [--search <text>] [--life-situation <situation>] [${AS_OF}]

The catalogue's services: the id, name and term of each.

  --search <text>                by name and keywords
  --life-situation <situation>   only a life situation's services, e.g. childBirth
  ${AS_OF}           the catalogue as of this day (default: today in Kyiv)

Example:
  vikno services --search subsidy
`,
    questions: `vikno questions <service> [--facts <file.json>] [${AS_OF}]

The questions a service's checklist depends on, with the answers one can give and the name of the
fact to write into the facts file of checklist.

  --facts <file.json>    the answers known already (- reads standard input): only the rest is asked
  ${AS_OF}   the rules as of this day

Example:
  vikno questions birth-assistance --en
`,
    card: `vikno card <service> --cnap <cnap.json> [--html] [${AS_OF}]

The information card of a service for a CNAP (Law 5203-VI Art. 8): who, where, conditions, acts.

  --cnap <cnap.json>     the CNAP: name, address, hours (- reads standard input)
  --html                 the card as HTML (in English with --en)
  ${AS_OF}   the catalogue as of this day

Example:
  vikno card idp-certificate --cnap cnap.json --en
`,
    checklist: `vikno checklist <service> --facts <facts.json> [${AS_OF}]

The documents an applicant brings, in which form (the original or a copy), and what is not
demanded because the state holds it already. An unanswered question is a line marked "?".

  --facts <facts.json>   the applicant's answers (- reads standard input; see vikno questions)
  ${AS_OF}   the rules as of this day

Example:
  echo '{"idp": false}' | vikno checklist housing-subsidy --facts - --en
`,
    validate: `vikno validate <catalog.json>

Checks a vendor's catalogue extension; every problem with its path. Exit code 1 when there are any.

Example:
  vikno validate catalog.json --en
`,
    advise: `vikno advise --profile <hromada.json>

Ranks the three models of delivering social services through a CNAP for a hromada: each
reason for or against is a strength or weakness of the model in the methodical material;
the conditions the hromada does not meet; the answers that would change the choice.

  --profile <hromada.json>  the hromada's profile (- reads standard input)

Example:
  vikno advise --profile hromada.json --en
`,
    plan: `vikno plan --model <I|II|III> --cnap <cnap.json> --start <YYYY-MM-DD>

The model's steps with their owners, products and dates, every date a working day; each
step starts after those it depends on. Step lengths are planning assumptions, not legal terms.

  --model <I|II|III>        the model
  --cnap <cnap.json>        the CNAP's profile (- reads standard input)
  --start <YYYY-MM-DD>      the day it starts

Example:
  vikno plan --model III --cnap cnap.json --start 2026-12-01 --en
`,
    cards: `vikno cards --model <I|II|III> --cnap <cnap.json> [--out <file.html>] [${AS_OF}]

The information and technological card of every social service the CNAP delivers under the
model, as one printable HTML document (for the council's decision). Without --out, on
standard output.

  --model <I|II|III>        the model
  --cnap <cnap.json>        the CNAP's profile (- reads standard input)
  --out <file.html>         where to write the document
  ${AS_OF}   the catalogue as of this day

Example:
  vikno cards --model I --cnap cnap.json --out cards.html
`,
  },
};
