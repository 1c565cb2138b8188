import type { Citation } from '@vikno/law';
import { APPLICATION, GUARDIANSHIP, IDENTITY, RNOKPP } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** sud.ua (23.11.2025) retelling Diia: the documents of the temporary assistance. */
const SUD_2025: Citation = {
  act: 'sud-pension-age-assistance-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«звернутися до органу соціального захисту … з заявою та пакетом документів: • паспорт; • ідентифікаційний ' +
    'код; • довідка Пенсійного фонду про стаж; • декларація про доходи та майно сім’ї за 6 місяців; • за потреби — ' +
    'рішення про опікунство.»',
  note:
    'The Pension Fund’s certificate of the insurance record is not a line here: the rule book has no document kind ' +
    'for it yet (reported). Whether each document is shown or copied is not said: the shared lines’ forms are used.',
};

/** The Solotvyno CNAP's item: the application and the documents go to the CNAP or the social protection body. */
const SOLOTVYNO_CNAP: Citation = {
  act: 'cnap-solotvyno-pension-age-assistance',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote: '«звернутися із заявою та пакетом документів до ЦНАПу або органу соціального захисту населення»',
};

/** The documents of the temporary assistance to a non-working person of pension age, by the day each list took effect. */
export const PENSION_AGE_TEMPORARY_ASSISTANCE: ServiceRules = {
  serviceId: 'pension-age-temporary-assistance',
  periods: {
    '2018-01-01': [
      {
        ...APPLICATION,
        reason: {
          uk: 'Заява про призначення тимчасової допомоги',
          en: 'The application for the temporary assistance',
        },
        basis: [SUD_2025, SOLOTVYNO_CNAP],
      },
      {
        ...IDENTITY,
        reason: { uk: 'Паспорт заявника', en: 'The applicant’s passport' },
        basis: [SUD_2025],
      },
      {
        ...RNOKPP,
        reason: { uk: 'Ідентифікаційний код заявника', en: 'The applicant’s taxpayer number' },
        basis: [SUD_2025],
      },
      {
        id: 'income-declaration',
        documents: ['income-declaration'],
        form: 'original',
        reason: {
          uk: 'Допомога залежить від доходу й майна: декларація про доходи та майно сім’ї за 6 місяців',
          en: 'The assistance depends on income and property: the family’s declaration of income and property for 6 months',
        },
        basis: [SUD_2025],
      },
      {
        ...GUARDIANSHIP,
        when: { fact: 'applicant', equals: 'legalRepresentative' },
        reason: {
          uk: 'Звертається опікун: рішення про встановлення опіки',
          en: 'A guardian applies: the decision establishing guardianship',
        },
        basis: [SUD_2025],
      },
    ],
  },
};
