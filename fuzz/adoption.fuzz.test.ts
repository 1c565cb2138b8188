import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import SONYACHNE from '../packages/adoption/examples/sonyachne-cnap.json' with { type: 'json' };
import * as adoption from '../packages/adoption/src/index.js';
import {
  adoptionPlan,
  adviseModel,
  applicationJournalCsv,
  applicationJournalHtml,
  cardsDocument,
  diiaCentreSelfAssessmentHtml,
  escapeHtml,
  markDone,
  markStarted,
  parseCnapProfile,
  parseProgress,
  planChecklistHtml,
  planChecklistMarkdown,
  planGantt,
  progressOf,
  reschedule,
  servicesToAgree,
  servicesToAgreeHtml,
  transferRegisterHtml,
} from '../packages/adoption/src/index.js';
import {
  anyOf,
  expectEveryExportCovered,
  type FuzzCase,
  fuzzTable,
  hostileDates,
  hostileStrings,
} from './harness.js';

// The plans and printable documents of @vikno/adoption with hostile arguments: the example hromada's CNAP profile,
// mutated; plans and progress, mutated; options of every kind. A result is a whole HTML page, Markdown, a Mermaid
// chart, CSV with a BOM, a plan or progress, a ranking of the three models for any hromada's profile (valid,
// mutated, hostile) — or an AdoptionError.

const PROFILE = parseCnapProfile(SONYACHNE);
const PLAN = adoptionPlan('III', PROFILE, { start: '2026-12-01' });
const PROGRESS = markDone(PLAN, progressOf(PLAN), PLAN.steps[0]?.id ?? '', '2026-12-04');
const FIRST = PLAN.steps[0]?.id ?? '';
const SECOND = PLAN.steps[1]?.id ?? '';

const model = anyOf(fc.constantFrom('I', 'II', 'III'), 'III');
const profile = anyOf(fc.constant(SONYACHNE), SONYACHNE, 4);
const day = fc.oneof(fc.constantFrom('2026-12-01', '2026-12-05', '2027-01-07', '2021-01-01'), hostileDates);
const documentOptions = anyOf(fc.record({ asOf: day }, { requiredKeys: [] }), { asOf: '2026-12-01' });
const entry = {
  registrationNumber: '41',
  registeredOn: '2026-12-03',
  applicant: 'Петренко О. І.',
  service: 'housing-subsidy',
  sheets: 7,
};
const journalEntry = { registrationNumber: '7', receivedOn: '2026-12-05', applicant: 'Коваль', service: 'x' };

/** A valid record with its applicant's name hostile. */
function withHostileApplicant(valid: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  return hostileStrings.map((applicant) => ({ ...valid, applicant }));
}
const registerOptions = anyOf(
  fc.record(
    {
      from: fc.constantFrom({ kind: 'cnap' }, { kind: 'starostaDistrict', id: 'lisove' }),
      to: fc.constantFrom('uszn', 'pfu'),
      number: hostileStrings,
      entries: fc.array(withHostileApplicant(entry), { maxLength: 3 }),
    },
    { requiredKeys: [] },
  ),
  { from: { kind: 'starostaDistrict', id: 'lisove' }, entries: [entry] },
);
const journalOptions = anyOf(
  fc.record({ entries: fc.array(withHostileApplicant(journalEntry), { maxLength: 3 }) }),
  { office: { kind: 'remoteWorkplace', id: 'vrm-lisove' }, entries: [journalEntry] },
);
const plan = anyOf(fc.constant(PLAN), PLAN, 4);
const progress = anyOf(fc.constant(PROGRESS), PROGRESS, 4);
const step = fc.oneof(fc.constantFrom(FIRST, SECOND), hostileStrings);

function page(result: string): boolean {
  expect(result.startsWith('<!doctype html>')).toBe(true);
  expect(result.trimEnd().endsWith('</html>')).toBe(true);
  return true;
}

