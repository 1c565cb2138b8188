// The page's pieces as DOM nodes. Every text from the data goes in through textContent (or append of a string,
// which makes a text node), never as HTML.
import type { IssuesError, ServiceView } from '@vikno/catalog';
import {
  type Answer,
  type Checklist,
  type ChecklistDocument,
  type ChecklistItem,
  FACT_DEFINITIONS,
  type Question,
  type SubmissionForm,
} from '@vikno/checklists';

/** A text in Ukrainian and English, as every label of the data carries. */
type LocalizedText = Question['question'];
type LegalSource = ChecklistItem['basis'][number];

/** The language the page is shown in. */
export type Language = keyof LocalizedText;

const UI = {
  title: { uk: 'Які документи взяти до ЦНАП', en: 'Which documents to bring to the CNAP' },
  otherLanguage: { uk: 'English', en: 'Українська' },
  search: { uk: 'Пошук послуги', en: 'Find a service' },
  socialServices: { uk: 'Соціальні послуги', en: 'Social services' },
  found: { uk: 'Знайдені послуги', en: 'Services found' },
  nothingFound: { uk: 'Нічого не знайдено', en: 'Nothing found' },
  question: { uk: 'Питання', en: 'Question' },
  range: { uk: 'Ціле число від {min} до {max}', en: 'A whole number from {min} to {max}' },
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
  error: { uk: 'Помилка', en: 'Error' },
  suggestions: { uk: 'Можливо', en: 'Did you mean' },
} satisfies Record<string, LocalizedText>;

const FORMS: Readonly<Record<SubmissionForm, LocalizedText>> = {
  original: { uk: 'Оригінал', en: 'The original' },
  copy: { uk: 'Копія', en: 'A copy' },
  copyWithOriginal: { uk: 'Копія з пред’явленням оригіналу', en: 'A copy, with the original shown' },
  presentOnly: { uk: 'Лише пред’явити оригінал', en: 'Show the original only' },
};

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
  /** The services for a query: search hits, or the social services while it is empty. */
  readonly search: (query: string) => readonly ServiceView[];
  readonly onPick: (service: ServiceView) => void;
}

/** The search box and the list of services under it; typing replaces only the list, so focus stays put. */
export function renderPicker({ language, query, search, onPick }: PickerOptions): HTMLElement {
  const input = el('input', { testId: 'search' });
  input.id = 'search';
  input.type = 'search';
  input.value = query;
  const label = el('label', { text: UI.search[language] });
  label.htmlFor = input.id;
  const heading = el('h2');
  const list = el('ul', { testId: 'services', className: 'services' });
  const show = (text: string) => {
    const services = search(text);
    heading.textContent = text.trim() === '' ? UI.socialServices[language] : UI.found[language];
    list.replaceChildren(
      ...services.map((service) =>
        el('li', {}, [
          button(service.name.value[language], () => onPick(service), {
            testId: 'service',
            data: { serviceId: service.id },
          }),
        ]),
      ),
    );
    if (services.length === 0) list.append(el('li', { text: UI.nothingFound[language] }));
  };
  input.addEventListener('input', () => show(input.value));
  show(query);
  return el('section', {}, [label, ' ', input, heading, list]);
}

/** What a question needs from the page. */
export interface QuestionOptions {
  readonly language: Language;
  /** 1 for the first question asked. */
  readonly step: number;
  readonly onAnswer: (value: Answer['value']) => void;
  readonly onBack: () => void;
}

/** One question: a button per answer of a choice, a number field for a number. */
export function renderQuestion(
  question: Question,
  { language, step, onAnswer, onBack }: QuestionOptions,
): HTMLElement {
  const section = el('section', { testId: 'question', data: { fact: question.fact } }, [
    el('p', { text: `${UI.question[language]} ${step}` }),
    el('h2', { testId: 'question-text', text: question.question[language] }),
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
    const label = el('label', {
      text: UI.range[language]
        .replace('{min}', String(question.min ?? ''))
        .replace('{max}', String(question.max ?? '')),
    });
    label.htmlFor = input.id;
    const submit = el('button', { testId: 'next', text: UI.next[language] });
    submit.type = 'submit';
    // No browser validation: the library checks the number (INVALID_FACTS) and the page shows its message.
    const form = el('form', {}, [label, ' ', input, ' ', submit]);
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

function renderSource(source: LegalSource, language: Language): HTMLElement {
  const title = [source.act[language], source.number && `№ ${source.number}`, source.provision?.[language]]
    .filter((part) => part !== undefined && part !== '')
    .join(', ');
  const item = el('li', { testId: 'source' });
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
  const items = checklist.items.map((item) =>
    el('li', { testId: 'item', data: { id: item.id, form: item.form } }, [
      renderDocuments(item.documents, language),
      el('p', { className: 'form', text: FORMS[item.form][language] }),
      ...item.reasons.map((reason) => el('p', { testId: 'reason', text: reason[language] })),
      el(
        'ul',
        { className: 'sources' },
        item.basis.map((source) => renderSource(source, language)),
      ),
    ]),
  );
  const notDemanded = checklist.notDemanded.map((item) =>
    el('li', { testId: 'not-demanded', data: { id: item.id, register: item.register.id } }, [
      renderDocuments(item.documents, language),
      el('p', { testId: 'why', text: item.why[language] }),
      el(
        'ul',
        { className: 'sources' },
        item.basis.map((source) => renderSource(source, language)),
      ),
    ]),
  );
  const undetermined = checklist.undetermined.map((item) =>
    el('li', { testId: 'undetermined', data: { id: item.id } }, [
      renderDocuments(item.documents, language),
      el('p', {
        text: `${UI.dependsOn[language]}: ${item.facts.map((fact) => FACT_DEFINITIONS[fact].question[language]).join(' ')}`,
      }),
    ]),
  );
  return el('section', { testId: 'checklist' }, [
    el('h2', { text: service.name.value[language] }),
    el('p', { text: `${UI.asOf[language]} ${checklist.asOf}` }),
    el('h3', { text: UI.bring[language] }),
    lines('items', items, language),
    el('h3', { text: UI.notDemanded[language] }),
    lines('not-demanded-list', notDemanded, language),
    ...(undetermined.length > 0
      ? [el('h3', { text: UI.undetermined[language] }), lines('open', undetermined, language)]
      : []),
    button(UI.back[language], onBack, { testId: 'back' }),
    button(UI.restart[language], onRestart, { testId: 'restart' }),
  ]);
}

/**
 * An error of the packages, always in Ukrainian and English, with every issue and suggestion it carries; with a
 * way out when the error leaves nothing else to show.
 */
export function renderError(
  error: IssuesError<string>,
  language: Language,
  onRestart?: () => void,
): HTMLElement {
  const box = el('div', { testId: 'error', className: 'error', data: { code: error.code } }, [
    el('h2', { text: `${UI.error[language]}: ${error.code}` }),
    el('p', { testId: 'error-uk', lang: 'uk', text: error.uk }),
    el('p', { testId: 'error-en', lang: 'en', text: error.en }),
  ]);
  box.setAttribute('role', 'alert');
  if (error.issues.length > 0) {
    box.append(
      el(
        'ul',
        {},
        error.issues.map((issue) =>
          el('li', { testId: 'error-issue', text: `${issue.path}: ${issue.uk} / ${issue.en}` }),
        ),
      ),
    );
  }
  if (error.suggestions.length > 0) {
    box.append(el('p', { text: `${UI.suggestions[language]}: ${error.suggestions.join(', ')}` }));
  }
  if (onRestart !== undefined) box.append(button(UI.restart[language], onRestart, { testId: 'restart' }));
  return box;
}
