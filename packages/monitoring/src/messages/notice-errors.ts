import { formatCount, type Messages, messageBook } from '@vikno/law';

/** The parameters of each message of the notices and the applicant's status: never a value that was given. */
export interface NoticeMessageParams {
  /** A text with a control, format or unpaired surrogate character, or only spaces. */
  PLAIN_TEXT: { max: number };
  /** A day that is not `YYYY-MM-DD` in the supported calendar. */
  NOTICE_DAY: { first: string; last: string };
  /** An intake event that does not say whether the package was complete. */
  COMPLETE_UNSAID: Record<string, never>;
  /** A delivery event that does not say how the decision was delivered. */
  CHANNEL_UNSAID: Record<string, never>;
}

const uk: Messages<NoticeMessageParams> = {
  PLAIN_TEXT: ({ max }) =>
    `Очікується текст до ${formatCount(max, 'uk')} символів без керівних і невидимих символів`,
  NOTICE_DAY: ({ first, last }) => `Очікується день у форматі YYYY-MM-DD, з ${first} по ${last}`,
  COMPLETE_UNSAID: () => 'Подія перевірки пакета має зазначати, чи він повний (`complete`)',
  CHANNEL_UNSAID: () => 'Подія вручення рішення має зазначати спосіб (`channel`)',
};

const en: Messages<NoticeMessageParams> = {
  PLAIN_TEXT: ({ max }) =>
    `Expected a text of up to ${formatCount(max, 'en')} characters with no control or invisible characters`,
  NOTICE_DAY: ({ first, last }) => `Expected a YYYY-MM-DD day from ${first} to ${last}`,
  COMPLETE_UNSAID: () => 'A package check must say whether the package was complete (`complete`)',
  CHANNEL_UNSAID: () => 'A delivery of the decision must say how it was delivered (`channel`)',
};

/** The messages of the notices and the applicant's status, in both languages. */
export const NOTICE_MESSAGES = messageBook<NoticeMessageParams>({ uk, en });

/** The message files, for their test. */
export const NOTICE_MESSAGE_FILES = { uk, en };
