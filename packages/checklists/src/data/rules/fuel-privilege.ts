import { RCP_KH_FUEL_CARD, VCHORAISHE_FUEL_373, ZN_OTG_FUEL } from '../citations.js';
import { APPLICATION } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** The documents of assignment of a privilege for buying solid and liquid stove fuel and liquefied gas (Призначення пільги на придбання твердого та рідкого пічного побутового палива і скрапленого газу), by the day each list took effect. */
export const FUEL_PRIVILEGE: ServiceRules = {
  serviceId: 'fuel-privilege',
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
        basis: [ZN_OTG_FUEL, RCP_KH_FUEL_CARD],
      },
      {
        id: 'stove-heating',
        documents: ['stove-heating-certificate'],
        form: 'original',
        reason: {
          uk:
            'До заяви додається довідка про наявність у житловому приміщенні пічного опалення та/або ' +
            'кухонного вогнища на твердому паливі',
          en:
            'The application comes with a certificate that the dwelling has stove heating and/or a solid-fuel ' +
            'kitchen hearth',
        },
        basis: [ZN_OTG_FUEL, VCHORAISHE_FUEL_373, RCP_KH_FUEL_CARD],
      },
    ],
  },
};
