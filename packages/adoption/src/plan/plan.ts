import { DeliveryModel } from '@vikno/catalog';
import {
  addWorkingDays,
  CivilDate,
  FIRST_SUPPORTED_DAY,
  isWorkingDay,
  LAST_SUPPORTED_DAY,
  nextWorkingDay,
} from '@vikno/deadlines';
import type { LocalizedText } from '@vikno/law';
import { z } from 'zod';
import { MODELS } from '../material/models.js';
import type {
  Actor,
  LaterChange,
  Product,
  ProductKind,
  Sourced,
  Step,
  StepVariant,
} from '../material/types.js';
import { type CnapProfile, parseCnapProfile } from '../print/cnap-profile.js';
import { fail, printRefinement, rejectInput } from '../print/messages/index.js';

/**
 * How many working days a step takes by default, by what it produces. These are planning assumptions of the SDK,
 * not legal terms: no act sets how long a hromada takes to decide, sign or train, and the seeds give no durations.
 * A hromada sets its own with `durations`.
 *
 * @example
 * ```ts
 * import { DEFAULT_STEP_DURATIONS } from '@vikno/adoption';
 *
 * DEFAULT_STEP_DURATIONS.decision;
 * //=> 20
 * ```
 */
export const DEFAULT_STEP_DURATIONS: Readonly<Record<ProductKind, number>> = {
  assessment: 10,
  letter: 5,
  agreement: 15,
  contract: 10,
  decision: 20,
  order: 10,
  serviceList: 10,
  cards: 15,
  qualifiedSignature: 5,
  encryptionModules: 10,
  connection: 5,
  databaseAccess: 10,
  training: 10,
  support: 20,
  campaign: 15,
  regulations: 10,
  jobDescriptions: 5,
  appointment: 5,
  technicalTask: 10,
  infrastructure: 40,
  testReport: 5,
  monitoring: 5,
  statusApplication: 10,
  dataExchange: 15,
  documentStorage: 5,
  providerRegister: 15,
  transferRegisters: 5,
  selfAssessment: 5,
};

/**
 * The document of `@vikno/adoption` that a step's product can be printed from: the list of services to agree, the
 * cards for the council's decision, the transfer register, the journal of applications, the Дія.Центр
 * self-assessment.
 */
export type PlanDocument =
  | 'servicesToAgree'
  | 'cards'
  | 'transferRegister'
  | 'applicationJournal'
  | 'selfAssessment';

const DOCUMENT_OF: Partial<Record<ProductKind, PlanDocument>> = {
  serviceList: 'servicesToAgree',
  cards: 'cards',
  transferRegisters: 'transferRegister',
  selfAssessment: 'selfAssessment',
};

/** One step of a plan: the material's step, dated on the working-day calendar. */
export interface PlanStep {
  readonly id: string;
  readonly number: number;
  readonly title: LocalizedText;
  /** Who acts, the lead first (the material's `actors`). */
  readonly owners: readonly Actor[];
  /** The ids of the steps that must be done first. */
  readonly dependsOn: readonly string[];
  /** The document or decision the step produces. */
  readonly produces: Product;
  /** The document of this package that prepares the product, when there is one. */
  readonly document: PlanDocument | undefined;
  /** The first working day of the step. */
  readonly start: string;
  /** The last working day of the step. */
  readonly end: string;
  /** Its length in working days. */
  readonly workingDays: number;
  readonly recommendations: readonly LocalizedText[];
  readonly variants: readonly StepVariant[];
  /** The later changes of the law in force on the step's first day (who the hromada agrees with since 01.07.2025). */
  readonly changes: readonly LaterChange[];
  readonly basis: Sourced;
}

/**
 * A hromada's plan to adopt a delivery model: the model's steps (seed 001) with owners, dependencies, products and
 * dates on the legal calendar, every date a working day and no step starting before the steps it depends on end.
 * Plain data: save it as JSON.
 */
export interface AdoptionPlan {
  readonly format: 'vikno.adoption-plan';
  readonly version: 1;
  readonly model: DeliveryModel;
  /** The CNAP's id in its profile. */
  readonly cnapId: string;
  /** The council that formed the CNAP. */
  readonly hromada: LocalizedText;
  /** The day asked for; the first step starts on it, or the next working day. */
  readonly start: string;
  /** The last day of the last step. */
  readonly end: string;
  readonly steps: readonly PlanStep[];
}

/** The most working days a step may be given: a year and a half. */
const MAX_STEP_DAYS = 400;

/** A civil day the working-day calendar supports. */
export const PlanDay = CivilDate.refine((day) => day >= FIRST_SUPPORTED_DAY && day <= LAST_SUPPORTED_DAY, {
  message: printRefinement('DAY_OUT_OF_RANGE', { first: FIRST_SUPPORTED_DAY, last: LAST_SUPPORTED_DAY }),
});

/**
 * The options of {@link adoptionPlan}: the day it starts, and working days by step id over the defaults.
 *
 * @example
 * ```ts
 * import { PlanOptions } from '@vikno/adoption';
 *
 * PlanOptions.safeParse({ start: '2026-12-01', durations: { 'model-iii-2-initiative': 3 } }).success;
 * //=> true
 * ```
 */
export const PlanOptions = z
  .object({
    /** The day the plan starts. */
    start: PlanDay,
    /** Working days by step id, over the defaults by product. */
    durations: z.record(z.string().max(80), z.int().min(1).max(MAX_STEP_DAYS)).optional(),
  })
  .strict();
/** Options of {@link adoptionPlan}. */
export type PlanOptions = z.input<typeof PlanOptions>;

