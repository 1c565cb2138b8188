import { issuesFrom } from '@vikno/catalog';
import { addWorkingDays, CivilDate, DeadlinesError, Term } from '@vikno/deadlines';
import { addDays, addMonths, LawError, type LocalizedText, valueKind } from '@vikno/law';
import { match } from 'ts-pattern';
import { z } from 'zod';
import { FactNameSchema } from './condition.js';
import { defaultRuleBook } from './default.js';
import { ChecklistError } from './errors.js';
import type { FactName } from './facts.js';
import { checklistSays } from './messages/index.js';
import {
  type Checklist,
  type ChecklistItem,
  type NotDemandedItem,
  RuleBook,
  readOptions,
  resolveDay,
} from './rule-book.js';

/**
 * One document the applicant handed in: its kind, whether the original is at hand or only a copy, and when it was
 * issued (needed for documents whose validity is limited).
 *
 * @example
 * ```ts
 * import { SubmittedDocument } from '@vikno/checklists';
 *
 * SubmittedDocument.parse({ document: 'birth-certificate', form: 'original', issuedOn: '2026-02-10' });
 * ```
 */
export const SubmittedDocument = z
  .object({
    /** The document kind's id; an unknown id is reported as extra, not rejected. */
    document: z.string().min(1).max(80),
    /** `original` when the original is at hand (handed over or shown), `copy` when only a copy is. */
    form: z.enum(['original', 'copy']),
    /** The day it was issued. */
    issuedOn: CivilDate.optional(),
  })
  .strict();
/** One document the applicant handed in. */
export type SubmittedDocument = z.infer<typeof SubmittedDocument>;

/** The most documents one package holds: far more than any service asks for. */
const MAX_SUBMITTED = 200;

const SubmittedDocuments = z.array(SubmittedDocument).max(MAX_SUBMITTED);

/** A required document that is missing. */
export interface MissingFinding {
  /** The checklist line. */
  readonly item: ChecklistItem;
}

/** A document handed in after its validity ran out. */
export interface ExpiredFinding {
  /** The checklist line. */
  readonly item: ChecklistItem;
  /** The document kind. */
  readonly document: string;
  /** When it was issued. */
  readonly issuedOn: string;
  /** The last day it was valid. */
  readonly validUntil: string;
}

/** A document whose validity is limited, handed in without its issue date, so its validity cannot be checked. */
export interface UndatedFinding {
  /** The checklist line. */
  readonly item: ChecklistItem;
  /** The document kind. */
  readonly document: string;
}

/** Only a copy, where the original must be handed over or seen. */
export interface CopyFinding {
  /** The checklist line. */
  readonly item: ChecklistItem;
  /** The document kind. */
  readonly document: string;
}

/**
 * A document handed in that the checklist does not ask for: unknown to the rules, one the provider obtains from a
 * register itself (it must not be demanded, though the applicant may still hand it in), or simply not needed.
 */
export interface ExtraFinding {
  /** What was handed in. */
  readonly submitted: SubmittedDocument;
  /** Why it is extra. */
  readonly reason: 'unknownDocument' | 'notToBeDemanded' | 'notRequired';
  /** For `notToBeDemanded`: the line that says where the provider gets it. */
  readonly notDemanded?: NotDemandedItem;
}

/**
 * The verdict on a package: complete or not, and every finding. `complete` is `true` only when every line is
 * satisfied by a valid document in the required form and no line is left undetermined by missing facts.
 */
export interface PackageCheck {
  /** Whether the package can be accepted. */
  readonly complete: boolean;
  /** The day the package was checked on. */
  readonly on: string;
  /** The lines satisfied, with the document that satisfies each. */
  readonly satisfied: readonly { readonly item: ChecklistItem; readonly document: string }[];
  readonly missing: readonly MissingFinding[];
  readonly expired: readonly ExpiredFinding[];
  readonly undated: readonly UndatedFinding[];
  readonly copyWhereOriginal: readonly CopyFinding[];
  readonly extra: readonly ExtraFinding[];
  /** Facts still needed before the package can be judged complete. */
  readonly pendingFacts: readonly FactName[];
}

/** Options of {@link checkPackage}. */
export interface CheckPackageOptions {
  /** The day of the check, for validity; today in Kyiv by default. */
  readonly on?: string;
  /** The rule book whose document kinds count as known; the built-in one by default. */
  readonly ruleBook?: RuleBook;
}

/** The first and last day {@link validUntil} reads or answers: a document's validity is dated in these years. */
export const FIRST_VALIDITY_DAY = '1900-01-01';
export const LAST_VALIDITY_DAY = '9999-12-31';

