import type { Citation } from '@vikno/law';
import { APPLICATION, IDENTITY, RNOKPP } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** The condition of an application made in Diia. */
const ONLINE = { fact: 'applicationForm', equals: 'electronic' } as const;

/** The Pension Fund's notice as Censor.net reported it: the family representative's application, two forms. */
const CENSOR_PFU: Citation = {
  act: 'censor-pfu-basic-assistance-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Заява на отримання базової соціальної допомоги уповноваженого представника сім’ї подається в електронній ' +
    'формі … (портал "Дія") або в паперовій формі до обраного сервісного центру Пенсійного …»',
  note:
    'News (20.06.2025) retelling the Pension Fund. No source read lists the documents handed in with a paper ' +
    'application, so the paper list holds the application alone; the procedure of КМУ 371 was not read.',
};

/** Telegraf citing the Ministry of Social Policy (23.09.2025): what applying in Diia needs. */
const TELEGRAF_DIIA: Citation = {
  act: 'telegraf-diia-basic-assistance-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Щоб подати заяву онлайн, потрібні ID-картка або закордонний паспорт і верифікований податковий номер.»',
  note:
    'News retelling the Ministry; the taxpayer number is verified in Diia, not handed in, so it is recorded as read ' +
    'from the tax register.',
};

/** LB.ua citing the Ministry (22.09.2025): applying for it in Diia began then. */
const LB_DIIA: Citation = {
  act: 'lb-diia-basic-assistance-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote: '«У застосунку "Дія" запрацювала нова послуга - оформлення базової соціальної допомоги.»',
  note: 'News (22.09.2025) retelling the Ministry.',
};

/**
 * The documents of the basic social assistance (КМУ 371 pilot), by the day each list took effect. A paper
 * application is made at a Pension Fund service centre, not at a CNAP; what else it needs was not found.
 */
export const BASIC_SOCIAL_ASSISTANCE: ServiceRules = {
  serviceId: 'basic-social-assistance',
  periods: {
    '2025-07-01': [
      {
        ...APPLICATION,
        reason: {
          uk: 'Заява уповноваженого представника сім’ї про призначення базової соціальної допомоги',
          en: 'The application of the family’s authorised representative for the basic social assistance',
        },
        basis: [CENSOR_PFU],
      },
      {
        ...IDENTITY,
        when: ONLINE,
        reason: {
          uk: 'Для заяви в «Дії»: ID-картка або закордонний паспорт',
          en: 'For an application in Diia: the ID card or the passport for travel abroad',
        },
        basis: [TELEGRAF_DIIA, LB_DIIA],
      },
      {
        ...RNOKPP,
        when: ONLINE,
        reason: {
          uk: 'Для заяви в «Дії»: верифікований реєстраційний номер облікової картки платника податків',
          en: 'For an application in Diia: the verified taxpayer number',
        },
        basis: [TELEGRAF_DIIA],
      },
    ],
  },
};
