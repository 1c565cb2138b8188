import { DeliveryModel } from '@vikno/catalog';
import { z } from 'zod';
import type { Step } from '../material/types.js';
import { fail, printRefinement, rejectInput } from '../print/messages/index.js';
import {
  type AdoptionPlan,
  DEFAULT_STEP_DURATIONS,
  datedSteps,
  lastDay,
  PlanDay,
  type PlanStep,
  schedule,
  stepsOf,
  workingDayFrom,
} from './plan.js';

const StepId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/);

/** What a hromada recorded of one step: the day it started, the day it was done, a short note. */
const StepProgress = z
  .object({
    started: PlanDay.optional(),
    done: PlanDay.optional(),
    note: z.string().min(1).max(2000).optional(),
  })
  .strict()
  .refine((step) => step.done === undefined || step.started === undefined || step.started <= step.done, {
    path: ['done'],
    message: printRefinement('FINISHED_BEFORE_STARTED', {}),
  });

/**
 * A hromada's progress on a plan, as it saves it (JSON): which plan (the model, its start, its steps' ids and
 * working days, so progress cannot be read against another plan), and what was recorded of each step. Validated
 * whole on reading ({@link parseProgress}): a file edited by hand or by someone hostile is refused with every problem
 * and its path, never half read.
 *
 * @example
 * ```ts
 * import { PlanProgress } from '@vikno/adoption';
 *
 * PlanProgress.safeParse({ format: 'vikno.adoption-progress', version: 1 }).success;
 * //=> false
 * ```
 */
export const PlanProgress = z
  .object({
    format: z.literal('vikno.adoption-progress'),
    version: z.literal(1),
    plan: z
      .object({
        model: DeliveryModel,
        start: PlanDay,
        /** The steps' ids in order, and their working days, as the plan had them. */
        steps: z
          .array(z.object({ id: StepId, workingDays: z.int().min(1).max(400) }).strict())
          .min(1)
          .max(50),
      })
      .strict(),
    steps: z.record(StepId, StepProgress),
  })
  .strict()
  .superRefine((progress, context) => {
    const ids = progress.plan.steps.map((step) => step.id);
    if (new Set(ids).size !== ids.length) {
      context.addIssue({
        code: 'custom',
        path: ['plan', 'steps'],
        message: printRefinement('REPEATED_STEP', {}),
      });
    }
    for (const id of Object.keys(progress.steps)) {
      if (!ids.includes(id)) {
        context.addIssue({ code: 'custom', path: ['steps'], message: printRefinement('UNKNOWN_STEP', {}) });
        return;
      }
    }
    for (const [id, step] of Object.entries(progress.steps)) {
      for (const day of [step.started, step.done]) {
        if (day !== undefined && day < progress.plan.start) {
          context.addIssue({
            code: 'custom',
            path: ['steps', id],
            message: printRefinement('DATE_BEFORE_START', {}),
          });
        }
      }
    }
  });
/** A hromada's progress on a plan. */
export type PlanProgress = z.infer<typeof PlanProgress>;

const Plan = z
  .object({
    format: z.literal('vikno.adoption-plan'),
    version: z.literal(1),
    model: DeliveryModel,
    start: PlanDay,
    steps: z
      .array(z.object({ id: StepId, workingDays: z.int().min(1).max(400) }).loose())
      .min(1)
      .max(50),
  })
  .loose();

function checkedPlan(plan: unknown): z.infer<typeof Plan> {
  const parsed = Plan.safeParse(plan);
  if (!parsed.success) rejectInput('plan', parsed.error);
  const known = new Set(stepsOf(parsed.data.model).map((step) => step.id));
  if (!parsed.data.steps.every((step) => known.has(step.id)) || known.size !== parsed.data.steps.length) {
    fail('INVALID_INPUT', 'plan.steps', 'PROGRESS_OF_ANOTHER_PLAN', {});
  }
  return parsed.data;
}

/** The progress read and checked against the plan it claims to be of. */
function checkedProgress(plan: z.infer<typeof Plan>, progress: unknown): PlanProgress {
  const parsed = parseProgress(progress);
  const same =
    parsed.plan.model === plan.model &&
    parsed.plan.start === plan.start &&
    parsed.plan.steps.length === plan.steps.length &&
    parsed.plan.steps.every(
      (step, index) =>
        step.id === plan.steps[index]?.id && step.workingDays === plan.steps[index]?.workingDays,
    );
  if (!same) fail('INVALID_INPUT', 'progress.plan', 'PROGRESS_OF_ANOTHER_PLAN', {});
  return parsed;
}

