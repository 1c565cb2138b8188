// One step of a demo case played on the SDK: the complaint step, if any, then each event after the host's clock,
// with the lines the demo prints. The database stays in main.ts, so the tests play the same steps in memory.

import type { ServiceView } from '@vikno/catalog';
import { applicantStatus } from '@vikno/monitoring';
import {
  type CaseActor,
  type CaseEmitted,
  type CaseEvent,
  type CaseKeys,
  type Complaint,
  persistCase,
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

/**
 * Where the case stands, in the words `@vikno/monitoring` gives the applicant (`Результат отримано`), not the case
 * machine's state id; read as of the case's last event.
 */
export function stageWords(actor: CaseActor, keys: CaseKeys, language: Language): string {
  const persisted = persistCase(actor, { keys });
  const last = actor.getSnapshot().context.audit.at(-1)?.at;
  if (last === undefined) throw new Error('a case with no event has no stage to tell');
  return applicantStatus(persisted, { now: last, language }).headline;
}

/** One minute after an instant, as an ISO instant with the same offset. */
function minuteAfter(at: string): string {
  const [, hh = '0', mm = '0'] = /T(\d\d):(\d\d)/.exec(at) ?? [];
  const minutes = Number(hh) * 60 + Number(mm) + 1;
  if (minutes >= 24 * 60) return at;
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return at.replace(/T\d\d:\d\d(:\d\d(\.\d+)?)?/, `T${time}:00`);
}

/** Plays `step`: files or decides the complaint, sends each event after a tick, and prints the decision if asked. */
export function playStep(step: Step, play: Play): Played {
  const { actor, say } = play;
  const lines: string[] = [];
  const emitted: CaseEmitted[] = [];
  const subscription = actor.on('*', (event) => emitted.push(event));
  let complaint = play.complaint;

  const tick = (at: string) =>
    sendCaseEvent(actor, { type: 'TICK', by: { role: 'system', id: 'demo', office: 'cnap' }, at });
  /**
   * The host's clock up to `until`: each running term whose closing instant passed before it is ticked a minute
   * after it closed, so a missed term is printed at that moment, not at the next event.
   */
  const catchUp = (until: string) => {
    for (;;) {
      const closing = Object.values(actor.getSnapshot().context.terms)
        .filter((term) => term?.state === 'running' && !term.overdueRaised)
        .map((term) => minuteAfter(term?.dueAt ?? ''))
        .filter((at) => Date.parse(at) < Date.parse(until))
        .sort((a, b) => Date.parse(a) - Date.parse(b))[0];
      if (closing === undefined) return;
      tick(closing);
      const raised = emitted.splice(0);
      for (const warning of raised) lines.push(`${say.time(closing)}  ${say.emitted(warning).trimStart()}`);
      if (!raised.some((warning) => warning.type === 'deadline.overdue')) return;
    }
  };

  const send = (event: CaseEvent) => {
    // The host's clock first: terms missed before the event at the moment they were missed, warnings due by the
    // moment of the event, then the event and what it emits.
    catchUp(event.at);
    tick(event.at);
    for (const warning of emitted.splice(0)) lines.push(say.emitted(warning));
    const result = sendCaseEvent(actor, event);
    lines.push(
      `${say.time(event.at)}  ${say.event(event)}${result.accepted ? '' : ` — ${say.t('відхилено', 'refused')}${result.reason ? ` (${say.rejected(result.reason)})` : ''}`}`,
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
      catchUp(step.complaint.event.at);
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
