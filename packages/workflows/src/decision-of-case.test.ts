// The decision document of a case, from what the case recorded (issue 13): the host gives only what a case cannot
// know — the service's name, the deciding body, the facts, the words of each ground and the appeal bodies.
import { englishWordsIn } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import { caseThrough, PROCEDURE_PATHS } from '../test/procedure-cases.js';
import { decisionOfCase, defaultAppeal, renderDecision, WorkflowError } from './index.js';
import { PROCEDURE_RULES } from './procedure-rules.js';

const basis = PROCEDURE_RULES.hearing.basis;
const options = {
  service: {
    id: 'idp-living-allowance',
    name: { uk: 'Допомога на проживання ВПО', en: 'IDP living allowance' },
  },
  body: { uk: 'Управління соціального захисту населення', en: 'Social protection office' },
  facts: [{ uk: 'Дохід сім’ї перевищує межу.', en: 'The family’s income exceeds the limit.' }],
  reasons: {
    'income-above-threshold': {
      text: { uk: 'Дохід перевищує встановлену межу.', en: 'The income exceeds the limit set.' },
      basis,
    },
  },
  provisions: basis,
  appeal: defaultAppeal({
    complaintTo: { uk: 'Департамент соціального захисту населення', en: 'Social protection department' },
    court: { uk: 'Окружний адміністративний суд', en: 'District administrative court' },
  }),
};

function thrown(call: () => unknown): WorkflowError {
  try {
    call();
  } catch (error) {
    if (error instanceof WorkflowError) return error;
    throw error;
  }
  throw new Error('expected a WorkflowError');
}

describe('decisionOfCase', () => {
  it('takes the number, the day, the outcome, the grounds, the hearing and the delivery from the case', () => {
    const { context } = caseThrough(PROCEDURE_PATHS.refused).getSnapshot();
    const doc = decisionOfCase(context, options);
    expect(doc).toMatchObject({
      caseNumber: 'N-1',
      decidedOn: '2026-03-11',
      outcome: 'refused',
      hearing: { notifiedOn: '2026-03-06', positionPresented: true },
      delivery: { channel: 'post', deliveredOn: context.delivery?.on },
      inForceFrom: context.delivery?.on,
    });
    expect(doc.reasons.map((reason) => reason.ground)).toEqual(['income-above-threshold']);
    expect(doc.appeal.complaintLastDay).toBeDefined();
    const text = renderDecision(doc);
    expect(text).toContain('Дохід перевищує встановлену межу.');
    expect(englishWordsIn(text)).toEqual([]);
  });

  it('takes the day of a decision a complaint body replaced, and no hearing it did not hold', () => {
    const { context } = caseThrough(PROCEDURE_PATHS.replaced).getSnapshot();
    const doc = decisionOfCase(context, options);
    expect(doc).toMatchObject({ decidedOn: '2026-04-10', outcome: 'granted', reasons: [] });
    expect(doc.delivery).toBeUndefined();
  });

  it('refuses a case with no decision, and a ground the host gave no words for, naming where', () => {
    const considering = caseThrough(PROCEDURE_PATHS.cured).getSnapshot().context;
    expect(thrown(() => decisionOfCase(considering, options))).toMatchObject({
      code: 'INVALID_INPUT',
      path: 'context.outcome',
    });
    const { context } = caseThrough(PROCEDURE_PATHS.refused).getSnapshot();
    const error = thrown(() => decisionOfCase(context, { ...options, reasons: {} }));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', path: 'options.reasons' });
    expect(englishWordsIn(error.uk)).toEqual([]);
  });

  it('answers hostile input with its own error, never the value', () => {
    const planted = 'Шевченко Тарас 3012456789';
    const { context } = caseThrough(PROCEDURE_PATHS.refused).getSnapshot();
    for (const [given, opts] of [
      [null, options],
      [{ ...context, audit: planted }, options],
      [context, null],
      [context, { ...options, facts: [{ uk: planted }] }],
      [
        context,
        new Proxy(options, {
          get() {
            throw new Error(planted);
          },
        }),
      ],
    ] as const) {
      const error = thrown(() => decisionOfCase(given as never, opts as never));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).not.toContain('3012456789');
    }
  });
});
