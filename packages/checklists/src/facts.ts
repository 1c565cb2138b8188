import type { LocalizedText } from '@vikno/deadlines';
import { z } from 'zod';

/**
 * Who makes the application: the person themself, a legal representative (a parent, guardian or custodian), or a
 * proxy acting under a power of attorney.
 */
export const ApplicantRole = z.enum(['self', 'legalRepresentative', 'proxy']);
/** Who makes the application. */
export type ApplicantRole = z.infer<typeof ApplicantRole>;

/** How the application is made: on paper (in person, by post) or electronically (Diia, a portal). */
export const ApplicationForm = z.enum(['paper', 'electronic']);
/** How the application is made. */
export type ApplicationForm = z.infer<typeof ApplicationForm>;

/**
 * What is known about an applicant and their situation: every field optional, since a checklist is built while
 * facts are still being gathered. Unknown fields are rejected, each with its path.
 *
 * @example
 * ```ts
 * import { ApplicantFacts } from '@vikno/checklists';
 *
 * ApplicantFacts.parse({ applicant: 'self', idp: true, applicationForm: 'paper' });
 * ```
 */
export const ApplicantFacts = z
  .object({
    /** Who makes the application. */
    applicant: ApplicantRole.optional(),
    /** The age in full years of the person the service is for. */
    age: z.number().int().min(0).max(130).optional(),
    /** Whether that person is an internally displaced person (ВПО) with a registration certificate. */
    idp: z.boolean().optional(),
    /** Whether that person has a disability established by an expert commission (МСЕК/ЛКК) or medical report. */
    disability: z.boolean().optional(),
    /** Whether the applicant is insured in the compulsory state social insurance. */
    insured: z.boolean().optional(),
    /** How many people the household (сім'я) has, the applicant included. */
    householdSize: z.number().int().min(1).max(30).optional(),
    /** How many children under 18 live in the household. */
    children: z.number().int().min(0).max(30).optional(),
    /** Whether the child was born abroad, so no Ukrainian civil register holds the birth. */
    childBornAbroad: z.boolean().optional(),
    /** Whether the applicant is a guardian or custodian (опікун, піклувальник) of the child. */
    guardian: z.boolean().optional(),
    /** Whether the declaration lists income the tax service and the Pension Fund do not hold. */
    incomeOutsideRegisters: z.boolean().optional(),
    /** Whether the household rents its housing. */
    rentsHousing: z.boolean().optional(),
    /** How the application is made. */
    applicationForm: ApplicationForm.optional(),
  })
  .strict();
/** What is known about an applicant. */
export type ApplicantFacts = z.infer<typeof ApplicantFacts>;

/** The name of a fact. */
export type FactName = keyof ApplicantFacts;

/** One possible answer to a question: the value to store and its label. */
export interface Answer {
  /** The value the fact takes. */
  readonly value: string | number | boolean;
  /** The answer as shown to the applicant or administrator. */
  readonly label: LocalizedText;
}

/** How a fact is asked: the question, and its answers or the range of a number. */
export interface FactDefinition {
  /** The fact. */
  readonly fact: FactName;
  /** The question, in Ukrainian and English. */
  readonly question: LocalizedText;
  /** `choice` facts have `answers`; `number` facts have `min` and `max`. */
  readonly kind: 'choice' | 'number';
  /** The possible answers of a `choice` fact. */
  readonly answers?: readonly Answer[];
  /** The smallest value of a `number` fact. */
  readonly min?: number;
  /** The largest value of a `number` fact. */
  readonly max?: number;
}

const YES_NO: readonly Answer[] = [
  { value: true, label: { uk: 'Так', en: 'Yes' } },
  { value: false, label: { uk: 'Ні', en: 'No' } },
];

/** How each fact is asked. The order is the order of an interview. */
export const FACT_DEFINITIONS: Readonly<Record<FactName, FactDefinition>> = {
  applicant: {
    fact: 'applicant',
    kind: 'choice',
    question: { uk: 'Хто подає заяву?', en: 'Who is applying?' },
    answers: [
      { value: 'self', label: { uk: 'Особа особисто', en: 'The person themself' } },
      {
        value: 'legalRepresentative',
        label: {
          uk: 'Законний представник (батьки, опікун)',
          en: 'A legal representative (parent, guardian)',
        },
      },
      { value: 'proxy', label: { uk: 'Представник за довіреністю', en: 'A proxy with a power of attorney' } },
    ],
  },
  age: {
    fact: 'age',
    kind: 'number',
    question: { uk: 'Скільки повних років особі?', en: 'How old is the person, in full years?' },
    min: 0,
    max: 130,
  },
  idp: {
    fact: 'idp',
    kind: 'choice',
    question: {
      uk: 'Чи є особа внутрішньо переміщеною особою (ВПО)?',
      en: 'Is the person an internally displaced person (IDP)?',
    },
    answers: YES_NO,
  },
  disability: {
    fact: 'disability',
    kind: 'choice',
    question: {
      uk: 'Чи встановлено особі інвалідність?',
      en: 'Does the person have an established disability?',
    },
    answers: YES_NO,
  },
  insured: {
    fact: 'insured',
    kind: 'choice',
    question: {
      uk: 'Чи застрахований заявник у системі загальнообов’язкового державного соціального страхування?',
      en: 'Is the applicant insured in the compulsory state social insurance?',
    },
    answers: YES_NO,
  },
  householdSize: {
    fact: 'householdSize',
    kind: 'number',
    question: { uk: 'Скільки осіб у сім’ї разом із заявником?', en: 'How many people are in the household?' },
    min: 1,
    max: 30,
  },
  children: {
    fact: 'children',
    kind: 'number',
    question: {
      uk: 'Скільки дітей до 18 років у сім’ї?',
      en: 'How many children under 18 are in the household?',
    },
    min: 0,
    max: 30,
  },
  childBornAbroad: {
    fact: 'childBornAbroad',
    kind: 'choice',
    question: { uk: 'Чи народилася дитина за кордоном?', en: 'Was the child born abroad?' },
    answers: YES_NO,
  },
  guardian: {
    fact: 'guardian',
    kind: 'choice',
    question: {
      uk: 'Чи є заявник опікуном або піклувальником дитини?',
      en: 'Is the applicant the guardian or custodian of the child?',
    },
    answers: YES_NO,
  },
  incomeOutsideRegisters: {
    fact: 'incomeOutsideRegisters',
    kind: 'choice',
    question: {
      uk: 'Чи є в сім’ї доходи, відомостей про які немає в ДПС і Пенсійному фонді (наприклад, аліменти, доходи з-за кордону)?',
      en: 'Does the household have income the tax service and the Pension Fund hold no data on (e.g. alimony, income from abroad)?',
    },
    answers: YES_NO,
  },
  rentsHousing: {
    fact: 'rentsHousing',
    kind: 'choice',
    question: { uk: 'Чи винаймає сім’я житло?', en: 'Does the household rent its housing?' },
    answers: YES_NO,
  },
  applicationForm: {
    fact: 'applicationForm',
    kind: 'choice',
    question: { uk: 'Як подається заява?', en: 'How is the application made?' },
    answers: [
      {
        value: 'paper',
        label: { uk: 'На папері (особисто або поштою)', en: 'On paper (in person or by post)' },
      },
      {
        value: 'electronic',
        label: { uk: 'В електронній формі (Дія, портал)', en: 'Electronically (Diia, a portal)' },
      },
    ],
  },
};
