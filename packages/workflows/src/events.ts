import type { PackageCheck } from '@vikno/checklists';
import { z } from 'zod';
import { DELIVERY_MODELS } from './models.js';
import { invalidInput, SupportedInstant } from './transfer-register.js';

/**
 * Who acts on a case:
 *
 * - `cnapAdministrator`: an administrator of the CNAP;
 * - `remoteAdministrator`: an administrator of a territorial unit (ТП) or a remote workplace (ВРМ);
 * - `authorisedOfficial`: a starosta or an official authorised by the council (уповноважена особа);
 * - `usznSpecialist`: a specialist of the social protection office (in model II, working inside the CNAP);
 * - `decisionMaker`: the official of the УСЗН or the Pension Fund who decides;
 * - `applicant`: the applicant;
 * - `system`: the host system (ticks, transfer registers, integrations).
 */
export const Role = z.enum([
  'cnapAdministrator',
  'remoteAdministrator',
  'authorisedOfficial',
  'usznSpecialist',
  'decisionMaker',
  'applicant',
  'system',
]);
/** Who acts on a case. */
export type Role = z.infer<typeof Role>;

const Id = z.string().min(1).max(80);

/** Who sends an event: their role, an id (never a name), and their office. */
export const Actor = z.object({ role: Role, id: Id, office: Id }).strict();
/** Who sends an event. */
export type Actor = z.infer<typeof Actor>;

const base = { by: Actor, at: SupportedInstant };

/** How the applicant was told of the decision. */
export const NotificationChannel = z.enum(['sms', 'email', 'call', 'letter', 'inPerson', 'diia']);
/** How the applicant was told of the decision. */
export type NotificationChannel = z.infer<typeof NotificationChannel>;

/**
 * How a decision reaches the applicant, for the day it counts as delivered (Law 2073-IX): handed over in person,
 * sent by post, or sent electronically (an e-cabinet, Diia, e-mail with the applicant's consent).
 */
export const DeliveryChannel = z.enum(['inPerson', 'post', 'electronic']);
/** How a decision reaches the applicant. */
export type DeliveryChannel = z.infer<typeof DeliveryChannel>;

/** The outcome of a decision: granted, granted in part, or refused. */
export const DecisionOutcome = z.enum(['granted', 'partiallyGranted', 'refused']);
/** The outcome of a decision. */
export type DecisionOutcome = z.infer<typeof DecisionOutcome>;

/** An outcome that adversely affects the applicant, which the applicant must be heard before (Law 2073-IX). */
export const ADVERSE_OUTCOMES: readonly DecisionOutcome[] = ['partiallyGranted', 'refused'];

/**
 * Why an adverse decision was taken without hearing the applicant, in the cases Law 2073-IX Art. 63 part 2 allows:
 * immediate measures needed to prevent harm (`urgentMeasures`), a decision the law requires at once
 * (`immediateByLaw`), an act taken automatically (`automated`), or a request manifestly unfounded
 * (`manifestlyUnfounded`).
 */
export const HearingException = z.enum([
  'urgentMeasures',
  'immediateByLaw',
  'automated',
  'manifestlyUnfounded',
]);
/** Why an adverse decision was taken without hearing the applicant. */
export type HearingException = z.infer<typeof HearingException>;

/** An extension of the decision term: an amount of calendar or working days. */
const ExtensionTerm = z
  .object({ amount: z.number().int().positive().max(365), unit: z.enum(['calendarDays', 'workingDays']) })
  .strict();

const adverseNeedsGrounds = <T extends { outcome: DecisionOutcome; grounds: readonly string[] }>(event: T) =>
  event.outcome === 'granted' || event.grounds.length > 0;
const GROUNDS_MESSAGE = 'A refusal needs its grounds / Відмова має містити підстави';

