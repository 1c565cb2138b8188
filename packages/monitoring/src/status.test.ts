import { fc, test } from '@fast-check/vitest';
import { englishWordsIn } from '@vikno/law';
import { type CaseEvent, CaseEvent as CaseEventSchema, Role, sendCaseEvent } from '@vikno/workflows';
import { describe, expect, it } from 'vitest';
import { PROCEDURE_PATHS } from '../../workflows/test/procedure-cases.js';
import { ACTORS, at, persisted, sample, through, transferOf } from '../test/cases.js';
import { MonitoringError } from './errors.js';
import { CaseState, caseRecord } from './record.js';
import {
  type ApplicantActionKind,
  ApplicantStage,
  type ApplicantStatus,
  type ApplicantStatusOptions,
  applicantStatus,
} from './status.js';

type Model = 'I' | 'II' | 'III';
const MODELS: readonly Model[] = ['I', 'II', 'III'];

const checked = (date = '2026-03-02') => sample('PACKAGE.CHECKED', at(date));
const incomplete = () => ({ ...checked(), complete: false, missing: ['rnokpp'] }) as CaseEvent;

/** The events that bring a case of `model` to each top-level state. */
function pathTo(model: Model): Record<CaseState, CaseEvent[]> {
  const registered = [checked()];
  const considered = [...registered, ...transferOf(model, '2026-03-02')];
  const decided = [...considered, sample('DECISION.MADE', at('2026-03-10'))];
  const informed = [...decided, sample('CNAP.INFORMED', at('2026-03-10', '15:00'))];
  const notified = [...informed, sample('APPLICANT.NOTIFIED', at('2026-03-10', '16:00'))];
  // Model I sends the file at once: its transfer stage is left by the same event that enters it.
  const inTransfer =
    model === 'III' ? [...registered, transferOf(model, '2026-03-02')[0] as CaseEvent] : registered;
  return {
    intake: [],
    withoutMovement: [incomplete()],
    returned: [incomplete(), sample('APPLICATION.RETURNED', at('2026-04-06'))],
    transfer: inTransfer,
    consideration: considered,
    suspended: [...considered, sample('DOCUMENTS.REQUESTED', at('2026-03-05'))],
    hearing: [...considered, { ...sample('HEARING.NOTIFIED', at('2026-03-06')) }],
    decided,
    informed,
    awaitingCollection: notified,
    issued: [...notified, sample('RESULT.ISSUED', at('2026-03-20'))],
    archived: [...notified, sample('TICK', '2026-09-01T10:00:00+03:00')],
    withdrawn: [...registered, sample('APPLICATION.WITHDRAWN', at('2026-03-03'))],
  };
}

const status = (events: readonly CaseEvent[], model: Model, options: ApplicantStatusOptions) =>
  applicantStatus(persisted(through(events, model)), options);

const NOW = at('2026-03-05', '12:00');
const uk = { now: NOW, language: 'uk' } as const;

/** What each state tells the applicant: the stage, the headline, and the step asked of them. */
const EXPECTED: Readonly<
  Record<
    CaseState,
    { stage: ApplicantStage; headline: string; action: ApplicantActionKind | null; finished: boolean }
  >