/** A hromada's profile for the advisor: an oblast city's CNAP with its own system, not integrated. */
const HROMADA = {
  community: { kind: 'oblastCity', population: 120_000, districtCentre: false },
  automation: { system: 'vulyk', integratedWithSocialHromada: false },
  ministrySystems: { qualifiedSignature: true, encryptionModules: false },
  usznStaffInCnap: true,
  decider: { distanceKm: 3.5, transport: 'regular' },
  offices: { territorialSubdivisions: 2, remoteWorkplaces: 5, starostaDistricts: 0 },
  internet: 'slow',
};
const hromada = anyOf(
  fc
    .record({
      usznStaffInCnap: fc.boolean(),
      internet: fc.constantFrom('good', 'slow', 'none'),
      distanceKm: fc.double({ min: 0, max: 2000, noNaN: true }),
    })
    .map(({ usznStaffInCnap, internet, distanceKm }) => ({
      ...HROMADA,
      usznStaffInCnap,
      internet,
      decider: { distanceKm, transport: 'none' },
    })),
  HROMADA,
  4,
);

const validPlan = (result: adoption.AdoptionPlan) => result.steps.every((entry) => entry.start <= entry.end);

const CASES: Record<string, FuzzCase> = {
  adviseModel: {
    args: fc.tuple(hromada),
    call: adviseModel,
    valid: (result: adoption.ModelAdviceResult) =>
      result.ranking
        .map((each) => each.model)
        .sort()
        .join() === 'I,II,III' &&
      result.ranking.every((each) => each.balance === each.for.length - each.against.length),
  },
  escapeHtml: {
    args: fc.tuple(hostileStrings),
    call: escapeHtml,
    valid: (result: string) => !/[<>"']/.test(result),
  },
  parseCnapProfile: { args: fc.tuple(profile), call: parseCnapProfile },
  servicesToAgree: {
    args: fc.tuple(model, profile, documentOptions),
    call: servicesToAgree,
    valid: (result: adoption.ServicesToAgree) =>
      result.services.every((service) => service.channels.length > 0),
  },
  servicesToAgreeHtml: {
    args: fc.tuple(model, profile, documentOptions),
    call: servicesToAgreeHtml,
    valid: page,
  },
  cardsDocument: { args: fc.tuple(model, profile, documentOptions), call: cardsDocument, valid: page },
  transferRegisterHtml: { args: fc.tuple(profile, registerOptions), call: transferRegisterHtml, valid: page },
  applicationJournalHtml: {
    args: fc.tuple(profile, journalOptions),
    call: applicationJournalHtml,
    valid: page,
  },
  applicationJournalCsv: {
    args: fc.tuple(
      anyOf(fc.array(withHostileApplicant(journalEntry), { maxLength: 3 }), [journalEntry]),
      anyOf(fc.record({ delimiter: fc.constantFrom(',', ';') })),
    ),
    call: applicationJournalCsv,
    valid: (result: string) => result.charCodeAt(0) === 0xfeff && result.endsWith('\r\n'),
  },
  diiaCentreSelfAssessmentHtml: {
    args: fc.tuple(
      profile,
      anyOf(
        fc.record(
          { answers: fc.dictionary(hostileStrings, fc.constantFrom('yes', 'no')) },
          { requiredKeys: [] },
        ),
      ),
    ),
    call: diiaCentreSelfAssessmentHtml,
    valid: page,
  },
  adoptionPlan: {
    args: fc.tuple(
      model,
      profile,
      anyOf(fc.record({ start: day }), { start: '2026-12-01', durations: { [FIRST]: 2 } }),
    ),
    call: adoptionPlan,
    valid: validPlan,
  },
  progressOf: { args: fc.tuple(plan), call: progressOf },
  parseProgress: { args: fc.tuple(progress), call: parseProgress },
  markStarted: { args: fc.tuple(plan, progress, step, day), call: markStarted },
  markDone: { args: fc.tuple(plan, progress, step, day), call: markDone },
  reschedule: { args: fc.tuple(plan, progress, day), call: reschedule, valid: validPlan },
  planChecklistMarkdown: {
    args: fc.tuple(plan),
    call: planChecklistMarkdown,
    valid: (result: string) => result.startsWith('# '),
  },
  planChecklistHtml: { args: fc.tuple(plan), call: planChecklistHtml, valid: page },
  planGantt: {
    args: fc.tuple(plan),
    call: planGantt,
    valid: (result: string) => result.startsWith('gantt\n'),
  },
};

describe('the plans and documents of @vikno/adoption, with hostile arguments', () => {
  it('covers every function of @vikno/adoption', () => {
    expectEveryExportCovered(adoption, Object.keys(CASES), {
      AdoptionError: 'a class the functions throw, not a function of input',
    });
  });
  fuzzTable(CASES, 60_000);
});
