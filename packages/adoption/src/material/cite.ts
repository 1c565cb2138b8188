import type { Citation, LocalizedText } from '@vikno/law';
import type { LaterChange, SeedCitation, SeedFile, Sourced } from './types.js';

// The citations the material shares: the day it was last read against the seeds and the acts, the acts the seeds
// name (through the register of @vikno/law), and the 2025 move of assistance decisions to the Pension Fund.

/** The day the material was last read against the seeds and the acts. */
export const CHECKED_ON = '2026-11-26';

/** A passage of a seed. */
export function seed(file: SeedFile, heading: string, quote: string): SeedCitation {
  return { seed: file, heading, quote };
}

/** What an item rests on: its seed passages and the acts they name. */
export function sourced(sources: readonly SeedCitation[], acts: readonly Citation[] = []): Sourced {
  return { sources: [...sources], acts: [...acts] };
}

/** Seed 000: strengths and challenges of models 1–3. */
export const S000 = '000_59145ca831ad471f';
/** Seed 001: the three models. */
export const S001 = '001_51c3d6681cd5d890';
/** Seed 002: ЦНАП vs Дія.Центр. */
export const S002 = '002_e2db6804a1d6e544';
/** Seed 003: practices worth copying. */
export const S003 = '003_877ae5f57b2eb8ca';
/** Seed 004: a hromada's social front office. */
export const S004 = '004_3f733515b6704f21';

const NAMED_IN_SEED =
  'Named in the methodical material (seed 001); the act’s own text was not found in the stored pages nor in the ' +
  'mirror of laws: what it says is known only from the seed.';

/** КМУ order 523-р: the list of services delivered through a CNAP, which the models take as the base list. */
export const LIST_523: Citation = {
  act: 'kmu-order-523-2014',
  provision: { uk: 'п. 1 і додаток (перелік)', en: 'item 1 and the annex (the list)' },
  evidence: 'text',
  checkedOn: CHECKED_ON,
  quote:
    'затвердити перелік адміністративних послуг органів виконавчої влади, які надаються через центр надання ' +
    'адміністративних послуг, згідно з додатком',
  note:
    'Item 1 read on regulation.gov.ua/documents/id14025 (amendments listed to КМУ 853 of 11.08.2023). Which social ' +
    'services the annex lists today was not read: the seed says not all of them are in «Соціальна громада» and ' +
    'the other way round.',
};

/** The ministry's letter 968/0/2-20/51 with the sample cooperation agreement. */
export const AGREEMENT_968: Citation = {
  act: 'mlsp-letter-968-2020',
  provision: { uk: 'зразок угоди про співробітництво', en: 'the sample cooperation agreement' },
  evidence: 'secondary',
  checkedOn: CHECKED_ON,
  quote: 'зразок наведено в листі Мінсоцполітики від 22.01.2020 № 968/0/2-20/51',
  note: NAMED_IN_SEED,
};

/** The ministry's order 723 of 11.05.2019, on which the cards are prepared. */
export const CARDS_723: Citation = {
  act: 'mlsp-order-723-2019',
  evidence: 'secondary',
  checkedOn: CHECKED_ON,
  quote: 'з урахуванням наказу Мінсоцполітики від 11.05.2019 № 723',
  note: NAMED_IN_SEED,
};

/** The ministry's order 45 of 22.01.2020: the oblast's social protection bodies coordinate, support and train. */
export const SUPPORT_45: Citation = {
  act: 'mlsp-order-45-2020',
  evidence: 'secondary',
  checkedOn: CHECKED_ON,
  quote:
    'відповідно до наказу Мінсоцполітики від 22.01.2020 № 45 органи соціального захисту населення ОДА ' +
    'координують та супроводжують ОМС, а також організовують навчання',
  note: NAMED_IN_SEED,
};

/** The same order 45 as the seed cites it for the information campaign. */
export const CAMPAIGN_45: Citation = {
  act: 'mlsp-order-45-2020',
  evidence: 'secondary',
  checkedOn: CHECKED_ON,
  quote:
    'відповідно до наказу Мінсоцполітики від 22.01.2020 № 45 органи соціального захисту населення ОДА проводять ' +
    'інформаційно-роз’яснювальну роботу',
  note: NAMED_IN_SEED,
};

const MOVE_NOTE =
  'The ministry, as UNN (09.07.2025) quotes it, names КМУ 695, 765 and 766 as the acts of the move; their own ' +
  'texts were not read.';

/** The acts and the notice of the 2025 move of assistance decisions to the Pension Fund. */
const PENSION_FUND_MOVE: readonly Citation[] = [
  {
    act: 'pfu-transfer-2025-07-01',
    evidence: 'officialCard',
    checkedOn: CHECKED_ON,
    quote:
      'Починаючи з 1 липня 2025 року, функції з призначення та виплати певних видів державних соціальних допомог ' +
      'і соціальних стипендій передані від органів соціального захисту населення до Пенсійного фонду України … ' +
      'Через уповноважену особу виконавчого органу місцевої ради; Через ЦНАП',
    note:
      'Nadvirna district administration’s notice of 14.07.2025. It also says the move uses «Єдиної інформаційної ' +
      'системи соціальної сфери»; it does not say which system carries a CNAP’s documents to the Pension Fund.',
  },
  { act: 'kmu-695-2025', evidence: 'secondary', checkedOn: CHECKED_ON, note: MOVE_NOTE },
  { act: 'kmu-765-2025', evidence: 'secondary', checkedOn: CHECKED_ON, note: MOVE_NOTE },
  { act: 'kmu-766-2025', evidence: 'secondary', checkedOn: CHECKED_ON, note: MOVE_NOTE },
];

/** The day the Pension Fund began to decide the moved assistance types. */
export const PENSION_FUND_FROM = '2025-07-01';

/** A change of a step by the 2025 move to the Pension Fund. */
export function pensionFundChange(what: LocalizedText, extra: readonly Citation[] = []): LaterChange {
  return { from: PENSION_FUND_FROM, what, acts: [...PENSION_FUND_MOVE, ...extra] };
}

/** Who the hromada deals with after the move, for the steps that name УСЗН as the other party. */
export const COUNTERPART_AFTER_MOVE: LocalizedText = {
  uk:
    'З 01.07.2025 види допомог, передані Пенсійному фонду, призначає його територіальний орган, а не УСЗН: для ' +
    'цих послуг перелік, угода і картки стосуються органу ПФУ; за УСЗН лишаються послуги, що йому залишилися. ' +
    'Це прочитання повідомлення про передачу; акта про угоди громад з ПФУ не прочитано.',
  en:
    'From 01.07.2025 the assistance types moved to the Pension Fund are decided by its territorial body, not by ' +
    'УСЗН: for those services the list, the agreement and the cards concern the Pension Fund’s body; УСЗН keeps ' +
    'the services left with it. This is a reading of the notice of the move; no act on hromadas’ agreements with ' +
    'the Pension Fund was read.',
};

/** The Pension Fund's typical card of a moved service, as evidence that it approves such cards. */
export const PFU_TYPICAL_CARD: Citation = {
  act: 'pfu-order-119-2025',
  evidence: 'officialCard',
  checkedOn: CHECKED_ON,
  note:
    'The Pension Fund approves the typical information cards of the services moved to it (its order 119 of ' +
    '10.07.2025, the card of birth assistance, on pfu.gov.ua).',
};
