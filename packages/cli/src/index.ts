/**
 * The `vikno` command: the Ukrainian legal calendar, terms, the service catalogue, information cards, checklists
 * and catalogue validation from the terminal. Readable output by default, `--json` for machines, `--en` for
 * English; exit code 0 on success, 1 when a checked file has problems, 2 on bad input.
 *
 * ```sh
 * npx @vikno/cli calendar 2026
 * npx @vikno/cli deadline --from 2026-03-02 --term 10wd
 * npx @vikno/cli services --search субсидія
 * ```
 *
 * The same commands run in-process through {@link run}.
 *
 * @example
 * ```ts
 * import { run } from '@vikno/cli';
 *
 * const { stdout, code } = run(['explain', '2026-05-08']);
 * ```
 *
 * @packageDocumentation
 */

export type { RunOptions, RunResult } from './run.js';
export { run } from './run.js';
