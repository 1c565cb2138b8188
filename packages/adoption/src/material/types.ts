import { DeliveryModel } from '@vikno/catalog';
import { Citation, CivilDate, LocalizedText } from '@vikno/law';
import { z } from 'zod';

// The shapes of the methodical material as data. Every item says where in the seeds it was read (SeedCitation:
// the file, the passage's heading, a few words quoted) and, where the seed names an act, cites the act through the
// register of @vikno/law (Citation). The data files beside this one are validated against these schemas in tests.

/**
 * A seed of the project: one of the five methodical documents (in Ukrainian) the material was read from.
 *
 * - `000_59145ca831ad471f`: strengths and challenges of models 1–3 (a course summary);
 * - `001_51c3d6681cd5d890`: the three models of delivering social-character services (АПСХ) in a CNAP;
 * - `002_e2db6804a1d6e544`: ЦНАП vs Дія.Центр, the 15 steps to a Дія.Центр (a hromada's news item, 04.09.2025);
 * - `003_877ae5f57b2eb8ca`: practices of CNAPs worth copying (a course page);
 * - `004_3f733515b6704f21`: two steps of a hromada's social front office, its roadmap and indicators (slides).
 *
 * @example
 * ```ts
 * import { SeedFile } from '@vikno/adoption';
 *
 * SeedFile.parse('001_51c3d6681cd5d890');
 * ```
 */
export const SeedFile = z.enum([
  '000_59145ca831ad471f',
  '001_51c3d6681cd5d890',
  '002_e2db6804a1d6e544',
  '003_877ae5f57b2eb8ca',
  '004_3f733515b6704f21',
]);
/** A seed of the project. */
export type SeedFile = z.infer<typeof SeedFile>;

/**
 * Where an item of the material was read: the seed, the heading of the passage as the seed writes it, and the
 * seed's own words, short (cut with `…`).
 *
 * @example
 * ```ts
 * import { SeedCitation } from '@vikno/adoption';
 *
 * SeedCitation.parse({
 *   seed: '001_51c3d6681cd5d890',
 *   heading: 'ІІ. Розміщення фронт-офісу УСЗН у ЦНАП ОМС. АЛГОРИТМ ВПРОВАДЖЕННЯ',
 *   quote: 'Звернутись до районного УСЗН з ініціативою щодо надання АПСХ у ЦНАП',
 * });
 * ```
 */
export const SeedCitation = z
  .object({
    /** The seed file, without `.txt`. */
    seed: SeedFile,
    /** The heading of the passage in the seed (several levels joined with `. `). */
    heading: z.string().min(1).max(300),
    /** The seed's words, verbatim, short. */
    quote: z.string().min(1).max(400),
  })
  .strict();
/** Where an item of the material was read. */
export type SeedCitation = z.infer<typeof SeedCitation>;

/**
 * What an item rests on: the seed passages it was read in (at least one) and the acts those passages name,
 * cited through the register of `@vikno/law` with their evidence.
 *
 * @example
 * ```ts
 * import { Sourced } from '@vikno/adoption';
 *
 * Sourced.parse({
 *   sources: [{ seed: '000_59145ca831ad471f', heading: 'Переваги моделі 3', quote: 'зменшення навантаження на УСЗН' }],
 *   acts: [],
 * });
 * ```
 */
export const Sourced = z
  .object({
    /** The seed passages, the main one first. */
    sources: z.array(SeedCitation).min(1).max(5),
    /** The acts the passages name, as citations of the register. */
    acts: z.array(Citation).max(10),
  })
  .strict();
/** What an item rests on. */
export type Sourced = z.infer<typeof Sourced>;

