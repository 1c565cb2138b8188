import type { Citation } from '@vikno/law';
import { APPLICATION, IDENTITY, RNOKPP } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** The Hlobyne CNAP card (code 03-69) of the decision on social services: its list of documents. */
const GLOBYNSKA_CARD: Citation = {
  act: 'cnap-globynska-card-social-services',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«заява про надання соціальних послуг у письмовій або електронній формі, що складається за формою, ' +
    'затвердженою Мінсоцполітики; копія паспорта громадянина України або іншого документа, що посвідчує особу, ' +
    'яка потребує надання соціальних послуг; копія документа, що засвідчує реєстрацію у Державному реєстрі ' +
    'фізичних осіб–платників податків …; копія довідки до акта огляду медико-соціальною експертною комісією … ' +
    '(для осіб з інвалідністю); копія медичного висновку про дитину з інвалідністю …»',
  note:
    'A CNAP’s card (cnap.globynska-gromada.gov.ua/poslugi/posluga/280); only the beginning of its list was read ' +
    '(it goes on beyond the medical report for a child with a disability), so further lines are not recorded. ' +
    'The list rests on the procedure of КМУ 587 of 01.06.2020, whose text was not read.',
};

/** Law 2671-VIII Art. 19 part 1: the application of the person or their legal representative (official text). */
const LAW_2671_ART_19: Citation = {
  act: 'law-2671-viii',
  provision: { uk: 'п. 1 ч. 1 ст. 19', en: 'Art. 19 part 1 item 1' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote: '«1) заяви особи або її законного представника про надання соціальних послуг»',
  note:
    'Read in the official text ingested into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
    '(data/seed/01839-ua-law-2671-19.json, commit 35a12f9).',
};

/** The documents of the decision on providing social services (Прийняття рішення щодо надання соціальних послуг), by the day each list took effect. */
export const SOCIAL_SERVICES: ServiceRules = {
  serviceId: 'social-services',
  periods: {
    earliest: [
      {
        ...APPLICATION,
        reason: {
          uk: 'Заява особи або її законного представника про надання соціальних послуг',
          en: 'The application of the person or their legal representative for social services',
        },
        basis: [LAW_2671_ART_19, GLOBYNSKA_CARD],
      },
      {
        ...IDENTITY,
        form: 'copy',
        reason: {
          uk: 'Документ, що посвідчує особу, яка потребує соціальних послуг',
          en: 'The identity document of the person who needs social services',
        },
        basis: [GLOBYNSKA_CARD],
      },
      {
        ...RNOKPP,
        reason: {
          uk: 'Реєстраційний номер облікової картки платника податків',
          en: 'The taxpayer registration number',
        },
        basis: [GLOBYNSKA_CARD],
      },
      {
        id: 'disability-certificate',
        documents: ['disability-certificate'],
        when: { fact: 'disability', equals: true },
        form: 'copy',
        reason: {
          uk: 'Особа з інвалідністю: довідка МСЕК або медичний висновок про дитину з інвалідністю',
          en: 'A person with a disability: the expert commission certificate or the medical report on a child',
        },
        basis: [GLOBYNSKA_CARD],
      },
    ],
  },
};
