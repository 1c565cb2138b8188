import { fc } from '@fast-check/vitest';
import { defaultActRegister, englishWordsIn, type LegalSource } from '@vikno/law';
import { describe, expect } from 'vitest';
import {
  DecisionDocument,
  decisionDocument,
  decisionOfCase,
  defaultAppeal,
  renderDecision,
} from '../packages/workflows/src/decision.js';
import {
  anyOf,
  type FuzzCase,
  fuzzTable,
  hostileStrings,
  inRange,
  mutated,
  PLANTED_NAME,
  PLANTED_TAX_NUMBER,
  RUNS,
  readable,
} from './harness.js';

// The decision document of @vikno/workflows with hostile arguments: a document that parses again with its appeal
// days in the calendar and after delivery, a text a person reads (the Ukrainian one without English words of its
// own, with every reason and provision), or a WorkflowError. The facts carry a planted name and tax number: they
// belong in the text, never in an error.

const TIMEOUT = Math.max(5_000, RUNS * 40);

const cite = (provision: { uk: string; en: string }, act = 'law-5203-vi'): LegalSource =>
  defaultActRegister().cite({ act, provision, evidence: 'none', checkedOn: '2026-11-26' }, 'fuzz');
const ART_10 = cite({ uk: 'ст. 10 ч. 2', en: 'Art. 10 part 2' });
const KAS_122 = cite({ uk: 'ст. 122 ч. 2', en: 'Art. 122 part 2' }, 'code-of-administrative-justice');

const BODIES = {
  complaintTo: { uk: 'Департамент соціального захисту населення', en: 'Social protection department' },
  court: { uk: 'Окружний адміністративний суд', en: 'District administrative court' },
};

const INPUT = {
  caseNumber: 'N-17',
  service: {
    id: 'idp-living-allowance',
    name: { uk: 'Допомога на проживання ВПО', en: 'IDP living allowance' },
  },
  body: { uk: 'Управління соціального захисту населення', en: 'Social protection office' },
  decidedOn: '2026-02-27',
  outcome: 'refused',
  facts: [
    { uk: `Заявник: ${PLANTED_NAME}, РНОКПП ${PLANTED_TAX_NUMBER}.`, en: 'The applicant is identified.' },
  ],
  reasons: [
    {
      ground: 'income-above-limit',
      text: { uk: 'Дохід перевищує межу.', en: 'The income exceeds the limit.' },
      basis: [ART_10],
    },
  ],
  provisions: [ART_10],
  hearing: { notifiedOn: '2026-02-20', positionPresented: false },
  delivery: { channel: 'post', deliveredOn: '2026-03-02' },
  appeal: {
    ...BODIES,
    complaintTerm: { amount: 30, unit: 'calendarDays' },
    courtTerm: { amount: 6, unit: 'months', basis: [KAS_122] },
  },
};

const DAY_MS = 86_400_000;
const civilDate = fc
  .integer({ min: Date.parse('2013-12-01') / DAY_MS, max: Date.parse('2036-02-01') / DAY_MS })
  .map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));
/** Days of 2026, mostly in order (notice, decision, delivery), and now and then any day at all. */
const day2026 = (from: number, span: number) =>
  fc.oneof(
    {
      arbitrary: fc
        .integer({ min: from, max: from + span })
        .map((n) => `2026-03-${String(n).padStart(2, '0')}`),
      weight: 12,
    },
    { arbitrary: civilDate, weight: 1 },
  );
