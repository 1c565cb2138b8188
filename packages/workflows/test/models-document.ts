import type { LegalSource } from '@vikno/law';
import {
  CASE_MACHINES,
  DELIVERY_MODELS,
  type Model,
  OFFICIALS,
  PERMISSIONS,
  toMermaid,
} from '../src/index.js';

const cell = (text: string) => text.replaceAll('|', '\\|');

/** A source as one line: the act, the provision, the evidence and the day it was checked. */
function sourceLine(source: LegalSource): string {
  const provision = source.provision === undefined ? '' : `, ${source.provision.en}`;
  const evidence = source.evidence ?? (source.verified ? 'verified' : 'unverified');
  const checked = source.checkedOn === undefined ? '' : `, checked ${source.checkedOn}`;
  return `- ${source.act.en}${provision} (evidence: ${evidence}${checked})`;
}

/** One model's section: its diagram, its technological card and who may send which event, each with its sources. */
function section(model: Model): string {
  const { name, transfer, card, permissions } = DELIVERY_MODELS[model];
  const roles = permissions.roles as Partial<Record<string, readonly string[]>>;
  return [
    `## Model ${model}: ${name.en}`,
    '',
    `\`\`\`mermaid\n${toMermaid(CASE_MACHINES[model]).replace('stateDiagram-v2\n', `stateDiagram-v2\n  accTitle: The states of a case in model ${model}: ${name.en}\n`)}\`\`\``,
    '',
    ...transfer.basis.map(sourceLine),
    '',
    `### The technological card of model ${model}`,
    '',
    '| № | Stage | Officials | Action | Term |',
    '|---|---|---|---|---|',
    ...card.stages.map(
      (stage, index) =>
        `| ${index + 1} | ${cell(stage.stage.en)} | ${stage.officials.map(({ official }) => OFFICIALS[official].en).join('<br>')} | ${stage.officials.map(({ action }) => action).join('<br>')} | \`${stage.term}\` |`,
    ),
    '',
    ...card.basis.map(sourceLine),
    '',
    `### Who may send which event in model ${model}`,
    '',
    '| Event | Roles |',
    '|---|---|',
    ...Object.keys(PERMISSIONS).flatMap((event) => {
      const allowed = roles[event];
      return allowed === undefined
        ? []
        : [`| \`${event}\` | ${allowed.map((role) => `\`${role}\``).join(', ')} |`];
    }),
    '',
    ...permissions.basis.map(sourceLine),
    '',
  ].join('\n');
}

/** The text of docs/models.md: each model of `DELIVERY_MODELS` with its machine's diagram, its card and its roles. */
export function modelsDocument(): string {
  return [
    '---',
    'title: The three delivery models',
    '---',
    '',
    '# The three delivery models',
    '',
    'Generated from `DELIVERY_MODELS` of `@vikno/workflows` and the machines built from it by `pnpm docs:diagrams`;',
    'do not edit by hand. Ticks, the paper originals of model I and refused events do not change the state and are',
    'not drawn. A card stage’s term names the term the card fills in: the service’s own (`decision`), the case’s',
    'transfer and notification terms, or a fixed moment.',
    '',
    ...(['I', 'II', 'III'] as const).map(section),
  ].join('\n');
}