> = {
  intake: { stage: 'submitted', headline: 'Заяву прийнято', action: null, finished: false },
  withoutMovement: {
    stage: 'defectsToCure',
    headline: 'Заяву залишено без руху',
    action: 'cureDefects',
    finished: false,
  },
  returned: {
    stage: 'applicationReturned',
    headline: 'Заяву повернуто без розгляду',
    action: 'applyAgain',
    finished: true,
  },
  transfer: { stage: 'forwarded', headline: 'Заяву зареєстровано', action: null, finished: false },
  consideration: { stage: 'underReview', headline: 'Заяву розглядають', action: null, finished: false },
  suspended: {
    stage: 'documentsNeeded',
    headline: 'Потрібні додаткові документи',
    action: 'bringDocuments',
    finished: false,
  },
  hearing: {
    stage: 'positionInvited',
    headline: 'Ви можете подати пояснення',
    action: 'statePosition',
    finished: false,
  },
  decided: { stage: 'decisionTaken', headline: 'Рішення ухвалено', action: null, finished: false },
  informed: { stage: 'decisionReady', headline: 'Рішення готове', action: 'collectResult', finished: false },
  awaitingCollection: {
    stage: 'resultToCollect',
    headline: 'Результат чекає на вас',
    action: 'collectResult',
    finished: false,
  },
  issued: { stage: 'completed', headline: 'Результат отримано', action: null, finished: true },
  archived: {
    stage: 'resultArchived',
    headline: 'Результат передано до архіву',
    action: 'askForArchivedResult',
    finished: true,
  },
  withdrawn: { stage: 'applicationWithdrawn', headline: 'Заяву відкликано', action: null, finished: true },
};

describe('applicantStatus in every state of every model', () => {
  const rows = MODELS.flatMap((model) => CaseState.options.map((state) => ({ model, state })));

  it.each(rows)('model $model, $state', ({ model, state }) => {
    const events = pathTo(model)[state];
    const actor = through(events, model);
    expect(caseRecord(persisted(actor)).state).toBe(state);
    const result = applicantStatus(persisted(actor), uk);
    const expected = EXPECTED[state];
    expect(result.stage).toBe(expected.stage);
    expect(result.headline).toBe(expected.headline);
    expect(result.action?.kind ?? null).toBe(expected.action);
    expect(result.finished).toBe(expected.finished);
    expect(result.details.length).toBeGreaterThan(0);
    expect(result.next === null).toBe(expected.finished || state === 'informed');
    const english = applicantStatus(persisted(actor), { ...uk, language: 'en' });
    expect(english.stage).toBe(result.stage);
    expect(english.headline).not.toBe(result.headline);
  });
});

describe('the decision’s due day', () => {
  it.each(MODELS)('model %s: due by the decision term’s last day, and late once it passes', (model) => {
    const events = pathTo(model).consideration;
    const onTime = status(events, model, uk);
    expect(onTime).toMatchObject({ dueOn: '2026-03-16', dueOnText: '16.03.2026', late: false, moved: null });
    expect(onTime.details).toEqual([
      'Орган, який ухвалює рішення, розглядає заяву.',
      'Рішення мають ухвалити не пізніше 16.03.2026.',
    ]);
    // The office hours of the last day count: late only once they are over.
    expect(status(events, model, { ...uk, now: at('2026-03-16', '17:59') }).late).toBe(false);
    const late = status(events, model, { now: at('2026-03-17', '09:00'), language: 'en' });
    expect(late).toMatchObject({ dueOn: '2026-03-16', dueOnText: '16 Mar 2026', late: true });
    expect(late.details).toEqual([
      'The decision is late.',
      'The decision was due by 16 Mar 2026 and has not been taken yet.',
    ]);
  });

  it('is not given while documents are awaited, and moves by as long as they took', () => {
    const requested = [...pathTo('III').consideration, sample('DOCUMENTS.REQUESTED', at('2026-03-05'))];
    const waiting = status(requested, 'III', { ...uk, now: at('2026-03-10') });
    expect(waiting).toMatchObject({
      stage: 'documentsNeeded',
      dueOn: null,
      moved: { suspensions: 1, suspendedDays: 5, extensions: [] },
      action: { kind: 'bringDocuments', by: null, overdue: false },
    });
    expect(waiting.details[0]).toBe(
      'Розгляд зупинено з 05.03.2026, доки не надійдуть документи; поки їх немає, строк розгляду не спливає.',
    );
    const resumed = status([...requested, sample('DOCUMENTS.RECEIVED', at('2026-03-09'))], 'III', {
      ...uk,
      now: at('2026-03-10'),
    });
    expect(resumed.stage).toBe('underReview');
    expect((resumed.dueOn ?? '') > '2026-03-16').toBe(true);
    expect(resumed.moved).toEqual({
      suspensions: 1,
      suspendedDays: 4,
      extensions: [],
      texts: ['Розгляд зупиняли, поки чекали документи: 4 дні.'],
    });
    expect(resumed.details).toContain('Розгляд зупиняли, поки чекали документи: 4 дні.');
  });

  it('says an extension moved it (Law 2073-IX), in both languages', () => {
    const extended = PROCEDURE_PATHS.refused.slice(
      0,
      PROCEDURE_PATHS.refused.findIndex((event) => event.type === 'TERM.EXTENDED') + 1,
    );
    const ukrainian = status(extended, 'III', { ...uk, now: at('2026-03-10', '12:00') });
    expect(ukrainian.moved).toEqual({
      suspensions: 0,
      suspendedDays: 0,
      extensions: [{ amount: 5, unit: 'calendarDays' }],
      texts: ['Строк розгляду продовжено на 5 календарних днів.'],
    });
    const english = status(extended, 'III', { now: at('2026-03-10', '12:00'), language: 'en' });
    expect(english.moved?.texts).toEqual(['The term for the decision was extended by 5 days.']);
    expect(english.dueOn).toBe(ukrainian.dueOn);
  });
});