/**
 * Who acts in a step:
 *
 * - `hromadaCouncil`: the local self-government body (ОМС): the council of the hromada, its executive committee
 *   and its head;
 * - `cnap`: the administrative service centre (ЦНАП) and its administrators, also of its ТП and ВРМ;
 * - `socialProtectionBody`: the social protection body that decides (УСЗН / УПСЗН of a district administration or
 *   a city council);
 * - `pensionFund`: the Pension Fund's territorial body (ПФУ), which decides most assistance since 01.07.2025;
 * - `oblastSocialProtection`: the social protection department of the oblast state administration (органи
 *   соціального захисту населення ОДА);
 * - `ministryComputingCentre`: the ministry's computing centre (ДП «ІОЦ Мінсоцполітики України»), which connects a
 *   hromada to «Соціальна громада»;
 * - `districtAdministration`: the district state administration (РДА), for a CNAP it formed jointly with a hromada;
 * - `digitalTransformationMinistry`: the Ministry of Digital Transformation (Мінцифри), for a Дія.Центр;
 * - `centralExecutiveBodies`: the central executive bodies (ЦОВВ) whose services a Дія.Центр integrates;
 * - `socialUnit`: the hromada's authorised social protection unit or official (уповноважений соціальний
 *   підрозділ), seed 004.
 *
 * @example
 * ```ts
 * import { Actor } from '@vikno/adoption';
 *
 * Actor.parse('oblastSocialProtection');
 * ```
 */
export const Actor = z.enum([
  'hromadaCouncil',
  'cnap',
  'socialProtectionBody',
  'pensionFund',
  'oblastSocialProtection',
  'ministryComputingCentre',
  'districtAdministration',
  'digitalTransformationMinistry',
  'centralExecutiveBodies',
  'socialUnit',
]);
/** Who acts in a step. */
export type Actor = z.infer<typeof Actor>;

/**
 * What a step produces, by kind, so a plan can say what the SDK can prepare for it (`serviceList`, `cards`,
 * `transferRegisters`, `selfAssessment`):
 * `assessment` (a readiness check, an audit, a study of needs), `letter` (an official letter), `agreement` (a
 * cooperation agreement), `contract` (a contract with the ministry's computing centre), `decision` (a council's
 * decision), `order` (an administration head's order), `serviceList` (the agreed list of services), `cards`
 * (information and technological cards), `qualifiedSignature` (a КЕП), `encryptionModules`, `connection` (to a
 * system or network), `databaseAccess`, `training`, `support` (methodical support, mentoring), `campaign` (an
 * information campaign), `regulations` (a unit's regulations), `jobDescriptions`, `appointment` (a person made
 * responsible), `technicalTask`, `infrastructure` (premises, accessibility, digital tools, a website, a
 * self-service zone), `testReport`, `monitoring` (joining a ministry's monitoring), `statusApplication`,
 * `dataExchange`, `documentStorage`, `providerRegister` (a database or audit of providers), `transferRegisters`,
 * `selfAssessment`.
 *
 * @example
 * ```ts
 * import { ProductKind } from '@vikno/adoption';
 *
 * ProductKind.parse('cards');
 * ```
 */
export const ProductKind = z.enum([
  'assessment',
  'letter',
  'agreement',
  'contract',
  'decision',
  'order',
  'serviceList',
  'cards',
  'qualifiedSignature',
  'encryptionModules',
  'connection',
  'databaseAccess',
  'training',
  'support',
  'campaign',
  'regulations',
  'jobDescriptions',
  'appointment',
  'technicalTask',
  'infrastructure',
  'testReport',
  'monitoring',
  'statusApplication',
  'dataExchange',
  'documentStorage',
  'providerRegister',
  'transferRegisters',
  'selfAssessment',
]);
/** What a step produces, by kind. */
export type ProductKind = z.infer<typeof ProductKind>;

/**
 * The document or decision a step produces: its kind and its name.
 *
 * @example
 * ```ts
 * import { Product } from '@vikno/adoption';
 *
 * Product.parse({ kind: 'letter', title: { uk: 'Офіційний лист довільної форми до УСЗН', en: 'An official letter to УСЗН' } });
 * ```
 */
