import {
  LAW_2109_ART_8_APPLICATION,
  LAW_2109_ART_8_DOCUMENTS,
  LAW_2109_ART_8_GUARDIAN,
  LAW_2109_ART_8_RESIDENCE,
} from '../citations/evidence-checklists.js';
import { KYIV_DISABILITY_LIST } from '../citations.js';
import { APPLICATION, GUARDIANSHIP, IDENTITY, RNOKPP } from '../lines.js';
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
        basis: [LAW_2109_ART_8_APPLICATION, KYIV_DISABILITY_LIST],
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
        basis: [LAW_2109_ART_8_DOCUMENTS, KYIV_DISABILITY_LIST],
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
        fromRegister: { register: 'community-register', basis: [LAW_2109_ART_8_RESIDENCE] },
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
        fromRegister: { register: 'community-register', basis: [LAW_2109_ART_8_RESIDENCE] },
      },
      {
        id: 'disability-certificate',
        documents: ['disability-certificate'],
        form: 'copyWithOriginal',
        reason: {
          uk:
            'Довідка медико-соціальної експертизи, витяг з рішення експертної команди з оцінювання ' +
            'повсякденного функціонування особи або медичний висновок',
          en:
            'The medical and social expert certificate, the extract from the decision of the expert team ' +
            'assessing daily functioning, or the medical report',
        },
        basis: [LAW_2109_ART_8_DOCUMENTS, KYIV_DISABILITY_LIST],
      },
      {
        ...GUARDIANSHIP,
        reason: {
          uk: 'Заяву подає опікун або піклувальник: копія рішення органу опіки і піклування',
          en: 'A guardian or custodian applies: a copy of the guardianship authority’s decision',
        },
        basis: [LAW_2109_ART_8_GUARDIAN],
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
