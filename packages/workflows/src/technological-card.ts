import { Catalog, defaultCatalog } from '@vikno/catalog';
import {
  CivilDate,
  describeTerm,
  type LegalSource,
  type LocalizedText,
  type Term,
  toKyivDate,
} from '@vikno/deadlines';
import { z } from 'zod';
import {
  DEFAULT_TRANSFER_TERM,
  OPERATIONAL_DEFAULTS,
  serviceUnderModel,
  TRANSFER_TERM_SOURCE,
} from './case.js';
import type { Model } from './case-machine.js';
import { invalidInput } from './transfer-register.js';

/**
 * The action of an official at a stage, as technological cards mark it: `В` performs (виконує), `У` takes part
 * (бере участь), `П` agrees (погоджує), `З` approves (затверджує).
 */
export type StageAction = 'В' | 'У' | 'П' | 'З';

/** One stage of a technological card: what is done, by whom with which action, and in what term. */
export interface CardStage {
  readonly number: number;
  readonly stage: LocalizedText;
  readonly officials: readonly { readonly official: LocalizedText; readonly action: StageAction }[];
  readonly term: LocalizedText;
  /** Where the term comes from, when it is a legal term. */
  readonly basis: readonly LegalSource[];
}

/** The technological card of a service under one delivery model. */
export interface TechnologicalCard {
  readonly serviceId: string;
  readonly title: LocalizedText;
  readonly model: Model;
  readonly asOf: string;
  readonly stages: readonly CardStage[];
  /** КМУ resolution 44, which sets what a technological card holds. */
  readonly basis: readonly LegalSource[];
}

/** КМУ resolution 44 of 30.01.2013, the requirements for a technological card (Law 5203-VI Art. 8 part 4). */
export const KMU_44_2013: LegalSource = {
  id: 'kmu-44-2013',
  act: {
    uk: 'Постанова КМУ «Про затвердження вимог до підготовки технологічної картки адміністративної послуги»',
    en: 'Cabinet resolution approving the requirements for preparing the technological card of an administrative service',
  },
  number: '44',
  adopted: '2013-01-30',
  url: 'https://zakon.rada.gov.ua/laws/show/44-2013-п',
  verified: true,
  note:
    'Quoted on adm-pl.gov.ua and berda.gov.ua: «Відповідно до частини четвертої статті 8 Закону України “Про ' +
    'адміністративні послуги”…». The columns «Етапи послуги | Відповідальна посадова особа | Дія (В, У, П, З) | ' +
    'Термін виконання» are those of real cards (tovstenska-gromada.gov.ua).',
};

const OFFICIALS = {
  administrator: { uk: 'Адміністратор ЦНАП', en: 'CNAP administrator' },
  specialist: { uk: 'Спеціаліст УСЗН у ЦНАП', en: 'USZN specialist at the CNAP' },
  providerOfficial: { uk: 'Посадова особа суб’єкта надання', en: 'Official of the provider' },
  head: { uk: 'Керівник суб’єкта надання', en: 'Head of the provider' },
} as const;

const words = (term: Term) => describeTerm(term);

const ModelSchema = z.enum(['I', 'II', 'III']);

const CardOptions = z
  .object({ asOf: CivilDate.optional(), catalog: z.instanceof(Catalog).optional() })
  .strict();

function parse<T>(schema: z.ZodType<T>, value: unknown, path: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalidInput(path, parsed.error);
  return parsed.data;
}

const Text = z.object({ uk: z.string().max(2000), en: z.string().max(2000) }).loose();

/** A technological card as {@link renderTechnologicalCard} reads it, bounded: a card has a handful of stages. */
const CardShape = z
  .object({
    title: Text,
    model: ModelSchema,
    asOf: CivilDate,
    stages: z
      .array(
        z
          .object({
            number: z.number().int().positive().max(100),
            stage: Text,
            officials: z
              .array(z.object({ official: Text, action: z.enum(['В', 'У', 'П', 'З']) }).loose())
              .min(1)
              .max(10),
            term: Text,
          })
          .loose(),
      )
      .min(1)
      .max(50),
  })
  .loose();

/**
 * The technological card (технологічна картка) of a service under a delivery model, as КМУ resolution 44 requires:
 * the stages, the official responsible for each with their action (В, У, П, З), and the term. The decision term is
 * the catalogue's; the transfer and notification terms are those the case workflow watches.
 *
 * @throws {@link WorkflowError} `INVALID_INPUT` for an unknown service, a model the service does not allow, or
 * arguments that are not valid.
 * @example
 * ```ts
 * import { renderTechnologicalCard, technologicalCard } from '@vikno/workflows';
 *
 * console.log(renderTechnologicalCard(technologicalCard('idp-living-allowance', 'III', { asOf: '2026-03-02' })));
 * ```
 */