/** Steps of a model in an order where every step comes after those it depends on. */
export function inDependencyOrder(steps: readonly Step[]): Step[] {
  const byId = new Map(steps.map((step) => [step.id, step]));
  const done = new Set<string>();
  const ordered: Step[] = [];
  const visit = (step: Step, trail: Set<string>) => {
    if (done.has(step.id) || trail.has(step.id)) return;
    trail.add(step.id);
    for (const id of step.dependsOn) {
      const before = byId.get(id);
      if (before !== undefined) visit(before, trail);
    }
    done.add(step.id);
    ordered.push(step);
  };
  for (const step of steps) visit(step, new Set());
  return ordered;
}

/** The first working day on or after `day`. */
export function workingDayFrom(day: string): string {
  return isWorkingDay(day) ? day : nextWorkingDay(day);
}

/** Dates the steps from `start`, each after the ends of those it depends on; `fixed` steps keep their dates. */
export function schedule(
  steps: readonly Step[],
  start: string,
  lengthOf: (step: Step) => number,
  fixed: ReadonlyMap<string, { readonly start: string; readonly end: string }> = new Map(),
): Map<string, { start: string; end: string; workingDays: number }> {
  const dates = new Map<string, { start: string; end: string; workingDays: number }>();
  const first = workingDayFrom(start);
  for (const step of inDependencyOrder(steps)) {
    const known = fixed.get(step.id);
    if (known !== undefined) {
      dates.set(step.id, { ...known, workingDays: lengthOf(step) });
      continue;
    }
    let from = first;
    for (const id of step.dependsOn) {
      const before = dates.get(id);
      if (before !== undefined) {
        const next = nextWorkingDay(before.end);
        if (next > from) from = next;
      }
    }
    const workingDays = lengthOf(step);
    dates.set(step.id, { start: from, end: addWorkingDays(from, workingDays - 1), workingDays });
  }
  return dates;
}

/** The last day of a plan: its start, or the latest end of its steps (civil days compare as text). */
export function lastDay(start: string, steps: readonly { readonly end: string }[]): string {
  return [start, ...steps.map((step) => step.end)].sort().at(-1) ?? start;
}

/** The steps of a model from the material. */
export function stepsOf(model: DeliveryModel): readonly Step[] {
  return MODELS[model].steps;
}

/** A plan's steps, dated. */
export function datedSteps(
  steps: readonly Step[],
  dates: ReadonlyMap<string, { start: string; end: string; workingDays: number }>,
): PlanStep[] {
  return steps.map((step) => {
    const when = dates.get(step.id) ?? { start: '', end: '', workingDays: 0 };
    return {
      id: step.id,
      number: step.number,
      title: step.title,
      owners: step.actors,
      dependsOn: step.dependsOn,
      produces: step.produces,
      document: DOCUMENT_OF[step.produces.kind],
      start: when.start,
      end: when.end,
      workingDays: when.workingDays,
      recommendations: step.recommendations,
      variants: step.variants,
      changes: step.changes.filter((change) => change.from <= when.start),
      basis: step.basis,
    };
  });
}

/**
 * A hromada's plan to adopt a delivery model: the steps of the model's implementation algorithm (seed 001, as the
 * material of this package holds them) with owners (the council, the CNAP, the social protection body or the Pension
 * Fund, the oblast's department, …), dependencies, the document each produces (and the document of this package that
 * prepares it, where there is one), and dates on the legal calendar of `@vikno/deadlines`: each step starts on the
 * working day after the last of the steps it depends on ends, and takes its working days (by default
 * {@link DEFAULT_STEP_DURATIONS} by product, planning assumptions, not legal terms). Later changes of the law in force
 * on a step's first day (the Pension Fund deciding most assistance since 01.07.2025) are attached to it.
 *
 * @param model - the delivery model, `I`, `II` or `III`.
 * @param hromada - the CNAP's profile ({@link CnapProfile}).
 * @param options - `start` (a civil day), and `durations` in working days by step id.
 * @returns the plan; its `end` is the last day of the last step.
 * @throws {@link AdoptionError} `INVALID_INPUT` for a model, profile or options that are not valid (a day outside the
 * calendar, a duration for a step the model does not have).
 * @example
 * ```ts
 * import { adoptionPlan } from '@vikno/adoption';
 *
 * const plan = adoptionPlan('III', profile, { start: '2026-12-01' });
 * plan.steps[0]?.start;
 * //=> '2026-12-01'
 * plan.steps.every((step) => step.dependsOn.every((id) => plan.steps.find((s) => s.id === id)!.end < step.start));
 * //=> true
 * ```
 */
export function adoptionPlan(model: DeliveryModel, hromada: CnapProfile, options: PlanOptions): AdoptionPlan {
  const parsedModel = DeliveryModel.safeParse(model);
  if (!parsedModel.success) rejectInput('model', parsedModel.error);
  const profile = parseCnapProfile(hromada, 'hromada');
  const parsed = PlanOptions.safeParse(options);
  if (!parsed.success) rejectInput('options', parsed.error);
  const steps = stepsOf(parsedModel.data);
  const durations = parsed.data.durations ?? {};
  const known = new Set(steps.map((step) => step.id));
  for (const id of Object.keys(durations)) {
    if (!known.has(id)) fail('UNKNOWN_STEP', 'options.durations', 'UNKNOWN_STEP', {});
  }
  const lengthOf = (step: Step) => durations[step.id] ?? DEFAULT_STEP_DURATIONS[step.produces.kind];
  const dates = schedule(steps, parsed.data.start, lengthOf);
  const planned = datedSteps(steps, dates);
  return {
    format: 'vikno.adoption-plan',
    version: 1,
    model: parsedModel.data,
    cnapId: profile.id,
    hromada: profile.hromada,
    start: parsed.data.start,
    end: lastDay(parsed.data.start, planned),
    steps: planned,
  };
}