export const Product = z.object({ kind: ProductKind, title: LocalizedText }).strict();
/** The document or decision a step produces. */
export type Product = z.infer<typeof Product>;

/**
 * A case in which a step is done otherwise, as the seed says: `oblastCity` (the CNAP and УСЗН of a city of
 * oblast significance: the council's own decision, without an agreement), `jointCnap` (a CNAP a hromada formed
 * with the district administration: an order of its head or the founders' decisions).
 *
 * @example
 * ```ts
 * import { StepVariantCase } from '@vikno/adoption';
 *
 * StepVariantCase.parse('oblastCity');
 * ```
 */
export const StepVariantCase = z.enum(['oblastCity', 'jointCnap']);
/** A case in which a step is done otherwise. */
export type StepVariantCase = z.infer<typeof StepVariantCase>;

/**
 * How a step is done in a particular case (see {@link StepVariantCase}).
 *
 * @example
 * ```ts
 * import { StepVariant } from '@vikno/adoption';
 *
 * StepVariant.parse({
 *   when: 'oblastCity',
 *   instead: { uk: 'власне рішення ОМС без узгодженого рішення', en: 'the council’s own decision, no agreement' },
 * });
 * ```
 */
export const StepVariant = z.object({ when: StepVariantCase, instead: LocalizedText }).strict();
/** How a step is done in a particular case. */
export type StepVariant = z.infer<typeof StepVariant>;

/**
 * A later change of the law that changes a step: from which day, what changes (who the hromada agrees with,
 * which system carries the documents), and the acts that made it, cited through the register.
 *
 * @example
 * ```ts
 * import { LaterChange } from '@vikno/adoption';
 *
 * LaterChange.parse({
 *   from: '2025-07-01',
 *   what: { uk: 'Рішення про допомоги приймає ПФУ', en: 'The Pension Fund decides on assistance' },
 *   acts: [{ act: 'kmu-695-2025', evidence: 'secondary', checkedOn: '2026-11-26' }],
 * });
 * ```
 */
export const LaterChange = z
  .object({
    /** The day the change took effect. */
    from: CivilDate,
    /** What it changes in the step. */
    what: LocalizedText,
    /** The acts that made it. */
    acts: z.array(Citation).min(1).max(10),
  })
  .strict();
/** A later change of the law that changes a step. */
export type LaterChange = z.infer<typeof LaterChange>;

/** An id in the material: lowercase words joined by `-`. */
const ItemId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/);

/**
 * A step of an implementation algorithm or roadmap: its place, its title, who acts (the lead first), what it
 * produces, which steps it needs done first, the seed's recommendations, the cases done otherwise, the sources
 * and acts, and the later changes of the law that change it.
 *
 * @example
 * ```ts
 * import { STEPS_OF_MODEL } from '@vikno/adoption';
 *
 * const step = STEPS_OF_MODEL.II[1];
 * step?.actors;
 * //=> ['hromadaCouncil']
 * step?.produces.kind;
 * //=> 'letter'
 * ```
 */
export const Step = z
  .object({
    /** A stable id, e.g. `model-ii-2-initiative`. */
    id: ItemId,
    /** Its place in the list, from 1. */
    number: z.int().min(1).max(50),
    /** The number the seed prints for it; absent for a row the seed left unnumbered. */
    seedNumber: z.int().min(1).max(50).optional(),
    /** What is done. */
    title: LocalizedText,
    /** Who acts, the lead first. */
    actors: z.array(Actor).min(1).max(6),
    /** The document or decision it produces. */
    produces: Product,
    /** The ids of the steps that must be done first. */
    dependsOn: z.array(ItemId).max(10),
    /** The seed's recommendations for the step. */
    recommendations: z.array(LocalizedText).max(10),
    /** How the step is done in particular cases. */
    variants: z.array(StepVariant).max(3),
    /** Where it was read and the acts named. */
    basis: Sourced,
    /** Later changes of the law that change the step. */
    changes: z.array(LaterChange).max(5),
  })
  .strict();
