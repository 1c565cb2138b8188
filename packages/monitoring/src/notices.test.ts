import { fc, test } from '@fast-check/vitest';
import { englishWordsIn, FIRST_SUPPORTED_DAY, LAST_SUPPORTED_DAY, renderMessages } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import { MonitoringError } from './errors.js';
import { NOTICE_MESSAGE_FILES } from './messages/notice-errors.js';
import {
  GSM_BASIC_CHARACTERS,
  MAX_CASE_NUMBER_LENGTH,
  MAX_ITEM_LENGTH,
  MAX_ITEMS,
  NOTICE_KINDS,
  type NoticeKind,
  type NoticeLanguage,
  type NoticeParams,
  notice,
  noticeKindOf,
  smsSize,
} from './notices.js';

const LANGUAGES: readonly NoticeLanguage[] = ['uk', 'en'];

/** The longest texts a day takes: `30.09.2026` in Ukrainian, `30 Sep 2026` in English (every day is tried below). */
const LONGEST_DAY = '2026-09-30';

/**
 * Case numbers as long as a case accepts (80 UTF-16 code units): Cyrillic, which forces UCS-2, and plain Latin,
 * which leaves English in GSM-7.
 */
const LONGEST_NUMBERS = {
  cyrillic: 'Ж'.repeat(MAX_CASE_NUMBER_LENGTH),
  latin: 'W'.repeat(MAX_CASE_NUMBER_LENGTH),
};

const LONG_ITEMS = Array.from({ length: MAX_ITEMS }, () => 'щ'.repeat(MAX_ITEM_LENGTH));

/** Every variant of each kind's parameters, with the longest values they allow. */
function longest(caseNumber: string, day: string): { [Kind in NoticeKind]: NoticeParams[Kind][] } {
  return {
    registered: [{ caseNumber, dueOn: day }],
    leftWithoutMovement: [{ caseNumber, cureBy: day, defects: LONG_ITEMS }],
    defectsCured: [{ caseNumber, dueOn: day }],
    returned: [{ caseNumber, reasons: LONG_ITEMS }, { caseNumber }],
    documentsRequested: [
      { caseNumber, documents: LONG_ITEMS, by: day },
      { caseNumber, documents: LONG_ITEMS },
    ],
    documentsReceived: [{ caseNumber, dueOn: day }],
    hearingNotified: [
      { caseNumber, positionBy: day, outcome: 'partiallyGranted', grounds: LONG_ITEMS },
      { caseNumber, positionBy: day, outcome: 'refused' },
    ],
    termExtended: [{ caseNumber, dueOn: day, reasons: LONG_ITEMS }],
    decisionReady: [
      { caseNumber, delivery: 'collect', collectBy: day },
      { caseNumber, delivery: 'post' },
      { caseNumber, delivery: 'electronic' },
    ],
    resultNotCollected: [{ caseNumber, keptUntil: day }],
    withdrawn: [{ caseNumber }],
    reopened: [{ caseNumber, dueOn: day }],
  };
}

const smsOf = (kind: NoticeKind, params: unknown, language: NoticeLanguage) =>
  notice(kind, params as NoticeParams[NoticeKind], { form: 'sms', language });

/**
 * The longest SMS of each kind and language, with an 80-character Cyrillic case number and the longest day: pinned,
 * so a text that grows fails here first. At most 134: two concatenated UCS-2 segments.
 */
const LONGEST_SMS: Readonly<Record<NoticeKind, Readonly<Record<NoticeLanguage, number>>>> = {
  registered: { uk: 125, en: 129 },
  leftWithoutMovement: { uk: 129, en: 129 },
  defectsCured: { uk: 128, en: 127 },
  returned: { uk: 131, en: 123 },
  documentsRequested: { uk: 129, en: 131 },
  documentsReceived: { uk: 133, en: 126 },
  hearingNotified: { uk: 130, en: 129 },
  termExtended: { uk: 128, en: 132 },
  decisionReady: { uk: 130, en: 126 },
  resultNotCollected: { uk: 132, en: 128 },
  withdrawn: { uk: 116, en: 119 },
  reopened: { uk: 129, en: 127 },
};

