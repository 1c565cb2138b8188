// The host's part of the administrative procedure in the demo: the decision document the applicant receives, built
// from the case and the catalogue, and the complaint filed against it.

import type { ServiceView } from '@vikno/catalog';
import type { Checklist } from '@vikno/checklists';
import type { LocalizedText } from '@vikno/deadlines';
import {
  type CaseContext,
  type Complaint,
  type DecisionDocument,
  decisionOfCase,
  defaultAppeal,
  fileComplaint,
} from '@vikno/workflows';
import { dotted, type Glossary } from './narrate.js';
import { type ComplaintStep, VERIFICATION_FAILED } from './scenario.js';

/** A refusal ground in words, with the sources it rests on. */
export interface Ground {
  readonly text: LocalizedText;
  readonly basis: ServiceView['legalBasis']['value'];
}

/**
 * Where the demo's applicant appeals: Law 2073-IX Art. 79 part 1 sends a complaint to the administrative body of
 * the higher level unless a law names another, and Art. 71 part 1 asks the act to name it and the kind of court. Which
 * body and which court are a host's setting: the demo names them as the law describes them.
 */
export const APPEAL_BODIES = {
  complaintTo: {
    uk: 'адміністративний орган вищого рівня щодо органу, який ухвалив рішення',
    en: 'the administrative body of the higher level over the body that decided',
  },
  court: { uk: 'адміністративний суд', en: 'an administrative court' },
} as const satisfies Record<string, LocalizedText>;

/**
 * The refusal grounds of a service by the code the cases record, in the catalogue's words and with its sources: the
 * living allowance's one ground (failed verification) as `verification-failed`.
 */
export function refusalGrounds(service: ServiceView): Record<string, Ground> {
  const [ground] = service.refusalGrounds?.value ?? [];
  return ground === undefined || service.id !== 'idp-living-allowance'
    ? {}
    : { [VERIFICATION_FAILED]: { text: ground, basis: service.refusalGrounds?.basis ?? [] } };
}

/** The names the narrator gives a case's documents (from its checklist) and refusal grounds (from the catalogue). */
export function glossaryOf(service: ServiceView, checklist: Checklist): Glossary {
  const documents: Record<string, LocalizedText> = {};
  for (const item of [...checklist.items, ...checklist.notDemanded]) {
    for (const document of item.documents) documents[document.id] = document.name;
  }
  const grounds = Object.fromEntries(
    Object.entries(refusalGrounds(service)).map(([code, ground]) => [code, ground.text]),
  );
  return { documents, grounds };
}

/**
 * The decision document of a case decided and delivered, as the applicant receives it: `decisionOfCase` reads the
 * number, the day, the outcome, the grounds, the hearing and the delivery from the case; the demo gives the
 * catalogue's service name, provider and legal basis, the facts as short texts without personal data, each ground
 * in the catalogue's words with its sources, and the appeal of `defaultAppeal` to {@link APPEAL_BODIES}.
 */
export function decisionOf(context: CaseContext, service: ServiceView): DecisionDocument {
  const { hearing, filedOn } = context;
  const facts: LocalizedText[] = [
    {
      uk: `Заяву подано ${dotted(filedOn ?? '')} через ЦНАП разом з документами за переліком.`,
      en: `The application was filed at the CNAP on ${dotted(filedOn ?? '')} with the documents listed.`,
    },
  ];
  if (context.grounds.includes(VERIFICATION_FAILED)) {
    facts.push({
      uk: 'Інформацію заявника перевірено (верифікація): вона не відповідає критеріям призначення допомоги.',
      en: 'The applicant’s information was verified: it does not meet the criteria for the allowance.',
    });
  }
  if (hearing?.state === 'heard') {
    facts.push({
      uk: 'Пояснення заявника розглянуто; вони не спростовують результатів верифікації.',
      en: 'The applicant’s explanations were considered; they do not refute the verification.',
    });
  }
  // The catalogue's words are a heading; in the decision the reason is a sentence before its provisions.
  const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
  const reasons = Object.fromEntries(
    Object.entries(refusalGrounds(service)).map(([code, ground]) => [
      code,
      { text: { uk: sentence(ground.text.uk), en: sentence(ground.text.en) }, basis: ground.basis },
    ]),
  );
  return decisionOfCase(context, {
    service: { id: service.id, name: service.name.value },
    body: service.provider.value.name,
    facts,
    reasons,
    provisions: service.legalBasis.value,
    appeal: defaultAppeal(APPEAL_BODIES),
  });
}

/** A complaint against the decision the case delivered, filed as the story's step says. */
export function complaintAgainst(
  context: CaseContext,
  filing: Extract<ComplaintStep, { type: 'file' }>,
): Complaint {
  const { delivery, outcome } = context;
  if (delivery === undefined || outcome === undefined) {
    throw new Error(`case ${context.caseId} has no decision delivered`);
  }
  return fileComplaint({
    complaintId: filing.complaintId,
    caseId: context.caseId,
    serviceId: context.serviceId,
    reviewerOffice: filing.reviewerOffice,
    // The decision the demo prints states how, where and by when to appeal it (Law 2073-IX Art. 71 part 1), so the
    // filing term runs (Art. 80 part 4 keeps it open for a decision that does not).
    decision: { outcome, deliveredOn: delivery.on, appealInstructions: true },
    by: filing.by,
    at: filing.at,
  });
}
