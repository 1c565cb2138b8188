import { issuesFrom } from '@vikno/catalog';
import { addWorkingDays, CivilDate, Term } from '@vikno/deadlines';
import { match } from 'ts-pattern';
import { z } from 'zod';
import { defaultRuleBook } from './default.js';
import { ChecklistError } from './errors.js';
import type { FactName } from './facts.js';
import {
  type Checklist,
  type ChecklistItem,
  type NotDemandedItem,
  type RuleBook,
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

const SubmittedDocuments = z.array(SubmittedDocument);

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

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The last day a document issued on `issuedOn` is valid for `validity`: months and years end on the same date of
 * the last month, or its last day (Civil Code Art. 254); days and weeks are counted from the day after issue;
 * working days on the legal calendar of `@vikno/deadlines`.
 *
 * @throws {@link ChecklistError} `INVALID_DATE` when `issuedOn` is not a real day, `INVALID_OPTION` for a
 * malformed term.
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
  const term = Term.safeParse(validity);
  if (!term.success) {
    throw new ChecklistError({
      code: 'INVALID_OPTION',
      path: 'validity',
      en: 'Expected a term: a positive whole amount and a unit',
      uk: 'Очікується строк: ціла додатна кількість і одиниця',
      issues: issuesFrom(term.error, 'validity'),
    });
  }
  const [year, month, day] = issuedOn.split('-').map(Number) as [number, number, number];
  const fromParts = (y: number, m: number, d: number) =>
    new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
  return match(validity.unit)
    .with('calendarDays', () => fromParts(year, month, day + validity.amount))
    .with('weeks', () => fromParts(year, month, day + 7 * validity.amount))
    .with('workingDays', () => addWorkingDays(issuedOn, validity.amount))
    .with('months', 'years', (unit) => {
      const months = unit === 'years' ? 12 * validity.amount : validity.amount;
      const total = year * 12 + (month - 1) + months;
      const y = Math.floor(total / 12);
      const m = (total % 12) + 1;
      return fromParts(y, m, Math.min(day, daysInMonth(y, m)));
    })
    .exhaustive();
}

const ChecklistShape = z
  .object({
    serviceIds: z.array(z.string()).min(1),
    asOf: CivilDate,
    items: z.array(
      z
        .object({
          id: z.string(),
          documents: z.array(z.object({ id: z.string() }).loose()).min(1),
          form: z.enum(['original', 'copy', 'copyWithOriginal', 'presentOnly']),
        })
        .loose(),
    ),
    notDemanded: z.array(z.object({ documents: z.array(z.object({ id: z.string() }).loose()) }).loose()),
    undetermined: z.array(z.object({ facts: z.array(z.string()) }).loose()),
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
      en: `The package has ${issues.length} problem(s)`,
      uk: `У пакеті проблем: ${issues.length}`,
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
