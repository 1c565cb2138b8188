// The page's pieces as DOM nodes. Every text from the data goes in through textContent (or append of a string,
// which makes a text node), never as HTML.
import {
  type IssuesError,
  LIFE_SITUATION_LABELS,
  type LifeSituation,
  type ServiceView,
} from '@vikno/catalog';
import {
  type Answer,
  type Checklist,
  type ChecklistDocument,
  type ChecklistItem,
  FACT_DEFINITIONS,
  type Question,
  SUBMISSION_FORM_LABELS,
  type SubmissionForm,
} from '@vikno/checklists';

/** A text in Ukrainian and English, as every label of the data carries. */
type LocalizedText = Question['question'];
type LegalSource = ChecklistItem['basis'][number];

/** The language the page is shown in. */
export type Language = keyof LocalizedText;

/** A text of the page with its `{name}` slots filled. */
function say(text: LocalizedText, language: Language, values: Record<string, string | number> = {}): string {
  return text[language].replace(/\{(\w+)\}/g, (slot, name: string) => String(values[name] ?? slot));
}

/** A civil day (`YYYY-MM-DD`) as people write it here, in either language: `25.11.2026`. */
export const dotted = (day: string) => day.split('-').reverse().join('.');

/** What a screen reader is told when a view replaces the last one. */
export function announcement(
  view:
    | { kind: 'question'; question: Question; step: number; total: number }
    | { kind: 'checklist'; service: ServiceView },
  language: Language,
): string {
  return view.kind === 'question'
    ? `${say(UI.progress, language, { n: view.step, total: view.total })}. ${view.question.question[language]}`
    : say(UI.checklistAnnounced, language, { service: view.service.name.value[language] });
}

const UI = {
  title: { uk: 'Які документи взяти до ЦНАП', en: 'Which documents to bring to the CNAP' },
  otherLanguage: { uk: 'English', en: 'Українська' },
  search: { uk: 'Пошук послуги', en: 'Find a service' },
  socialServices: { uk: 'Соціальні послуги', en: 'Social services' },
  found: { uk: 'Знайдені послуги', en: 'Services found' },
  nothingFound: { uk: 'Нічого не знайдено', en: 'Nothing found' },
  progress: { uk: 'Питання {n} з {total}', en: 'Question {n} of {total}' },
  range: { uk: 'Ціле число від {min} до {max}', en: 'A whole number from {min} to {max}' },
  checkAnswer: {
    uk: 'Перевірте відповідь: «{question}» — ціле число від {min} до {max}.',
    en: 'Check the answer: “{question}” is a whole number from {min} to {max}.',
  },
  chooseAnswer: {
    uk: 'Перевірте відповідь: «{question}» — оберіть одну з відповідей.',
    en: 'Check the answer: “{question}” takes one of the answers shown.',
  },
  checklistAnnounced: { uk: '{service}: що взяти з собою', en: '{service}: what to bring' },
  sources: { uk: 'Джерела', en: 'Sources' },
  sourcesOfLine: { uk: 'Джерела', en: 'Sources' },
  next: { uk: 'Далі', en: 'Next' },
  back: { uk: 'Назад', en: 'Back' },
  restart: { uk: 'Обрати іншу послугу', en: 'Choose another service' },
  asOf: { uk: 'Правила станом на', en: 'Rules as of' },
  bring: { uk: 'Що взяти з собою', en: 'What to bring' },
  notDemanded: {
    uk: 'Не вимагається: суб’єкт надання отримує це з реєстру сам',
    en: 'Not demanded: the provider obtains it from a register itself',
  },
  undetermined: { uk: 'Ще не визначено', en: 'Not settled yet' },
  dependsOn: { uk: 'Залежить від', en: 'Depends on' },
  none: { uk: 'Немає', en: 'None' },
  oneOf: { uk: 'Одне з', en: 'One of' },
  unverified: { uk: 'не перевірено', en: 'unverified' },
  suggestions: { uk: 'Можливо, ви мали на увазі', en: 'Did you mean' },
} satisfies Record<string, LocalizedText>;

/** A submission form in people's words, as a line of its own: with a capital. */
function formLine(form: SubmissionForm, language: Language): string {
  const words = SUBMISSION_FORM_LABELS[form][language];
  return words.charAt(0).toUpperCase() + words.slice(1);
}