/**
 * Reads a hromada's progress from anything (a parsed JSON file): the progress, or an `AdoptionError`
 * `INVALID_INPUT` at `progress` listing every problem with its path, never repeating a value given.
 *
 * @param input - the progress as read, e.g. `JSON.parse(text)`.
 * @returns the validated progress.
 * @throws {@link AdoptionError} `INVALID_INPUT` with `issues`.
 * @example
 * ```ts
 * import { parseProgress } from '@vikno/adoption';
 *
 * const progress = parseProgress(JSON.parse(readFileSync('progress.json', 'utf8')));
 * ```
 */
export function parseProgress(input: unknown): PlanProgress {
  const parsed = PlanProgress.safeParse(input);
  if (!parsed.success) rejectInput('progress', parsed.error);
  return parsed.data;
}

/**
 * The progress of a plan with nothing recorded yet: what a hromada saves the day it adopts the plan.
 *
 * @param plan - the plan, from {@link adoptionPlan}.
 * @returns progress bound to that plan.
 * @throws {@link AdoptionError} `INVALID_INPUT` for a plan that is not one of this package's.
 * @example
 * ```ts
 * import { adoptionPlan, progressOf } from '@vikno/adoption';
 *
 * const progress = progressOf(adoptionPlan('III', profile, { start: '2026-12-01' }));
 * JSON.stringify(progress).length < 2000;
 * //=> true
 * ```
 */
export function progressOf(plan: AdoptionPlan): PlanProgress {
  const checked = checkedPlan(plan);
  return {
    format: 'vikno.adoption-progress',
    version: 1,
    plan: {
      model: checked.model,
      start: checked.start,
      steps: checked.steps.map((step) => ({ id: step.id, workingDays: step.workingDays })),
    },
    steps: {},
  };
}

const Mark = z.object({ step: StepId, on: PlanDay }).strict();

function mark(
  plan: AdoptionPlan,
  progress: PlanProgress,
  step: string,
  on: string,
  what: 'started' | 'done',
): PlanProgress {
  const checked = checkedPlan(plan);
  const current = checkedProgress(checked, progress);
  const parsed = Mark.safeParse({ step, on });
  if (!parsed.success) rejectInput(what === 'done' ? 'markDone' : 'markStarted', parsed.error);
  const definition = stepsOf(checked.model).find((entry) => entry.id === parsed.data.step);
  if (definition === undefined) fail('UNKNOWN_STEP', 'step', 'UNKNOWN_STEP', {});
  if (parsed.data.on < checked.start) fail('INVALID_INPUT', 'on', 'DATE_BEFORE_START', {});
  const ready = definition.dependsOn.every((id) => {
    const done = current.steps[id]?.done;
    return done !== undefined && done <= parsed.data.on;
  });
  if (!ready) fail('INVALID_TRANSITION', 'step', 'STEP_NOT_READY', {});
  const recorded = current.steps[parsed.data.step] ?? {};
  const next =
    what === 'started'
      ? { ...recorded, started: parsed.data.on }
      : { ...recorded, started: recorded.started ?? parsed.data.on, done: parsed.data.on };
  if (next.done !== undefined && next.started > next.done) {
    fail('INVALID_TRANSITION', 'on', 'FINISHED_BEFORE_STARTED', {});
  }
  return { ...current, steps: { ...current.steps, [parsed.data.step]: next } };
}

/**
 * Records that a step started on a day. The steps it depends on must be done by then.
 *
 * @param plan - the plan.
 * @param progress - the progress so far (of that plan).
 * @param step - the step's id.
 * @param on - the day it started.
 * @returns the new progress; the one given is not changed.
 * @throws {@link AdoptionError} `UNKNOWN_STEP`; `INVALID_TRANSITION` when a step it depends on is not done by `on`, or
 * it would start after it was done; `INVALID_INPUT` for a day before the plan's start or progress of another plan.
 * @example
 * ```ts
 * import { markStarted } from '@vikno/adoption';
 *
 * const next = markStarted(plan, progress, plan.steps[0].id, '2026-12-01');
 * ```
 */
export function markStarted(
  plan: AdoptionPlan,
  progress: PlanProgress,
  step: string,
  on: string,
): PlanProgress {
  return mark(plan, progress, step, on, 'started');
}

