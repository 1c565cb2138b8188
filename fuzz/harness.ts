// The fuzz suite's one harness: hostile arguments, and the one verdict every export of every package must earn.
// A call either returns a valid result or throws the SDK's own typed error: with a code and a path, messages in
// Ukrainian (no English words in it) and English of at most 2 KB, never repeating a planted name or tax number, and `Object.prototype` as it
// was. `VIKNO_FUZZ_RUNS` raises the budget (`VIKNO_FUZZ_RUNS=20000 pnpm vitest run --project fuzz`).

import { test } from '@fast-check/vitest';
import { IssuesError } from '@vikno/catalog';
import { DeadlinesError, FIRST_SUPPORTED_DAY, LAST_SUPPORTED_DAY } from '@vikno/deadlines';
import { englishWordsIn } from '@vikno/law';
import fc from 'fast-check';
import { expect } from 'vitest';

/** Runs per property: small in `npm test`, as large as you like through `VIKNO_FUZZ_RUNS`. */
export const RUNS = Number(process.env.VIKNO_FUZZ_RUNS ?? 150);

/** Personal data planted in hostile input: a full name and a taxpayer number (РНОКПП). Never in a message. */
export const PLANTED_NAME = 'Шевченко Тарас Григорович';
export const PLANTED_TAX_NUMBER = '3012456789';
const PLANTED = [PLANTED_NAME, PLANTED_TAX_NUMBER, 'Шевченко', '3012456'];

/** The longest message (and the longest `uk`, `en` and issue list rendered) the SDK may produce. */
export const MAX_MESSAGE = 2048;

/**
 * The most an error may say in all (message, both texts, path, issues and suggestions): an error keeps 20 issues
 * and one counting the rest, each with a path of at most 200 characters and texts of at most 400 in each language
 * (about 21,000 characters), plus the message and 10 suggestions.
 */
export const MAX_ERROR_DETAIL = 32 * 1024;

function deepArray(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

function deepObject(depth: number): unknown {
  let value: unknown = {};
  for (let i = 0; i < depth; i++) value = { not: value };
  return value;
}

function withProtoKey(): unknown {
  return JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');
}

/** Dates and instants out of range or malformed, as strings and numbers. */
export const hostileDates: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  '0000-01-01',
  '0000-01-01T00:00:00Z',
  '9999-12-31',
  '+275760-09-13',
  '2036-01-05',
  '2036-01-05T10:00:00+02:00',
  '1970-01-01',
  '2026-02-30',
  '2026-13-01',
  '2026-1-1',
  '2026-03-07T25:00:00+02:00',
  '2026-03-07T10:00:00',
  `2026-03-07 ${PLANTED_NAME}`,
  PLANTED_TAX_NUMBER,
  1e21,
  -1e21,
  -1,
  0,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  new Date(Number.NaN),
  new Date(8.64e15),
  new Date(-8.64e15),
);

/** Strings an attacker or a careless client sends: huge, odd Unicode, personal data, injections. */
export const hostileStrings: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\uD800',
    '\u202E',
    '\uFEFF',
    'javascript:alert(1)',
    '<script>alert(1)</script>',
    '__proto__',
    'constructor',
    'toString',
    PLANTED_NAME,
    PLANTED_TAX_NUMBER,
    `${PLANTED_NAME} ${PLANTED_TAX_NUMBER}`,
    'x'.repeat(10_000),
    PLANTED_TAX_NUMBER.repeat(1000),
  ),
);

/** Any value at all, hostile: wrong types, huge and deep values, `__proto__` keys, odd Unicode, bad dates. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  {
    arbitrary: fc.anything({
      maxDepth: 3,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
      withNullPrototype: true,
      withObjectString: true,
      withBoxedValues: true,
    }),
    weight: 4,
  },
  { arbitrary: hostileStrings, weight: 3 },
  { arbitrary: hostileDates, weight: 2 },
  {
    arbitrary: fc.constantFrom<unknown>(
      undefined,
      null,
      0,
      -0,
      Number.NaN,
      Number.MAX_SAFE_INTEGER,
      Symbol('s'),
      () => 1,
      [],
      {},
      Object.create(null),
      withProtoKey(),
      deepArray(10_000),
      deepObject(10_000),
      new Proxy({}, { get: () => PLANTED_NAME }),
      Array.from({ length: 100_000 }, () => ({})),
      { [PLANTED_NAME]: PLANTED_TAX_NUMBER, ['k'.repeat(100_000)]: 1 },
    ),
    weight: 2,
  },
);

/**
 * An object shaped like `valid` with one field (at any depth) replaced by a hostile value, or a hostile key added:
 * the input that gets furthest into a function before it is judged.
 */
