import { readFileSync } from 'node:fs';
import { run } from './run.js';
import { colourWanted } from './terminal.js';

const result = run(process.argv.slice(2), {
  // Read only when an option is given `-`: `vikno checklist … --facts -` after a pipe.
  stdin: () => readFileSync(0, 'utf8'),
  colour: colourWanted({ isTTY: process.stdout.isTTY, env: process.env }),
});
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