interface Props {
  readonly text?: string;
  readonly testId?: string;
  readonly className?: string;
  readonly lang?: Language;
  /** `data-*` attributes, by their dataset names (`serviceId` is `data-service-id`). */
  readonly data?: Readonly<Record<string, string>>;
}

function el<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  props: Props = {},
  children: readonly (Node | string)[] = [],
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  if (props.text !== undefined) element.textContent = props.text;
  if (props.testId !== undefined) element.dataset.testid = props.testId;
  if (props.className !== undefined) element.className = props.className;
  if (props.lang !== undefined) element.lang = props.lang;
  for (const [key, value] of Object.entries(props.data ?? {})) element.dataset[key] = value;
  element.append(...children);
  return element;
}

function button(text: string, onClick: () => void, props: Props = {}): HTMLButtonElement {
  const element = el('button', { ...props, text });
  element.type = 'button';
  element.addEventListener('click', onClick);
  return element;
}

/** The title and the language switch. */
export function renderHeader(language: Language, onSwitch: () => void): HTMLElement {
  return el('header', {}, [
    el('h1', { text: UI.title[language] }),
    button(UI.otherLanguage[language], onSwitch, { testId: 'language' }),
  ]);
}

/** What the service picker needs from the page. */
export interface PickerOptions {
  readonly language: Language;
  readonly query: string;
  /** The search hits of a query. */
  readonly search: (query: string) => readonly ServiceView[];
  /** The services listed while the query is empty (the social services). */
  readonly browse: () => readonly ServiceView[];
  readonly onPick: (service: ServiceView) => void;
}

/**
 * The services by the catalogue's life situations (a service of two situations is under both), in the order the
 * catalogue names the situations; a situation without services is left out.
 */
function bySituation(services: readonly ServiceView[]): [LifeSituation, ServiceView[]][] {
  return (Object.keys(LIFE_SITUATION_LABELS) as LifeSituation[])
    .map((situation): [LifeSituation, ServiceView[]] => [
      situation,
      services.filter((service) => service.lifeSituations.includes(situation)),
    ])
    .filter(([, listed]) => listed.length > 0);
}

/**
 * The search box and, under it, the social services by life situation, or the search hits in their rank order;
 * typing replaces only the list, so focus stays put.
 */
export function renderPicker({ language, query, search, browse, onPick }: PickerOptions): HTMLElement {
  const input = el('input', { testId: 'search' });
  input.id = 'search';
  input.type = 'search';
  input.value = query;
  const label = el('label', { text: UI.search[language] });
  label.htmlFor = input.id;
  const results = el('div', { testId: 'services' });
  const list = (services: readonly ServiceView[]) =>
    el(
      'ul',
      { className: 'services' },
      services.map((service) =>
        el('li', {}, [
          button(service.name.value[language], () => onPick(service), {
            testId: 'service',
            data: { serviceId: service.id },
          }),
        ]),
      ),
    );
  const show = (text: string) => {
    if (text.trim() === '') {
      results.replaceChildren(
        el('h2', { text: UI.socialServices[language] }),
        ...bySituation(browse()).map(([situation, services]) =>
          el('section', { testId: 'situation', data: { situation } }, [
            el('h3', { text: LIFE_SITUATION_LABELS[situation][language] }),
            list(services),
          ]),
        ),
      );
      return;
    }
    const hits = search(text);
    results.replaceChildren(
      el('h2', { text: UI.found[language] }),
      hits.length === 0 ? el('p', { text: UI.nothingFound[language] }) : list(hits),
    );
  };
  input.addEventListener('input', () => show(input.value));
  show(query);
  return el('section', {}, [label, ' ', input, results]);
}

/** What a question needs from the page. */
export interface QuestionOptions {
  readonly language: Language;
  /** 1 for the first question asked. */
  readonly step: number;
  /** The questions of the whole interview as far as the answers so far tell: those answered and those still asked. */
  readonly total: number;
  /** Whether the last answer to this question was refused: the field is marked and the error box names it. */
  readonly invalid: boolean;
  readonly onAnswer: (value: Answer['value']) => void;
  readonly onBack: () => void;
}

/** The friendly message for an answer the library refused: the question and what it takes, no code, no path. */
export function answerProblem(question: Question, language: Language): string {
  return question.kind === 'number'
    ? say(UI.checkAnswer, language, {
        question: question.question[language],
        min: question.min ?? '',
        max: question.max ?? '',
      })
    : say(UI.chooseAnswer, language, { question: question.question[language] });
}

