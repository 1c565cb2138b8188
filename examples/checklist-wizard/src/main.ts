// The checklist wizard: pick a service, answer what `questionsFor` asks one question at a time, and see the
// checklist `buildChecklist` builds. The page holds no rules of its own: the library decides what to ask next.
import './style.css';
import { findServices, IssuesError, type ServiceView, searchServices } from '@vikno/catalog';
import {
  type Answer,
  type ApplicantFacts,
  buildChecklist,
  type FactName,
  questionsFor,
} from '@vikno/checklists';
import {
  announcement,
  answerProblem,
  type Language,
  renderChecklist,
  renderError,
  renderHeader,
  renderPicker,
  renderQuestion,
} from './render.js';

/** One answer, kept in the order given so Back undoes exactly the last one. */
interface Given {
  readonly fact: FactName;
  readonly value: Answer['value'];
}

interface WizardState {
  language: Language;
  query: string;
  service: ServiceView | undefined;
  answers: readonly Given[];
  /** The error of the last action, shown above the view until the next action. */
  error: IssuesError<string> | undefined;
}

/**
 * Where the focus goes after a redraw: the new view's heading (a step taken, announced), the field of an answer
 * refused, the language switch just pressed, or nowhere in particular (the first view, a search).
 */
type Focus = 'view' | 'field' | 'language' | 'none';

function missing(selector: string): never {
  throw new Error(`index.html has no ${selector} element`);
}

const app = document.getElementById('app') ?? missing('#app');
const announcer = document.getElementById('announcer') ?? missing('#announcer');

const state: WizardState = { language: 'uk', query: '', service: undefined, answers: [], error: undefined };

// The answers are passed as they are: the library validates them and names what is wrong (INVALID_FACTS).
function factsOf(answers: readonly Given[]): ApplicantFacts {
  return Object.fromEntries(answers.map(({ fact, value }) => [fact, value])) as ApplicantFacts;
}

/** The errors of the packages are shown in the page; anything else is a bug and is thrown on. */
function shownError(error: unknown): IssuesError<string> {
  if (error instanceof IssuesError) return error;
  throw error;
}

function update(change: Partial<WizardState>, focus: Focus = 'view'): void {
  Object.assign(state, { error: undefined }, change);
  render(focus);
}

function answer(service: ServiceView, fact: FactName, value: Answer['value']): void {
  const answers = [...state.answers, { fact, value }];
  try {
    // Checked before it is kept, so a number out of range stays on its question with the library's message.
    questionsFor(service.id, factsOf(answers));
  } catch (error) {
    update({ error: shownError(error) }, 'field');
    return;
  }
  update({ answers });
}

function back(): void {
  if (state.answers.length === 0) update({ service: undefined });
  else update({ answers: state.answers.slice(0, -1) });
}

function restart(): void {
  update({ service: undefined, answers: [] });
}

/** A view, and what a screen reader is told when it appears (nothing for the services or an error). */
interface View {
  readonly node: HTMLElement;
  readonly announced?: string;
  /** The error box above the view, if the last action failed. */
  readonly error?: HTMLElement;
}

function wizard(service: ServiceView): View {
  const { language } = state;
  const facts = factsOf(state.answers);
  const asked = questionsFor(service.id, facts);
  const next = asked[0];
  if (next !== undefined) {
    const step = state.answers.length + 1;
    const total = state.answers.length + asked.length;
    return {
      node: renderQuestion(next, {
        language,
        step,
        total,
        invalid: state.error !== undefined,
        onAnswer: (value) => answer(service, next.fact, value),
        onBack: back,
      }),
      announced: announcement({ kind: 'question', question: next, step, total }, language),
      // The library refused this question's answer: the page says what the question takes, in words.
      ...(state.error && {
        error: renderError(state.error, language, { message: answerProblem(next, language) }),
      }),
    };
  }
  return {
    node: renderChecklist(buildChecklist(service.id, facts), {
      language,
      service,
      onBack: back,
      onRestart: restart,
    }),
    announced: announcement({ kind: 'checklist', service }, language),
  };
}

function view(): View {
  const { language, service } = state;
  if (service === undefined) {
    return {
      node: renderPicker({
        language,
        query: state.query,
        search: (query) => {
          state.query = query;
          return searchServices(query).map((hit) => hit.service);
        },
        browse: () => {
          state.query = '';
          return findServices({ social: true });
        },
        onPick: (picked) => update({ service: picked, answers: [] }),
      }),
    };
  }
  try {
    return wizard(service);
  } catch (error) {
    return { node: renderError(shownError(error), language, { onRestart: restart }) };
  }
}

function render(focus: Focus): void {
  document.documentElement.lang = state.language;
  // The language changes the words only: a refused answer stays refused, now said in the other language.
  const header = renderHeader(state.language, () => {
    state.language = state.language === 'uk' ? 'en' : 'uk';
    render('language');
  });
  const shown = view();
  app.replaceChildren(header, ...(shown.error ? [shown.error] : []), shown.node);
  const target = {
    view: app.querySelector<HTMLElement>('h2[tabindex="-1"], #search'),
    field: app.querySelector<HTMLElement>('[data-testid="number"]'),
    language: app.querySelector<HTMLElement>('[data-testid="language"]'),
    none: null,
  }[focus];
  target?.focus();
  // Said once per step: a language switch or a refused answer does not repeat the question.
  if (focus === 'view') announcer.textContent = shown.announced ?? '';
}

render('none');
