import { getService } from '@vikno/catalog';
import { kyivInstant, toKyivDate } from '@vikno/deadlines';
import {
  type CaseActor,
  type Complaint,
  caseKeys,
  createCase,
  DeliveryChannel,
  NotificationChannel,
  persistCase,
  RejectionReason,
  restoreCase,
  signComplaint,
  verifyComplaint,
} from '@vikno/workflows';
import { describe, expect, it } from 'vitest';
import { type Language, narrator } from './narrate.js';
import { playStep, stageWords } from './play.js';
import { glossaryOf } from './procedure.js';
import { checklistOf, STORIES, type Story, scenario } from './scenario.js';

const SYSTEM = { role: 'system', id: 'demo', office: 'cnap-central' } as const;
const keys = caseKeys({ current: 'test', secrets: { test: new Uint8Array(32).fill(7) } });

/** Every event of a scenario, in order. */
const events = (story: Story, start: string) => scenario(story, start).flatMap((step) => step.events);

/**
 * A story's case played step by step as the demo plays it: its lines and the state after each step. With `perRun`,
 * the case and its complaint go through storage (signed, as JSON) every `perRun` steps, as between two runs.
 */
function played(story: Story, start: string, language: Language, perRun = Number.POSITIVE_INFINITY) {
  const { serviceId, model } = STORIES[story];
  const service = getService(serviceId, { asOf: start });
  const say = narrator(language, glossaryOf(service, checklistOf(story, start)));
  let actor: CaseActor = createCase({ caseId: 'C-0004', serviceId, model, asOf: start });
  let complaint: Complaint | undefined;
  const lines: string[] = [];
  const states: unknown[] = [];
  const contexts = [];
  for (const [index, step] of scenario(story, start).entries()) {
    if (index > 0 && index % perRun === 0) {
      actor = restoreCase(JSON.parse(JSON.stringify(persistCase(actor, { keys }))), {
        keys,
        caseId: 'C-0004',
      });
      if (complaint !== undefined) {
        complaint = verifyComplaint(JSON.parse(JSON.stringify(signComplaint(complaint, keys))), keys);
      }
    }
    const result = playStep(step, { actor, service, complaint, say, language });
    complaint = result.complaint;
    lines.push(...result.lines);
    states.push(actor.getSnapshot().value);
    contexts.push(actor.getSnapshot().context);
  }
  return { actor, complaint, lines, states, contexts, text: lines.join('\n') };
}

/** The index of the first line matching `pattern`, failing when there is none. */
function lineOf(lines: readonly string[], pattern: RegExp): number {
  const index = lines.findIndex((line) => pattern.test(line));
  expect(index, String(pattern)).toBeGreaterThanOrEqual(0);
  return index;
}

describe('what the person running the demo reads', () => {
  it('names the case’s stage in the applicant’s words, not the machine’s state', () => {
    const { actor } = played('I', '2026-11-26', 'uk');
    expect(stageWords(actor, keys, 'uk')).toBe('Результат отримано');
    expect(stageWords(actor, keys, 'en')).not.toContain('issued');
  });

  it('names the documents requested by their titles', () => {
    const { text } = played('III', '2026-11-26', 'uk');
    expect(text).toContain('запитано документи: Довідка або витяг про місце проживання (перебування)');
    expect(text).not.toContain('residence-proof');
  });

  it('prints a missed term at the moment it was missed, before anything later', () => {
    const { lines } = played('heard', '2026-11-26', 'uk');
    const missed = lineOf(lines, /^06\.01\.2027 \d\d:\d\d {2}✖ строк отримання пропущено/);
    expect(missed).toBeLessThan(lineOf(lines, /скаргу S-0004 розглянуто/));
    const transfer = played('III', '2026-11-26', 'uk').lines;
    const late = lineOf(transfer, /^27\.11\.2026 \d\d:\d\d {2}✖ строк передавання пропущено/);
    expect(late).toBeGreaterThan(lineOf(transfer, /^26\.11\.2026 16:30 {2}реєстр відправлено/));
    expect(late).toBeLessThan(lineOf(transfer, /^30\.11\.2026 09:30 {2}реєстр отримано/));
  });
});

