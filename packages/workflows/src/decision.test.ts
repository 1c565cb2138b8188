import { ADMINISTRATIVE_PROCEDURE } from '@vikno/deadlines';
import { defaultActRegister, englishWordsIn, type LegalSource } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import {
  DECISION_RULES,
  type DecisionDocument,
  decisionDocument,
  defaultAppeal,
  renderDecision,
} from './decision.js';
import { WorkflowError } from './transfer-register.js';

// The terms and bodies below are a host's settings for the test, not legal facts of this package.
const cite = (provision: { uk: string; en: string }, act = 'law-5203-vi'): LegalSource =>
  defaultActRegister().cite({ act, provision, evidence: 'none', checkedOn: '2026-11-26' }, 'test');

const ART_10 = cite({ uk: 'ст. 10 ч. 2', en: 'Art. 10 part 2' });
const ART_20 = cite({ uk: 'ст. 20', en: 'Art. 20' });
const KAS_122 = cite({ uk: 'ст. 122 ч. 2', en: 'Art. 122 part 2' }, 'code-of-administrative-justice');

const PLANTED = 'Шевченко Тарас Григорович 3012456789';
const KAS_NUMBER = defaultActRegister().get('code-of-administrative-justice')?.number;

const refusal = () => ({
  caseNumber: 'N-17',
  service: {
    id: 'idp-living-allowance',
    name: { uk: 'Допомога на проживання ВПО', en: 'IDP living allowance' },
  },
  body: {
    uk: 'Управління соціального захисту населення Шевченківської районної адміністрації',
    en: 'Social protection office of the Shevchenkivskyi district administration',
  },
  decidedOn: '2026-02-27',
  outcome: 'refused',
  facts: [
    {
      uk: 'Заяву подано 02.02.2026 через ЦНАП.',
      en: 'The application was filed on 2 February 2026 at the CNAP.',
    },
    { uk: 'Довідку про доходи не подано.', en: 'No income certificate was filed.' },
  ],
  reasons: [
    {
      ground: 'income-above-limit',
      text: {
        uk: 'Середньомісячний дохід перевищує встановлену межу.',
        en: 'The average monthly income exceeds the limit.',
      },
      basis: [ART_10],
    },
  ],
  provisions: [ART_10, ART_20],
  hearing: { notifiedOn: '2026-02-20', positionPresented: false },
  delivery: { channel: 'inPerson', deliveredOn: '2026-03-02' },
  appeal: {
    complaintTo: {
      uk: 'Департамент соціального захисту населення обласної державної адміністрації',
      en: 'Social protection department of the regional state administration',
    },
    complaintTerm: { amount: 30, unit: 'calendarDays', basis: [ART_20] },
    court: { uk: 'Київський окружний адміністративний суд', en: 'Kyiv District Administrative Court' },
    courtTerm: { amount: 6, unit: 'months', basis: [KAS_122] },
  },
});

/** The error a call throws, which must be a WorkflowError. */
function refused(call: () => unknown): WorkflowError {
  try {
    call();
  } catch (error) {
    if (error instanceof WorkflowError) return error;
    throw error;
  }
  throw new Error('expected a WorkflowError');
}

/** Everything an error says, for checks that it repeats nothing given. */
const said = (error: WorkflowError) =>
  [error.message, error.uk, error.en, error.path, JSON.stringify(error.issues)].join('\n');

