import type { Citation } from '@vikno/law';
import { LAW_1706_ART_12_P1 } from '../citations/evidence-checklists.js';
import { APPLICATION } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** Sumy city council and the Khmelivka hromada quoting Law 1706-VII Art. 12: the person’s own application. */
const IDP_CANCEL_ART_12: Citation = {
  act: 'law-1706-vii',
  provision: { uk: 'ч. 1 ст. 12', en: 'Art. 12 part 1' },
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    '«На сьогодні законодавством не встановлено форми такої заяви, отже, вона подається у довільній формі з ' +
    'дотриманням Закону України «Про звернення громадян»» (i.factor.ua, 2022)',
  note:
    'Quoted: «підставою для скасування дії довідки … є обставини, за яких внутрішньо переміщена особа: - ' +
    'подала заяву на скасування дії довідки ВПО» (hmelivska-gromada.gov.ua; the same on smr.gov.ua). Neither ' +
    'page lists any document besides the application. Re-read 2026-11-25: Supports that the only document is ' +
    "the person's application (free form). Council pages list nothing else. Article text not read.",
};

/** News explanation of cancelling the certificate: free-form application, no form approved. */
const IDP_CANCEL_FREE_FORM: Citation = {
  act: 'idp-certificate-cancellation-how-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'News site: «Спеціальна форма заяви не затверджена»; persons from 14 apply themselves, for children under ' +
    '14 a legal representative. The Kharkiv CNAP post (telegram mirror only) lists what the free-form ' +
    'application states (ПІБ, дата народження, РНОКПП, номер довідки, підстава); its sentence on what to ' +
    'bring was cut off.',
};

/** The documents of decision to cancel the IDP registration certificate at the internally displaced person’s request (Прийняття рішення про скасування дії довідки про взяття на облік внутрішньо переміщеної особи за заявою внутрішньо переміщеної особи), by the day each list took effect. */
export const IDP_CERTIFICATE_CANCELLATION: ServiceRules = {
  serviceId: 'idp-certificate-cancellation',
  periods: {
    earliest: [
      {
        ...APPLICATION,
        reason: {
          uk:
            'Заява внутрішньо переміщеної особи про скасування дії довідки (у довільній формі: спеціальну ' +
            'форму не затверджено)',
          en:
            'The internally displaced person’s application to cancel the certificate (free form: no form has ' +
            'been approved)',
        },
        basis: [LAW_1706_ART_12_P1, IDP_CANCEL_ART_12, IDP_CANCEL_FREE_FORM],
      },
    ],
  },
};
