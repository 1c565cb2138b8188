import { Catalog, defaultCatalog } from '@vikno/catalog';
import { ADMINISTRATIVE_PROCEDURE, CivilDate, describeTerm, type Term, toKyivDate } from '@vikno/deadlines';
import { defaultActRegister, type LegalSource, type LocalizedText } from '@vikno/law';
import { z } from 'zod';
import {
  DEFAULT_TRANSFER_TERM,
  OPERATIONAL_DEFAULTS,
  serviceUnderModel,
  TRANSFER_TERM_SOURCE,
} from './case.js';
import {
  DELIVERY_MODELS,
  type Model,
  OFFICIALS,
  type StageAction,
  type StageDefinition,
  type StageTerm,
} from './models.js';
import { invalidInput } from './transfer-register.js';

export type { StageAction } from './models.js';

/** One stage of a technological card: what is done, by whom with which action, and in what term. */
export interface CardStage {
  readonly number: number;
  readonly stage: LocalizedText;
  readonly officials: readonly { readonly official: LocalizedText; readonly action: StageAction }[];
  readonly term: LocalizedText;
  /**
   * Where the stage comes from, when the law prescribes it (leaving without movement, the hearing: from
   * `PROCEDURE_RULES`), and where its term comes from, when it is a legal term.
   */
  readonly basis: readonly LegalSource[];
}

/** The technological card of a service under one delivery model. */
export interface TechnologicalCard {
  readonly serviceId: string;
  readonly title: LocalizedText;
  readonly model: Model;
  readonly asOf: string;
  readonly stages: readonly CardStage[];
  /**
   * КМУ resolution 44, which sets what a technological card holds, and the description of the model its stages and
   * officials follow (`DELIVERY_MODELS[model].card.basis`).
   */
  readonly basis: readonly LegalSource[];
}

/** КМУ resolution 44 of 30.01.2013, the requirements for a technological card (Law 5203-VI Art. 8 part 4). */
export const KMU_44_2013: LegalSource = defaultActRegister().cite({
  act: 'kmu-44-2013',
  provision: { uk: 'п. 1 Вимог', en: 'Requirements, para 1' },
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    '1. Технологічна картка адміністративної послуги (далі - технологічна картка), що містить інформацію про ' +
    'порядок надання адміністративної послуги суб’єктом надання такої послуги, затверджується зазначеним ' +
    'суб’єктом для кожної адміністративної послуги, яку він надає.',
  note:
    'Read in copies on adm-pl.gov.ua and berda.gov.ua (local sites, edition not stated): the preamble «Відповідно ' +
    'до частини четвертої статті 8 Закону України “Про адміністративні послуги”…» and para 1 of the ' +
    'Requirements. The point listing the columns was not in the excerpt; the columns «Етапи послуги | ' +
    'Відповідальна посадова особа | Дія (В, У, П, З) | Термін виконання» are those of real cards ' +
    '(tovstenska-gromada.gov.ua).',
});

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
  const decisionTerm = service.term.value;
  const onApplication = { uk: 'У день звернення', en: 'On the day of application' };
  const terms: Record<StageTerm, Pick<CardStage, 'term' | 'basis'>> = {
    onApplication: { term: onApplication, basis: [] },
    transfer: { term: words(DEFAULT_TRANSFER_TERM), basis: [TRANSFER_TERM_SOURCE] },
    decision: {
      term: decisionTerm.kind === 'term' ? words(decisionTerm.term) : onApplication,
      basis: service.term.basis,
    },
    afterTransfer: {
      term: { uk: 'Після електронної передачі', en: 'After the electronic transfer' },
      basis: [],
    },
    notification: { term: words(OPERATIONAL_DEFAULTS.notification), basis: [] },
    whenApplicantComes: {
      term: { uk: 'У день звернення заявника', en: 'When the applicant comes' },
      basis: [],
    },
    cure: { term: words(ADMINISTRATIVE_PROCEDURE.cure.value), basis: ADMINISTRATIVE_PROCEDURE.cure.basis },
    hearing: {
      term: words(ADMINISTRATIVE_PROCEDURE.hearing.value),
      basis: ADMINISTRATIVE_PROCEDURE.hearing.basis,
    },
  };
  const { card } = DELIVERY_MODELS[model];
  return {
    serviceId,
    title: service.name.value,
    model,
    asOf,
    stages: card.stages.map((stage: StageDefinition, index) => ({
      number: index + 1,
      stage: stage.stage,
      officials: stage.officials.map(({ official, action }) => ({ official: OFFICIALS[official], action })),
      term: terms[stage.term].term,
      basis: [...(stage.basis ?? []), ...terms[stage.term].basis],
    })),
    basis: [KMU_44_2013, ...card.basis],
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