describe('SMS lengths', () => {
  it.each(NOTICE_KINDS.flatMap((kind) => LANGUAGES.map((language) => ({ kind, language }))))(
    '$kind in $language fits two UCS-2 segments with the longest case number and day',
    ({ kind, language }) => {
      const lengths = longest(LONGEST_NUMBERS.cyrillic, LONGEST_DAY)[kind].map((params) => {
        const sms = smsOf(kind, params, language);
        expect(sms.encoding).toBe('ucs2');
        expect(sms.length).toBeLessThanOrEqual(134);
        expect(sms.segments).toBeLessThanOrEqual(2);
        return sms.length;
      });
      expect(Math.max(...lengths)).toBe(LONGEST_SMS[kind][language]);
    },
  );

  it('every SMS fits, whatever the day in the calendar: no day writes longer than the one pinned', () => {
    const first = Date.parse(`${FIRST_SUPPORTED_DAY}T00:00:00Z`);
    const last = Date.parse(`${LAST_SUPPORTED_DAY}T00:00:00Z`);
    for (let ms = first; ms <= last; ms += 86_400_000) {
      const day = new Date(ms).toISOString().slice(0, 10);
      for (const language of LANGUAGES) {
        const sms = smsOf('registered', { caseNumber: LONGEST_NUMBERS.cyrillic, dueOn: day }, language);
        expect(sms.length).toBeLessThanOrEqual(LONGEST_SMS.registered[language]);
      }
    }
  });

  it('an English SMS goes in GSM-7 when the case number is in its basic set, in one or two segments', () => {
    for (const kind of NOTICE_KINDS) {
      for (const params of longest(LONGEST_NUMBERS.latin, LONGEST_DAY)[kind]) {
        const sms = smsOf(kind, params, 'en');
        expect(sms.encoding).toBe('gsm7');
        expect([...sms.text].every((character) => GSM_BASIC_CHARACTERS.includes(character))).toBe(true);
        expect(sms.segments).toBeLessThanOrEqual(1);
      }
    }
  });

  it('an SMS with a short, usual case number takes one segment in both languages', () => {
    for (const kind of NOTICE_KINDS) {
      for (const language of LANGUAGES) {
        for (const params of longest('В-2026-000123', LONGEST_DAY)[kind]) {
          expect(smsOf(kind, params, language).segments).toBe(1);
        }
      }
    }
  });

  test.prop([
    fc.constantFrom(...NOTICE_KINDS),
    fc.constantFrom(...LANGUAGES),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: MAX_CASE_NUMBER_LENGTH }),
  ])('any case number a notice takes keeps its SMS within two segments', (kind, language, caseNumber) => {
    let sms: ReturnType<typeof smsOf> | undefined;
    try {
      sms = smsOf(kind, longest(caseNumber, LONGEST_DAY)[kind][0], language);
    } catch (error) {
      expect(error).toBeInstanceOf(MonitoringError);
      return;
    }
    expect(sms.segments).toBeLessThanOrEqual(2);
    expect(sms.length).toBeLessThanOrEqual(sms.encoding === 'gsm7' ? 306 : 134);
  });
});

describe('smsSize', () => {
  it('counts GSM-7 only when every character is in the basic set', () => {
    expect(GSM_BASIC_CHARACTERS.length).toBe(127);
    expect(smsSize('a'.repeat(160))).toEqual({ encoding: 'gsm7', length: 160, segments: 1 });
    expect(smsSize('a'.repeat(161))).toEqual({ encoding: 'gsm7', length: 161, segments: 2 });
    expect(smsSize('a'.repeat(306))).toEqual({ encoding: 'gsm7', length: 306, segments: 2 });
    expect(smsSize('a'.repeat(307)).segments).toBe(3);
    // The extension table (€, [, ], {, }, ~, \, |, ^) and typographic quotes are not basic: UCS-2.
    for (const character of ['€', '[', '{', '~', '\\', '|', '^', '’', '«', 'і', '№']) {
      expect(smsSize(`a${character}`).encoding).toBe('ucs2');
    }
    expect(smsSize('ж'.repeat(70))).toEqual({ encoding: 'ucs2', length: 70, segments: 1 });
    expect(smsSize('ж'.repeat(71))).toEqual({ encoding: 'ucs2', length: 71, segments: 2 });
    expect(smsSize('ж'.repeat(134)).segments).toBe(2);
    expect(smsSize('ж'.repeat(135)).segments).toBe(3);
    expect(smsSize('😀'.repeat(35))).toEqual({ encoding: 'ucs2', length: 70, segments: 1 });
    expect(smsSize('')).toEqual({ encoding: 'gsm7', length: 0, segments: 1 });
  });

  it('refuses what is not a text of an SMS', () => {
    expect(() => smsSize(42 as unknown as string)).toThrow(MonitoringError);
    expect(() => smsSize('a'.repeat(10_001))).toThrow(MonitoringError);
  });
});