/**
 * Every event a case accepts. Each says who acts (`by`) and when (`at`); none carries personal data beyond ids.
 *
 * - `PACKAGE.CHECKED`: the completeness check at intake; complete → registered under `caseNumber`, incomplete →
 *   returned with the `missing` document ids;
 * - `TRANSFER.SENT` (model I: sent electronically through «Соціальна громада» to the provider office `to`),
 *   `TRANSFER.HANDED_OVER` (model II: passed on paper to the back office; `to` names it, the УСЗН specialist's own
 *   office by default), `TRANSFER.ADDED` / `TRANSFER.DISPATCHED` / `TRANSFER.RECEIVED` (model III: the transfer
 *   register steps; `TRANSFER.RECEIVED` names the receiving office in `to`, the register's `to`, which is the
 *   signing specialist's office by default and required when the host's `system` confirms the receipt). The
 *   office the transfer names is the one that decides the case (`providerOffice` in the case's context);
 * - `ORIGINALS.RECEIVED` (model I: the paper originals arrived after the electronic transfer);
 * - `DOCUMENTS.REQUESTED` / `DOCUMENTS.RECEIVED`: the decision term stops, then runs again;
 * - `DECISION.MADE`: granted, or refused with grounds;
 * - `CNAP.INFORMED`, `APPLICANT.NOTIFIED`, `RESULT.ISSUED`;
 * - `APPLICATION.WITHDRAWN`: before the decision;
 * - `TICK`: the host's clock, which judges the running terms.
 *
 * Every `at` is an instant with an offset on a Kyiv day from `FIRST_SUPPORTED_DAY` to `LAST_SUPPORTED_DAY` of
 * `@vikno/deadlines`: the case has no calendar for other days.
 */
export const CaseEvent = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('PACKAGE.CHECKED'),
      ...base,
      complete: z.boolean(),
      missing: z.array(Id).max(100),
      caseNumber: Id.optional(),
    })
    .strict(),
  z.object({ type: z.literal('TRANSFER.SENT'), ...base, to: Id }).strict(),
  z.object({ type: z.literal('TRANSFER.HANDED_OVER'), ...base, to: Id.optional() }).strict(),
  z.object({ type: z.literal('TRANSFER.ADDED'), ...base, registerId: Id }).strict(),
  z.object({ type: z.literal('TRANSFER.DISPATCHED'), ...base, registerId: Id }).strict(),
  z
    .object({ type: z.literal('TRANSFER.RECEIVED'), ...base, registerId: Id, to: Id.optional() })
    .strict()
    .refine((event) => event.to !== undefined || event.by.role !== 'system', {
      path: ['to'],
      message:
        'The host confirming a register names the receiving office / Система, що підтверджує реєстр, ' +
        'зазначає офіс, який його отримав',
    }),
  z.object({ type: z.literal('ORIGINALS.RECEIVED'), ...base }).strict(),
  z
    .object({ type: z.literal('DOCUMENTS.REQUESTED'), ...base, documents: z.array(Id).min(1).max(100) })
    .strict(),
  z.object({ type: z.literal('DOCUMENTS.RECEIVED'), ...base }).strict(),
  z
    .object({
      type: z.literal('DECISION.MADE'),
      ...base,
      outcome: DecisionOutcome,
      /** Codes of the grounds for refusal (or for the part refused); required unless granted. */
      grounds: z.array(Id).max(20),
      /** An adverse decision taken without a hearing: the exception of Art. 63 part 2 that allows it. */
      withoutHearing: HearingException.optional(),
    })
    .strict()
    .refine(adverseNeedsGrounds, { path: ['grounds'], message: GROUNDS_MESSAGE })
    .refine((event) => event.withoutHearing === undefined || event.outcome !== 'granted', {
      path: ['withoutHearing'],
      message:
        'Only an adverse decision is taken without a hearing / Без заслуховування ухвалюють лише несприятливе рішення',
    }),
  z.object({ type: z.literal('CNAP.INFORMED'), ...base }).strict(),
  z.object({ type: z.literal('APPLICANT.NOTIFIED'), ...base, channel: NotificationChannel }).strict(),
  z.object({ type: z.literal('RESULT.ISSUED'), ...base }).strict(),
  z.object({ type: z.literal('APPLICATION.WITHDRAWN'), ...base }).strict(),
  z.object({ type: z.literal('TICK'), ...base }).strict(),
  z.object({ type: z.literal('DEFECTS.CURED'), ...base }).strict(),
  z
    .object({ type: z.literal('APPLICATION.RETURNED'), ...base, reasons: z.array(Id).min(1).max(20) })
    .strict(),
  z
    .object({
      type: z.literal('HEARING.NOTIFIED'),
      ...base,
      /** The adverse outcome intended. */
      outcome: z.enum(['partiallyGranted', 'refused']),
      /** Codes of its grounds, which the applicant is told of. */
      grounds: z.array(Id).min(1).max(20),
    })
    .strict(),
  z.object({ type: z.literal('POSITION.PRESENTED'), ...base }).strict(),
  z
    .object({
      type: z.literal('TERM.EXTENDED'),
      ...base,
      extension: ExtensionTerm,
      /** Codes of the reasons, which the applicant is told of. */
      reasons: z.array(Id).min(1).max(20),
    })
    .strict(),
  z.object({ type: z.literal('DECISION.DELIVERED'), ...base, channel: DeliveryChannel }).strict(),
  z.object({ type: z.literal('FILE.ACCESS_REQUESTED'), ...base }).strict(),
  z.object({ type: z.literal('FILE.ACCESS_GIVEN'), ...base }).strict(),
  z.object({ type: z.literal('CASE.REOPENED'), ...base, complaintId: Id }).strict(),
  z
    .object({
      type: z.literal('DECISION.REPLACED'),
      ...base,
      complaintId: Id,
      outcome: DecisionOutcome,
      grounds: z.array(Id).max(20),
    })
    .strict()
    .refine(adverseNeedsGrounds, { path: ['grounds'], message: GROUNDS_MESSAGE }),
]);
/** An event a case accepts. */
export type CaseEvent = z.infer<typeof CaseEvent>;
/** The type of a case event. */
export type CaseEventType = CaseEvent['type'];

