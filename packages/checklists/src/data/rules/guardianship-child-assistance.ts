import type { Citation } from '@vikno/law';
import { LAW_2811_ART_17 } from '../citations/family-assistance.js';
import { APPLICATION, BIRTH_FROM_DRATS_ONLINE, IDENTITY, RNOKPP } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** The Kharkiv regional service centre card for guardianship assistance. */
const GUARDIANSHIP_RCP: Citation = {
  act: 'guardianship-assistance-rcp-kh-card',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '«Заява за формою, затвердженою Мінсоцполітики; паспорт громадянина України та його копія; копія ' +
    'свідоцтва про народження дитини; копія рішення органу опіки та піклування або суду про встановлення ' +
    'опіки чи піклування над дитиною-сиротою або дитиною, позбавленою батьківського піклування; довідка про ' +
    'реєстрацію місця проживання (тільки для осіб, які зареєстровані у приватному секторі)…» (the rest was ' +
    'cut off). Undated, pre-PFU. A regional service centre card, not on a gov.ua site.',
};

/** The Kremenchuk CNAP card for guardianship assistance. */
const GUARDIANSHIP_KREMEN: Citation = {
  act: 'guardianship-assistance-kremenchuk-card',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '«1. Заява про призначення державної соціальної допомоги. 2. Документ, що посвідчує особу заявника… 3. ' +
    'Документ, що засвідчує реєстрацію особи заявника у Державному реєстрі фізичних осіб – платників ' +
    'податків… 4. Рішення органу опіки та піклування або суду про встановлення опіки чи піклування над ' +
    'дитиною-сиротою…; 5. Свідоцтв…» (cut off). The card title was not in the excerpt read; item 4 shows it ' +
    'is the guardianship card. A CNAP card of a city council.',
};

/** The documents of assignment of state assistance for children under guardianship or curatorship (Призначення державної допомоги на дітей, над якими встановлено опіку чи піклування), by the day each list took effect. */
export const GUARDIANSHIP_CHILD_ASSISTANCE: ServiceRules = {
  serviceId: 'guardianship-child-assistance',
  periods: {
    earliest: [
      {
        ...APPLICATION,
        reason: {
          uk: 'Заява опікуна або піклувальника про призначення допомоги',
          en: 'The guardian’s or curator’s application for the assistance',
        },
        basis: [GUARDIANSHIP_RCP, GUARDIANSHIP_KREMEN],
      },
      {
        ...IDENTITY,
        form: 'copyWithOriginal',
        reason: { uk: 'Посвідчення особи заявника', en: 'Proof of the applicant’s identity' },
        basis: [GUARDIANSHIP_RCP, GUARDIANSHIP_KREMEN],
      },
      {
        ...RNOKPP,
        reason: {
          uk: 'Реєстраційний номер облікової картки платника податків заявника',
          en: 'The applicant’s taxpayer number',
        },
        basis: [GUARDIANSHIP_KREMEN],
      },
      {
        id: 'birth-certificate',
        documents: ['birth-certificate'],
        form: 'copy',
        reason: {
          uk: 'Дані про дитину, на яку призначається допомога',
          en: 'The data of the child concerned',
        },
        basis: [GUARDIANSHIP_RCP],
        fromRegister: BIRTH_FROM_DRATS_ONLINE,
      },
      {
        id: 'guardianship',
        documents: ['guardianship-decision'],
        form: 'copy',
        reason: {
          uk:
            'Допомога призначається на підставі рішення органу опіки та піклування або суду про встановлення ' +
            'опіки чи піклування',
          en:
            'The assistance rests on the decision of the guardianship authority or court establishing ' +
            'guardianship',
        },
        basis: [LAW_2811_ART_17, GUARDIANSHIP_RCP, GUARDIANSHIP_KREMEN],
      },
    ],
  },
};
