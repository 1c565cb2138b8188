import { CivilDate, LegalSource, LocalizedText, Term, WebUrl } from '@vikno/deadlines';
import { Citation, defaultActRegister, valueKind } from '@vikno/law';
import { z } from 'zod';
import { CatalogError } from './errors.js';
import { catalogSays, refinementMessage } from './messages/index.js';

/**
 * A service's stable id: a lowercase slug such as `birth-assistance`. It never changes when the law does; the
 * Register identifier and the names may.
 */
export const ServiceId = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, refinementMessage('NOT_A_SLUG', {}));
/** A service's stable id. */
export type ServiceId = z.infer<typeof ServiceId>;

/**
 * The identifier of a service in the Register of administrative services (Реєстр адміністративних послуг, Law
 * 5203-VI Art. 16): five digits, zero-padded, e.g. `00151`.
 */
export const RegisterId = z.string().regex(/^\d{5}$/, refinementMessage('NOT_FIVE_DIGITS', {}));
/** A Register identifier. */
export type RegisterId = z.infer<typeof RegisterId>;

/** The most items of a list in the data (dated periods, sources, texts): far above any real one. */
export const MAX_LIST = 100;
/** The most services one catalogue or extension holds. */
export const MAX_SERVICES = 1000;

/**
 * A legal source as the data and vendors write it: a {@link LegalSource} written out (the old shape, with
 * `verified`), or a `Citation` of an act of the register of `@vikno/law` (`{ act, provision, evidence, checkedOn }`),
 * which parses to the `LegalSource` the register resolves it to.
 *
 * @example
 * ```ts
 * import { SourceInput } from '@vikno/catalog';
 *
 * SourceInput.parse({ act: 'law-5203-vi', provision: { uk: 'ст. 10', en: 'Art. 10' }, evidence: 'secondary', checkedOn: '2026-11-25' }).verified;
 * //=> false
 * ```
 */
export const SourceInput = z.union([
  LegalSource,
  Citation.transform((citation, context) => {
    const register = defaultActRegister();
    if (register.get(citation.act) === undefined) {
      context.issues.push({
        code: 'custom',
        input: citation.act,
        path: ['act'],
        message: refinementMessage('UNKNOWN_ACT', {}),
      });
      return z.NEVER;
    }
    return register.cite(citation);
  }),
]);
/** A legal source as the data and vendors write it. */
export type SourceInput = z.input<typeof SourceInput>;

/** The period a dated value applies: both ends inclusive; an absent end is open. */
const Period = {
  /** The first day the value applies; absent when it applied from before anything the catalogue records. */
  from: CivilDate.optional(),
  /** The last day the value applies; absent while it still applies. */
  to: CivilDate.optional(),
};

/** One value of a {@link dated} series: what applied, from when to when, and the sources that say so. */
export interface Dated<T> {
  /** The first day this value applies (inclusive); absent when open. */
  from?: string | undefined;
  /** The last day this value applies (inclusive); absent while it still applies. */
  to?: string | undefined;
  /** The value. */
  value: T;
  /** Where the value comes from, with a `verified` flag on each source. */
  basis: LegalSource[];
}

/**
 * A dated series of values: every value that can change with the law carries the days it applies and its
 * sources. The periods of one series must not overlap, and each must end on or after it starts.
 *
 * @param value - the schema of one value.
 * @returns a schema for a non-empty list of dated values.
 * @example
 * ```ts
 * import { dated } from '@vikno/catalog';
 * import { z } from 'zod';
 *
 * const Amount = dated(z.number());
 * Amount.parse([{ from: '2025-01-01', value: 41280, basis: [source] }]);
 * ```
 */
export function dated<T extends z.ZodType>(value: T) {
  if (!(value instanceof z.ZodType)) {
    throw new CatalogError({
      code: 'INVALID_OPTION',
      path: 'value',
      ...catalogSays('NOT_A_SCHEMA', { value: valueKind(value) }),
    });
  }
  return z
    .array(
      z
        .object({
          ...Period,
          value,
          basis: z.array(SourceInput).min(1).max(MAX_LIST),
        })
        .strict(),
    )
    .min(1)
    .max(MAX_LIST)
    .superRefine((series, context) => {
      for (const [index, entry] of series.entries()) {
        if (entry.from !== undefined && entry.to !== undefined && entry.to < entry.from) {
          context.addIssue({
            code: 'custom',
            path: [index, 'to'],
            message: refinementMessage('ENDS_BEFORE_START', {}),
          });
        }
      }
      const sorted = series
        .map((entry, index) => ({ index, from: entry.from ?? '', to: entry.to ?? '\uffff' }))
        .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
      for (let i = 1; i < sorted.length; i++) {
        const previous = sorted[i - 1];
        const current = sorted[i];
        if (previous !== undefined && current !== undefined && current.from <= previous.to) {
          context.addIssue({
            code: 'custom',
            path: [current.index, 'from'],
            message: refinementMessage('OVERLAPS', { entry: previous.index }),
          });
        }
      }
    });
}