const text = fc.record({ uk: hostileStrings, en: hostileStrings });
const plainText = fc.oneof(
  {
    arbitrary: fc.record({
      uk: fc.string({ minLength: 1, maxLength: 60 }),
      en: fc.string({ minLength: 1, maxLength: 60 }),
    }),
    weight: 12,
  },
  { arbitrary: text, weight: 1 },
);
const term = fc.oneof(
  {
    arbitrary: fc.record({
      amount: fc.oneof(fc.integer({ min: 1, max: 36 }), fc.integer({ min: 1, max: 400 })),
      unit: fc.constantFrom('calendarDays', 'workingDays', 'weeks', 'months', 'years'),
    }),
    weight: 12,
  },
  {
    arbitrary: fc.record({
      amount: fc.constantFrom(0, -1, 1.5, 36_501, Number.NaN),
      unit: fc.constantFrom('calendarDays', 'fortnights'),
    }),
    weight: 1,
  },
);
const sometimes = <T>(valid: T, other: fc.Arbitrary<unknown>) =>
  fc.oneof({ arbitrary: fc.constant(valid), weight: 12 }, { arbitrary: other, weight: 1 });

/** Inputs of the right shape with values across their ranges and beyond: outcomes, counts, days, terms, texts. */
const shapedInput = fc
  .record({
    outcome: sometimes('refused', fc.constantFrom('granted', 'partiallyGranted', 'postponed')),
    reasons: fc.oneof(
      { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 6 },
      { arbitrary: fc.integer({ min: 0, max: 25 }), weight: 1 },
    ),
    facts: fc.oneof(
      { arbitrary: fc.array(plainText, { minLength: 1, maxLength: 5 }), weight: 6 },
      { arbitrary: fc.array(fc.oneof(text, fc.constant(INPUT.facts[0])), { maxLength: 55 }), weight: 1 },
    ),
    decidedOn: day2026(10, 10),
    notifiedOn: fc.option(day2026(1, 8), { nil: undefined }),
    deliveredOn: fc.option(day2026(20, 11), { nil: undefined }),
    channel: sometimes('post', fc.constantFrom('inPerson', 'electronic', 'pigeon')),
    complaintTerm: term,
    courtTerm: term,
    caseNumber: sometimes('N-17', hostileStrings),
    affectsOthers: fc.option(sometimes(true, fc.constantFrom(false, 'yes', 1)), { nil: undefined }),
    inForceFrom: fc.option(day2026(1, 30), { nil: undefined }),
  })
  .map((drawn) => ({
    ...INPUT,
    caseNumber: drawn.caseNumber,
    outcome: drawn.outcome,
    decidedOn: drawn.decidedOn,
    facts: drawn.facts,
    reasons: Array.from({ length: drawn.reasons }, () => INPUT.reasons[0]),
    hearing:
      drawn.notifiedOn === undefined ? undefined : { notifiedOn: drawn.notifiedOn, positionPresented: true },
    delivery:
      drawn.deliveredOn === undefined
        ? undefined
        : { channel: drawn.channel, deliveredOn: drawn.deliveredOn },
    appeal: { ...BODIES, complaintTerm: drawn.complaintTerm, courtTerm: drawn.courtTerm },
    ...(drawn.affectsOthers === undefined ? {} : { affectsOthers: drawn.affectsOthers }),
    ...(drawn.inForceFrom === undefined ? {} : { inForceFrom: drawn.inForceFrom }),
  }));

function validDocument(result: unknown): boolean {
  const doc = result as DecisionDocument;
  expect(DecisionDocument.safeParse(doc).success, 'the document parses again').toBe(true);
  const { complaintLastDay, courtLastDay } = doc.appeal;
  expect(complaintLastDay === undefined, 'a last day exactly when delivered').toBe(
    doc.delivery === undefined,
  );
  expect(courtLastDay === undefined, 'a last day exactly when delivered').toBe(doc.delivery === undefined);
  if (doc.delivery !== undefined) {
    for (const day of [complaintLastDay, courtLastDay]) {
      inRange(day);
      expect((day as string) > doc.delivery.deliveredOn, 'a last day after delivery').toBe(true);
    }
  }
  if (doc.outcome !== 'granted' || doc.affectsOthers === true) expect(doc.reasons.length).toBeGreaterThan(0);
  // Law 2073-IX Art. 74 part 1: in force from delivery unless another day was given.
  if (doc.delivery !== undefined) expect(doc.inForceFrom).toBeDefined();
  return true;
}

