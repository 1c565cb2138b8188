import type { Citation } from '@vikno/law';
import { APPLICATION, IDENTITY } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** The Kharkiv regional service centre's card: the documents, read in part. */
const RCP_KH_CARD: Citation = {
  act: 'temporary-child-assistance-rcp-kh-card',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«– Заява за формою, затвердженою Мінсоцполітики; – паспорт громадянина України та його копія; – копія ' +
    'свідоцтва про народження дитини; – декларація про доходи та майновий стан осіб, що звернулися за ' +
    'призначенням усіх видів соціальної допомоги … Додатково у ра[зі] …»',
  note:
    'rcp.kh.ua/category/dopomoga/488. The lines «додатково у разі…» (by the ground: the court decision on ' +
    'alimony, the certificates of the criminal proceedings, treatment, service or incapacity, per the Pension ' +
    'Fund’s notice retold by sud.ua) were not read in full and are not recorded.',
};

/** The documents of temporary state assistance to children whose parents evade alimony, by the day each list took effect. */
export const TEMPORARY_CHILD_ASSISTANCE: ServiceRules = {
  serviceId: 'temporary-child-assistance',
  periods: {
    earliest: [
      {
        ...APPLICATION,
        reason: { uk: 'Заява за встановленою формою', en: 'The application in the prescribed form' },
        basis: [RCP_KH_CARD],
      },
      {
        ...IDENTITY,
        form: 'copyWithOriginal',
        reason: { uk: 'Паспорт заявника та його копія', en: 'The applicant’s passport and a copy of it' },
        basis: [RCP_KH_CARD],
      },
      {
        id: 'birth-certificate',
        documents: ['birth-certificate'],
        form: 'copy',
        reason: { uk: 'Свідоцтво про народження дитини', en: 'The child’s birth certificate' },
        basis: [RCP_KH_CARD],
      },
      {
        id: 'income-declaration',
        documents: ['income-declaration'],
        form: 'original',
        reason: {
          uk: 'Допомога залежить від доходу сім’ї: декларація про доходи та майновий стан',
          en: 'The assistance depends on the family’s income: the income and property declaration',
        },
        basis: [RCP_KH_CARD],
      },
    ],
  },
};