describe('what the applicant must do', () => {
  it('cure the defects by the cure term’s last day, told once it has passed', () => {
    const events = pathTo('II').withoutMovement;
    const before = status(events, 'II', uk);
    expect(before.action).toMatchObject({ kind: 'cureDefects', overdue: false });
    expect(before.action?.by).toMatch(/^2026-\d\d-\d\d$/);
    expect(before.action?.text).toBe(
      `Усуньте недоліки не пізніше ${before.action?.byText} там, де подавали заяву.`,
    );
    const after = status(events, 'II', { ...uk, now: at('2026-04-06') });
    expect(after.action).toMatchObject({ kind: 'cureDefects', overdue: true });
    expect(after.action?.text).toContain('заяву можуть повернути без розгляду');
    expect(before.dueOn).toBeNull();
  });

  it('state a position by the hearing period’s last day', () => {
    const result = status(pathTo('I').hearing, 'I', { now: at('2026-03-06', '12:00'), language: 'en' });
    expect(result.action).toMatchObject({ kind: 'statePosition', overdue: false });
    expect(result.action?.text).toBe(`State your position by ${result.action?.byText}.`);
  });

  it('collect the result by the collection term’s last day, with the outcome said', () => {
    const result = status(pathTo('III').awaitingCollection, 'III', { ...uk, now: at('2026-03-11') });
    expect(result).toMatchObject({ outcome: 'granted', dueOn: null, late: false });
    expect(result.details).toEqual(['Заяву задоволено.']);
    expect(result.action?.kind).toBe('collectResult');
    expect(result.action?.text).toBe(
      `Заберіть результат там, де подавали заяву, не пізніше ${result.action?.byText}.`,
    );
    expect(result.next).toBe(`Після ${result.action?.byText} результат передадуть до архіву.`);
  });

  it('nothing once the result is collected', () => {
    const result = status(pathTo('I').issued, 'I', { ...uk, now: at('2026-03-21') });
    expect(result).toMatchObject({ finished: true, action: null, next: null, dueOn: null });
    expect(result.details).toEqual(['Заяву задоволено.', 'Розгляд заяви завершено.']);
  });
});

it('reads a case record as it reads the persisted case', () => {
  const saved = persisted(through(pathTo('III').suspended, 'III'));
  expect(applicantStatus(caseRecord(saved), uk)).toEqual(applicantStatus(saved, uk));
});

// ---------------------------------------------------------------------------------------------------------------
// Nothing internal reaches the applicant