function outOfRange(path: string, message: LocalizedText): ChecklistError {
  return new ChecklistError({ code: 'INVALID_DATE', path, ...message });
}

/**
 * The last day a document issued on `issuedOn` is valid for `validity`: months and years end on the same date of
 * the last month, or its last day (Civil Code Art. 254, counted by `addMonths` of `@vikno/law`); days and weeks are
 * counted from the day after issue; working days on the legal calendar of `@vikno/deadlines`.
 *
 * Days are read and answered from 1900-01-01 to 9999-12-31 (working days within the legal calendar's range,
 * `FIRST_SUPPORTED_DAY` to `LAST_SUPPORTED_DAY` of `@vikno/deadlines`); a validity that would end later is refused.
 *
 * @throws {@link ChecklistError} `INVALID_DATE` when `issuedOn` is not a real day in that range or the last day
 * would fall outside it, `INVALID_OPTION` for a malformed term.
 *
 * @example
 * ```ts
 * import { validUntil } from '@vikno/checklists';
 *
 * validUntil('2026-01-31', { amount: 1, unit: 'months' });
 * //=> '2026-02-28'
 * validUntil('2026-03-02', { amount: 30, unit: 'calendarDays' });
 * //=> '2026-04-01'
 * ```
 */
export function validUntil(issuedOn: string, validity: Term): string {
  resolveDay(issuedOn === undefined ? null : issuedOn, 'issuedOn');
  if (issuedOn < FIRST_VALIDITY_DAY) {
    throw outOfRange('issuedOn', checklistSays('DAY_TOO_EARLY', { first: FIRST_VALIDITY_DAY }));
  }
  const term = Term.safeParse(validity);
  if (!term.success) {
    throw new ChecklistError({
      code: 'INVALID_OPTION',
      path: 'validity',
      ...checklistSays('NOT_A_TERM', {}),
      issues: issuesFrom(term.error, 'validity'),
    });
  }
  const { amount, unit } = term.data;
  return match(unit)
    .with('calendarDays', () => civilDay(() => addDays(issuedOn, amount)))
    .with('weeks', () => civilDay(() => addDays(issuedOn, 7 * amount)))
    .with('months', () => civilDay(() => addMonths(issuedOn, amount)))
    .with('years', () => civilDay(() => addMonths(issuedOn, 12 * amount)))
    .with('workingDays', () => {
      try {
        return addWorkingDays(issuedOn, amount);
      } catch (error) {
        if (!(error instanceof DeadlinesError)) throw error;
        throw outOfRange('issuedOn', checklistSays('OUTSIDE_LEGAL_CALENDAR', {}));
      }
    })
    .exhaustive();
}

/**
 * A day counted by the civil-date arithmetic of `@vikno/law` (Civil Code Art. 254 for months), whose range ends on
 * {@link LAST_VALIDITY_DAY}: a count past it is refused as this package's own error.
 */
function civilDay(count: () => string): string {
  try {
    return count();
  } catch (error) {
    if (!(error instanceof LawError)) throw error;
    throw outOfRange('validity', checklistSays('VALIDITY_TOO_LATE', { last: LAST_VALIDITY_DAY }));
  }
}

const ChecklistShape = z
  .object({
    serviceIds: z.array(z.string().max(80)).min(1).max(50),
    asOf: CivilDate,
    items: z
      .array(
        z
          .object({
            id: z.string().max(80),
            documents: z
              .array(z.object({ id: z.string().max(80), validity: Term.optional() }).loose())
              .min(1)
              .max(100),
            form: z.enum(['original', 'copy', 'copyWithOriginal', 'presentOnly']),
          })
          .loose(),
      )
      .max(1000),
    notDemanded: z
      .array(z.object({ documents: z.array(z.object({ id: z.string().max(80) }).loose()).max(100) }).loose())
      .max(1000),
    undetermined: z.array(z.object({ facts: z.array(FactNameSchema).max(100) }).loose()).max(1000),
  })
  .loose();

/**
 * Checks a submitted package against a checklist: complete or not; what is missing, expired, undated where the
 * validity must be checked, a copy where the original must be seen, or extra. The result is what a workflow acts
 * on. An unknown document is reported as extra, never a crash.
 *
 * @param checklist - a checklist from {@link buildChecklist} (or one restored from JSON).
 * @param submitted - what the applicant handed in.
 * @throws {@link ChecklistError} `INVALID_PACKAGE` for a malformed checklist or submission (every issue with its
 * path), `INVALID_DATE` for a bad `on`.
 * @example
 * ```ts
 * import { buildChecklist, checkPackage } from '@vikno/checklists';
 *
 * const checklist = buildChecklist('birth-assistance', { childBornAbroad: false, guardian: false, idp: false });
 * const check = checkPackage(checklist, [{ document: 'application', form: 'original' }], { on: '2026-03-02' });
 * check.complete; //=> false
 * check.missing.map((finding) => finding.item.id);
 * ```
 */
