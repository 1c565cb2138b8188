import { CASE_MACHINES, toMermaid } from '../src/index.js';

const TITLES = {
  I: 'Model I: through the CNAP with «Соціальна громада», electronic transfer',
  II: 'Model II: the УСЗН front office inside the CNAP',
  III: 'Model III: through the CNAP on paper, with transfer registers',
} as const;

/** The text of docs/models.md: each machine's Mermaid diagram under its title. */
export function modelsDocument(): string {
  const sections = (['I', 'II', 'III'] as const).map(
    (model) => `## ${TITLES[model]}\n\n\`\`\`mermaid\n${toMermaid(CASE_MACHINES[model])}\`\`\`\n`,
  );
  return [
    '---',
    'title: The three delivery models',
    '---',
    '',
    '# The three delivery models as state machines',
    '',
    'Generated from the machines of `@vikno/workflows` by `pnpm docs:diagrams`; do not edit by hand. Ticks,',
    'the paper originals of model I and refused events do not change the state and are not drawn.',
    '',
    ...sections,
  ].join('\n');
}
