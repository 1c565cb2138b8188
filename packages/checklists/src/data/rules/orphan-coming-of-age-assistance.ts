import type { Citation } from '@vikno/law';
import { APPLICATION, RNOKPP } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** The Poltava CNAP's page: the documents the applicant brings. */
const POLTAVA_CNAP: Citation = {
  act: 'cnap-poltava-orphan-assistance',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Заявник подає: 1. Заява (бланк заяви) на надання одноразової допомоги …; 2. Паспорт громадянина України ' +
    '(ID) та його копія; 3. Реєстраційний номер облікової картки платника податків та його копія; 4. Згода на ' +
    'автоматизовану, а також без використання засобів автоматизації обробку … персональних даних»',
  note: 'cnap-pl.gov.ua, Poltava’s CNAP; its date was not seen.',
};

/** The Pishchanka district administration's page: paid on the application and the passport. */
const PISHCHANKA_RDA: Citation = {
  act: 'pishchanka-rda-orphan-assistance',
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  quote: '«… на підставі заяви та паспорта отримувача цієї допомоги.»',
};

/** The documents of the one-time assistance to orphans on reaching 18, by the day each list took effect. */
export const ORPHAN_COMING_OF_AGE_ASSISTANCE: ServiceRules = {
  serviceId: 'orphan-coming-of-age-assistance',
  periods: {
    '2005-08-25': [
      {
        ...APPLICATION,
        reason: {
          uk: 'Заява на надання одноразової допомоги',
          en: 'The application for the one-time assistance',
        },
        basis: [PISHCHANKA_RDA, POLTAVA_CNAP],
      },
      {
        id: 'identity',
        documents: ['identity-document'],
        form: 'copyWithOriginal',
        reason: { uk: 'Паспорт (ID-картка) і його копія', en: 'The passport (ID card) and its copy' },
        basis: [PISHCHANKA_RDA, POLTAVA_CNAP],
      },
      {
        ...RNOKPP,
        reason: { uk: 'Реєстраційний номер облікової картки платника податків', en: 'The taxpayer number' },
        basis: [POLTAVA_CNAP],
      },
      {
        id: 'personal-data-consent',
        documents: ['personal-data-consent'],
        form: 'original',
        reason: {
          uk: 'Згода на обробку персональних даних',
          en: 'Consent to the processing of personal data',
        },
        basis: [POLTAVA_CNAP],
      },
    ],
  },
};
