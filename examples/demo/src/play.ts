// One step of a demo case played on the SDK: the complaint step, if any, then each event after the host's clock,
// with the lines the demo prints. The database stays in main.ts, so the tests play the same steps in memory.

import type { ServiceView } from '@vikno/catalog';
import {
  type CaseActor,
  type CaseEmitted,
  type CaseEvent,
  type Complaint,
  renderDecision,
  reopeningEvent,
  sendCaseEvent,
  sendComplaintEvent,
} from '@vikno/workflows';
import type { Language, Narrator } from './narrate.js';
import { APPEAL_BODIES, complaintAgainst, decisionOf } from './procedure.js';
import type { Step } from './scenario.js';

/** What a step is played with: the case, its service, the complaint against it (if any), and how to say things. */
export interface Play {
  readonly actor: CaseActor;
  readonly service: ServiceView;
  readonly complaint: Complaint | undefined;
  readonly say: Narrator;
  readonly language: Language;
}

/** What a step did: the lines to print, and the complaint after it. */
export interface Played {
  readonly lines: string[];
  readonly complaint: Complaint | undefined;
}

/** Plays `step`: files or decides the complaint, sends each event after a tick, and prints the decision if asked. */
export function playStep(step: Step, play: Play): Played {
  const { actor, say } = play;
  const lines: string[] = [];
  const emitted: CaseEmitted[] = [];
  const subscription = actor.on('*', (event) => emitted.push(event));
  let complaint = play.complaint;

  const send = (event: CaseEvent) => {
    // The host's clock first: warnings due by the moment of the event, then the event and what it emits.
    sendCaseEvent(actor, { type: 'TICK', by: { role: 'system', id: 'demo', office: 'cnap' }, at: event.at });
    for (const warning of emitted.splice(0)) lines.push(say.emitted(warning));
    const result = sendCaseEvent(actor, event);
    lines.push(
      `${say.time(event.at)}  ${say.event(event)}${result.accepted ? '' : ` — ${say.t('відхилено', 'refused')} (${result.reason})`}`,
    );
    if (result.accepted) lines.push(...say.after(event, actor.getSnapshot().context));
    for (const warning of emitted.splice(0)) lines.push(say.emitted(warning));
  };

  try {
    if (step.complaint?.type === 'file') {
      complaint = complaintAgainst(actor.getSnapshot().context, step.complaint);
      lines.push(...say.complaintFiled(complaint, APPEAL_BODIES.complaintTo));
    } else if (step.complaint?.type === 'decide') {
      if (complaint === undefined) throw new Error('no complaint to decide');
      const result = sendComplaintEvent(complaint, step.complaint.event);
      if (!result.accepted) throw new Error(`the complaint refused its decision (${result.reason})`);
      complaint = result.complaint;
      lines.push(say.complaintDecided(complaint));
      const relayed = reopeningEvent(complaint, step.complaint.relayAt);
      if (relayed !== undefined) send(relayed);
    }
    for (const event of step.events) send(event);
    if (step.printDecision) {
      const text = renderDecision(decisionOf(actor.getSnapshot().context, play.service), {
        locale: play.language,
      });
      lines.push(
        say.t('  ┌─ Рішення, як його отримує заявник', '  ┌─ The decision as the applicant receives it'),
      );
      for (const line of text.trimEnd().split('\n')) lines.push(`  │ ${line}`);
      lines.push('  └─');
    }
  } finally {
    subscription.unsubscribe();
  }
  return { lines, complaint };
}