/**
 * The kind of body that provides (decides) a service, суб'єкт надання:
 *
 * - `uszn`: the social protection unit (УСЗН) of a district administration or a council;
 * - `pfu`: a territorial body of the Pension Fund of Ukraine (ПФУ);
 * - `localCouncil`: the executive body of a village, town or city council (ОМС);
 * - `centralAuthority`: a central executive body or its territorial body;
 * - `other`: anything else, named in `name`.
 */
export const ProviderKind = z.enum(['uszn', 'pfu', 'localCouncil', 'centralAuthority', 'other']);
/** The kind of body that provides a service. */
export type ProviderKind = z.infer<typeof ProviderKind>;

/**
 * The provider (суб'єкт надання): the kind of body and its name as a catalogue (not one office) names it.
 *
 * @example
 * ```ts
 * import { Provider } from '@vikno/catalog';
 *
 * Provider.parse({
 *   kind: 'pfu',
 *   name: { uk: 'Територіальний орган Пенсійного фонду України', en: 'Territorial body of the Pension Fund of Ukraine' },
 * });
 * ```
 */
export const Provider = z.object({ kind: ProviderKind, name: LocalizedText }).strict();
/** The provider of a service. */
export type Provider = z.infer<typeof Provider>;

/**
 * The fee: free of charge (every social-character service, Law 5203-VI Art. 11), or an amount and how to pay it.
 *
 * @example
 * ```ts
 * import { Fee } from '@vikno/catalog';
 *
 * Fee.parse({ kind: 'free' });
 * Fee.parse({ kind: 'paid', amount: 42.5, currency: 'UAH', howToPay: { uk: 'За реквізитами', en: 'By bank transfer' } });
 * ```
 */
export const Fee = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('free') }).strict(),
  z
    .object({
      kind: z.literal('paid'),
      /** The amount, when it is fixed; absent when it is set by a formula given in `description`. */
      amount: z.number().nonnegative().optional(),
      currency: z.literal('UAH'),
      /** How the amount is set when it is not fixed, e.g. a share of the subsistence minimum. */
      description: LocalizedText.optional(),
      /** How to pay. */
      howToPay: LocalizedText.optional(),
    })
    .strict(),
]);
/** The fee of a service. */
export type Fee = z.infer<typeof Fee>;

/**
 * The term (строк) in which the provider decides: a {@link Term} of `@vikno/deadlines`, or the same day the
 * application is made (residence registration and deregistration).
 *
 * @example
 * ```ts
 * import { ServiceTerm } from '@vikno/catalog';
 *
 * ServiceTerm.parse({ kind: 'term', term: { amount: 10, unit: 'workingDays' } });
 * ServiceTerm.parse({ kind: 'sameDay' });
 * ```
 */
export const ServiceTerm = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('term'),
      term: Term,
      /** From what the term runs, when it is not the registration of the complete application. */
      runsFrom: LocalizedText.optional(),
    })
    .strict(),
  z.object({ kind: z.literal('sameDay') }).strict(),
]);
/** The term of a service. */
export type ServiceTerm = z.infer<typeof ServiceTerm>;

/**
 * The event an application window is counted from.
 *
 * - `childBirth`, `adoption`, `guardianship`, `death`, `endOfMaternityLeave`, `heatingSeasonStart`;
 * - `other`: described in `after`.
 */
export const WindowEvent = z.enum([
  'childBirth',
  'adoption',
  'guardianship',
  'death',
  'endOfMaternityLeave',
  'heatingSeasonStart',
  'other',
]);
/** The event an application window is counted from. */
export type WindowEvent = z.infer<typeof WindowEvent>;

/**
 * A window in which the applicant must apply, counted from an event: birth assistance within 12 months of the
 * birth, funeral assistance within 6 months of the death.
 *
 * @example
 * ```ts
 * import { ApplicationWindow } from '@vikno/catalog';
 *
 * ApplicationWindow.parse({
 *   event: 'childBirth',
 *   within: { amount: 12, unit: 'months' },
 *   after: { uk: 'народження дитини', en: 'the birth of the child' },
 * });
 * ```
 */
export const ApplicationWindow = z
  .object({
    event: WindowEvent,
    within: Term,
    /** The event in words, as the source puts it. */
    after: LocalizedText,
  })
  .strict();
/** A window in which the applicant must apply. */
export type ApplicationWindow = z.infer<typeof ApplicationWindow>;

