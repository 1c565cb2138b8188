import { type AnyStateMachine, StateMachine } from 'xstate';
import { workflowSays } from './messages/index.js';
import { WorkflowError } from './transfer-register.js';

/** The parts of a state node this module reads: its key, id, type, children and transitions. */
interface NodeLike {
  readonly key: string;
  readonly id: string;
  readonly type: string;
  readonly initial?: { readonly target: readonly NodeLike[] } | undefined;
  readonly states: Readonly<Record<string, NodeLike>>;
  readonly transitions: ReadonlyMap<string, readonly { readonly target?: readonly NodeLike[] | undefined }[]>;
}

const label = (node: NodeLike) => node.id.replaceAll('.', '_');

/**
 * A Mermaid `stateDiagram-v2` of a machine, for the docs: every state (compound states nested), the initial and
 * final states, and every transition with its event. Targetless transitions (ticks, the originals of model I) and
 * the catch-all that records refused events are left out: they do not change the state.
 *
 * @throws {@link WorkflowError} `INVALID_INPUT` for anything but an XState machine.
 * @example
 * ```ts
 * import { CASE_MACHINES, toMermaid } from '@vikno/workflows';
 *
 * console.log(toMermaid(CASE_MACHINES.III));
 * //=> stateDiagram-v2
 * //     [*] --> case_intake
 * //     …
 * ```
 */
export function toMermaid(machine: AnyStateMachine): string {
  if (!(machine instanceof StateMachine)) {
    throw new WorkflowError({
      code: 'INVALID_INPUT',
      path: 'machine',
      ...workflowSays('NOT_A_MACHINE', {}),
    });
  }
  const lines = ['stateDiagram-v2'];
  const edges: string[] = [];
  const visit = (node: NodeLike, depth: number) => {
    const indent = '  '.repeat(depth);
    const children = Object.values(node.states);
    const initial = node.initial?.target[0];
    if (initial !== undefined) lines.push(`${indent}[*] --> ${label(initial)}`);
    for (const child of children) {
      if (Object.keys(child.states).length > 0) {
        lines.push(`${indent}state "${child.key}" as ${label(child)} {`);
        visit(child, depth + 1);
        lines.push(`${indent}}`);
      } else {
        lines.push(`${indent}state "${child.key}" as ${label(child)}`);
      }
      if (child.type === 'final') lines.push(`${indent}${label(child)} --> [*]`);
      for (const [event, transitions] of child.transitions) {
        if (event === '*') continue;
        const targets = new Set(transitions.flatMap((transition) => (transition.target ?? []).map(label)));
        for (const target of targets) edges.push(`  ${label(child)} --> ${target}: ${event}`);
      }
    }
  };
  visit(machine.root as unknown as NodeLike, 1);
  return `${[...lines, ...edges].join('\n')}\n`;
}