describe('notice', () => {
  it('writes each form with the case number and the day', () => {
    const params = { caseNumber: 'В-2026-17', dueOn: '2026-11-25' };
    expect(notice('registered', params, { form: 'sms', language: 'uk' })).toEqual({
      form: 'sms',
      kind: 'registered',
      language: 'uk',
      text: 'Заяву №В-2026-17 зареєстровано. Рішення до 25.11.2026.',
      encoding: 'ucs2',
      length: 54,
      segments: 1,
    });
    expect(notice('registered', params, { form: 'sms', language: 'en' }).text).toBe(
      'Application В-2026-17 registered. Decision by 25 Nov 2026.',
    );
    expect(notice('registered', params, { form: 'email', language: 'uk' })).toEqual({
      form: 'email',
      kind: 'registered',
      language: 'uk',
      subject: 'Заяву №В-2026-17 зареєстровано',
      body: [
        'Добрий день!',
        'Вашу заяву зареєстровано за номером В-2026-17.',
        'Рішення за нею мають ухвалити не пізніше 25.11.2026. Коли воно буде готове, ми повідомимо.',
        'Це повідомлення надіслано автоматично, відповідати на нього не потрібно.',
      ].join('\n\n'),
    });
    expect(notice('registered', params, { form: 'page', language: 'en' })).toEqual({
      form: 'page',
      kind: 'registered',
      language: 'en',
      heading: 'Application registered',
      paragraph: 'Application В-2026-17 has been registered. The decision is due by 25 Nov 2026.',
    });
  });

  it('names what the host gives in its own words in the e-mail and the page, not the SMS', () => {
    const params = {
      caseNumber: '17',
      cureBy: '2026-03-09',
      defects: ['довідка про доходи', 'копія паспорта', 'заява не підписана'],
    };
    const email = notice('leftWithoutMovement', params, { form: 'email', language: 'uk' });
    expect(email.body).toContain('(довідка про доходи, копія паспорта і заява не підписана)');
    expect(email.body).toContain('09.03.2026');
    const sms = notice('leftWithoutMovement', params, { form: 'sms', language: 'uk' });
    expect(sms.text).toBe('Заява №17 без руху: усуньте недоліки до 09.03.2026.');
    const page = notice(
      'termExtended',
      { caseNumber: '17', dueOn: '2026-12-01', reasons: ['an expert opinion'] },
      {
        form: 'page',
        language: 'en',
      },
    );
    expect(page.paragraph).toBe(
      'The term to decide on application 17 has been extended to 1 Dec 2026. Reason: an expert opinion.',
    );
  });

  it('tells each way a decision reaches the applicant', () => {
    const texts = (['collect', 'post', 'electronic'] as const).map(
      (delivery) =>
        notice('decisionReady', { caseNumber: '17', delivery }, { form: 'sms', language: 'uk' }).text,
    );
    expect(texts).toEqual([
      'Рішення за заявою №17 готове. Отримайте його в ЦНАП.',
      'Рішення за заявою №17 надіслано поштою.',
      'Рішення за заявою №17 надіслано електронно.',
    ]);
  });

  it('has every kind in every form and language, the Ukrainian with no English words, no text empty', () => {
    for (const kind of NOTICE_KINDS) {
      for (const params of longest('В-17', '2026-11-25')[kind]) {
        for (const language of LANGUAGES) {
          const texts = [
            smsOf(kind, params, language).text,
            ...Object.values(notice(kind, params as never, { form: 'email', language })),
            ...Object.values(notice(kind, params as never, { form: 'page', language })),
          ].filter(
            (value) => typeof value === 'string' && !['email', 'page', kind, language].includes(value),
          );
          for (const text of texts) {
            expect(text.length).toBeGreaterThan(0);
            if (language === 'uk') expect(englishWordsIn(text.replaceAll('щ', ''))).toEqual([]);
          }
        }
      }
    }
  });

  it.each([
    [
      'an unknown kind',
      () => notice('approved' as NoticeKind, { caseNumber: '1' } as never, { form: 'sms', language: 'uk' }),
    ],
    [
      'an unknown form',
      () => notice('withdrawn', { caseNumber: '1' }, { form: 'fax' as 'sms', language: 'uk' }),
    ],
    [
      'an unknown language',
      () => notice('withdrawn', { caseNumber: '1' }, { form: 'sms', language: 'pl' as 'uk' }),
    ],
    [
      'a case number too long',
      () => notice('withdrawn', { caseNumber: 'x'.repeat(81) }, { form: 'sms', language: 'uk' }),
    ],
    [
      'a case number with a new line',
      () => notice('withdrawn', { caseNumber: 'a\nb' }, { form: 'email', language: 'uk' }),
    ],
    [
      'a case number with a bidi override',
      () => notice('withdrawn', { caseNumber: 'a\u202eb' }, { form: 'sms', language: 'en' }),
    ],
    [
      'a blank case number',
      () => notice('withdrawn', { caseNumber: '   ' }, { form: 'sms', language: 'en' }),
    ],
    [
      'an unpaired surrogate',
      () => notice('withdrawn', { caseNumber: 'a\ud800' }, { form: 'sms', language: 'en' }),
    ],
    [
      'a day not real',
      () => notice('registered', { caseNumber: '1', dueOn: '2026-02-30' }, { form: 'sms', language: 'uk' }),
    ],
    [
      'a day out of the calendar',
      () => notice('registered', { caseNumber: '1', dueOn: '2036-01-01' }, { form: 'sms', language: 'uk' }),
    ],
    [
      'an unknown field (a name)',
      () =>
        notice('withdrawn', { caseNumber: '1', name: 'Петренко' } as never, { form: 'sms', language: 'uk' }),
    ],
    [
      'too many items',
      () =>
        notice(
          'returned',
          { caseNumber: '1', reasons: Array(21).fill('a') },
          { form: 'email', language: 'uk' },
        ),
    ],
    [
      'a getter that throws',
      () =>
        notice(
          'withdrawn',
          Object.defineProperty({}, 'caseNumber', {
            get() {
              throw new Error('boom');
            },
            enumerable: true,
          }) as never,
          { form: 'sms', language: 'uk' },
        ),
    ],
  ])('refuses %s with a MonitoringError that does not repeat it', (_label, call) => {
    let caught: unknown;
    try {
      call();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MonitoringError);
    const error = caught as MonitoringError;
    expect(error.code).toBe('INVALID_INPUT');
    const said = JSON.stringify({ message: error.message, uk: error.uk, en: error.en, issues: error.issues });
    for (const value of ['Петренко', 'approved', 'fax', 'xxxxxxxx', '2026-02-30', '2036-01-01', 'boom']) {
      expect(said).not.toContain(value);
    }
  });
});

