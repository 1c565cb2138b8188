import type { Citation } from '@vikno/law';
import { APPLICATION, GUARDIAN, IDENTITY, RNOKPP } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** A council's page (lpg.gov.ua, 21.08.2025): what is handed in with a paper application at the Fund. */
const LPG_DOCUMENTS: Citation = {
  act: 'lpg-school-kit-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«У паперовій формі – у сервісному центрі Пенсійного фонду. Необхідно надати: паспорт; РНОКПП (за ' +
    'наявності); документи про повноваження законного представника (за потреби).»',
  note:
    'A council’s page retelling the 2025 programme (КМУ 809, not read). It does not say whether the passport ' +
    'is shown or copied (recorded as shown) nor how the representative’s document is handed over (recorded as ' +
    'a copy). The list is the last one known: the Cabinet’s procedure for the 2026/2027 school year (Law ' +
    '2811-XII Art. 18-8) was not read, so it is kept from 2025 on.',
};

/** sud.ua citing the Pension Fund (08.11.2025): a paper application at a Fund service centre. */
const SUD_APPLICATION: Citation = {
  act: 'sud-school-kit-deadline-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«офлайн — звернувшись до сервісного центру Пенсійного фонду України із необхідними документами. Для ' +
    'подання заяви в паперовій формі один із батьків або законний представник має надати: паспорт або інший ' +
    'документ, що посвідчує особу; …»',
  note: 'News retelling the Pension Fund; the rest of the list was not read. In Diia the application is signed there.',
};

/**
 * The documents of «пакунок школяра», by the day each list took effect. The child's enrolment is not asked for:
 * the Fund receives the lists of first-graders and their parents from the Ministry of Education (RBC-Ukraine
 * citing the Fund, 14.08.2025), which no document line expresses.
 */
export const SCHOOL_KIT_ASSISTANCE: ServiceRules = {
  serviceId: 'school-kit-assistance',
  periods: {
    '2025-07-07': [
      {
        ...APPLICATION,
        reason: { uk: 'Заява про призначення допомоги', en: 'The application for the assistance' },
        basis: [SUD_APPLICATION],
      },
      {
        ...IDENTITY,
        reason: {
          uk: 'Паспорт або інший документ, що посвідчує особу одного з батьків (законного представника)',
          en: 'The passport or another identity document of the parent (legal representative)',
        },
        basis: [SUD_APPLICATION, LPG_DOCUMENTS],
      },
      {
        ...RNOKPP,
        reason: {
          uk: 'РНОКПП (за наявності)',
          en: 'The taxpayer number (if there is one)',
        },
        basis: [LPG_DOCUMENTS],
      },
      {
        id: 'representative-authority',
        documents: ['representative-authority'],
        when: GUARDIAN,
        form: 'copy',
        reason: {
          uk: 'Заявник — не батько чи мати, а інший законний представник: документ про його повноваження',
          en: 'The applicant is a legal representative other than a parent: the document of their authority',
        },
        basis: [LPG_DOCUMENTS],
      },
    ],
  },
};