describe('no raw value in what the demo prints', () => {
  const stories = Object.keys(STORIES) as Story[];
  /** The values that are English words as they stand. */
  const ENGLISH = new Set<string>(['email', 'call', 'letter', 'post', 'electronic']);
  const rawValues = [
    ...NotificationChannel.options,
    ...DeliveryChannel.options,
    ...RejectionReason.options,
    'partiallyGranted',
  ];

  it.each(stories)(
    'story %s: no channel, reason or id as the code writes it, in either language',
    (story) => {
      for (const language of ['uk', 'en'] as const) {
        const { text } = played(story, '2026-11-26', language);
        // Some values are English words too (post, email): in English they may stand as words.
        const raw = language === 'uk' ? rawValues : rawValues.filter((value) => !ENGLISH.has(value));
        for (const value of raw) expect(text).not.toMatch(new RegExp(`\\b${value}\\b`));
        // Ids of documents and grounds (residence-proof), camelCase values (inPerson).
        expect(text).not.toMatch(/\b[a-z]+-[a-z]+\b|\b[a-z]+[A-Z][a-z]+/);
      }
      // In Ukrainian, the only Latin letters are the case, complaint and decision numbers, the models and SMS.
      const latin = played(story, '2026-11-26', 'uk').text.match(/[A-Za-z]+/g) ?? [];
      expect(latin.filter((word) => !/^(C|S|N|I|III|SMS)$/.test(word))).toEqual([]);
    },
  );

  it('names every channel of a notification in the reader’s words', () => {
    const say = {
      uk: narrator('uk', { documents: {}, grounds: {} }),
      en: narrator('en', { documents: {}, grounds: {} }),
    };
    const lines = NotificationChannel.options.map((channel) => {
      const event = { type: 'APPLICANT.NOTIFIED', by: SYSTEM, at: '2026-12-11T12:00:00Z', channel } as const;
      return { channel, uk: say.uk.event(event), en: say.en.event(event) };
    });
    expect(lines.find(({ channel }) => channel === 'sms')).toEqual({
      channel: 'sms',
      uk: 'заявника повідомлено SMS-повідомленням',
      en: 'applicant notified by SMS',
    });
    for (const { channel, uk, en } of lines) {
      expect(uk).not.toContain(channel);
      if (!ENGLISH.has(channel)) expect(en).not.toContain(channel);
      expect(en).not.toContain(`(${channel})`);
    }
    expect(new Set(lines.map(({ uk }) => uk)).size).toBe(lines.length);
    expect(new Set(lines.map(({ en }) => en)).size).toBe(lines.length);
  });

  it('says why an event was refused in the reader’s words', () => {
    for (const language of ['uk', 'en'] as const) {
      const say = narrator(language, { documents: {}, grounds: {} });
      const words = RejectionReason.options.map((reason) => say.rejected(reason));
      for (const [index, reason] of RejectionReason.options.entries())
        expect(words[index]).not.toContain(reason);
      expect(new Set(words).size).toBe(words.length);
    }
  });
});

describe('scenario', () => {
  // Summer time begins on the last Sunday of March and ends on the last Sunday of October, so a month does not
  // tell the offset on 29–31 March 2026 or 25–31 October 2026.
  it.each(
    (['I', 'III', 'cured', 'heard'] as const).flatMap((story) =>
      ['2026-03-27', '2026-10-23'].map((start) => [story, start] as const),
    ),
  )('dates %s events from %s with the Kyiv offset of each day', (story, start) => {
    for (const event of events(story, start)) {
      expect(event.at).toBe(kyivInstant(toKyivDate(event.at), event.at.slice(11, 16)));
    }
  });

  it('puts a model I case’s originals on Tuesday 31 March 2026 at 10:00 summer time', () => {
    const originals = events('I', '2026-03-27').find((event) => event.type === 'ORIGINALS.RECEIVED');
    expect(originals?.at).toBe('2026-03-31T10:00:00+03:00');
  });

  it.each(['I', 'III'] as const)(
    'walks the model %s case to the result issued, every event accepted',
    (story) => {
      const { states, text } = played(story, '2026-11-26', 'uk');
      expect(states.at(-1)).toBe('issued');
      expect(text).not.toContain('відхилено');
    },
  );
});

describe('a package left without movement and cured', () => {
  // Thursday 26 November 2026: the birth certificate is missing; cured on Tuesday 1 December, three working days on.
  const { states, contexts, lines, text } = played('cured', '2026-11-26', 'uk');

  it('is left without movement with its defects named and the last day to cure them', () => {
    expect(states[0]).toBe('withoutMovement');
    expect(contexts[0]?.missing).toEqual(['birth-certificate']);
    expect(lines).toContain(
      '26.11.2026 11:00  пакет неповний — заяву зареєстровано й залишено без руху; недоліки: Свідоцтво про народження дитини',
    );
    expect(lines).toContain(
      `  ↳ усунути недоліки до ${contexts[0]?.terms.cure?.lastDay.split('-').reverse().join('.')}`,
    );
  });

  it('cured in time, keeps its filing day, runs its terms from the cure, and goes on to a grant', () => {
    expect(states[1]).toEqual({ transfer: 'awaitingElectronicTransfer' });
    const cured = contexts[1];
    expect(cured?.filedOn).toBe('2026-11-26');
    expect(cured?.terms.cure?.state).toBe('met');
    expect(cured?.terms.decision?.start).toBe('2026-12-01');
    expect(text).toContain('заява вважається поданою 26.11.2026 (день первинного подання)');
    expect(text).toContain('строки розгляду — від 01.12.2026');
    expect(contexts.at(-1)?.outcome).toBe('granted');
    expect(states.at(-1)).toBe('issued');
    expect(text).not.toContain('відхилено');
  });

  it('says the same in English', () => {
    const english = played('cured', '2026-11-26', 'en').text;
    expect(english).toContain('left without movement; defects: Birth certificate of the child');
    expect(english).toContain('the application counts as filed on 26.11.2026');
  });
});

