import type { Citation } from '@vikno/law';
import { APPLICATION } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** The Novyi Rozdil CNAP card 01195: the applicant applies in writing. */
const NOVYI_ROZDIL_CARD_01195: Citation = {
  act: 'cnap-novyi-rozdil-card-01195',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote: '«Хто і як може подати заяву: • заявник: письмово; по[…]»',
  note: 'The card’s list of documents was not read (the text read stops at the ways of applying).',
};

/** A city council's item on КМУ 897 (2020): a disability is proved by the MSEK certificate or a medical report. */
const NOV_RADA_2020: Citation = {
  act: 'nov-rada-municipal-nanny-2020',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«… коли один або обидва батьки не зайняті, але є особами з інвалідністю І або ІІ групи, що підтверджено ' +
    'медичним висновком (для дітей з інвалідністю), довідкою МСЕК (для осіб з інвалідністю І чи ІІ групи) чи ' +
    'довідкою ЛКК (для тяжко хворих дітей)»',
  note:
    'A council’s retelling of КМУ 897 of 30.09.2020 (in force 02.10.2020); later editions (КМУ 1323 of 2021, the ' +
    'change of 07.06.2024) were not read. Whether the document is handed over as a copy is not said: recorded as a ' +
    'copy shown with its original, the most a provider can ask.',
};

/** The documents of the "municipal nanny" compensation, by the day each list took effect. */
export const MUNICIPAL_NANNY_COMPENSATION: ServiceRules = {
  serviceId: 'municipal-nanny-compensation',
  periods: {
    '2019-02-12': [
      {
        ...APPLICATION,
        reason: {
          uk: 'Письмова заява про призначення компенсації',
          en: 'The written application for the compensation',
        },
        basis: [NOVYI_ROZDIL_CARD_01195],
      },
      {
        id: 'disability-certificate',
        documents: ['disability-certificate'],
        when: { fact: 'disability', equals: true },
        form: 'copyWithOriginal',
        reason: {
          uk:
            'Право виникає з інвалідності дитини або одного з батьків (опікунів) I чи II групи: довідка МСЕК або ' +
            'медичний висновок',
          en:
            'The right rests on the child’s disability or a parent’s (guardian’s) group I or II disability: the MSEK ' +
            'certificate or the medical report',
        },
        basis: [NOV_RADA_2020],
      },
    ],
  },
};