/**
 * Where an application can be made:
 *
 * - `cnap`: the administrative service centre (ЦНАП) itself;
 * - `cnapTerritorialUnit`: a territorial unit (ТП) of the CNAP;
 * - `remoteWorkplace`: a remote workplace of an administrator (ВРМ), often in a starosta's office;
 * - `mobileCnap`: a mobile CNAP (пересувне ВРМ);
 * - `starostaOrAuthorisedOfficial`: a starosta or an official authorised by the council (уповноважена особа);
 * - `diia`: online through the Diia portal or app;
 * - `pfuPortal`: online through the Pension Fund's web portal;
 * - `post`: by post to the provider;
 * - `usznOffice`: directly at the social protection office (УСЗН);
 * - `pfuOffice`: directly at a Pension Fund service centre.
 */
export const Channel = z.enum([
  'cnap',
  'cnapTerritorialUnit',
  'remoteWorkplace',
  'mobileCnap',
  'starostaOrAuthorisedOfficial',
  'diia',
  'pfuPortal',
  'post',
  'usznOffice',
  'pfuOffice',
]);
/** Where an application can be made. */
export type Channel = z.infer<typeof Channel>;

/**
 * A delivery model of a social service through a CNAP (seed 001):
 *
 * - `I`: through the CNAP with «Соціальна громада», documents scanned and sent electronically;
 * - `II`: a УСЗН specialist working in the CNAP receives on paper and passes it to the back office;
 * - `III`: through the CNAP on paper, the documents carried to the provider in transfer registers.
 */
export const DeliveryModel = z.enum(['I', 'II', 'III']);
/** A delivery model of a social service through a CNAP. */
export type DeliveryModel = z.infer<typeof DeliveryModel>;

/**
 * How the service may go through a CNAP: the delivery models allowed, and whether the service can be entered
 * in «Соціальна громада» (model I needs it).
 */
export const Delivery = z
  .object({
    models: z.array(DeliveryModel).max(3),
    socialHromada: z.boolean(),
  })
  .strict()
  .superRefine((delivery, context) => {
    if (delivery.models.includes('I') && !delivery.socialHromada) {
      context.addIssue({
        code: 'custom',
        path: ['models'],
        message: refinementMessage('MODEL_I_WITHOUT_SOCIAL_HROMADA', {}),
      });
    }
    if (new Set(delivery.models).size !== delivery.models.length) {
      context.addIssue({
        code: 'custom',
        path: ['models'],
        message: refinementMessage('REPEATED_MODEL', {}),
      });
    }
  });
/** How the service may go through a CNAP. */
export type Delivery = z.infer<typeof Delivery>;

/**
 * A life situation (життєва ситуація) a service belongs to, as CNAP catalogues and the Diia guide group them.
 */
export const LifeSituation = z.enum([
  'childBirth',
  'pregnancy',
  'adoptionAndGuardianship',
  'singleParent',
  'largeFamily',
  'internalDisplacement',
  'disability',
  'deathOfRelative',
  'lowIncome',
  'housingAndUtilities',
  'residence',
]);
/** A life situation. */
export type LifeSituation = z.infer<typeof LifeSituation>;

/**
 * The service as the Register of administrative services (Реєстр адміністративних послуг, КМУ 57 of 2013) gives it,
 * read on a page that quotes the service's `registerId` (the Register's own page on guide.diia.gov.ua, or a CNAP's
 * or provider's card): its name and its provider as that page words them, and the page read as a citation whose
 * `checkedOn` is the day it was read. The catalogue keeps its own `names`; this records what the Register says, so a
 * difference can be seen (`pnpm report:register`).
 *
 * @example
 * ```ts
 * import { RegisterEntry } from '@vikno/catalog';
 *
 * RegisterEntry.parse({
 *   name: 'Призначення державної допомоги на дітей одиноким матерям',
 *   provider: { text: 'Виконавчі органи сільських, селищних, міських рад', kind: 'localCouncil' },
 *   basis: [{ act: 'register-card-00150-rozvadiv', evidence: 'secondary', checkedOn: '2026-11-26' }],
 * }).basis[0]?.verified;
 * //=> false
 * ```
 */
export const RegisterEntry = z
  .object({
    /** The service's name as the page read gives it, verbatim. */
    name: z.string().min(1).max(1000),
    /**
     * The provider as the page read words it (`text`, verbatim, `…` where cut), and the kind of body that is; absent
     * when the page read did not show it.
     */
    provider: z
      .object({ text: z.string().min(1).max(1000), kind: ProviderKind })
      .strict()
      .optional(),
    /** The page read: what it is, its evidence, the day read (`checkedOn`) and the words read (`quote`). */
    basis: z.array(SourceInput).min(1).max(MAX_LIST),
  })
  .strict();
/** The service as the Register of administrative services gives it. */
export type RegisterEntry = z.infer<typeof RegisterEntry>;

