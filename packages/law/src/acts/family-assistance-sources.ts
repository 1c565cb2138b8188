import type { Act } from '../register.js';

// Acts and sources first cited for the state assistance to families with children (Law 2811-XII), as read to settle its values. Each act is a constant of its own.

/** Інформаційна картка «Призначення державної допомоги при народженні дитини» (УСЗН Лубенської РДА, наказ № 45 від 01.12.2021) */
export const LUBNY_BIRTH_ASSISTANCE_CARD_2021: Act = {
  id: 'lubny-birth-assistance-card-2021',
  kind: 'informationCard',
  adopted: '2021-12-01',
  title: {
    uk:
      'Інформаційна картка адміністративної послуги «Призначення державної допомоги при народженні дитини» ' +
      '(УСЗН Лубенської РДА, наказ № 45 від 01.12.2021)',
    en: 'Information card: birth assistance (Lubny district social protection, order 45 of 01.12.2021)',
  },
  url: 'https://novosr.gov.ua/news/1644235249/',
};

/** The acts of this file, in the order written. */
export const FAMILY_ASSISTANCE_SOURCES_ACTS: readonly Act[] = [LUBNY_BIRTH_ASSISTANCE_CARD_2021];