describe('decisionDocument', () => {
  it('computes the last days to complain and to sue from the day the decision was delivered', () => {
    const doc = decisionDocument(refusal());
    // Delivered on Monday 2 March 2026: 30 calendar days run from 3 March to 1 April; 6 months to 2 September.
    expect(doc.appeal.complaintLastDay).toBe('2026-04-01');
    expect(doc.appeal.courtLastDay).toBe('2026-09-02');
    expect(doc.outcome).toBe('refused');
    expect(doc.basis.map((source) => source.id)).toContain('law-2073-ix');
  });

  it('cites what a decision states to the text of Law 2073-IX and КАС Art. 122', () => {
    const doc = decisionDocument(refusal());
    expect(doc.basis.map((source) => `${source.number} ${source.provision?.en}`)).toEqual([
      '2073-IX Art. 71 part 1',
      '2073-IX Art. 72 parts 2, 6',
      '2073-IX Art. 74 part 1',
      '2073-IX Art. 18',
      '2073-IX Art. 75 parts 1, 3',
      '2073-IX Art. 75 part 4 para. 1',
      '2073-IX Art. 75 part 4 para. 2',
      `${KAS_NUMBER} Art. 122 part 2`,
      `${KAS_NUMBER} Art. 122 part 4`,
    ]);
    for (const source of doc.basis) {
      expect(source.evidence, source.provision?.en).toBe('text');
      expect(source.note, source.provision?.en).toContain('Ansvar-Systems/Ukrainian-law-mcp');
    }
    expect(Object.keys(DECISION_RULES)).toEqual(['content', 'reasoning', 'entryIntoForce', 'appeal']);
  });

  it('takes effect on the day it is delivered, unless the act or a law sets another day (Art. 74 part 1)', () => {
    expect(decisionDocument(refusal()).inForceFrom).toBe('2026-03-02');
    const { delivery: _, ...undelivered } = refusal();
    expect(decisionDocument(undelivered).inForceFrom).toBeUndefined();
    expect(decisionDocument({ ...refusal(), inForceFrom: '2026-03-10' }).inForceFrom).toBe('2026-03-10');
    expect(decisionDocument({ ...undelivered, inForceFrom: '2026-03-10' }).inForceFrom).toBe('2026-03-10');
  });

  it('needs no reasons only when it grants in full and touches no one else’s rights (Art. 72 part 6)', () => {
    const granted = { ...refusal(), outcome: 'granted', reasons: [] };
    expect(decisionDocument(granted).reasons).toEqual([]);
    expect(decisionDocument({ ...granted, affectsOthers: false }).affectsOthers).toBe(false);
    const error = refused(() => decisionDocument({ ...granted, affectsOthers: true }));
    expect(error.issues.map((issue) => issue.path)).toEqual(['input.reasons']);
    expect(englishWordsIn(error.issues[0]?.uk ?? '')).toEqual([]);
  });

  it('leaves the last days out while the decision is not delivered', () => {
    const { delivery: _, ...undelivered } = refusal();
    const doc = decisionDocument(undelivered);
    expect(doc.appeal.complaintLastDay).toBeUndefined();
    expect(doc.appeal.courtLastDay).toBeUndefined();
  });

  it('moves a last day that falls on a day off to the next working day', () => {
    const input = refusal();
    // 5 calendar days after Monday 2 March end on Saturday 7 March, so on Monday 9 March.
    input.appeal.complaintTerm = { amount: 5, unit: 'calendarDays', basis: [ART_20] };
    expect(decisionDocument(input).appeal.complaintLastDay).toBe('2026-03-09');
  });

  it('refuses a refusal without reasons, naming the path and repeating nothing given', () => {
    const input = { ...refusal(), reasons: [], caseNumber: 'N-3012456789' };
    input.facts = [{ uk: PLANTED, en: PLANTED }];
    const error = refused(() => decisionDocument(input));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues.map((issue) => issue.path)).toEqual(['input.reasons']);
    expect(said(error)).not.toContain('3012456789');
    expect(said(error)).not.toContain('Шевченко');
    expect(englishWordsIn(error.uk)).toEqual([]);
    for (const issue of error.issues) expect(englishWordsIn(issue.uk)).toEqual([]);
  });

  it('refuses a partial grant without reasons, and takes a grant without them', () => {
    const partial = { ...refusal(), outcome: 'partiallyGranted', reasons: [] };
    expect(refused(() => decisionDocument(partial)).issues[0]?.path).toBe('input.reasons');
    const granted = decisionDocument({ ...refusal(), outcome: 'granted', reasons: [] });
    expect(granted.reasons).toEqual([]);
  });

  it('refuses a reason with no provision, and a decision with no provisions applied', () => {
    const input = refusal();
    const bare = { ...input, reasons: [{ ...input.reasons[0], basis: [] }], provisions: [] };
    expect(
      refused(() => decisionDocument(bare))
        .issues.map((issue) => issue.path)
        .sort(),
    ).toEqual(['input.provisions', 'input.reasons.0.basis']);
  });

  it('refuses a delivery before the decision and a hearing notice after it', () => {
    const input = refusal();
    input.delivery.deliveredOn = '2026-02-26';
    input.hearing.notifiedOn = '2026-02-28';
    expect(
      refused(() => decisionDocument(input))
        .issues.map((issue) => issue.path)
        .sort(),
    ).toEqual(['input.delivery.deliveredOn', 'input.hearing.notifiedOn']);
  });

  it('refuses an appeal whose last day is beyond the calendar, as its own error', () => {
    const input = refusal();
    input.decidedOn = '2035-11-01';
    input.hearing.notifiedOn = '2035-10-20';
    input.delivery.deliveredOn = '2035-11-02';
    const error = refused(() => decisionDocument(input));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.path).toBe('input.appeal.courtTerm');
    expect(englishWordsIn(error.uk)).toEqual([]);
  });

  it('normalises the texts: control characters, line breaks and runs of spaces become one space', () => {
    const input = refusal();
    input.facts = [{ uk: '  Довідку\n\nПорядок оскарження:\u202E подано\u0000 ', en: 'Filed\r\n late' }];
    const doc = decisionDocument(input);
    expect(doc.facts).toEqual([{ uk: 'Довідку Порядок оскарження: подано', en: 'Filed late' }]);
    const blank = { ...refusal(), facts: [{ uk: ' \n\t', en: 'x' }] };
    expect(refused(() => decisionDocument(blank)).issues[0]?.path).toBe('input.facts.0.uk');
  });

  it('gives a WorkflowError for hostile input, never a crash, and repeats nothing given', () => {
    const huge = 'ж'.repeat(1_000_000);
    const manyReasons = {
      ...refusal(),
      reasons: Array.from({ length: 100_000 }, () => refusal().reasons[0]),
    };
    const throwing = new Proxy(
      {},
      {
        get: () => {
          throw new Error(PLANTED);
        },
        ownKeys: () => {
          throw new Error(PLANTED);
        },
      },
    );
    const returning = new Proxy({}, { get: () => PLANTED });
    const polluted = JSON.parse(
      `{"__proto__": {"polluted": "${PLANTED}"}, "constructor": {"prototype": {"polluted": true}}}`,
    );
    const hostile: unknown[] = [
      undefined,
      null,
      42,
      'N-17',
      [],
      Symbol('s'),
      () => 1,
      { ...refusal(), caseNumber: 17 },
      { ...refusal(), decidedOn: '2026-02-30' },
      { ...refusal(), decidedOn: PLANTED },
      { ...refusal(), outcome: PLANTED },
      { ...refusal(), facts: [{ uk: huge, en: huge }] },
      { ...refusal(), caseNumber: huge },
      manyReasons,
      { ...refusal(), ...polluted },
      polluted,
      throwing,
      returning,
      { ...refusal(), hearing: throwing },
      { ...refusal(), appeal: { ...refusal().appeal, complaintTerm: { amount: 1e21, unit: 'months' } } },
    ];
    for (const value of hostile) {
      const error = refused(() => decisionDocument(value));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.path.startsWith('input')).toBe(true);
      expect(said(error)).not.toContain('Шевченко');
      expect(said(error)).not.toContain('3012456789');
      expect(said(error).length).toBeLessThan(32 * 1024);
      expect(englishWordsIn(error.uk)).toEqual([]);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers 100,000 reasons quickly, without reading them all', () => {
    const input = { ...refusal(), reasons: Array.from({ length: 100_000 }, () => ({})) };
    const started = performance.now();
    refused(() => decisionDocument(input));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('defaultAppeal', () => {
  const bodies = { complaintTo: refusal().appeal.complaintTo, court: refusal().appeal.court };

  it('gives the terms of the administrative procedure, with the bodies the host names', () => {
    const appeal = defaultAppeal(bodies);
    expect(appeal.complaintTerm).toEqual(ADMINISTRATIVE_PROCEDURE.complaint.value.filing);
    expect(appeal.courtTerm).toEqual(ADMINISTRATIVE_PROCEDURE.court.value.afterDecision);
    expect(appeal.complaintTo).toEqual(bodies.complaintTo);
    const doc = decisionDocument({ ...refusal(), appeal });
    const text = renderDecision(doc);
    for (const source of [...(appeal.complaintTerm.basis ?? []), ...(appeal.courtTerm.basis ?? [])]) {
      expect(text).toContain(source.provision?.uk ?? source.act.uk);
    }
  });

  it('refuses bodies that are not two texts, as a WorkflowError', () => {
    for (const value of [undefined, {}, { complaintTo: bodies.complaintTo }, { ...bodies, court: PLANTED }]) {
      const error = refused(() => defaultAppeal(value));
      expect(error.code).toBe('INVALID_INPUT');
      expect(said(error)).not.toContain('Шевченко');
    }
  });
});

/** The lines of a rendering, without the blank ones. */
const linesOf = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

describe('renderDecision', () => {
  const doc = decisionDocument(refusal());

  it('writes the Ukrainian text the applicant receives, section by section', () => {
    const lines = linesOf(renderDecision(doc));
    expect(lines.slice(0, 3)).toEqual([
      'Управління соціального захисту населення Шевченківської районної адміністрації',
      'РІШЕННЯ № N-17',
      'від 27.02.2026',
    ]);
    expect(lines).toContain('Послуга: Допомога на проживання ВПО');
    expect(lines).toContain('Результат: відмовлено');
    const established = lines.indexOf('Встановлено:');
    const reasons = lines.indexOf('Підстави:');
    const applied = lines.indexOf('Застосовані норми:');
    const appeal = lines.indexOf('Порядок оскарження:');
    expect(established).toBeGreaterThan(lines.indexOf('Результат: відмовлено'));
    expect([established, reasons, applied, appeal]).toEqual(
      [established, reasons, applied, appeal].sort((a, b) => a - b),
    );
    expect(lines.slice(established + 1, reasons)).toEqual([
      '1. Заяву подано 02.02.2026 через ЦНАП.',
      '2. Довідку про доходи не подано.',
    ]);
    expect(lines.slice(reasons + 1, applied)).toEqual([
      '1. Середньомісячний дохід перевищує встановлену межу. ' +
        'Норма: ст. 10 ч. 2 Закону України «Про адміністративні послуги».',
    ]);
    expect(lines.slice(applied + 1, applied + 3)).toEqual([
      '1. ст. 10 ч. 2 Закону України «Про адміністративні послуги»',
      '2. ст. 20 Закону України «Про адміністративні послуги»',
    ]);
    expect(lines).toContain(
      'Заявника повідомлено 20.02.2026 про намір ухвалити рішення, що не на його користь; позицію не подано.',
    );
    expect(lines.slice(appeal + 1)).toEqual([
      'Рішення вручено 02.03.2026 особисто.',
      'Скаргу в адміністративному порядку подають: Департамент соціального захисту населення обласної ' +
        'державної адміністрації; строк — 30 календарних днів з дня вручення рішення ' +
        '(ст. 20 Закону України «Про адміністративні послуги»); останній день — 01.04.2026.',
      'Позов подають до суду: Київський окружний адміністративний суд; строк — 6 місяців з дня вручення ' +
        'рішення (ст. 122 ч. 2 Кодексу адміністративного судочинства України); останній день — 02.09.2026.',
    ]);
  });

  it('says when the decision takes effect, before how to appeal it (Art. 71 part 1, Art. 74 part 1)', () => {
    const lines = linesOf(renderDecision(doc));
    const inForce = lines.indexOf('Рішення набирає чинності з дня доведення його до відома: 02.03.2026.');
    expect(inForce).toBeGreaterThan(lines.indexOf('Застосовані норми:'));
    expect(inForce).toBeLessThan(lines.indexOf('Порядок оскарження:'));
    expect(renderDecision(decisionDocument({ ...refusal(), inForceFrom: '2026-03-10' }))).toContain(
      'Рішення набирає чинності 10.03.2026.',
    );
    const { delivery: _, ...undelivered } = refusal();
    expect(renderDecision(decisionDocument(undelivered), { locale: 'en' })).toContain(
      'The decision takes effect on the day it is delivered.',
    );
    expect(renderDecision(doc, { locale: 'en' })).toContain(
      'The decision takes effect on the day it is delivered: 2 March 2026.',
    );
  });

  it('refuses a document whose day of effect was changed to another than its delivery gives', () => {
    const error = refused(() => renderDecision({ ...doc, inForceFrom: undefined }));
    expect(error.path).toBe('doc.inForceFrom');
  });

  it('holds no English word in the Ukrainian text', () => {
    expect(englishWordsIn(renderDecision(doc))).toEqual([]);
    expect(englishWordsIn(renderDecision(doc, { format: 'markdown' }))).toEqual([]);
  });

  it('says each outcome in its words', () => {
    const outcome = (value: DecisionDocument['outcome']) =>
      linesOf(renderDecision(decisionDocument({ ...refusal(), outcome: value }))).find((line) =>
        line.startsWith('Результат:'),
      );
    expect(outcome('granted')).toBe('Результат: задоволено');
    expect(outcome('partiallyGranted')).toBe('Результат: задоволено частково');
    expect(outcome('refused')).toBe('Результат: відмовлено');
  });

  it('says the terms run from delivery, with no last day, before the decision is delivered', () => {
    const { delivery: _, ...undelivered } = refusal();
    const text = renderDecision(decisionDocument(undelivered));
    expect(text).toContain('строк — 30 календарних днів з дня вручення рішення');
    expect(text).not.toContain('останній день');
    expect(text).not.toContain('Рішення вручено');
  });

  it('says a presented position, and leaves the hearing out when there was none', () => {
    const heard = { ...refusal(), hearing: { notifiedOn: '2026-02-20', positionPresented: true } };
    expect(renderDecision(decisionDocument(heard))).toContain('; позицію подано.');
    const { hearing: _, ...unheard } = refusal();
    expect(renderDecision(decisionDocument({ ...unheard, outcome: 'granted' }))).not.toContain(
      'Заявника повідомлено',
    );
  });

  it('writes the English version for the docs, with the same structure', () => {
    const lines = linesOf(renderDecision(doc, { locale: 'en' }));
    expect(lines.slice(0, 3)).toEqual([
      'Social protection office of the Shevchenkivskyi district administration',
      'DECISION No. N-17',
      'of 27 February 2026',
    ]);
    expect(lines).toContain('Outcome: refused');
    expect(lines).toContain('Established:');
    expect(lines).toContain('Reasons:');
    expect(lines).toContain('Provisions applied:');
    expect(lines).toContain('How to appeal:');
    expect(lines).toContain('2. Art. 20, Law of Ukraine on Administrative Services');
    expect(lines.at(-1)).toContain('last day: 2 September 2026');
  });

  it('adds headings and lists in Markdown, and escapes what the host wrote', () => {
    const input = refusal();
    input.facts = [{ uk: 'Дохід *вище* межі # [посилання](javascript:alert(1))', en: 'x' }];
    const lines = linesOf(renderDecision(decisionDocument(input), { format: 'markdown' }));
    expect(lines[0]).toBe('# Управління соціального захисту населення Шевченківської районної адміністрації');
    expect(lines[1]).toBe('## Рішення № N-17 від 27.02.2026');
    expect(lines).toContain('**Результат:** відмовлено');
    expect(lines).toContain('### Встановлено');
    expect(lines).toContain('### Порядок оскарження');
    expect(lines).toContain('1. Дохід \\*вище\\* межі \\# \\[посилання\\]\\(javascript:alert\\(1\\)\\)');
  });

  it('contains each reason, each provision and each appeal day', () => {
    const text = renderDecision(doc);
    for (const reason of doc.reasons) expect(text).toContain(reason.text.uk);
    for (const provision of doc.provisions) expect(text).toContain(provision.provision?.uk);
    expect(text).toContain('01.04.2026');
    expect(text).toContain('02.09.2026');
  });

  it('refuses a document whose appeal days do not follow from its delivery', () => {
    const forged = { ...doc, appeal: { ...doc.appeal, complaintLastDay: '2026-12-31' } };
    const error = refused(() => renderDecision(forged));
    expect(error.path).toBe('doc.appeal.complaintLastDay');
    expect(said(error)).not.toContain('2026-12-31');
  });

  it('refuses options it does not know, and hostile documents, as a WorkflowError', () => {
    const locale = refused(() => renderDecision(doc, { locale: 'de' as 'uk' }));
    expect(locale.issues.map((issue) => issue.path)).toEqual(['options.locale']);
    const format = refused(() => renderDecision(doc, { format: 'html' as 'text' }));
    expect(format.issues.map((issue) => issue.path)).toEqual(['options.format']);
    for (const value of [undefined, null, {}, [], 'text', new Proxy({}, { get: () => PLANTED })]) {
      const error = refused(() => renderDecision(value as DecisionDocument));
      expect(error.code).toBe('INVALID_INPUT');
      expect(said(error)).not.toContain('Шевченко');
    }
  });
});