/** One question: a button per answer of a choice, a number field for a number. */
export function renderQuestion(
  question: Question,
  { language, step, total, invalid, onAnswer, onBack }: QuestionOptions,
): HTMLElement {
  const heading = el('h2', { testId: 'question-text', text: question.question[language] });
  heading.id = 'question-text';
  // Focused by the page when the question appears, so it is a target for focus but not a tab stop.
  heading.tabIndex = -1;
  const section = el('section', { testId: 'question', data: { fact: question.fact } }, [
    el('p', { testId: 'progress', text: say(UI.progress, language, { n: step, total }) }),
    heading,
  ]);
  if (question.kind === 'choice') {
    section.append(
      el(
        'div',
        {},
        question.answers.map((answer) =>
          button(answer.label[language], () => onAnswer(answer.value), {
            testId: 'answer',
            data: { value: String(answer.value) },
          }),
        ),
      ),
    );
  } else {
    const input = el('input', { testId: 'number' });
    input.id = `fact-${question.fact}`;
    input.type = 'number';
    input.step = '1';
    if (question.min !== undefined) input.min = String(question.min);
    if (question.max !== undefined) input.max = String(question.max);
    // The question names the field; the range is its description, read after the name.
    input.setAttribute('aria-labelledby', heading.id);
    const hint = el('p', {
      className: 'hint',
      text: say(UI.range, language, { min: question.min ?? '', max: question.max ?? '' }),
    });
    hint.id = `${input.id}-hint`;
    input.setAttribute('aria-describedby', hint.id);
    if (invalid) input.setAttribute('aria-invalid', 'true');
    const submit = el('button', { testId: 'next', text: UI.next[language] });
    submit.type = 'submit';
    // No browser validation: the library checks the number (INVALID_FACTS) and the page says what it takes.
    const form = el('form', {}, [hint, input, ' ', submit]);
    form.noValidate = true;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      onAnswer(input.valueAsNumber);
    });
    section.append(form);
  }
  section.append(button(UI.back[language], onBack, { testId: 'back' }));
  return section;
}

/** A source's identity: the same act and provision cited by two lines is one source, listed once. */
const sourceKey = (source: LegalSource) =>
  JSON.stringify([source.id, source.provision?.uk ?? '', source.url ?? '', source.verified]);

/** The sources of a checklist, each once, numbered in the order first cited. */
class SourceList {
  readonly sources: LegalSource[] = [];
  readonly #numbers = new Map<string, number>();

  /** The numbers of `basis` in the list, each once, adding the sources not yet listed. */
  numbersOf(basis: readonly LegalSource[]): number[] {
    const numbers = basis.map((source) => {
      const key = sourceKey(source);
      let number = this.#numbers.get(key);
      if (number === undefined) {
        this.sources.push(source);
        number = this.sources.length;
        this.#numbers.set(key, number);
      }
      return number;
    });
    return [...new Set(numbers)];
  }
}

/** A line's sources as references to the list at the end: `Джерела: [1], [3]`. */
function renderRefs(numbers: readonly number[], language: Language): HTMLElement {
  const refs = numbers.map((number) => {
    const link = el('a', { testId: 'source-ref', text: `[${number}]` });
    link.href = `#source-${number}`;
    return link;
  });
  return el('p', { className: 'sources' }, [
    `${UI.sourcesOfLine[language]}: `,
    ...refs.flatMap((ref, index) => (index === 0 ? [ref] : [', ', ref])),
  ]);
}

function renderSource(source: LegalSource, number: number, language: Language): HTMLElement {
  const title = [source.act[language], source.number && `№ ${source.number}`, source.provision?.[language]]
    .filter((part) => part !== undefined && part !== '')
    .join(', ');
  const item = el('li', { testId: 'source' });
  item.id = `source-${number}`;
  // Only web addresses become links: a `javascript:` URL in someone's rule data must not run.
  if (source.url !== undefined && /^https?:\/\//.test(source.url)) {
    const link = el('a', { text: title });
    link.href = source.url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    item.append(link);
  } else {
    item.append(title);
  }
  if (!source.verified) {
    const mark = el('span', {
      testId: 'unverified',
      className: 'unverified',
      text: ` (${UI.unverified[language]})`,
    });
    if (source.note !== undefined) mark.title = source.note;
    item.append(mark);
  }
  return item;
}