export function mutated<T>(valid: T): fc.Arbitrary<unknown> {
  const paths = fieldPaths(valid);
  return fc.oneof(
    fc
      .tuple(fc.constantFrom(...(paths.length > 0 ? paths : [[]])), hostile)
      .map(([path, value]) => setAt(valid, path, value)),
    fc
      .tuple(fc.constantFrom(...(paths.length > 0 ? paths : [[]])), hostileStrings, hostile)
      .map(([path, key, value]) => setAt(valid, [...path.slice(0, -1), key], value)),
  );
}

function fieldPaths(value: unknown, prefix: PropertyKey[] = [], out: PropertyKey[][] = []): PropertyKey[][] {
  if (value === null || typeof value !== 'object' || prefix.length > 6) return out;
  for (const [key, item] of Object.entries(value)) {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    out.push(path);
    fieldPaths(item, path, out);
  }
  return out;
}

function setAt(value: unknown, path: readonly PropertyKey[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [PropertyKey, ...PropertyKey[]];
  // An array's `length` cannot be redefined as a value of any kind: a hostile key `length` makes it an object.
  const source = Array.isArray(value) && head === 'length' ? { ...value } : value;
  const copy = (
    Array.isArray(source) ? [...source] : source !== null && typeof source === 'object' ? { ...source } : {}
  ) as Record<PropertyKey, unknown>;
  Object.defineProperty(copy, head, {
    value: setAt(copy[head], rest, replacement),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

/** Whether `error` is one of the SDK's typed errors (every package's error extends one of these two). */
export function isSdkError(error: unknown): error is IssuesError<string> | DeadlinesError {
  return error instanceof IssuesError || error instanceof DeadlinesError;
}

function prototypeState(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype]
    .map((proto) => Object.getOwnPropertyNames(proto).sort().join(','))
    .join('|');
}

const PROTOTYPES = prototypeState();

/** Everything an SDK error says, as one text: what must stay bounded and free of personal data. */
function errorText(error: IssuesError<string> | DeadlinesError): string {
  const issues = 'issues' in error ? error.issues : [];
  const suggestions = 'suggestions' in error ? error.suggestions : [];
  return [
    error.message,
    error.uk,
    error.en,
    error.path,
    JSON.stringify(issues),
    JSON.stringify(suggestions),
  ].join('\n');
}

/** What a call did: returned (with its result) or threw (with its error); the verdict is in {@link judge}. */
export type Outcome = { readonly returned: unknown } | { readonly threw: unknown };

/** Calls `call`, catching anything, including a stack overflow. */
export function attempt(call: () => unknown): Outcome {
  try {
    return { returned: call() };
  } catch (error) {
    return { threw: error };
  }
}

/**
 * The verdict on one call: a result that `valid` accepts (it throws or returns false otherwise), or the SDK's
 * typed error with a code and a path, bounded, without planted personal data; and no prototype changed.
 */
export function judge(outcome: Outcome, valid: (result: unknown) => unknown = () => true): void {
  expect(prototypeState(), 'a prototype changed').toBe(PROTOTYPES);
  expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').toBeUndefined();
  if ('returned' in outcome) {
    expect(valid(outcome.returned), 'an invalid result with no error').not.toBe(false);
    return;
  }
  const error = outcome.threw;
  if (!isSdkError(error)) {
    const described = error instanceof Error ? `${error.name}: ${error.message.slice(0, 300)}` : typeof error;
    expect.fail(`not the SDK's typed error: ${described}`);
  }
  expect(error.code, 'error code').toMatch(/^[A-Z_]+$/);
  expect(typeof error.path, 'error path').toBe('string');
  expect(error.path.length, 'error path').toBeGreaterThan(0);
  expect(error.uk.length, 'Ukrainian message').toBeGreaterThan(0);
  expect(error.en.length, 'English message').toBeGreaterThan(0);
  const text = errorText(error);
  expect(error.message.length, 'message length').toBeLessThanOrEqual(MAX_MESSAGE);
  expect(text.length, 'everything the error says').toBeLessThanOrEqual(MAX_ERROR_DETAIL);
  for (const planted of PLANTED) expect(text.includes(planted), `the error repeats "${planted}"`).toBe(false);
  expectUkrainian(error);
}

/** The Ukrainian texts of an error (its own and its issues') hold no English words («Неможливо add a case»). */
function expectUkrainian(error: IssuesError<string> | DeadlinesError): void {
  const texts = [error.uk, ...('issues' in error ? error.issues.map((issue) => issue.uk) : [])];
  for (const text of texts) {
    expect(englishWordsIn(text), `English words in «${text.slice(0, 200)}» (${error.code})`).toEqual([]);
  }
}

/** Calls and judges at once: the usual line of a fuzz property. */
export function expectSafe(call: () => unknown, valid?: (result: unknown) => unknown): void {
  judge(attempt(call), valid);
}

/**
 * Asserts that the fuzz table names every function and class a package exports, so a new export cannot go
 * unfuzzed; `exempt` names what is not callable with input (with the reason).
 */
export function expectEveryExportCovered(
  module: Record<string, unknown>,
  covered: readonly string[],
  exempt: Readonly<Record<string, string>> = {},
): void {
  const callable = Object.entries(module)
    .filter(([, value]) => typeof value === 'function')
    .map(([name]) => name)
    .filter((name) => !(name in exempt));
  expect(callable.filter((name) => !covered.includes(name)).sort()).toEqual([]);
}

/** A value that is valid, hostile, or valid with one field made hostile (`mutatedWeight` of the last). */
export function anyOf(
  valid: fc.Arbitrary<unknown>,
  example?: unknown,
  mutatedWeight = 2,
): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: valid, weight: 2 },
    { arbitrary: hostile, weight: 2 },
    { arbitrary: hostileDates, weight: 1 },
    ...(example === undefined ? [] : [{ arbitrary: mutated(example), weight: mutatedWeight }]),
  );
}