/** A step of an implementation algorithm or roadmap. */
export type Step = z.infer<typeof Step>;

/**
 * A point of the material: a text with its sources (a kind of services, a way of interaction, a practice's part).
 *
 * @example
 * ```ts
 * import { MaterialPoint } from '@vikno/adoption';
 *
 * MaterialPoint.parse({
 *   id: 'model-i-service-social-hromada',
 *   text: { uk: 'усі АПСХ, внесені до ПК «ІІС «Соціальна громада»', en: 'every АПСХ in «Соціальна громада»' },
 *   basis: { sources: [{ seed: '001_51c3d6681cd5d890', heading: 'І. ВИДИ ПОСЛУГ', quote: 'усі АПСХ, внесені до ПК «ІІС «Соціальна громада»' }], acts: [] },
 * });
 * ```
 */
export const MaterialPoint = z
  .object({
    id: ItemId,
    text: LocalizedText,
    basis: Sourced,
    changes: z.array(LaterChange).max(5).optional(),
  })
  .strict();
/** A point of the material. */
export type MaterialPoint = z.infer<typeof MaterialPoint>;

/**
 * A strength (перевага) or weakness (слабка сторона, виклик) of a model, as the seeds list them (seed 001's
 * tables, seed 000's summary), each once, with every seed passage that says it.
 *
 * @example
 * ```ts
 * import { MODELS } from '@vikno/adoption';
 *
 * MODELS.III.weaknesses.map((weakness) => weakness.id);
 * ```
 */
export const Assessment = z
  .object({
    /** A stable id, e.g. `iii-weak-transport`. */
    id: ItemId,
    /** The model it belongs to. */
    model: DeliveryModel,
    /** `strength` or `weakness`. */
    side: z.enum(['strength', 'weakness']),
    /** What it says. */
    text: LocalizedText,
    /** Where it was read and the acts named. */
    basis: Sourced,
  })
  .strict();
/** A strength or weakness of a model. */
export type Assessment = z.infer<typeof Assessment>;

/**
 * A model of delivering social-character services (АПСХ) through a CNAP (seed 001): who delivers them, which
 * services, how the CNAP and the deciding body interact, the implementation algorithm, strengths and weaknesses.
 *
 * @example
 * ```ts
 * import { MODELS } from '@vikno/adoption';
 *
 * MODELS.I.steps.length;
 * //=> 14
 * ```
 */
export const AdoptionModel = z
  .object({
    id: DeliveryModel,
    /** The model's heading. */
    title: LocalizedText,
    /** Who receives the applications. */
    deliveredBy: z.array(MaterialPoint).min(1).max(10),
    /** The kinds of services (види послуг). */
    services: z.array(MaterialPoint).min(1).max(10),
    /** The way of interaction (спосіб взаємодії). */
    interaction: z.array(MaterialPoint).min(1).max(10),
    /** The implementation algorithm (алгоритм впровадження). */
    steps: z.array(Step).min(1).max(30),
    strengths: z.array(Assessment).min(1).max(20),
    weaknesses: z.array(Assessment).min(1).max(20),
  })
  .strict();
/** A model of delivering social-character services through a CNAP. */
export type AdoptionModel = z.infer<typeof AdoptionModel>;

/**
 * A quality criterion of a Дія.Центр, with what it rests on: the seed names 12 criteria and the areas they cover;
 * `official` tells whether the criterion's wording comes from the ministry's (Мінцифри) own list.
 *
 * @example
 * ```ts
 * import { DIIA_CENTRE } from '@vikno/adoption';
 *
 * DIIA_CENTRE.criteria.length;
 * ```
 */
export const QualityCriterion = z
  .object({
    id: ItemId,
    text: LocalizedText,
    /** `true` when its wording was read in the ministry's own list (its evidence is in `basis.acts`). */
    official: z.boolean(),
    basis: Sourced,
  })
  .strict();