function renderDocuments(documents: readonly ChecklistDocument[], language: Language): HTMLElement {
  const names = documents.map((document) =>
    el('span', { testId: 'document', data: { id: document.id }, text: document.name[language] }),
  );
  const parts = names.flatMap((name, index) => (index === 0 ? [name] : ['; ', name]));
  return el('p', {}, documents.length > 1 ? [`${UI.oneOf[language]}: `, ...parts] : parts);
}

function lines(testId: string, nodes: readonly HTMLElement[], language: Language): HTMLElement {
  return nodes.length === 0
    ? el('p', { testId: `${testId}-none`, text: UI.none[language] })
    : el('ol', { testId, className: 'lines' }, nodes);
}

/** What the checklist view needs from the page. */
export interface ChecklistOptions {
  readonly language: Language;
  readonly service: ServiceView;
  readonly onBack: () => void;
  readonly onRestart: () => void;
}

/** What to bring, what the provider obtains itself, and (should the facts not settle it) what is still open. */
export function renderChecklist(
  checklist: Checklist,
  { language, service, onBack, onRestart }: ChecklistOptions,
): HTMLElement {
  const sources = new SourceList();
  const items = checklist.items.map((item) =>
    el('li', { testId: 'item', data: { id: item.id, form: item.form } }, [
      renderDocuments(item.documents, language),
      el('p', { className: 'form', text: formLine(item.form, language) }),
      ...item.reasons.map((reason) => el('p', { testId: 'reason', text: reason[language] })),
      renderRefs(sources.numbersOf(item.basis), language),
    ]),
  );
  const notDemanded = checklist.notDemanded.map((item) =>
    el('li', { testId: 'not-demanded', data: { id: item.id, register: item.register.id } }, [
      renderDocuments(item.documents, language),
      el('p', { testId: 'why', text: item.why[language] }),
      renderRefs(sources.numbersOf(item.basis), language),
    ]),
  );
  const title = el('h2', { testId: 'checklist-title', text: service.name.value[language] });
  title.tabIndex = -1;
  const undetermined = checklist.undetermined.map((item) =>
    el('li', { testId: 'undetermined', data: { id: item.id } }, [
      renderDocuments(item.documents, language),
      el('p', {
        text: `${UI.dependsOn[language]}: ${item.facts.map((fact) => FACT_DEFINITIONS[fact].question[language]).join(' ')}`,
      }),
    ]),
  );
  return el('section', { testId: 'checklist' }, [
    title,
    el('p', { testId: 'as-of', text: `${UI.asOf[language]} ${dotted(checklist.asOf)}` }),
    el('h3', { text: UI.bring[language] }),
    lines('items', items, language),
    el('h3', { text: UI.notDemanded[language] }),
    lines('not-demanded-list', notDemanded, language),
    ...(undetermined.length > 0
      ? [el('h3', { text: UI.undetermined[language] }), lines('open', undetermined, language)]
      : []),
    ...(sources.sources.length > 0
      ? [
          el('h3', { text: UI.sources[language] }),
          el(
            'ol',
            { testId: 'sources', className: 'sources' },
            sources.sources.map((source, index) => renderSource(source, index + 1, language)),
          ),
        ]
      : []),
    button(UI.back[language], onBack, { testId: 'back' }),
    button(UI.restart[language], onRestart, { testId: 'restart' }),
  ]);
}

/**
 * An error in the chosen language only, without its code or paths: `message` when the page can say what to do (an
 * answer refused), the library's own sentence otherwise, with its suggestions; with a way out when the error leaves
 * nothing else to show.
 */
export function renderError(
  error: IssuesError<string>,
  language: Language,
  { message, onRestart }: { readonly message?: string; readonly onRestart?: () => void } = {},
): HTMLElement {
  const box = el('div', { testId: 'error', className: 'error', data: { code: error.code } }, [
    el('p', { text: message ?? error[language] }),
  ]);
  box.setAttribute('role', 'alert');
  if (message === undefined && error.suggestions.length > 0) {
    box.append(el('p', { text: `${UI.suggestions[language]}: ${error.suggestions.join(', ')}` }));
  }
  if (onRestart !== undefined) box.append(button(UI.restart[language], onRestart, { testId: 'restart' }));
  return box;
}
