import { formatCount, type Messages } from '@vikno/law';
import type { MonitoringMessageParams } from './params.js';

/** The messages of `@vikno/monitoring` in English. */
export const en: Messages<MonitoringMessageParams> = {
  INVALID_INPUT: ({ count }) => `The input has ${formatCount(count, 'en')} problem(s)`,
  CASE_EXPECTED: ({ value }) =>
    `Expected a persisted case (\`persistCase\`) or a case record (\`caseRecord\`), got ${value.en}`,
  CASES_EXPECTED: ({ value }) => `Expected cases as an iterable or an async iterable, got ${value.en}`,
  SNAPSHOT_TEXT_EXPECTED: ({ value }) => `Expected the case's snapshot as JSON text, got ${value.en}`,
  SNAPSHOT_TOO_LONG: ({ length, max }) =>
    `The case's snapshot has ${formatCount(length, 'en')} characters; at most ${formatCount(max, 'en')} are read`,
  SNAPSHOT_NOT_JSON: () => 'The case’s snapshot is not valid JSON',
  SNAPSHOT_FIELD: ({ field }) =>
    `The case’s snapshot lacks the field \`${field}\`, or it has the wrong shape`,
  AUDIT_TOO_LONG: ({ max }) => `A case’s audit trail holds at most ${formatCount(max, 'en')} entries`,
  RECORD_VERSION_TOO_NEW: ({ version, current }) =>
    `A case record of version ${version} is newer than this package’s (${current}); update \`@vikno/monitoring\``,
  INSTANT_OUT_OF_RANGE: ({ first, last }) =>
    `Expected an ISO 8601 instant with an offset, from ${first} to ${last} in Kyiv`,
  DAY_OUT_OF_RANGE: ({ first, last }) =>
    `Expected a YYYY-MM-DD day in the supported calendar, ${first} to ${last}`,
  PERIOD_REVERSED: () => 'The period’s last day (`to`) is before its first (`from`)',
  TOO_MANY_GROUPS: ({ max }) =>
    `A report holds at most ${formatCount(max, 'en')} groups; group by less (\`groupBy\`) or take a shorter period`,
};
