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

function missing(selector: string): never {
  throw new Error(`index.html has no ${selector} element`);
}

const app = document.getElementById('app') ?? missing('#app');

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

function servicesFor(query: string): ServiceView[] {
  return query.trim() === ''
    ? findServices({ social: true })
    : searchServices(query).map((hit) => hit.service);
}

function update(change: Partial<WizardState>): void {
  Object.assign(state, { error: undefined }, change);
  render();
}

function answer(service: ServiceView, fact: FactName, value: Answer['value']): void {
  const answers = [...state.answers, { fact, value }];
  try {
    // Checked before it is kept, so a number out of range stays on its question with the library's message.
    questionsFor(service.id, factsOf(answers));
  } catch (error) {
    update({ error: shownError(error) });
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

function wizard(service: ServiceView): HTMLElement {
  const { language } = state;
  const facts = factsOf(state.answers);
  const next = questionsFor(service.id, facts)[0];
  if (next !== undefined) {
    return renderQuestion(next, {
      language,
      step: state.answers.length + 1,
      onAnswer: (value) => answer(service, next.fact, value),
      onBack: back,
    });
  }
  return renderChecklist(buildChecklist(service.id, facts), {
    language,
    service,
    onBack: back,
    onRestart: restart,
  });
}

function view(): HTMLElement {
  const { language, service } = state;
  if (service === undefined) {
    return renderPicker({
      language,
      query: state.query,
      search: (query) => {
        state.query = query;
        return servicesFor(query);
      },
      onPick: (picked) => update({ service: picked, answers: [] }),
    });
  }
  try {
    return wizard(service);
  } catch (error) {
    return renderError(shownError(error), language, restart);
  }
}

function render(): void {
  document.documentElement.lang = state.language;
  const header = renderHeader(state.language, () =>
    update({ language: state.language === 'uk' ? 'en' : 'uk' }),
  );
  const error = state.error === undefined ? [] : [renderError(state.error, state.language)];
  app.replaceChildren(header, ...error, view());
}

render();
