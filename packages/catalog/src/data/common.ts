import type { LegalSource } from '@vikno/deadlines';
import type { Dated, Provider } from '../schema.js';

/*
 * Sources and values shared by many services. A source is `verified: true` only when its wording was seen in the
 * official text or in a card or notice published by a public body (a gov.ua site); a news or training site, or
 * memory, ships `verified: false` with a note.
 */

/** Law 5203-VI «Про адміністративні послуги», the act on administrative services as a whole. */
export const LAW_5203: LegalSource = {
  id: 'law-5203-vi',
  act: { uk: 'Закон України «Про адміністративні послуги»', en: 'Law of Ukraine On Administrative Services' },
  number: '5203-VI',
  adopted: '2012-09-06',
  inForce: '2012-10-07',
  url: 'https://zakon.rada.gov.ua/laws/show/5203-17',
  verified: true,
  note: 'In force since 07.10.2012 per data.rada.gov.ua/laws/anot/5203-17.',
};

/** Law 5203-VI Art. 11 part 2: social-character services are free of charge. */
export const LAW_5203_ART_11_FREE: LegalSource = {
  ...LAW_5203,
  id: 'law-5203-vi-art-11',
  provision: { uk: 'ч. 2 ст. 11', en: 'Art. 11 part 2' },
  verified: false,
  note:
    'Secondary only: a textbook on the Law (lib-net.com, «Плата за надання адміністративних послуг») says services ' +
    '«у сфері соціального забезпечення громадян» are free under Art. 11, and the U-LEAD course ' +
    '(courses.prosto.in.ua) cites part 2 of Art. 11; every social card seen says «безоплатно». Bill 4380 «Про ' +
    'адміністративний збір» (second reading prepared in January 2026, sud.ua) would restate fees and keep social ' +
    'services free.',
};

/** Law 5203-VI Art. 20: appeals against a provider's decisions, actions or inaction. */
export const LAW_5203_ART_20_APPEAL: LegalSource = {
  ...LAW_5203,
  id: 'law-5203-vi-art-20',
  provision: { uk: 'ст. 20', en: 'Art. 20' },
  verified: false,
  note: 'Article number and wording from memory; the official text was not read.',
};

/**
 * КМУ resolution 695 of 11.06.2025: the application form for assistance the Pension Fund administers, quoted in
 * a technological card (pravdorub.live).
 */
export const KMU_695_2025: LegalSource = {
  id: 'kmu-695-2025',
  act: {
    uk: 'Постанова КМУ «Деякі питання надання окремих видів державної соціальної допомоги Пенсійним фондом України»',
    en: 'Cabinet resolution on certain issues of the Pension Fund providing some kinds of state social assistance',
  },
  number: '695',
  adopted: '2025-06-11',
  url: 'https://zakon.rada.gov.ua/laws/show/695-2025-п',
  verified: false,
  note: 'Number, date and title quoted in a technological card (pravdorub.live); the text itself was not read.',
};

/**
 * The transfer of assigning and paying state social assistance from the social protection bodies to the Pension
 * Fund from 01.07.2025, as the district administration of Nadvirna announced it.
 */
export const PFU_TRANSFER_2025: LegalSource = {
  id: 'pfu-transfer-2025-07-01',
  act: {
    uk: 'Повідомлення Надвірнянської РДА про передачу функцій до Пенсійного фонду України',
    en: 'Notice of the Nadvirna district administration on the transfer of functions to the Pension Fund',
  },
  inForce: '2025-07-01',
  url: 'https://nadrda.gov.ua/2025/07/14',
  verified: true,
  note:
    'Quoted: «Починаючи з 1 липня 2025 року, функції з призначення та виплати певних видів державних соціальних ' +
    'допомог … передані від органів соціального захисту населення до Пенсійного фонду України». Which of the ' +
    '39 or 41 types are included is not settled by one official list; each service cites its own evidence.',
};

/** The social protection unit as the decider of social assistance. */
export const USZN: Provider = {
  kind: 'uszn',
  name: {
    uk: 'Структурний підрозділ з питань соціального захисту населення районної держадміністрації або ради',
    en: 'Social protection unit (USZN) of the district administration or council',
  },
};

