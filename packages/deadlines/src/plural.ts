// Plural forms for counts in messages are @vikno/law's, the one rule of every Vikno message.
export { pluralEn, pluralUk } from '@vikno/law';
