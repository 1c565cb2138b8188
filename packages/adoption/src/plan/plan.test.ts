import { fc, test } from '@fast-check/vitest';
import { isWorkingDay } from '@vikno/deadlines';
import { describe, expect, it } from 'vitest';
import SONYACHNE from '../../examples/sonyachne-cnap.json' with { type: 'json' };
import { AdoptionError } from '../errors.js';
import { MODELS } from '../material/models.js';
import { parseCnapProfile } from '../print/cnap-profile.js';
import { type AdoptionPlan, adoptionPlan, DEFAULT_STEP_DURATIONS } from './plan.js';
import {
  markDone,
  markStarted,
  type PlanProgress,
  parseProgress,
  progressOf,
  reschedule,
} from './progress.js';

const PROFILE = parseCnapProfile(SONYACHNE);

function thrown(run: () => unknown): AdoptionError {
  try {
    run();
  } catch (error) {
    if (error instanceof AdoptionError) return error;
    throw error;
  }
  throw new Error('expected an AdoptionError');
}

/** No step starts before every step it depends on has ended; every date a working day. */
function expectValid(plan: AdoptionPlan): void {
  const byId = new Map(plan.steps.map((step) => [step.id, step]));
  for (const step of plan.steps) {
    expect(isWorkingDay(step.start), `${step.id} starts on ${step.start}`).toBe(true);
    expect(isWorkingDay(step.end), `${step.id} ends on ${step.end}`).toBe(true);
    expect(step.start <= step.end).toBe(true);
    expect(step.start >= plan.start).toBe(true);
    for (const id of step.dependsOn) {
      const before = byId.get(id);
      expect(before, `${step.id} depends on ${id}`).toBeDefined();
      expect((before?.end ?? '') < step.start, `${step.id} after ${id}`).toBe(true);
    }
  }
}

