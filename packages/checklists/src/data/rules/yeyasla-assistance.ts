import type { Citation } from '@vikno/law';
import { CHILDCARE_2026_PFU, FORM_765_NOTICE } from '../citations.js';
import { APPLICATION } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** The Pension Fund page on «єЯсла»: only the application is named. */
const YEYASLA_PFU_PAGE: Citation = {
  act: 'pfu-yeyasla-page',
  evidence: 'officialCard',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «Для призначення допомоги мати дитини або законний представник має звернутися в обраний спосіб ' +
    'із заявою про призначення виплати.» No other document is named there; no card with a document list was ' +
    'found. A page of the Pension Fund on its own site.',
};

/** The documents of assignment of the «yeYasla» childcare assistance (Призначення допомоги для догляду за дитиною «єЯсла»), by the day each list took effect. */
export const YEYASLA_ASSISTANCE: ServiceRules = {
  serviceId: 'yeyasla-assistance',
  periods: {
    earliest: [
      {
        ...APPLICATION,
        reason: {
          uk: 'Заява матері або іншого законного представника про призначення допомоги «єЯсла»',
          en: 'The application of the mother or other legal representative for the «yeYasla» assistance',
        },
        basis: [YEYASLA_PFU_PAGE, CHILDCARE_2026_PFU, FORM_765_NOTICE],
      },
    ],
  },
};