const VALID_DOCS = [
  decisionDocument(INPUT),
  decisionDocument({ ...INPUT, outcome: 'granted', reasons: [], hearing: undefined, delivery: undefined }),
  decisionDocument({ ...INPUT, appeal: defaultAppeal(BODIES) }),
  decisionDocument({ ...INPUT, outcome: 'granted', affectsOthers: true, inForceFrom: '2026-03-10' }),
];
const documents = fc.oneof(
  { arbitrary: fc.constantFrom(...VALID_DOCS), weight: 3 },
  { arbitrary: fc.constantFrom(...VALID_DOCS).chain((doc) => mutated(doc)), weight: 3 },
  { arbitrary: anyOf(fc.constant(VALID_DOCS[0])), weight: 1 },
);
const options = anyOf(
  fc.record(
    { locale: fc.constantFrom('uk', 'en', 'de'), format: fc.constantFrom('text', 'markdown', 'html') },
    { requiredKeys: [] },
  ),
  { locale: 'en', format: 'markdown' },
);

function validText(result: unknown, args: unknown[]): boolean {
  const [doc, given] = args as [DecisionDocument, { locale?: string } | undefined];
  readable(result, args);
  const rendered = result as string;
  // The documents of this file carry no English in their Ukrainian texts: any English word is the module's own.
  if (VALID_DOCS.includes(doc) && (given?.locale ?? 'uk') === 'uk') {
    expect(englishWordsIn(rendered)).toEqual([]);
    for (const reason of doc.reasons) expect(rendered).toContain(reason.text.uk);
    for (const provision of doc.provisions)
      expect(rendered).toContain(provision.provision?.uk ?? provision.act.uk);
  }
  return true;
}

/** A decided case's context, as `decisionOfCase` reads it, and the host's options for it. */
const DECIDED = {
  caseId: 'C-1',
  caseNumber: 'N-17',
  outcome: 'refused',
  grounds: ['income-above-limit'],
  hearing: { outcome: 'refused', grounds: ['income-above-limit'], notifiedOn: '2026-02-20', state: 'heard' },
  delivery: { channel: 'post', sentOn: '2026-02-27', on: '2026-03-04' },
  audit: [
    { seq: 1, type: 'PACKAGE.CHECKED', at: '2026-02-02T10:00:00+02:00', role: 'cnapAdministrator' },
    { seq: 2, type: 'DECISION.MADE', at: '2026-02-27T10:00:00+02:00', role: 'decisionMaker' },
  ],
};
const OF_CASE = {
  service: INPUT.service,
  body: INPUT.body,
  facts: INPUT.facts,
  reasons: { 'income-above-limit': { text: INPUT.reasons[0]?.text, basis: [ART_10] } },
  provisions: [ART_10],
  appeal: INPUT.appeal,
};

const cases: Record<string, FuzzCase> = {
  decisionOfCase: {
    args: fc.tuple(anyOf(fc.constant(DECIDED), DECIDED, 3), anyOf(fc.constant(OF_CASE), OF_CASE, 3)),
    call: decisionOfCase,
    valid: validDocument,
  },
  decisionDocument: {
    args: fc.tuple(anyOf(shapedInput, INPUT, 3)),
    call: decisionDocument,
    valid: validDocument,
  },
  renderDecision: {
    args: fc.tuple(documents, options),
    call: renderDecision,
    valid: validText,
  },
  defaultAppeal: {
    args: fc.tuple(anyOf(fc.record({ complaintTo: text, court: text }), BODIES)),
    call: defaultAppeal,
    valid: (appeal: ReturnType<typeof defaultAppeal>) =>
      appeal.complaintTerm.amount > 0 && appeal.courtTerm.amount > 0,
  },
};

describe('the decision document of @vikno/workflows under hostile input', () => {
  fuzzTable(cases, TIMEOUT);
});
