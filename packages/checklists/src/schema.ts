import { CivilDate, LegalSource, LocalizedText, Term } from '@vikno/deadlines';
import { Citation, defaultActRegister } from '@vikno/law';
import { z } from 'zod';
import { Condition } from './condition.js';
import { refinementMessage } from './messages/index.js';

/** The most items of a list in the rule data (documents of a line, sources, lines of a rule). */
const MAX_LIST = 100;

/** A source as data writes it: a {@link Citation} of an act of the register, or a source written out in full. */
export type SourceInput = z.input<typeof LegalSource> | Citation;

function isCitation(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { act?: unknown }).act === 'string';
}

/**
 * A source of the rule data: a {@link LegalSource} as before, or a {@link Citation} of the act register of
 * `@vikno/law`, resolved to the source it cites (with its evidence and the day it was checked). Either is
 * validated whole and every problem keeps its path; a citation of an act the register lacks is refused at `act`.
 *
 * @example
 * ```ts
 * import { Source } from '@vikno/checklists';
 *
 * Source.parse({ act: 'law-5203-vi', provision: { uk: 'ст. 9', en: 'Art. 9' }, evidence: 'secondary', checkedOn: '2026-11-25' }).number;
 * //=> '5203-VI'
 * ```
 */
export const Source = z
  .custom<SourceInput>(() => true)
  .transform((value, context): LegalSource => {
    const parsed = isCitation(value) ? Citation.safeParse(value) : LegalSource.safeParse(value);
    if (!parsed.success) {
      // The issues as the schema gave them, so each keeps its code and its path below this source.
      for (const { input: _input, ...issue } of parsed.error.issues) context.addIssue(issue);
      return z.NEVER;
    }
    if (!isCitation(value)) return parsed.data as LegalSource;
    const citation = value as Citation;
    if (defaultActRegister().get(citation.act) === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['act'],
        message: refinementMessage('NO_SUCH_ACT', {}),
      });
      return z.NEVER;
    }
    // The citation as written, not its parsed copy: the register resolves one object to one source.
    return defaultActRegister().cite(citation);
  });
/** A source of the rule data, resolved. */
export type Source = z.output<typeof Source>;

/** A list of sources. */
const Sources = z.array(Source).min(1).max(MAX_LIST);

const Slug = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, refinementMessage('NOT_A_SLUG', {}));

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
/** A register before validation: its sources may be citations of the act register. */
export type RegisterInput = z.input<typeof Register>;

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
    validity: Term.extend({ basis: z.array(Source).max(MAX_LIST).optional() }).optional(),
    basis: Sources,
  })
  .strict();
/** A kind of document. */
export type DocumentType = z.infer<typeof DocumentType>;
/** A kind of document before validation: its sources may be citations of the act register. */
export type DocumentTypeInput = z.input<typeof DocumentType>;

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
/** One line of a service's rule before validation: its sources may be citations of the act register. */
export type RuleItemInput = z.input<typeof RuleItem>;

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
