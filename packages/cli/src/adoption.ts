import { writeFileSync } from 'node:fs';
import {
  ACTOR_LABELS,
  type AdoptionPlan,
  adoptionPlan,
  adviseModel,
  cardsDocument,
  type ModelAdviceResult,
  parseCnapProfile,
  servicesToAgree,
} from '@vikno/adoption';
import type { DeliveryModel } from '@vikno/catalog';
import { type LocalizedText, ViknoError } from '@vikno/law';
import { wrap } from './terminal.js';

// The commands of @vikno/adoption: `vikno advise`, `vikno plan`, `vikno cards`. run.ts registers them (their
// options, their help) and gives them its way of reading a JSON file; everything they print is built here.

type Language = 'uk' | 'en';

/** The options the adoption commands add to `vikno`. */
export const ADOPTION_OPTIONS = {
  profile: { type: 'string' },
  model: { type: 'string' },
  start: { type: 'string' },
  out: { type: 'string' },
} as const;

/** What each adoption command takes: no argument, and its options. */
export const ADOPTION_COMMANDS = {
  advise: { options: ['profile'] },
  plan: { options: ['model', 'cnap', 'start'] },
  cards: { options: ['model', 'cnap', 'as-of', 'out'] },
} as const;

/** An adoption command's name. */
export type AdoptionCommand = keyof typeof ADOPTION_COMMANDS;

/** The file named by `--out` could not be written: said without its name. */
class OutError extends ViknoError<'OUT_UNWRITABLE'> {
  override readonly name = 'CliError';
}

const WORDS = {
  model: { uk: 'Модель', en: 'Model' },
  balance: { uk: 'переваги мінус слабкі сторони', en: 'strengths less weaknesses' },
  for: { uk: 'За', en: 'For' },
  against: { uk: 'Проти', en: 'Against' },
  unmet: { uk: 'Не виконано умову', en: 'Condition not met' },
  questions: { uk: 'Відповіді, які змінили б вибір', en: 'Answers that would change the choice' },
  ifAnswered: { uk: 'якщо', en: 'if' },
  owners: { uk: 'Виконавці', en: 'Who' },
  produces: { uk: 'Результат', en: 'Produces' },
  workingDays: { uk: 'роб. дн.', en: 'working days' },
  assumption: {
    uk: 'Тривалість кроків — припущення для планування, не строки закону; дати — робочі дні.',
    en: 'Step lengths are planning assumptions, not legal terms; every date is a working day.',
  },
  written: {
    uk: 'Картки послуг записано у файл, названий у `--out`',
    en: 'The services’ cards are written to the file named by `--out`',
  },
} satisfies Record<string, LocalizedText>;

function dayIn(day: string, language: Language): string {
  return language === 'uk' ? day.split('-').reverse().join('.') : day;
}

function adviceText(advice: ModelAdviceResult, language: Language): string {
  const lines: string[] = [];
  for (const entry of advice.ranking) {
    lines.push(
      `${entry.rank}. ${WORDS.model[language]} ${entry.model} (${WORDS.balance[language]}: ${entry.balance > 0 ? '+' : ''}${entry.balance})`,
    );
    for (const condition of entry.conditions.filter((each) => !each.met)) {
      lines.push(wrap(`${WORDS.unmet[language]}: ${condition.text[language]}`, '   ✗ ', '     '));
    }
    for (const reason of entry.for) lines.push(wrap(reason.text[language], `   + `, '     '));
    for (const reason of entry.against) lines.push(wrap(reason.text[language], `   − `, '     '));
  }
  if (advice.questions.length > 0) {
    lines.push('', `${WORDS.questions[language]}:`);
    for (const question of advice.questions) {
      lines.push(
        wrap(
          `${question.ask[language]} — ${WORDS.ifAnswered[language]} «${question.ifAnswered[language]}»: ${question.ranking.join(', ')}`,
          '  - ',
          '    ',
        ),
      );
    }
  }
  return lines.join('\n');
}

function planText(plan: AdoptionPlan, language: Language): string {
  const lines = [
    `${WORDS.model[language]} ${plan.model}: ${plan.hromada[language]}, ${dayIn(plan.start, language)} — ${dayIn(plan.end, language)}`,
  ];
  for (const step of plan.steps) {
    lines.push(
      wrap(
        `${step.number}. ${dayIn(step.start, language)}–${dayIn(step.end, language)} (${step.workingDays} ${WORDS.workingDays[language]}) ${step.title[language]}`,
        '',
        '   ',
      ),
      wrap(
        `${WORDS.owners[language]}: ${step.owners.map((owner) => ACTOR_LABELS[owner][language]).join('; ')}`,
        '   ',
        '     ',
      ),
      wrap(`${WORDS.produces[language]}: ${step.produces.title[language]}`, '   ', '     '),
    );
  }
  lines.push('', wrap(WORDS.assumption[language]));
  return lines.join('\n');
}

/** What a command gives `run`: the data for `--json` and the text for a person. */
export interface AdoptionOutput {
  readonly data: unknown;
  readonly text: string;
}

/** How `run` lends the adoption commands its input: a JSON file by option, and the option values given. */
export interface AdoptionInput {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly language: Language;
  readonly asOf: { readonly asOf?: string };
  readonly readJson: (path: string | undefined, option: string) => unknown;
}

/**
 * Runs `vikno advise`, `vikno plan` or `vikno cards`. Bad input comes back as the packages' typed errors (an
 * `AdoptionError` for a profile or model that is not one), which `run` prints as it prints any other.
 */
export function runAdoption(command: AdoptionCommand, input: AdoptionInput): AdoptionOutput {
  const text = (name: string) => {
    const value = input.values[name];
    return typeof value === 'string' ? value : undefined;
  };
  switch (command) {
    case 'advise': {
      const advice = adviseModel(input.readJson(text('profile'), '--profile'));
      return { data: advice, text: adviceText(advice, input.language) };
    }
    case 'plan': {
      const cnap = parseCnapProfile(input.readJson(text('cnap'), '--cnap'));
      const plan = adoptionPlan(text('model') as DeliveryModel, cnap, { start: text('start') as string });
      return { data: plan, text: planText(plan, input.language) };
    }
    case 'cards': {
      const cnap = parseCnapProfile(input.readJson(text('cnap'), '--cnap'));
      const model = text('model') as DeliveryModel;
      const html = cardsDocument(model, cnap, input.asOf);
      const services = servicesToAgree(model, cnap, input.asOf).services.map((service) => service.serviceId);
      const out = text('out');
      if (out === undefined) return { data: { services, html }, text: html.trimEnd() };
      try {
        writeFileSync(out, html);
      } catch {
        throw new OutError({
          code: 'OUT_UNWRITABLE',
          path: 'out',
          uk: 'Не вдалося записати файл, названий у `--out`',
          en: 'The file named by `--out` could not be written',
        });
      }
      return { data: { services }, text: `${WORDS.written[input.language]} (${services.length})` };
    }
  }
}