const CASE_ID = 'CASE-ID-7QX';
/** Every id the cases carry: the case, the actors, the offices, the register, the complaint, the codes. */
const IDS = [
  CASE_ID,
  'idp-living-allowance',
  ...Object.values(ACTORS).flatMap((actor) => [actor.id, actor.office]),
  'R-1',
  'S-1',
  'N-1',
  'rnokpp',
  'income-certificate',
  'income-above-threshold',
  'expert-opinion',
  'defects-not-cured',
];
/** Words that are ids, not words: the states (top-level and of the transfer), roles and event types. */
const INTERNAL_WORDS = new Set<string>([
  ...CaseState.options,
  'awaitingRegister',
  'inRegister',
  'inTransit',
  'awaitingHandover',
  ...Role.options,
  ...CaseEventSchema.options.flatMap((option) => option.shape.type.value.split('.')),
]);
/**
 * Internal words that are plain English words too (`consideration`, `withdrawn`), which an English text may use as
 * such; a camelCase id (`awaitingCollection`, `usznSpecialist`) is never a word.
 */
const ENGLISH_WORDS = new Set<string>(CaseState.options.filter((state) => /^[a-z]+$/.test(state)));

const STATUS_KEYS = [
  'language',
  'stage',
  'finished',
  'headline',
  'details',
  'next',
  'dueOn',
  'dueOnText',
  'late',
  'moved',
  'action',
  'outcome',
].sort();
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Checks a status holds only values from its allowed sets, and texts with no id in them. */
function expectOnlyAllowed(result: ApplicantStatus, language: 'uk' | 'en') {
  expect(Object.keys(result).sort()).toEqual(STATUS_KEYS);
  expect(result.language).toBe(language);
  expect(ApplicantStage.options).toContain(result.stage);
  expect(typeof result.finished).toBe('boolean');
  expect(typeof result.late).toBe('boolean');
  expect([null, 'granted', 'partiallyGranted', 'refused']).toContain(result.outcome);
  if (result.dueOn !== null) expect(result.dueOn).toMatch(DAY);
  expect(result.dueOnText === null).toBe(result.dueOn === null);
  if (result.action !== null) {
    expect(Object.keys(result.action).sort()).toEqual(['by', 'byText', 'kind', 'overdue', 'text']);
    expect([
      'cureDefects',
      'bringDocuments',
      'statePosition',
      'collectResult',
      'askForArchivedResult',
      'applyAgain',
    ]).toContain(result.action.kind);
    if (result.action.by !== null) expect(result.action.by).toMatch(DAY);
  }
  if (result.moved !== null) {
    expect(Object.keys(result.moved).sort()).toEqual(['extensions', 'suspendedDays', 'suspensions', 'texts']);
    expect(Number.isInteger(result.moved.suspendedDays) && result.moved.suspendedDays >= 0).toBe(true);
    for (const extension of result.moved.extensions) {
      expect(['calendarDays', 'workingDays']).toContain(extension.unit);
    }
  }
  const texts = [
    result.headline,
    ...result.details,
    result.next,
    result.dueOnText,
    result.action?.text,
    result.action?.byText,
    ...(result.moved?.texts ?? []),
  ].filter((text): text is string => typeof text === 'string');
  for (const text of texts) {
    expect(text.length).toBeGreaterThan(0);
    for (const id of IDS) expect(text).not.toContain(id);
    const words = text.match(/[A-Za-z.]+/g) ?? [];
    for (const word of words.flatMap((token) => token.split('.'))) {
      if (language === 'en' && ENGLISH_WORDS.has(word)) continue;
      expect(INTERNAL_WORDS.has(word), `${word} in «${text}»`).toBe(false);
    }
    if (language === 'uk') {
      expect(englishWordsIn(text)).toEqual([]);
      expect(text).not.toMatch(/[A-Za-z]/);
    }
  }
  // Nothing from the case beyond the allowed fields: no id in the whole value.
  const whole = JSON.stringify(result);
  for (const id of IDS) expect(whole).not.toContain(id);
}