describe('noticeKindOf', () => {
  it('maps the events a case accepts and emits to the notices they call for', () => {
    expect(noticeKindOf({ type: 'PACKAGE.CHECKED', complete: true })).toBe('registered');
    expect(noticeKindOf({ type: 'PACKAGE.CHECKED', complete: false })).toBe('leftWithoutMovement');
    expect(noticeKindOf({ type: 'DEFECTS.CURED' })).toBe('defectsCured');
    expect(noticeKindOf({ type: 'APPLICATION.RETURNED' })).toBe('returned');
    expect(noticeKindOf({ type: 'DOCUMENTS.REQUESTED' })).toBe('documentsRequested');
    expect(noticeKindOf({ type: 'DOCUMENTS.RECEIVED' })).toBe('documentsReceived');
    expect(noticeKindOf({ type: 'HEARING.NOTIFIED' })).toBe('hearingNotified');
    expect(noticeKindOf({ type: 'TERM.EXTENDED' })).toBe('termExtended');
    expect(noticeKindOf({ type: 'APPLICATION.WITHDRAWN' })).toBe('withdrawn');
    expect(noticeKindOf({ type: 'CASE.REOPENED' })).toBe('reopened');
    expect(noticeKindOf({ type: 'applicant.notify', caseId: 'C-1', outcome: 'refused' })).toBe(
      'decisionReady',
    );
    expect(noticeKindOf({ type: 'DECISION.DELIVERED', channel: 'post' })).toBe('decisionReady');
    expect(noticeKindOf({ type: 'DECISION.DELIVERED', channel: 'electronic' })).toBe('decisionReady');
    expect(noticeKindOf({ type: 'DECISION.DELIVERED', channel: 'inPerson' })).toBeUndefined();
    const risk = (term: string) => ({ type: 'deadline.atRisk', term, caseId: 'C-1', lastDay: '', dueAt: '' });
    expect(noticeKindOf(risk('collection'))).toBe('resultNotCollected');
    expect(noticeKindOf(risk('cure'))).toBe('leftWithoutMovement');
    expect(noticeKindOf(risk('hearing'))).toBe('hearingNotified');
    expect(noticeKindOf(risk('decision'))).toBeUndefined();
    expect(noticeKindOf({ ...risk('collection'), type: 'deadline.overdue' })).toBeUndefined();
    for (const type of ['TRANSFER.SENT', 'DECISION.MADE', 'CNAP.INFORMED', 'TICK', 'RESULT.ISSUED']) {
      expect(noticeKindOf({ type })).toBeUndefined();
    }
  });

  it('every kind but the ones only a host decides on is reached from some event', () => {
    const types = [
      { type: 'PACKAGE.CHECKED', complete: true },
      { type: 'PACKAGE.CHECKED', complete: false },
      ...[
        'DEFECTS.CURED',
        'APPLICATION.RETURNED',
        'DOCUMENTS.REQUESTED',
        'DOCUMENTS.RECEIVED',
        'HEARING.NOTIFIED',
        'TERM.EXTENDED',
        'APPLICATION.WITHDRAWN',
        'CASE.REOPENED',
        'applicant.notify',
      ].map((type) => ({ type })),
      { type: 'deadline.atRisk', term: 'collection' },
    ];
    expect(new Set(types.map(noticeKindOf))).toEqual(new Set(NOTICE_KINDS));
  });

  it.each([
    ['an unknown type', { type: 'PACKAGE.LOST' }],
    ['an intake without complete', { type: 'PACKAGE.CHECKED' }],
    ['a delivery without channel', { type: 'DECISION.DELIVERED' }],
    ['a delivery by pigeon', { type: 'DECISION.DELIVERED', channel: 'pigeon' }],
    ['a warning of no term', { type: 'deadline.atRisk', term: 'lunch' }],
    ['not an object', 'PACKAGE.CHECKED'],
  ])('refuses %s', (_label, event) => {
    expect(() => noticeKindOf(event as never)).toThrow(MonitoringError);
  });
});

it('the error messages of the notices are Ukrainian in Ukrainian, and never empty', () => {
  const range = { first: FIRST_SUPPORTED_DAY, last: LAST_SUPPORTED_DAY };
  const written = renderMessages(NOTICE_MESSAGE_FILES, {
    PLAIN_TEXT: [{ max: 80 }, { max: 200 }],
    NOTICE_DAY: [range],
    COMPLETE_UNSAID: [{}],
    CHANNEL_UNSAID: [{}],
  });
  for (const message of written) {
    expect(englishWordsIn(message.uk)).toEqual([]);
    expect(message.en.length).toBeGreaterThan(0);
  }
});
