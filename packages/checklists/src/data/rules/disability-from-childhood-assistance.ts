import { KYIV_DISABILITY_LIST } from '../citations.js';
import { APPLICATION, IDENTITY, RNOKPP } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** The documents of assignment of state social assistance to persons disabled since childhood and to children with disabilities (Призначення державної соціальної допомоги особам з інвалідністю з дитинства та дітям з інвалідністю), by the day each list took effect. */
export const DISABILITY_FROM_CHILDHOOD_ASSISTANCE: ServiceRules = {
  serviceId: 'disability-from-childhood-assistance',
  periods: {
    earliest: [
      {
        ...APPLICATION,
        reason: {
          uk: 'Заява про призначення допомоги за формою, затвердженою Мінсоцполітики',
          en: 'The application in the form approved by the Ministry of Social Policy',
        },
        basis: [KYIV_DISABILITY_LIST],
      },
      {
        ...IDENTITY,
        reason: { uk: 'Посвідчення особи заявника', en: 'Proof of the applicant’s identity' },
        basis: [KYIV_DISABILITY_LIST],
      },
      {
        id: 'birth-certificate',
        documents: ['birth-certificate'],
        when: { fact: 'age', below: 18 },
        form: 'copy',
        reason: {
          uk: 'Допомога на дитину з інвалідністю: копія її свідоцтва про народження',
          en: 'The assistance is for a child with a disability: a copy of the birth certificate',
        },
        basis: [KYIV_DISABILITY_LIST],
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
        basis: [KYIV_DISABILITY_LIST],
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
          uk: 'Заяву подає законний представник (піклувальник): його місце проживання',
          en: 'A legal representative (custodian) applies: where they live',
        },
        basis: [KYIV_DISABILITY_LIST],
      },
      {
        id: 'disability-certificate',
        documents: ['disability-certificate'],
        form: 'copyWithOriginal',
        reason: {
          uk: 'Довідка медико-соціальної експертизи або медичний висновок про інвалідність',
          en: 'The expert commission certificate or the medical report on the disability',
        },
        basis: [KYIV_DISABILITY_LIST],
      },
      {
        ...RNOKPP,
        reason: {
          uk: 'Реєстраційний номер облікової картки платника податків',
          en: 'The taxpayer registration number',
        },
        basis: [KYIV_DISABILITY_LIST],
      },
    ],
  },
};