/**
 * Records that a step was done on a day (and started that day, if it was not recorded as started). The steps it
 * depends on must be done by then.
 *
 * @param plan - the plan.
 * @param progress - the progress so far (of that plan).
 * @param step - the step's id.
 * @param on - the day it was done.
 * @returns the new progress; the one given is not changed.
 * @throws {@link AdoptionError} as {@link markStarted}, and `INVALID_TRANSITION` for a day before it started.
 * @example
 * ```ts
 * import { markDone } from '@vikno/adoption';
 *
 * const next = markDone(plan, progress, plan.steps[0].id, '2026-12-10');
 * next.steps[plan.steps[0].id];
 * //=> { started: '2026-12-10', done: '2026-12-10' }
 * ```
 */
export function markDone(plan: AdoptionPlan, progress: PlanProgress, step: string, on: string): PlanProgress {
  return mark(plan, progress, step, on, 'done');
}

/** Where a step of a rescheduled plan stands. */
export type StepStatus = 'done' | 'started' | 'planned';

/** A step of a rescheduled plan: its dates and where it stands. */
export interface ScheduledStep extends PlanStep {
  readonly status: StepStatus;
}

/** A plan rescheduled from the progress recorded. */
export interface RescheduledPlan extends Omit<AdoptionPlan, 'steps'> {
  /** The day rescheduled from. */
  readonly asOf: string;
  readonly steps: readonly ScheduledStep[];
}

/**
 * Reschedules the rest of a plan from what was recorded: a done step keeps the days it started and was done; a
 * started one keeps its start and ends its working days later, or on `asOf` at the earliest; every other step starts
 * no earlier than `asOf` (the next working day, if it is not one) and after the steps it depends on, and keeps its
 * length.
 *
 * @param plan - the plan.
 * @param progress - the progress recorded (of that plan).
 * @param asOf - the day to reschedule from, usually today.
 * @returns the plan with new dates and each step's status.
 * @throws {@link AdoptionError} `INVALID_INPUT` for progress of another plan or a day outside the calendar.
 * @example
 * ```ts
 * import { reschedule } from '@vikno/adoption';
 *
 * const late = reschedule(plan, progress, '2027-02-01');
 * late.steps.filter((step) => step.status === 'planned').every((step) => step.start >= '2027-02-01');
 * //=> true
 * ```
 */
export function reschedule(plan: AdoptionPlan, progress: PlanProgress, asOf: string): RescheduledPlan {
  const checked = checkedPlan(plan);
  const current = checkedProgress(checked, progress);
  const day = PlanDay.safeParse(asOf);
  if (!day.success) rejectInput('asOf', day.error);
  const steps = stepsOf(checked.model);
  const lengths = new Map(checked.steps.map((step) => [step.id, step.workingDays]));
  const lengthOf = (step: Step) => lengths.get(step.id) ?? DEFAULT_STEP_DURATIONS[step.produces.kind];
  const fixed = new Map<string, { start: string; end: string }>();
  for (const step of steps) {
    const recorded = current.steps[step.id];
    if (recorded?.done !== undefined) {
      fixed.set(step.id, { start: recorded.started ?? recorded.done, end: recorded.done });
    }
  }
  const from = workingDayFrom(day.data);
  const dates = schedule(steps, from, lengthOf, fixed);
  for (const step of steps) {
    const started = current.steps[step.id]?.started;
    const when = dates.get(step.id);
    if (started === undefined || fixed.has(step.id) || when === undefined) continue;
    const planned = schedule([{ ...step, dependsOn: [] }], started, lengthOf).get(step.id);
    const end = planned === undefined || planned.end < from ? from : planned.end;
    dates.set(step.id, { start: started, end, workingDays: when.workingDays });
  }
  // A started step that now ends later pushes what depends on it: date once more with those fixed.
  const settled = new Map<string, { start: string; end: string }>(fixed);
  for (const step of steps) {
    const when = dates.get(step.id);
    if (current.steps[step.id]?.started !== undefined && when !== undefined) settled.set(step.id, when);
  }
  const final = schedule(steps, from, lengthOf, settled);
  const dated = datedSteps(steps, final);
  const status = (id: string): StepStatus =>
    current.steps[id]?.done !== undefined
      ? 'done'
      : current.steps[id]?.started !== undefined
        ? 'started'
        : 'planned';
  const scheduled = dated.map((step) => ({ ...step, status: status(step.id) }));
  const end = lastDay(checked.start, scheduled);
  return { ...(plan as AdoptionPlan), asOf: day.data, end, steps: scheduled };
}