/** Whether a hostile input itself carries `word` (in a value or a key), so a result may repeat it. */
export function mentions(input: unknown, word: string, depth = 0, seen = new Set<unknown>()): boolean {
  if (typeof input === 'string') return input.includes(word);
  if (input === null || typeof input !== 'object' || depth > 12 || seen.has(input)) return false;
  seen.add(input);
  try {
    return Object.entries(input).some(
      ([key, value]) => key.includes(word) || mentions(value, word, depth + 1, seen),
    );
  } catch {
    return false;
  }
}

/** A text a person reads: no `undefined`, `NaN`, `Infinity` or `[object …]` unless the input itself said so. */
export function readable(text: unknown, input: unknown): boolean {
  expect(typeof text).toBe('string');
  for (const word of ['undefined', 'NaN', '[object ', 'Infinity']) {
    if (!mentions(input, word)) expect(text, `a text with ${word}`).not.toContain(word);
  }
  return true;
}

/** A real `YYYY-MM-DD` day within the calendar's supported range. */
export function inRange(date: unknown): boolean {
  expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const ms = Date.parse(`${date as string}T00:00:00Z`);
  expect(new Date(ms).toISOString().slice(0, 10), 'a real calendar day').toBe(date);
  expect((date as string) >= FIRST_SUPPORTED_DAY && (date as string) <= LAST_SUPPORTED_DAY, 'in range').toBe(
    true,
  );
  return true;
}

/** One row of a package's fuzz table: the hostile arguments of one export, the call, and what makes a result valid. */
export interface FuzzCase {
  readonly args: fc.Arbitrary<unknown[]>;
  readonly call: (...args: never[]) => unknown;
  readonly valid?: (result: never, args: unknown[]) => boolean;
}

/** A property for each row of a fuzz table, every call judged by {@link expectSafe}; call it inside a `describe`. */
export function fuzzTable(cases: Readonly<Record<string, FuzzCase>>, timeout?: number): void {
  for (const [name, { args, call, valid }] of Object.entries(cases)) {
    test.prop([args], { numRuns: RUNS })(
      name,
      (values) => {
        expectSafe(
          () => (call as (...values: unknown[]) => unknown)(...values),
          valid === undefined
            ? undefined
            : (result) => (valid as (result: unknown, args: unknown[]) => boolean)(result, values),
        );
      },
      timeout,
    );
  }
}
