import { CivilDate, LegalSource, LocalizedText, Term } from '@vikno/deadlines';
import { z } from 'zod';
import { Condition } from './condition.js';

/** The most items of a list in the rule data (documents of a line, sources, lines of a rule). */
const MAX_LIST = 100;

/** A list of sources. */
const Sources = z.array(LegalSource).min(1).max(MAX_LIST);

const Slug = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected a lowercase slug / Очікується ідентифікатор');

/**
 * A state register or database that holds documents or the data in them (Law 5203-VI Art. 9; Law 1689-IX
 * Art. 5): the provider obtains what it holds itself and must not demand it from the applicant.
 */
export const Register = z
  .object({
    id: Slug,
    name: LocalizedText,
    /** Who keeps it. */
    holder: LocalizedText,
    basis: Sources,
  })
  .strict();
/** A state register or database. */
export type Register = z.infer<typeof Register>;

/**
 * How a document must be submitted:
 *
 * - `original`: the original is handed over (an application, a certificate issued for this purpose);
 * - `copy`: a copy is enough;
 * - `copyWithOriginal`: a copy is handed over and the original is shown (з пред'явленням оригіналу);
 * - `presentOnly`: the original is only shown, nothing is handed over (an identity document).
 */
export const SubmissionForm = z.enum(['original', 'copy', 'copyWithOriginal', 'presentOnly']);
/** How a document must be submitted. */
export type SubmissionForm = z.infer<typeof SubmissionForm>;

/**
 * A kind of document (passport, birth certificate, income declaration, …): its name, the registers that hold it or
 * its data, and how long it stays valid after it is issued, if the law limits that.
 *
 * @example
 * ```ts
 * import { DocumentType } from '@vikno/checklists';
 *
 * DocumentType.parse({
 *   id: 'birth-certificate',
 *   name: { uk: 'Свідоцтво про народження дитини', en: 'Birth certificate of the child' },
 *   heldIn: ['drats'],
 *   basis: [source],
 * });
 * ```
 */
export const DocumentType = z
  .object({
    id: Slug,
    name: LocalizedText,
    /** Registers that hold the document or the data in it. */
    heldIn: z.array(Slug).max(MAX_LIST).optional(),
    /** `true` for a document each service needs its own of (an application): never shared between services. */
    onePerService: z.boolean().optional(),
    /** How long it stays valid after it is issued, when the law limits that. */
    validity: Term.extend({ basis: z.array(LegalSource).max(MAX_LIST).optional() }).optional(),
    basis: Sources,
  })
  .strict();
/** A kind of document. */
export type DocumentType = z.infer<typeof DocumentType>;

/**
 * One line of a service's rule: the documents that satisfy it (more than one means "one of"), when it applies, how
 * it is submitted, and when the provider obtains it from a register instead, with why and where from.
 */
export const RuleItem = z
  .object({
    /** A stable id within the rule, e.g. `birth-certificate`. */
    id: Slug,
    /** The documents that satisfy this line; more than one means any one of them. */
    documents: z.array(Slug).min(1).max(MAX_LIST),
    /** When the line applies; absent means always. */
    when: Condition.optional(),
    form: SubmissionForm,
    /** Why the document is needed, in words. */
    reason: LocalizedText,
    basis: Sources,
    /**
     * When the provider obtains the document or its data from a register itself and must not demand it. `when`
     * absent means always.
     */
    fromRegister: z
      .object({
        register: Slug,
        when: Condition.optional(),
        basis: Sources,
      })
      .strict()
      .optional(),
  })
  .strict();
/** One line of a service's rule. */
export type RuleItem = z.infer<typeof RuleItem>;

/**
 * The documents of one service over a period: what the law required between `from` and `to`. Rules of one service
 * must not overlap in time.
 */
export const ChecklistRule = z
  .object({
    serviceId: Slug,
    /** The first day this rule applies; absent when open. */
    from: CivilDate.optional(),
    /** The last day this rule applies; absent while it still applies. */
    to: CivilDate.optional(),
    items: z.array(RuleItem).min(1).max(MAX_LIST),
  })
  .strict();
/** The documents of one service over a period. */
export type ChecklistRule = z.infer<typeof ChecklistRule>;
/** A rule before validation. */
export type ChecklistRuleInput = z.input<typeof ChecklistRule>;