export function checkPackage(
  checklist: Checklist,
  submitted: readonly SubmittedDocument[],
  options: CheckPackageOptions = {},
): PackageCheck {
  options = readOptions(options);
  if (options.ruleBook !== undefined && !(options.ruleBook instanceof RuleBook)) {
    throw new ChecklistError({
      code: 'INVALID_OPTION',
      path: 'options.ruleBook',
      ...checklistSays('NOT_A_RULE_BOOK', { value: valueKind(options.ruleBook) }),
    });
  }
  const shape = ChecklistShape.safeParse(checklist);
  const parsed = SubmittedDocuments.safeParse(submitted);
  const issues = [
    ...(shape.success ? [] : issuesFrom(shape.error, 'checklist')),
    ...(parsed.success ? [] : issuesFrom(parsed.error, 'submitted')),
  ];
  if (!shape.success || !parsed.success) {
    throw new ChecklistError({
      code: 'INVALID_PACKAGE',
      path: shape.success ? 'submitted' : 'checklist',
      ...checklistSays('INVALID_PACKAGE', { count: issues.length }),
      issues,
    });
  }
  const on = resolveDay(options.on, 'options.on');
  const used = new Set<number>();
  const satisfied: { item: ChecklistItem; document: string }[] = [];
  const missing: MissingFinding[] = [];
  const expired: ExpiredFinding[] = [];
  const undated: UndatedFinding[] = [];
  const copyWhereOriginal: CopyFinding[] = [];
  const needsOriginal = (item: ChecklistItem) => item.form !== 'copy';

  for (const item of checklist.items) {
    const candidates = parsed.data
      .map((document, index) => ({ document, index }))
      .filter(({ document }) => item.documents.some((wanted) => wanted.id === document.document));
    for (const { index } of candidates) used.add(index);
    let problem: 'copy' | 'expired' | 'undated' | undefined;
    let accepted: string | undefined;
    const findings: { copy?: CopyFinding; expired?: ExpiredFinding; undated?: UndatedFinding } = {};
    for (const { document } of candidates) {
      const validity = item.documents.find((wanted) => wanted.id === document.document)?.validity;
      if (needsOriginal(item) && document.form === 'copy') {
        problem ??= 'copy';
        findings.copy ??= { item, document: document.document };
        continue;
      }
      if (validity !== undefined && document.issuedOn === undefined) {
        problem = problem === 'copy' || problem === undefined ? 'undated' : problem;
        findings.undated ??= { item, document: document.document };
        continue;
      }
      if (validity !== undefined && document.issuedOn !== undefined) {
        const lastDay = validUntil(document.issuedOn, validity);
        if (on > lastDay) {
          problem = 'expired';
          findings.expired ??= {
            item,
            document: document.document,
            issuedOn: document.issuedOn,
            validUntil: lastDay,
          };
          continue;
        }
      }
      accepted = document.document;
      break;
    }
    if (accepted !== undefined) satisfied.push({ item, document: accepted });
    else if (problem === undefined) missing.push({ item });
    else if (problem === 'expired' && findings.expired) expired.push(findings.expired);
    else if (problem === 'undated' && findings.undated) undated.push(findings.undated);
    else if (findings.copy) copyWhereOriginal.push(findings.copy);
  }

  const extra: ExtraFinding[] = parsed.data.flatMap((document, index): ExtraFinding[] => {
    if (used.has(index)) return [];
    const fromRegister = checklist.notDemanded.find((line) =>
      line.documents.some((wanted) => wanted.id === document.document),
    );
    if (fromRegister) return [{ submitted: document, reason: 'notToBeDemanded', notDemanded: fromRegister }];
    const known = (options.ruleBook ?? defaultRuleBook()).document(document.document) !== undefined;
    return [{ submitted: document, reason: known ? 'notRequired' : 'unknownDocument' }];
  });
  const pendingFacts = [...new Set(checklist.undetermined.flatMap((line) => line.facts))];
  return {
    complete:
      missing.length === 0 &&
      expired.length === 0 &&
      undated.length === 0 &&
      copyWhereOriginal.length === 0 &&
      pendingFacts.length === 0,
    on,
    satisfied,
    missing,
    expired,
    undated,
    copyWhereOriginal,
    extra,
    pendingFacts,
  };
}
