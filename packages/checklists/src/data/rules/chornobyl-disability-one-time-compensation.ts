import type { Citation } from '@vikno/law';
import { APPLICATION, IDENTITY } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** Sumy city council's social protection department: the documents, read to the passport. */
const SMR_PAGE: Citation = {
  act: 'smr-chornobyl-compensations',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote: '«Перелік необхідних документів: − заява; − паспо[рт]…»',
  note:
    'A city council department’s page from before 01.07.2025; the list was read only to the passport, the lines ' +
    'after it (the Chornobyl certificate, the disability documents) are not recorded. Whether the passport is ' +
    'shown or copied is not said: recorded as shown.',
};

/** The documents of the one-off compensation to Chornobyl clean-up workers who became disabled, by the day each list took effect. */
export const CHORNOBYL_DISABILITY_ONE_TIME_COMPENSATION: ServiceRules = {
  serviceId: 'chornobyl-disability-one-time-compensation',
  periods: {
    earliest: [
      {
        ...APPLICATION,
        reason: { uk: 'Заява', en: 'The application' },
        basis: [SMR_PAGE],
      },
      {
        ...IDENTITY,
        reason: { uk: 'Паспорт заявника', en: 'The applicant’s passport' },
        basis: [SMR_PAGE],
      },
    ],
  },
};
