import type { Citation } from '@vikno/law';
import { APPLICATION, IDENTITY } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** buhgalter911.com, retelling the Pension Fund: the conditions and the documents, read in part. */
const BUHGALTER911: Citation = {
  act: 'buhgalter911-explosive-injury-pfu-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«наличия заключения врачебно-консультативной комиссии учреждения здравоохранения — для детей в возрасте до ' +
    '18 лет; наличия заключения медико-социальной экспертной комиссии/ выписки из решения экспертной команды по ' +
    'оценке повседневного функционирования лица (в электронной форме) — для лиц в возрасте от 18 лет. Перечень ' +
    'документов, необходимых для назначения указанной помощи: заявление; копия паспорта гражданина Украины/ ' +
    'врем[енного удостоверения]…»',
  note:
    'The list was read only to the identity document; the rest is not recorded. The conclusion on the ' +
    'disability is a condition of the right; how it is handed over is not said (recorded as a copy), and for an ' +
    'adult the expert team’s extract comes in electronic form.',
};

/** The documents of the annual recovery assistance to persons injured by explosive objects, by the day each list took effect. */
export const EXPLOSIVE_INJURY_RECOVERY_ASSISTANCE: ServiceRules = {
  serviceId: 'explosive-injury-recovery-assistance',
  periods: {
    '2022-01-01': [
      {
        ...APPLICATION,
        reason: { uk: 'Заява', en: 'The application' },
        basis: [BUHGALTER911],
      },
      {
        ...IDENTITY,
        form: 'copy',
        reason: {
          uk: 'Паспорт або інший документ, що посвідчує особу',
          en: 'The passport or another identity document',
        },
        basis: [BUHGALTER911],
      },
      {
        id: 'disability-certificate',
        documents: ['disability-certificate'],
        form: 'copy',
        reason: {
          uk: 'Висновок ЛКК (для дитини до 18 років) або МСЕК чи експертної команди (з 18 років) про інвалідність',
          en: 'The LKK conclusion (a child under 18) or the expert commission’s or team’s (from 18) on the disability',
        },
        basis: [BUHGALTER911],
      },
    ],
  },
};