export function technologicalCard(
  serviceId: string,
  model: Model,
  options: { readonly asOf?: string; readonly catalog?: Catalog } = {},
): TechnologicalCard {
  parse(z.string().min(1).max(80), serviceId, 'serviceId');
  parse(ModelSchema, model, 'model');
  const { asOf = toKyivDate(new Date()), catalog = defaultCatalog() } = parse(
    CardOptions,
    options,
    'options',
  );
  const service = serviceUnderModel(catalog, serviceId, model, asOf, '');
  const receiver = model === 'II' ? OFFICIALS.specialist : OFFICIALS.administrator;
  const decisionTerm = service.term.value;
  const decision: LocalizedText =
    decisionTerm.kind === 'term'
      ? words(decisionTerm.term)
      : { uk: 'У день звернення', en: 'On the day of application' };
  const transfer = words(DEFAULT_TRANSFER_TERM);
  const transferStage: Omit<CardStage, 'number'> =
    model === 'I'
      ? {
          stage: {
            uk: 'Внесення заяви до ІІС «Соціальна громада» зі скан-копіями всіх документів та електронна передача суб’єкту надання',
            en: 'Entering the application into «Social Hromada» with every document scanned, and sending it electronically',
          },
          officials: [{ official: OFFICIALS.administrator, action: 'В' }],
          term: transfer,
          basis: [TRANSFER_TERM_SOURCE],
        }
      : model === 'II'
        ? {
            stage: {
              uk: 'Передача паперової справи до бек-офісу суб’єкта надання',
              en: 'Handing the paper file to the provider’s back office',
            },
            officials: [{ official: OFFICIALS.specialist, action: 'В' }],
            term: transfer,
            basis: [TRANSFER_TERM_SOURCE],
          }
        : {
            stage: {
              uk: 'Включення справи до реєстру передавання документів, передача реєстру суб’єкту надання з підписом про отримання',
              en: 'Entering the case in a transfer register and handing the register over, signed on receipt',
            },
            officials: [
              { official: OFFICIALS.administrator, action: 'В' },
              { official: OFFICIALS.providerOfficial, action: 'У' },
            ],
            term: transfer,
            basis: [TRANSFER_TERM_SOURCE],
          };
  const stages: Omit<CardStage, 'number'>[] = [
    {
      stage: {
        uk: 'Прийом, перевірка повноти пакета документів, реєстрація заяви, повідомлення заявника про орієнтовний строк',
        en: 'Receiving the application, checking the package, registering it, telling the applicant the expected term',
      },
      officials: [{ official: receiver, action: 'В' }],
      term: { uk: 'У день звернення', en: 'On the day of application' },
      basis: [],
    },
    transferStage,
    {
      stage: { uk: 'Розгляд документів і прийняття рішення', en: 'Considering the documents and deciding' },
      officials: [
        { official: OFFICIALS.providerOfficial, action: 'В' },
        { official: OFFICIALS.head, action: 'З' },
      ],
      term: decision,
      basis: service.term.basis,
    },
    ...(model === 'I'
      ? [
          {
            stage: {
              uk: 'Передача паперових оригіналів документів суб’єкту надання за реєстром',
              en: 'Passing the paper originals to the provider in a transfer register',
            },
            officials: [
              { official: OFFICIALS.administrator, action: 'В' as const },
              { official: OFFICIALS.providerOfficial, action: 'У' as const },
            ],
            term: { uk: 'Після електронної передачі', en: 'After the electronic transfer' },
            basis: [],
          },
        ]
      : []),
    {
      stage: {
        uk: 'Інформування ЦНАП про рішення, повідомлення заявника',
        en: 'Informing the CNAP of the decision and notifying the applicant',
      },
      officials: [
        { official: OFFICIALS.providerOfficial, action: 'В' },
        { official: receiver, action: 'У' },
      ],
      term: words(OPERATIONAL_DEFAULTS.notification),
      basis: [],
    },
    {
      stage: { uk: 'Видача результату заявнику', en: 'Handing the result to the applicant' },
      officials: [{ official: receiver, action: 'В' }],
      term: { uk: 'У день звернення заявника', en: 'When the applicant comes' },
      basis: [],
    },
  ];
  return {
    serviceId,
    title: service.name.value,
    model,
    asOf,
    stages: stages.map((stage, index) => ({ number: index + 1, ...stage })),
    basis: [KMU_44_2013],
  };
}

/**
 * Renders a technological card as a Markdown table in Ukrainian, with the columns of real cards.
 *
 * @throws {@link WorkflowError} `INVALID_INPUT` for a card that is not one (its texts, stages and officials).
 * @example
 * ```ts
 * import { renderTechnologicalCard, technologicalCard } from '@vikno/workflows';
 *
 * renderTechnologicalCard(technologicalCard('birth-assistance', 'I'));
 * ```
 */
export function renderTechnologicalCard(card: TechnologicalCard): string {
  const checked = parse(CardShape, card, 'card');
  const cell = (text: string) => text.replaceAll('|', '\\|');
  return [
    `# Технологічна картка: ${cell(checked.title.uk)}`,
    '',
    `Модель ${checked.model}; станом на ${checked.asOf.split('-').reverse().join('.')}`,
    '',
    '| № | Етапи послуги | Відповідальна посадова особа | Дія (В, У, П, З) | Термін виконання |',
    '|---|---|---|---|---|',
    ...checked.stages.map(
      (stage) =>
        `| ${stage.number} | ${cell(stage.stage.uk)} | ${stage.officials.map((entry) => cell(entry.official.uk)).join('<br>')} | ${stage.officials.map((entry) => entry.action).join('<br>')} | ${cell(stage.term.uk)} |`,
    ),
    '',
    'Дія: В — виконує, У — бере участь, П — погоджує, З — затверджує.',
    '',
  ].join('\n');
}
