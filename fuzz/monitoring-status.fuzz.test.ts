import { fc } from '@fast-check/vitest';
import { type CaseEvent, CaseEvent as CaseEventSchema, sendCaseEvent } from '@vikno/workflows';
import { describe, expect } from 'vitest';
import {
  type ApplicantStatus,
  applicantStatus,
  caseRecord,
  NOTICE_KINDS,
  type Notice,
  notice,
  noticeKindOf,
  smsSize,
} from '../packages/monitoring/src/index.js';
import { at, persisted, sample, through, transferOf } from '../packages/monitoring/test/cases.js';
import {
  anyOf,
  type FuzzCase,
  fuzzTable,
  hostileStrings,
  PLANTED_NAME,
  PLANTED_TAX_NUMBER,
  readable,
} from './harness.js';

// The applicant's side of @vikno/monitoring with hostile arguments: notices that are texts a person reads, each SMS
// within two segments; the kind of notice of any event; the size of any SMS text; a status that never holds an id
// or the personal data planted in the case (its id, here) — or a MonitoringError. The core's exports are fuzzed in
// monitoring.fuzz.test.ts.

const PLANTED_CASE_ID = PLANTED_TAX_NUMBER;
const EVENT_TYPES = CaseEventSchema.options.map((option) => option.shape.type.value);

/** Cases of each model at each stage, with the planted tax number as their id. */
const CASES = (['I', 'II', 'III'] as const).flatMap((model) => {
  const checked = sample('PACKAGE.CHECKED', at('2026-03-02'));
  const considered = [checked, ...transferOf(model, '2026-03-02')];
  const paths: CaseEvent[][] = [
    [],
    [{ ...checked, complete: false, missing: ['rnokpp'] } as CaseEvent],
    [checked],
    considered,
    [...considered, sample('DOCUMENTS.REQUESTED', at('2026-03-05'))],
    [...considered, sample('HEARING.NOTIFIED', at('2026-03-06'))],
    [...considered, sample('TERM.EXTENDED', at('2026-03-06')), sample('DECISION.MADE', at('2026-03-10'))],
    [
      ...considered,
      sample('DECISION.MADE', at('2026-03-10')),
      sample('CNAP.INFORMED', at('2026-03-10', '15:00')),
      sample('APPLICANT.NOTIFIED', at('2026-03-10', '16:00')),
    ],
  ];
  return paths.map((events) => persisted(through(events, model, PLANTED_CASE_ID)));
});

const instant = fc
  .integer({ min: Date.parse('2014-01-02T00:00:00Z'), max: Date.parse('2035-12-30T00:00:00Z') })
  .map((ms) => new Date(ms).toISOString().replace('.000Z', '+00:00'));
const day = instant.map((text) => text.slice(0, 10));
const caseNumber = fc.oneof(fc.string({ minLength: 1, maxLength: 80 }), hostileStrings);
const items = fc.option(fc.array(fc.string({ minLength: 1, maxLength: 200 }), { maxLength: 20 }), {
  nil: undefined,
});

const validParams = fc.record({
  caseNumber,
  dueOn: day,
  cureBy: day,
  positionBy: day,
  keptUntil: day,
  delivery: fc.constantFrom('collect', 'post', 'electronic'),
  reasons: items,
});

/** A notice's texts: strings a person reads, each SMS within two segments of its encoding. */
function validNotice(result: Notice, args: unknown[]): boolean {
  for (const text of Object.values(result)) if (typeof text === 'string') readable(text, args);
  if (result.form === 'sms') {
    expect(result.segments).toBeLessThanOrEqual(2);
    expect(result.length).toBeLessThanOrEqual(result.encoding === 'gsm7' ? 306 : 134);
  }
  return true;
}

/** A status: no id and nothing planted, and its texts read. */
function validStatus(result: ApplicantStatus, args: unknown[]): boolean {
  const whole = JSON.stringify(result);
  for (const planted of [PLANTED_CASE_ID, PLANTED_NAME, 'cnap-central', 'uszn-district', 'admin-3']) {
    expect(whole).not.toContain(planted);
  }
  for (const text of [result.headline, ...result.details]) readable(text, args);
  return true;
}

const CASES_TABLE: Record<string, FuzzCase> = {
  notice: {
    args: fc.tuple(
      anyOf(fc.constantFrom(...NOTICE_KINDS), 'registered'),
      anyOf(validParams, { caseNumber: 'N-1', dueOn: '2026-03-16' }),
      anyOf(
        fc.record({ form: fc.constantFrom('sms', 'email', 'page'), language: fc.constantFrom('uk', 'en') }),
        { form: 'sms', language: 'uk' },
      ),
    ),
    call: notice,
    valid: validNotice,
  },
  noticeKindOf: {
    args: fc.tuple(
      anyOf(
        fc.record({
          type: fc.constantFrom(
            'PACKAGE.CHECKED',
            'DECISION.DELIVERED',
            'applicant.notify',
            'deadline.atRisk',
            'TICK',
          ),
          complete: fc.boolean(),
          channel: fc.constantFrom('inPerson', 'post', 'electronic'),
          term: fc.constantFrom('cure', 'collection', 'decision'),
        }),
        { type: 'PACKAGE.CHECKED', complete: true },
      ),
    ),
    call: noticeKindOf,
    valid: (result: unknown) => result === undefined || NOTICE_KINDS.includes(result as never),
  },
  smsSize: {
    args: fc.tuple(anyOf(fc.string({ maxLength: 400 }), 'Заяву №17 зареєстровано.')),
    call: smsSize,
    valid: (result: { segments: number }) => Number.isInteger(result.segments) && result.segments >= 1,
  },
  applicantStatus: {
    args: fc.tuple(
      anyOf(fc.constantFrom(...CASES, ...CASES.map((saved) => caseRecord(saved))), CASES[3]),
      anyOf(fc.record({ now: instant, language: fc.constantFrom('uk', 'en') }), {
        now: '2026-03-05T12:00:00+02:00',
        language: 'uk',
      }),
    ),
    call: applicantStatus,
    valid: validStatus,
  },
};

describe('notices and the applicant’s status, with hostile arguments', () => {
  fuzzTable(CASES_TABLE);
});

describe('a status after any events, asked at any time', () => {
  fuzzTable({
    applicantStatusOfAnyCase: {
      args: fc.tuple(
        fc.constantFrom('I' as const, 'II' as const, 'III' as const),
        fc.array(fc.tuple(fc.constantFrom(...EVENT_TYPES), instant), { maxLength: 12 }),
        fc.record({ now: instant, language: fc.constantFrom('uk', 'en') }),
      ),
      call: (model: 'I' | 'II' | 'III', steps: [CaseEvent['type'], string][], options: never) => {
        const actor = through([], model, PLANTED_CASE_ID);
        for (const [type, when] of [...steps].sort((a, b) => a[1].localeCompare(b[1]))) {
          sendCaseEvent(actor, sample(type, when));
        }
        return applicantStatus(persisted(actor), options);
      },
      valid: validStatus,
    },
  });
});