/** A quality criterion of a Дія.Центр. */
export type QualityCriterion = z.infer<typeof QualityCriterion>;

/**
 * An indicator of a hromada's social front office (seed 004): an indicator of progress, or a characteristic of
 * the pilot hromadas three months in, with its share per group of hromadas (I–III rural, III settlement, III urban).
 *
 * @example
 * ```ts
 * import { FRONT_OFFICE } from '@vikno/adoption';
 *
 * FRONT_OFFICE.indicators.filter((indicator) => indicator.kind === 'progress').length;
 * //=> 4
 * ```
 */
export const Indicator = z
  .object({
    id: ItemId,
    kind: z.enum(['progress', 'pilot']),
    text: LocalizedText,
    /** For a pilot characteristic: the share of pilot hromadas per group, in percent. */
    shares: z
      .array(
        z
          .object({
            group: z.enum(['I-rural', 'II-rural', 'III-rural-settlement', 'III-urban']),
            percent: z.number().min(0).max(100),
          })
          .strict(),
      )
      .max(4),
    basis: Sourced,
  })
  .strict();
/** An indicator of a hromada's social front office. */
export type Indicator = z.infer<typeof Indicator>;

/**
 * A practice of a CNAP worth copying (seed 003): what it is, where it was done first, what it saves.
 *
 * @example
 * ```ts
 * import { PRACTICES } from '@vikno/adoption';
 *
 * PRACTICES.map((practice) => practice.id);
 * ```
 */
export const Practice = z
  .object({
    id: ItemId,
    title: LocalizedText,
    /** The cities the seed names for it (Ukrainian names). */
    where: z.array(z.string().min(1).max(80)).max(5),
    /** What is done. */
    what: LocalizedText,
    /** What it gives, in the seed's words. */
    benefit: LocalizedText,
    basis: Sourced,
  })
  .strict();
/** A practice of a CNAP worth copying. */
export type Practice = z.infer<typeof Practice>;

/**
 * The way to a Дія.Центр (seed 002): the 15 steps a hromada takes to modernise its CNAP, and the quality criteria
 * it must meet for the status.
 *
 * @example
 * ```ts
 * import { DIIA_CENTRE } from '@vikno/adoption';
 *
 * DIIA_CENTRE.steps.length;
 * //=> 15
 * ```
 */
export const DiiaCentrePath = z
  .object({
    steps: z.array(Step).min(1).max(30),
    /** How many criteria the seed says a Дія.Центр must meet. */
    criteriaCount: z.int().min(1).max(100),
    /** The criteria, each with what it rests on. */
    criteria: z.array(QualityCriterion).min(1).max(100),
  })
  .strict();
/** The way to a Дія.Центр. */
export type DiiaCentrePath = z.infer<typeof DiiaCentrePath>;

/**
 * A hromada's social front office (seed 004): the model's two components, the 13-step roadmap, how the front
 * office in the starosta districts works (its actions in order), and the indicators.
 *
 * @example
 * ```ts
 * import { FRONT_OFFICE } from '@vikno/adoption';
 *
 * FRONT_OFFICE.roadmap.length;
 * //=> 13
 * ```
 */
export const FrontOfficeModel = z
  .object({
    /** The two components (складові) of the model. */
    components: z.array(MaterialPoint).min(1).max(10),
    /**
     * What the slides list around the components: the elements of the two steps (without saying which belongs to
     * which), the front office of a small hromada, and the duties of the authorised social unit.
     */
    elements: z.array(MaterialPoint).max(30),
    /** The roadmap (дорожня карта). */
    roadmap: z.array(Step).min(1).max(30),
    /** The specialist's actions in a starosta district's front office, in order. */
    algorithm: z.array(MaterialPoint).min(1).max(20),
    indicators: z.array(Indicator).min(1).max(30),
  })
  .strict();
/** A hromada's social front office. */
export type FrontOfficeModel = z.infer<typeof FrontOfficeModel>;