const MODEL = fc.constantFrom('I' as const, 'II' as const, 'III' as const);
const DAY = fc
  .date({ min: new Date('2014-01-01T12:00:00Z'), max: new Date('2026-06-30T12:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('adoptionPlan', () => {
  it('dates every step of model III with its owners and products, from the first working day', () => {
    const plan = adoptionPlan('III', PROFILE, { start: '2026-12-01' });
    expect(plan.steps.map((step) => step.id)).toEqual(MODELS.III.steps.map((step) => step.id));
    expect(plan.steps[0]?.start).toBe('2026-12-01');
    expect(plan.steps[0]?.owners[0]).toBe('hromadaCouncil');
    expect(plan.steps.find((step) => step.produces.kind === 'serviceList')?.document).toBe('servicesToAgree');
    expect(plan.steps.find((step) => step.produces.kind === 'cards')?.document).toBe('cards');
    expectValid(plan);
  });

  it('starts a plan asked for on a holiday on the next working day (New Year 2021, before martial law)', () => {
    const plan = adoptionPlan('I', PROFILE, { start: '2021-01-01' });
    expect(plan.steps[0]?.start).toBe('2021-01-04');
  });

  it('takes a hromada’s own durations, and refuses one for a step the model does not have', () => {
    const first = MODELS.II.steps[0]?.id ?? '';
    const plan = adoptionPlan('II', PROFILE, { start: '2026-12-01', durations: { [first]: 1 } });
    expect(plan.steps[0]?.end).toBe('2026-12-01');
    expect(plan.steps[1]?.start).toBe('2026-12-02');
    expect(
      thrown(() => adoptionPlan('II', PROFILE, { start: '2026-12-01', durations: { 'no-such-step': 3 } }))
        .code,
    ).toBe('UNKNOWN_STEP');
  });

  test.prop([MODEL, DAY])('is valid from any start, across holidays and years', (model, start) => {
    expectValid(adoptionPlan(model, PROFILE, { start }));
  });

  it('refuses a day outside the calendar, and a start that is not a day', () => {
    expect(thrown(() => adoptionPlan('I', PROFILE, { start: '1990-01-01' })).path).toBe('options');
    expect(thrown(() => adoptionPlan('I', PROFILE, { start: '2026-02-30' })).code).toBe('INVALID_INPUT');
  });

  it('gives every product kind a default length', () => {
    for (const model of ['I', 'II', 'III'] as const) {
      for (const step of MODELS[model].steps)
        expect(DEFAULT_STEP_DURATIONS[step.produces.kind]).toBeGreaterThan(0);
    }
  });
});

describe('progress', () => {
  const plan = adoptionPlan('III', PROFILE, { start: '2026-12-01' });
  const [first, second] = plan.steps;
  const empty = progressOf(plan);

  it('round-trips JSON', () => {
    const done = markDone(
      plan,
      markStarted(plan, empty, first?.id ?? '', '2026-12-01'),
      first?.id ?? '',
      '2026-12-08',
    );
    expect(parseProgress(JSON.parse(JSON.stringify(done)))).toEqual(done);
    expect(done.steps[first?.id ?? '']).toEqual({ started: '2026-12-01', done: '2026-12-08' });
  });

  it('refuses to start a step before what it depends on is done', () => {
    const error = thrown(() => markStarted(plan, empty, second?.id ?? '', '2026-12-02'));
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.uk).toContain('залежить');
  });

  it('refuses an unknown step, a day before the plan, and done before started', () => {
    expect(thrown(() => markDone(plan, empty, 'no-such-step', '2026-12-02')).code).toBe('UNKNOWN_STEP');
    expect(thrown(() => markDone(plan, empty, first?.id ?? '', '2026-11-02')).code).toBe('INVALID_INPUT');
    const started = markStarted(plan, empty, first?.id ?? '', '2026-12-03');
    expect(thrown(() => markDone(plan, started, first?.id ?? '', '2026-12-02')).code).toBe(
      'INVALID_TRANSITION',
    );
  });

  it('refuses progress of another plan', () => {
    const other = progressOf(adoptionPlan('III', PROFILE, { start: '2026-12-02' }));
    expect(thrown(() => markDone(plan, other, first?.id ?? '', '2026-12-03')).path).toBe('progress.plan');
  });

  test.prop([fc.anything()])('refuses hostile progress with a typed error that never echoes it', (input) => {
    const error = thrown(() => parseProgress(input));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message.length).toBeLessThan(4000);
  });

  test.prop([fc.string({ minLength: 3, maxLength: 40 })])(
    'never repeats a note or a step id it refuses',
    (secret) => {
      const hostile: unknown = {
        ...empty,
        steps: { [`${secret}Ω`]: { started: '2026-13-01', note: `${secret}Ω` } },
      };
      const error = thrown(() => parseProgress(hostile));
      expect(JSON.stringify({ message: error.message, issues: error.issues })).not.toContain(`${secret}Ω`);
    },
  );

  it('reschedules the rest after a late first step, keeping what was done', () => {
    let progress: PlanProgress = markStarted(plan, empty, first?.id ?? '', '2026-12-01');
    progress = markDone(plan, progress, first?.id ?? '', '2027-01-20');
    const late = reschedule(plan, progress, '2027-01-21');
    expect(late.steps[0]).toMatchObject({ status: 'done', start: '2026-12-01', end: '2027-01-20' });
    expect(late.steps[1]?.status).toBe('planned');
    expect(late.steps[1]?.start).toBe('2027-01-21');
    expect(late.end > plan.end).toBe(true);
    for (const step of late.steps.filter((entry) => entry.status === 'planned')) {
      expect(isWorkingDay(step.start)).toBe(true);
      expect(step.start >= '2027-01-21').toBe(true);
    }
  });

  test.prop([MODEL, DAY, fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 300 })])(
    'reschedules into a valid plan whatever was done and whenever',
    (model, start, doneCount, later) => {
      const base = adoptionPlan(model, PROFILE, { start });
      let progress = progressOf(base);
      let day = base.start;
      for (const step of base.steps.slice(0, doneCount)) {
        progress = markDone(base, progress, step.id, step.end);
        day = step.end;
      }
      const asOf = new Date(Date.parse(`${day}T12:00:00Z`) + later * 86_400_000).toISOString().slice(0, 10);
      const next = reschedule(base, progress, asOf);
      const byId = new Map(next.steps.map((step) => [step.id, step]));
      for (const step of next.steps) {
        if (step.status !== 'planned') continue;
        expect(isWorkingDay(step.start)).toBe(true);
        expect(step.start >= asOf).toBe(true);
        for (const id of step.dependsOn) expect((byId.get(id)?.end ?? '') < step.start).toBe(true);
      }
    },
  );
});
