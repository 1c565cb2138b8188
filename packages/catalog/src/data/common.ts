import type { z } from 'zod';
import type { Channel, Delivery, Fee, Provider, ServiceTerm } from '../schema.js';
import { PFU_TRANSFER_2025, SEED_MODELS, SOCIAL_VIA_CNAP } from './citations/cards-and-notices.js';
import { LAW_393_ART_16_COMPLAINT, LAW_2811_ART_6_TERM } from './citations/evidence-catalog.js';
import {
  LAW_2073_ART_79_COMPLAINT,
  LAW_5203_ART_10_CEILING,
  LAW_5203_ART_11_FREE,
  LAW_5203_ART_19_APPEAL,
} from './citations/laws.js';
import type { Dates, Text } from './load.js';

/*
 * Values many services share, written once: the two providers of social assistance, and the series a service takes
 * whole when its own sources say nothing more (free of charge, the general appeal, the 30-day ceiling, the three
 * delivery models). Each series is keyed by the first day it applies (see `load.ts`); their citations are in
 * `citations/`.
 */

/** The social protection unit as the decider of social assistance. */
export const USZN: z.input<typeof Provider> = {
  kind: 'uszn',
  name: {
    uk: 'Структурний підрозділ з питань соціального захисту населення районної держадміністрації або ради',
    en: 'Social protection unit (USZN) of the district administration or council',
  },
};

/** A territorial body of the Pension Fund as the decider. */
export const PFU: z.input<typeof Provider> = {
  kind: 'pfu',
  name: {
    uk: 'Територіальний орган Пенсійного фонду України',
    en: 'Territorial body of the Pension Fund of Ukraine',
  },
};

/** Free of charge as a social-character service, for the whole life of the service (Law 5203-VI Art. 11). */
export const FREE_AS_SOCIAL: Dates<z.input<typeof Fee>> = {
  earliest: { value: { kind: 'free' }, basis: [LAW_5203_ART_11_FREE] },
};

const APPEAL_TEXT: Text = {
  uk: 'Рішення, дії або бездіяльність суб’єкта надання можна оскаржити до органу вищого рівня або до суду.',
  en: 'The decision, action or inaction of the provider may be appealed to the higher body or to a court.',
};

/** The result of an assistance decided on an application: assigned or refused. */
export const ASSIGN_OR_REFUSE: Text = {
  uk: 'Рішення про призначення допомоги або про відмову в її призначенні',
  en: 'A decision to assign the assistance or to refuse it',
};

/** The appeal of a Pension Fund body's decision under Law 2073-IX, as a service's own 2026 provision words it. */
export const APPEAL_PFU_2026: Text = {
  uk:
    'Рішення, дії чи бездіяльність органу Пенсійного фонду можна оскаржити в адміністративному порядку (Закон ' +
    '«Про адміністративну процедуру») та/або до адміністративного суду.',
  en:
    'The decision, action or inaction of the Pension Fund body may be appealed administratively (Law on ' +
    'Administrative Procedure) and/or to an administrative court.',
};

/**
 * The general appeal route: before Law 2073-IX, the complaint to the higher body or a court of Law 393/96-ВР
 * Art. 16 part 1 (the SDK cited Law 5203-VI Art. 20 before, which holds that law's final provisions); from
 * 15.12.2023, Law 5203-VI Art. 19 part 2 as Law 2073-IX worded it and the complaint body of Law 2073-IX Art. 79
 * part 1. All three read in the text.
 */
export const APPEAL_GENERAL: Dates<Text> = {
  earliest: { value: APPEAL_TEXT, basis: [LAW_393_ART_16_COMPLAINT] },
  '2023-12-15': { value: APPEAL_TEXT, basis: [LAW_5203_ART_19_APPEAL, LAW_2073_ART_79_COMPLAINT] },
};

/**
 * The 30-calendar-day ceiling of Law 5203-VI Art. 10 as a service's term, for services whose own term was not
 * found: a fallback that says how long the provider may take at most, not a confirmed special term.
 */
export const CEILING_TERM: Dates<z.input<typeof ServiceTerm>> = {
  earliest: {
    value: { kind: 'term', term: { amount: 30, unit: 'calendarDays' } },
    basis: [LAW_5203_ART_10_CEILING],
  },
};

/**
 * The term of state assistance to families with children: the 30-day ceiling until 2026, then the 10 days of Law
 * 2811-XII Art. 6 part 3 as read in the edition after Law 4681-IX (its earlier wording was not read).
 */
export const FAMILY_ASSISTANCE_TERM: Dates<z.input<typeof ServiceTerm>> = {
  ...CEILING_TERM,
  '2026-01-01': {
    value: { kind: 'term', term: { amount: 10, unit: 'calendarDays' } },
    basis: [LAW_2811_ART_6_TERM],
  },
};

/** The three models with «Соціальна громада», as the methodical material describes them for social services. */
export const ALL_MODELS: Dates<z.input<typeof Delivery>> = {
  earliest: { value: { models: ['I', 'II', 'III'], socialHromada: true }, basis: [SEED_MODELS] },
};

/**
 * The channels of an assistance the Pension Fund took over on 01.07.2025: the CNAP or the social protection unit
 * before; the CNAP, a starosta or the council's official, the Fund's office or post from that day (the transfer notice).
 */
export const CHANNELS_TO_PFU_2025: Dates<readonly Channel[]> = {
  earliest: { value: ['cnap', 'usznOffice'], basis: [SOCIAL_VIA_CNAP] },
  '2025-07-01': {
    value: ['cnap', 'starostaOrAuthorisedOfficial', 'pfuOffice', 'post'],
    basis: [PFU_TRANSFER_2025],
  },
};