const EVENT_TYPES = CaseEventSchema.options.map((option) => option.shape.type.value);

describe('a status never shows what is internal', () => {
  test.prop(
    [
      fc.constantFrom(...MODELS),
      fc.array(
        fc.record({
          type: fc.constantFrom(...EVENT_TYPES),
          day: fc.integer({ min: 0, max: 200 }),
          complete: fc.boolean(),
        }),
        { maxLength: 14 },
      ),
      fc.integer({ min: 0, max: 400 }),
      fc.constantFrom('uk' as const, 'en' as const),
    ],
    { numRuns: 150 },
  )('whatever events a case took, and whenever asked', (model, steps, nowDay, language) => {
    const actor = through([], model, CASE_ID);
    const start = Date.parse('2026-03-02T08:00:00Z');
    const instant = (day: number) =>
      new Date(start + day * 86_400_000).toISOString().replace('.000Z', '+00:00');
    let day = 0;
    for (const step of steps) {
      day += step.day % 20;
      const event = { ...sample(step.type, instant(day)) } as CaseEvent & { complete?: boolean };
      if (event.type === 'PACKAGE.CHECKED') {
        Object.assign(event, { complete: step.complete, missing: step.complete ? [] : ['rnokpp'] });
      }
      sendCaseEvent(actor, event);
    }
    const result = applicantStatus(persisted(actor), { now: instant(nowDay), language });
    expectOnlyAllowed(result, language);
  });

  it.each(MODELS.flatMap((model) => CaseState.options.map((state) => ({ model, state }))))(
    'model $model, $state, in both languages, before, on and after every day it names',
    ({ model, state }) => {
      const saved = persisted(through(pathTo(model)[state], model, CASE_ID));
      for (const now of [
        '2026-03-05T12:00:00+02:00',
        '2026-03-17T09:00:00+02:00',
        '2027-01-01T09:00:00+02:00',
      ]) {
        for (const language of ['uk', 'en'] as const)
          expectOnlyAllowed(applicantStatus(saved, { now, language }), language);
      }
    },
  );
});

describe('hostile input', () => {
  const saved = persisted(through(pathTo('III').consideration, 'III'));

  it.each([
    ['a case that is none', 'Петренко Іван 3012456789', 'INVALID_CASE'],
    ['a snapshot not JSON', { ...saved, snapshot: '{"Петренко' }, 'INVALID_CASE'],
    ['null', null, 'INVALID_CASE'],
  ])('refuses %s with a MonitoringError naming no value', (_label, value, code) => {
    let caught: unknown;
    try {
      applicantStatus(value as never, uk);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MonitoringError);
    expect((caught as MonitoringError).code).toBe(code);
    expect(
      JSON.stringify({ ...(caught as MonitoringError), message: (caught as Error).message }),
    ).not.toMatch(/Петренко|3012456789/);
  });

  it.each([
    ['no options', undefined],
    ['a time without offset', { now: '2026-03-05T12:00:00', language: 'uk' }],
    ['a time out of the calendar', { now: '2040-01-01T12:00:00+02:00', language: 'uk' }],
    ['a name for a time', { now: 'Петренко Іван', language: 'uk' }],
    ['an unknown language', { now: NOW, language: 'Петренко' }],
    ['an unknown option', { now: NOW, language: 'uk', name: 'Петренко' }],
    [
      'a getter that throws',
      Object.defineProperty({ language: 'uk' }, 'now', {
        get: () => {
          throw new Error('Петренко');
        },
        enumerable: true,
      }),
    ],
  ])('refuses options with %s', (_label, options) => {
    let caught: unknown;
    try {
      applicantStatus(saved, options as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MonitoringError);
    expect((caught as MonitoringError).code).toBe('INVALID_INPUT');
    expect(
      JSON.stringify({ ...(caught as MonitoringError), message: (caught as Error).message }),
    ).not.toContain('Петренко');
  });
});
