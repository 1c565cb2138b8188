import type { Citation } from '@vikno/law';
import { AKIM_NO_PENSION } from '../citations.js';
import { APPLICATION, IDENTITY, IDP, RNOKPP } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** The Berezan social protection office page of the same assistance: passport, РНОКПП, the МСЕК extract. */
const BEREZAN_NO_PENSION: Citation = {
  act: 'upszn-berezan-no-pension-assistance-documents',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «1. Заява про призначення допомоги, що складається за формою, затвердженою Мінсоцполітики; 2. ' +
    'паспорт; 3. довідка про реєстраційний номер облікової картки платника податків…; 4. копія трудової ' +
    'книжки; 5. виписку з акта огляду медико-соціальною експертною комісією особи з інвалідністю (МСЕК); 6. ' +
    'декларація про доходи та майно … (у разі потреби)…». Not a gov.ua domain and undated. Item 4 (employment ' +
    'record book) is left out: no card on a public body’s site confirming it was read.',
};

/** The documents of assignment of state social assistance to persons without pension rights and to persons with disabilities (Призначення державної соціальної допомоги особам, які не мають права на пенсію, та особам з інвалідністю), by the day each list took effect. */
export const NO_PENSION_RIGHTS_ASSISTANCE: ServiceRules = {
  serviceId: 'no-pension-rights-assistance',
  periods: {
    earliest: [
      {
        ...APPLICATION,
        reason: {
          uk: 'Заява про призначення допомоги за формою, затвердженою Мінсоцполітики',
          en: 'The application in the form approved by the Ministry of Social Policy',
        },
        basis: [AKIM_NO_PENSION, BEREZAN_NO_PENSION],
      },
      {
        ...IDENTITY,
        reason: { uk: 'Посвідчення особи заявника', en: 'Proof of the applicant’s identity' },
        basis: [BEREZAN_NO_PENSION],
      },
      {
        ...RNOKPP,
        reason: {
          uk: 'Реєстраційний номер облікової картки платника податків',
          en: 'The taxpayer registration number',
        },
        basis: [BEREZAN_NO_PENSION],
      },
      {
        id: 'income-declaration',
        documents: ['income-declaration'],
        form: 'original',
        reason: {
          uk:
            'Декларація про доходи та майно за останні шість календарних місяців або два квартали (картка: «у ' +
            'разі потреби»)',
          en:
            'The declaration of income and property for the last six months or two quarters (the card says ' +
            '«where needed»)',
        },
        basis: [AKIM_NO_PENSION, BEREZAN_NO_PENSION],
      },
      {
        id: 'disability-certificate',
        documents: ['disability-certificate'],
        when: { fact: 'disability', equals: true },
        form: 'original',
        reason: {
          uk: 'Особі встановлено інвалідність: виписка з акта огляду МСЕК',
          en:
            'The person has an established disability: the extract from the expert commission’s examination ' +
            'report',
        },
        basis: [BEREZAN_NO_PENSION],
      },
      {
        id: 'incapacity',
        documents: ['incapacity-court-decision'],
        when: {
          all: [
            { fact: 'applicant', equals: 'legalRepresentative' },
            { fact: 'age', atLeast: 18 },
          ],
        },
        form: 'copy',
        reason: {
          uk:
            'Заяву за недієздатну повнолітню особу подає опікун: копія рішення суду про визнання її ' +
            'недієздатною',
          en: 'A guardian applies for an adult declared incapable: a copy of the court decision',
        },
        basis: [AKIM_NO_PENSION],
      },
      {
        id: 'guardianship',
        documents: ['guardianship-decision'],
        when: {
          all: [
            { fact: 'applicant', equals: 'legalRepresentative' },
            { fact: 'age', atLeast: 18 },
          ],
        },
        form: 'copy',
        reason: {
          uk: 'Недієздатній особі призначено опікуна: копія рішення про його призначення',
          en: 'The incapable person has a guardian: a copy of the decision appointing them',
        },
        basis: [AKIM_NO_PENSION],
      },
      {
        id: 'idp-certificate',
        documents: ['idp-certificate'],
        when: IDP,
        form: 'copy',
        reason: {
          uk: 'Особа — внутрішньо переміщена: копія довідки про взяття на облік',
          en: 'The person is internally displaced: a copy of the registration certificate',
        },
        basis: [AKIM_NO_PENSION],
      },
    ],
  },
};