/** A list of texts (results, grounds for refusal), with none repeated. */
const Texts = z.array(LocalizedText).min(1).max(MAX_LIST);

/**
 * One administrative service as the catalogue holds it: identity, then every value that can change as a
 * {@link dated} series with its sources.
 *
 * @example
 * ```ts
 * import { Service } from '@vikno/catalog';
 *
 * const result = Service.safeParse(myLocalService);
 * if (!result.success) console.log(result.error.issues.map((issue) => issue.path.join('.')));
 * ```
 */
export const Service = z
  .object({
    id: ServiceId,
    /** The Register identifier, where the service has one. */
    registerId: RegisterId.optional(),
    /** The service as the Register names it, read on a page quoting `registerId`; see {@link RegisterEntry}. */
    register: RegisterEntry.optional(),
    /** Codes a CNAP uses in its own catalogue, e.g. `02-01`; these are not Register ids. */
    localCodes: z.array(z.string().min(1).max(32)).max(MAX_LIST).optional(),
    /** `true` for a social-character service (АПСХ). */
    social: z.boolean(),
    /** The official name, dated: names change with the law. */
    names: dated(LocalizedText),
    /** A short description in plain words. */
    description: LocalizedText,
    /** Other words people search by (abbreviations, common names), in Ukrainian. */
    keywords: z.array(z.string().min(1).max(200)).max(MAX_LIST).optional(),
    /** When the service exists at all; absent ends are open. */
    available: dated(z.literal(true)),
    /** Who decides. */
    provider: dated(Provider),
    /** The acts the service rests on, each with the days it applied. */
    legalBasis: dated(z.array(SourceInput).min(1).max(MAX_LIST)),
    fee: dated(Fee),
    term: dated(ServiceTerm),
    /** The windows in which the applicant must apply, when there are any. */
    applicationWindow: dated(ApplicationWindow).optional(),
    /** What the applicant receives. */
    result: dated(Texts),
    /** How the applicant receives the result. */
    resultDelivery: dated(Texts).optional(),
    /** Grounds for refusal. */
    refusalGrounds: dated(Texts).optional(),
    /** How to appeal. */
    appeal: dated(LocalizedText),
    channels: dated(z.array(Channel).min(1).max(MAX_LIST)),
    delivery: dated(Delivery),
    /** The application form, when an act sets one. */
    applicationForm: dated(LocalizedText).optional(),
    /** The typical information card, when a provider has approved one. */
    typicalCard: dated(SourceInput).optional(),
    lifeSituations: z.array(LifeSituation).min(1).max(MAX_LIST),
  })
  .strict();
/** One administrative service as the catalogue holds it. */
export type Service = z.infer<typeof Service>;
/** What a service looks like before validation (the same shape; the type data files are written in). */
export type ServiceInput = z.input<typeof Service>;

/** A day's opening hours: `HH:MM` to `HH:MM`, with an optional break. */
const DayHours = z
  .object({
    opens: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    closes: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    breakFrom: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
      .optional(),
    breakTo: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
      .optional(),
  })
  .strict()
  .refine((hours) => hours.opens < hours.closes, {
    message: refinementMessage('CLOSES_BEFORE_OPENS', {}),
    path: ['closes'],
  });

/** ISO weekdays, 1 Monday to 7 Sunday, as keys. */
const Weekday = z.enum(['1', '2', '3', '4', '5', '6', '7']);

/**
 * One CNAP as its information card needs it (Law 5203-VI Art. 8): name, address, opening hours and contacts,
 * plus the local details a vendor adds.
 *
 * @example
 * ```ts
 * import { Cnap } from '@vikno/catalog';
 *
 * Cnap.parse({
 *   id: 'example-cnap',
 *   name: { uk: 'ЦНАП Прикладної міської ради', en: 'CNAP of the Example City Council' },
 *   address: { uk: 'вул. Центральна, 1, м. Приклад', en: '1 Tsentralna St, Example' },
 *   hours: { '1': { opens: '08:00', closes: '17:00' } },
 *   phone: '+380441234567',
 * });
 * ```
 */
export const Cnap = z
  .object({
    id: ServiceId,
    name: LocalizedText,
    address: LocalizedText,
    /** Opening hours by ISO weekday (`'1'` Monday … `'7'` Sunday); a missing day is closed. */
    hours: z.partialRecord(Weekday, DayHours),
    /** Anything the hours do not say, e.g. public holidays or martial-law hours. */
    hoursNote: LocalizedText.optional(),
    phone: z.string().min(3).max(40).optional(),
    email: z.email().optional(),
    website: WebUrl.optional(),
    /** This CNAP's own codes of catalogue services, by service id. */
    localCodes: z.record(ServiceId, z.string().min(1).max(32)).optional(),
  })
  .strict();
/** One CNAP. */
export type Cnap = z.infer<typeof Cnap>;
