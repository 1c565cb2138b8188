import type { Citation } from '@vikno/law';
import { APPLICATION, GUARDIANSHIP, IDENTITY, RNOKPP } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** The Oleksandriia CNAP page of the care allowance (local code 19-14): the list for group I. */
const OLEX_CARE_DOCUMENTS: Citation = {
  act: 'cnap-olexrada-care-allowance',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «Для призначення надбавки на догляд за особою з інвалідністю з дитинства I групи подається: ' +
    'заява; паспорт громадянина України або інший документ, який посвідчує особу; довідка про реєстраційний ' +
    'номер облікової картки платника податків; довідка про місце проживання особи з інвалідністю з дитинства ' +
    'чи копію паспорта … з відомостями про місце проживання; … якщо із заявою звертається опікун або ' +
    'піклувальник, то подається також копія рішення про встановлення опіки чи піклування та довідка про місце ' +
    'проживання законного представника…». The lists for groups II–III and for children were cut off in the ' +
    'copy read; how items are handed over is not stated. A CNAP card of a city council.',
};

/** The Hlobyne CNAP page of the care allowance (03-38): the list including the legal representative. */
const HLOBYNE_CARE_DOCUMENTS: Citation = {
  act: 'hlobyne-cnap-care-allowance-documents',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «1.Заява про призначення усіх видів соціальної допомоги. 2. Паспорт; довідка про реєстраційний ' +
    'номер … 3. Довідка з місця навчання із зазначенням факту перебування на повному державному утриманні. 4. ' +
    'Довідка про місце проживання інваліда з дитинства або дитини-інваліда чи копія паспорта… 5. Довідка про ' +
    'місце проживання законного представника, піклувальника, який подав заяву… 6. Копія трудової книжки, ' +
    'довідка з центру зайнятості…, довідка про доходи… 7. Довід[…]» (cut off). Items 3 and 6 carry no ' +
    'condition on the page and are left out. A CNAP card of a hromada.',
};

/** The documents of assignment of the care allowance for persons disabled since childhood and children with disabilities (Призначення надбавки на догляд за особами з інвалідністю з дитинства та дітьми з інвалідністю), by the day each list took effect. */
export const DISABILITY_CARE_ALLOWANCE: ServiceRules = {
  serviceId: 'disability-care-allowance',
  periods: {
    earliest: [
      {
        ...APPLICATION,
        reason: {
          uk: 'Заява про призначення надбавки на догляд',
          en: 'The application for the care allowance',
        },
        basis: [OLEX_CARE_DOCUMENTS, HLOBYNE_CARE_DOCUMENTS],
      },
      {
        ...IDENTITY,
        reason: { uk: 'Посвідчення особи заявника', en: 'Proof of the applicant’s identity' },
        basis: [OLEX_CARE_DOCUMENTS, HLOBYNE_CARE_DOCUMENTS],
      },
      {
        ...RNOKPP,
        reason: {
          uk: 'Реєстраційний номер облікової картки платника податків',
          en: 'The taxpayer registration number',
        },
        basis: [OLEX_CARE_DOCUMENTS, HLOBYNE_CARE_DOCUMENTS],
      },
      {
        id: 'residence',
        documents: ['residence-proof'],
        form: 'original',
        reason: {
          uk:
            'Місце проживання особи (дитини) з інвалідністю: довідка або копія паспорта з відомостями про ' +
            'місце проживання',
          en:
            'Where the person (child) with a disability lives: a certificate, or a copy of the passport ' +
            'showing the residence',
        },
        basis: [OLEX_CARE_DOCUMENTS, HLOBYNE_CARE_DOCUMENTS],
      },
      {
        ...GUARDIANSHIP,
        reason: {
          uk: 'Заяву подає опікун або піклувальник: копія рішення про встановлення опіки чи піклування',
          en: 'A guardian or custodian applies: a copy of the decision establishing guardianship or custody',
        },
        basis: [OLEX_CARE_DOCUMENTS],
      },
      {
        id: 'representative-residence',
        documents: ['representative-residence-proof'],
        when: {
          any: [
            { fact: 'applicant', equals: 'legalRepresentative' },
            { fact: 'guardian', equals: true },
          ],
        },
        form: 'original',
        reason: {
          uk: 'Заяву подає законний представник (опікун, піклувальник): його місце проживання',
          en: 'A legal representative (guardian, custodian) applies: where they live',
        },
        basis: [OLEX_CARE_DOCUMENTS, HLOBYNE_CARE_DOCUMENTS],
      },
    ],
  },
};
