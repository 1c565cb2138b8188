import type { Citation } from '@vikno/law';
import { RCP_KH_FUEL_CARD } from '../citations.js';
import { APPLICATION } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** The Pension Fund’s typical card of the housing and utility privilege: only its header was read. */
const PFU_CARD_46_PRIVILEGE: Citation = {
  act: 'pfu-order-46-2024',
  provision: { uk: 'перелік документів', en: 'the list of documents' },
  evidence: 'none',
  checkedOn: '2026-11-25',
  note:
    'Seen on pfu.gov.ua: «ЗАТВЕРДЖЕНО Наказ Пенсійного фонду України від 24.04.2024 № 46 … ТИПОВА ' +
    'ІНФОРМАЦІЙНА КАРТКА адміністративної послуги з призначення пільги на оплату житла, комунальних послуг». ' +
    'Only the header was in the copy read; its list of documents was not seen. Only the header of the typical ' +
    'card was read on pfu.gov.ua; the list of documents the line rests on was not seen. Re-read 2026-11-25: ' +
    "The card's list of documents was not in the excerpt (only header and rows 1–2). Evidence for the header " +
    'is officialCard; the documents list the checklist uses is unverified from this card.',
};

/** Vilshanka (vilh.gov.ua): the privilege at the actual place of residence and the documents proving it. */
const VILH_PRIVILEGE_ACTUAL_RESIDENCE: Citation = {
  act: 'vilh-privilege-actual-residence-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «Документами, що підтверджують фактичне місце проживання пільговика, є довідка про взяття на ' +
    'облік внутрішньо переміщеної особи та інший офіційний документ, що підтверджує фактичне місце проживання ' +
    'пільговика, а в разі їх відсутності – акт обстеження … який складається посадовою особою виконавчого ' +
    'органу …ради» (КМУ 117). How the document is handed over is not stated. A hromada’s explanation.',
};

/** News quoting the Pension Fund: a rental contract also proves the actual residence for the privilege. */
const SUD_PRIVILEGE_ACTUAL_RESIDENCE: Citation = {
  act: 'sud-privilege-actual-residence-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'News site quoting the Fund: «Для цього підходить довідка внутрішньо переміщеної особи, договір оренди чи ' +
    'інший офіційний документ»; otherwise an inspection report. That a renter living at the registered ' +
    'address needs none of these is not said.',
};

/** The documents of assignment of a privilege (discount) on housing and utility payments (Призначення пільги на оплату житла, комунальних послуг), by the day each list took effect. */
export const HOUSING_UTILITY_PRIVILEGES: ServiceRules = {
  serviceId: 'housing-utility-privileges',
  periods: {
    earliest: [
      {
        ...APPLICATION,
        reason: {
          uk:
            'Заява про надання пільг на оплату житлово-комунальних послуг, придбання твердого палива і ' +
            'скрапленого газу',
          en: 'The application for privileges on housing and utility payments, solid fuel and liquefied gas',
        },
        basis: [PFU_CARD_46_PRIVILEGE, RCP_KH_FUEL_CARD],
      },
      {
        id: 'actual-residence',
        documents: ['idp-certificate', 'rent-contract'],
        when: {
          any: [
            { fact: 'idp', equals: true },
            { fact: 'rentsHousing', equals: true },
          ],
        },
        form: 'copyWithOriginal',
        reason: {
          uk:
            'Пільга за фактичним місцем проживання: довідка ВПО або договір оренди (інший офіційний документ; ' +
            'якщо їх немає — акт обстеження, який складає посадова особа ради)',
          en:
            'The privilege at the actual place of residence: the IDP certificate or the rental contract ' +
            '(another official document; failing them, an inspection report drawn up by a council official)',
        },
        basis: [VILH_PRIVILEGE_ACTUAL_RESIDENCE, SUD_PRIVILEGE_ACTUAL_RESIDENCE],
      },
    ],
  },
};