/** A territorial body of the Pension Fund as the decider. */
export const PFU: Provider = {
  kind: 'pfu',
  name: {
    uk: 'Територіальний орган Пенсійного фонду України',
    en: 'Territorial body of the Pension Fund of Ukraine',
  },
};

/** The last day УСЗН decided the assistance types transferred to the Pension Fund. */
export const LAST_DAY_BEFORE_PFU = '2025-06-30';
/** The first day the Pension Fund decided the transferred types. */
export const FIRST_DAY_OF_PFU = '2025-07-01';

/**
 * The provider series of an assistance type transferred to the Pension Fund on 01.07.2025.
 *
 * @param usznBasis - the sources that made УСЗН the decider.
 * @param pfuBasis - the sources that show this type among those transferred.
 */
export function transferredToPfu(usznBasis: LegalSource[], pfuBasis: LegalSource[]): Dated<Provider>[] {
  return [
    { to: LAST_DAY_BEFORE_PFU, value: USZN, basis: usznBasis },
    { from: FIRST_DAY_OF_PFU, value: PFU, basis: [PFU_TRANSFER_2025, ...pfuBasis] },
  ];
}

/** Free of charge as a social-character service, for the whole life of the service. */
export const FREE_AS_SOCIAL: Dated<{ kind: 'free' }>[] = [
  { value: { kind: 'free' }, basis: [LAW_5203_ART_11_FREE] },
];

/** The general appeal route of Law 5203-VI Art. 20. */
export const APPEAL_GENERAL: Dated<{ uk: string; en: string }>[] = [
  {
    value: {
      uk: 'Рішення, дії або бездіяльність суб’єкта надання можна оскаржити до органу вищого рівня або до суду.',
      en: 'The decision, action or inaction of the provider may be appealed to the higher body or to a court.',
    },
    basis: [LAW_5203_ART_20_APPEAL],
  },
];

/**
 * Seed 001, the methodical material «Моделі надання адміністративних послуг соціального характеру у ЦНАП»: the
 * three delivery models for social-character services in general.
 */
export const SEED_MODELS: LegalSource = {
  id: 'models-of-apsh-in-cnap',
  act: {
    uk: 'Методичні матеріали «Моделі надання адміністративних послуг соціального характеру у ЦНАП»',
    en: 'Methodical material: models of delivering social-character administrative services through a CNAP',
  },
  verified: false,
  note:
    'Describes models I–III for social-character services in general, not per service. Whether «Соціальна ' +
    'громада» still carries applications decided by the Pension Fund after 01.07.2025 is not settled.',
};

/** The three models with «Соціальна громада», as the methodical material describes them for social services. */
export const ALL_MODELS: Dated<{ models: ('I' | 'II' | 'III')[]; socialHromada: boolean }>[] = [
  { value: { models: ['I', 'II', 'III'], socialHromada: true }, basis: [SEED_MODELS] },
];

/**
 * Law 5203-VI Art. 10: the general 30-calendar-day ceiling of an administrative service where a law sets no other
 * term. Services cite it only where no term of their own was found, so the catalogue still says how long the
 * provider may take at most; such a term is a fallback, not a confirmed special term.
 */
export const LAW_5203_ART_10_CEILING: LegalSource = {
  ...LAW_5203,
  id: 'law-5203-vi-art-10',
  provision: { uk: 'ст. 10', en: 'Art. 10' },
  verified: false,
  note:
    'Fallback: no term of this service was found on a card or in an act. The 30-calendar-day ceiling of Art. 10 ' +
    'is from secondary sources and memory (domain notes [M]); the official wording was not read.',
};

/** The 30-calendar-day ceiling as a service's term, for services whose own term was not found. */
export const CEILING_TERM: Dated<{ kind: 'term'; term: { amount: number; unit: 'calendarDays' } }>[] = [
  { value: { kind: 'term', term: { amount: 30, unit: 'calendarDays' } }, basis: [LAW_5203_ART_10_CEILING] },
];