/**
 * The provider's staff: once a case is transferred, they act on it only from the office that decides it. A УСЗН
 * specialist's `office` is the provider office they work for, even when seated in the CNAP (model II).
 */
export const PROVIDER_ROLES: readonly Role[] = ['usznSpecialist', 'decisionMaker'];

/**
 * Which roles may send each event, in a case of any model: the union of each model's permissions in
 * {@link DELIVERY_MODELS}. An administrator cannot record a decision; only the decision-maker can. The host's
 * `system` sends ticks and the register steps.
 *
 * @example
 * ```ts
 * import { PERMISSIONS } from '@vikno/workflows';
 *
 * PERMISSIONS['DECISION.MADE'];
 * //=> ['decisionMaker']
 * ```
 */
export const PERMISSIONS: Readonly<Record<CaseEventType, readonly Role[]>> = everyModelsPermissions();

function everyModelsPermissions(): Record<CaseEventType, readonly Role[]> {
  const permissions = {} as Record<CaseEventType, readonly Role[]>;
  for (const option of CaseEvent.options) {
    const type = option.shape.type.value;
    const roles = Object.values(DELIVERY_MODELS).flatMap((model) => {
      const table: Partial<Record<CaseEventType, readonly Role[]>> = model.permissions.roles;
      return table[type] ?? [];
    });
    permissions[type] = [...new Set(roles)];
  }
  return permissions;
}

/** The parts of a `PackageCheck` of `@vikno/checklists` the intake event reads. */
const CheckedPackage = z.object({
  complete: z.boolean(),
  missing: z
    .array(
      z
        .object({
          item: z.object({ id: Id, documents: z.array(z.object({ id: Id }).loose()).max(100) }).loose(),
        })
        .loose(),
    )
    .max(100),
  expired: z.array(z.object({ document: Id }).loose()).max(100),
  undated: z.array(z.object({ document: Id }).loose()).max(100),
  copyWhereOriginal: z.array(z.object({ document: Id }).loose()).max(100),
});

/**
 * The intake event for a package checked by `@vikno/checklists`: complete or not, and the ids of the documents
 * missing, expired, undated or handed in as a copy where the original must be seen.
 *
 * @throws {@link WorkflowError} `INVALID_INPUT` for a check, actor, time or case number that is not valid.
 *
 * @example
 * ```ts
 * import { checkPackage } from '@vikno/checklists';
 * import { packageCheckedEvent, sendCaseEvent } from '@vikno/workflows';
 *
 * const check = checkPackage(checklist, submitted);
 * sendCaseEvent(actor, packageCheckedEvent(check, administrator, '2026-03-02T10:00:00+02:00', 'N-17'));
 * ```
 */
export function packageCheckedEvent(
  check: PackageCheck,
  by: Actor,
  at: string,
  caseNumber?: string,
): CaseEvent {
  const parsedCheck = CheckedPackage.safeParse(check);
  if (!parsedCheck.success) throw invalidInput('check', parsedCheck.error);
  const found = parsedCheck.data;
  const missing = [
    ...found.missing.map((finding) => finding.item.documents[0]?.id ?? finding.item.id),
    ...found.expired.map((finding) => finding.document),
    ...found.undated.map((finding) => finding.document),
    ...found.copyWhereOriginal.map((finding) => finding.document),
  ];
  const event = CaseEvent.safeParse({
    type: 'PACKAGE.CHECKED',
    by,
    at,
    complete: found.complete,
    missing,
    ...(caseNumber === undefined ? {} : { caseNumber }),
  });
  if (!event.success) throw invalidInput('event', event.error);
  return event.data;
}