describe('a refusal after a hearing, complained of and reopened', () => {
  const uk = played('heard', '2026-11-26', 'uk');
  const stepOf = (state: string) => uk.states.indexOf(state);

  it('hears the applicant on the grounds noticed before refusing on those grounds', () => {
    expect(uk.states).toContain('hearing');
    const heard = uk.contexts[stepOf('hearing') + 1];
    expect(heard?.hearing).toMatchObject({
      outcome: 'refused',
      grounds: ['verification-failed'],
      state: 'heard',
    });
    expect(uk.text).toContain(
      'заявника повідомлено про намір відмовити з підстав: Неуспішне проходження верифікації інформації заявника',
    );
    expect(uk.text).toContain('заявник подав свої пояснення (позицію)');
    expect(uk.text).toContain('рішення: відмовити');
  });

  it('prints the refusal delivered by post, with its reasons and the appeal’s last days from delivery', () => {
    // Sent by post on Monday 7 December 2026, unrecorded receipt: delivered on the 5th calendar day, 12 December;
    // 30 calendar days to complain end on Monday 11 January 2027.
    const refused = uk.contexts[6];
    expect(refused?.delivery).toEqual({ channel: 'post', sentOn: '2026-12-07', on: '2026-12-12' });
    expect(uk.text).toContain('  │ Територіальний орган Пенсійного фонду України');
    expect(uk.text).toContain('  │ РІШЕННЯ № N-0004');
    expect(uk.text).toContain('  │ Результат: відмовлено');
    expect(uk.text).toMatch(/│ 1\. Неуспішне проходження верифікації інформації заявника .* Норма: /);
    expect(uk.text).toContain('Рішення вручено 12.12.2026 поштою.');
    expect(uk.text).toContain('останній день — 11.01.2027');
    expect(uk.text).not.toMatch(/applicant-4|Шевченко/);
  });

  it('takes a complaint in time, reopens the case on its cancellation, and grants on reconsideration', () => {
    expect(uk.complaint).toMatchObject({
      complaintId: 'S-0004',
      timely: true,
      filingLastDay: '2027-01-11',
      state: 'decided',
      outcome: 'cancelledReopened',
    });
    expect(uk.text).toContain('скаргу S-0004 подано вчасно (останній день — 11.01.2027)');
    expect(uk.text).toContain(
      'скаргу S-0004 розглянуто: рішення скасовано, справу повернуто на новий розгляд',
    );
    const reopened = uk.states.indexOf('consideration', stepOf('awaitingCollection'));
    expect(reopened).toBeGreaterThan(stepOf('awaitingCollection'));
    expect(uk.contexts[reopened]?.complaints).toEqual([{ complaintId: 'S-0004', setAside: 'refused' }]);
    expect(uk.contexts[reopened]?.outcome).toBeUndefined();
    expect(uk.contexts.at(-1)?.outcome).toBe('granted');
    expect(uk.states.at(-1)).toBe('issued');
    expect(uk.text).not.toContain('відхилено');
  });

  it('tells the same story when each run continues the case and its complaint from storage', () => {
    const stored = played('heard', '2026-11-26', 'uk', 4);
    expect(stored.lines).toEqual(uk.lines);
    expect(stored.states).toEqual(uk.states);
    expect(stored.complaint).toEqual(uk.complaint);
  });

  it('prints the decision in English with --en', () => {
    const en = played('heard', '2026-11-26', 'en').text;
    expect(en).toContain('  │ DECISION No. N-0004');
    expect(en).toContain('  │ Outcome: refused');
    expect(en).toContain('Failed verification of the applicant’s information');
    expect(en).toContain('last day: 11 January 2027');
    expect(en).toContain(
      'complaint S-0004 decided: the decision cancelled, the case sent back for new consideration',
    );
  });
});
