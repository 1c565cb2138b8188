import type { Citation } from '@vikno/law';
import { APPLICATION, GUARDIANSHIP, IDENTITY } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** Law 2811-XII Art. 18-6 part 1: the exhaustive list of what is submitted, read in the official text. */
const LAW_2811_ART_18_6: Citation = {
  act: 'law-2811-xii',
  provision: { uk: 'ч. 1 ст. 18-6', en: 'Art. 18-6 part 1' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«подаються: заява про призначення допомоги за формою, встановленою центральним органом виконавчої влади, ' +
    'що забезпечує формування державної політики у сфері соціального захисту населення; паспорт або інший ' +
    'документ, що посвідчує особу, та документ, що підтверджує повноваження опікуна, піклувальника, прийомних ' +
    'батьків, батьків-вихователів; свідоцтво про народження дитини; довідка про захворювання дитини … видана ' +
    'лікарсько-консультативною комісією лікувально-профілактичного закладу»',
  note:
    'Read in the official text ingested into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
    '(data/seed/07833-ua-law-2811-12.json, commit 35a12f9). Law 4681-IX changed only the body named in this ' +
    'part from 01.01.2026, so the list applies before and after. The article does not say whether the identity ' +
    'document is shown or copied, nor whether the birth certificate and the guardian’s document are handed ' +
    'over as copies: shown and copies are recorded as the family-assistance cards of the catalogue ask, and ' +
    'the LKK certificate, issued for this purpose, as handed over in the original (not read).',
};

/** The documents of assistance for children with a severe illness and no disability established, by the day each list took effect. */
export const SEVERELY_ILL_CHILD_ASSISTANCE: ServiceRules = {
  serviceId: 'severely-ill-child-assistance',
  periods: {
    earliest: [
      {
        ...APPLICATION,
        reason: {
          uk: 'Заява про призначення допомоги за встановленою формою',
          en: 'The application for the assistance in the prescribed form',
        },
        basis: [LAW_2811_ART_18_6],
      },
      {
        ...IDENTITY,
        reason: {
          uk: 'Паспорт або інший документ, що посвідчує особу заявника',
          en: 'The applicant’s identity document',
        },
        basis: [LAW_2811_ART_18_6],
      },
      {
        ...GUARDIANSHIP,
        reason: {
          uk: 'Заявник — опікун, піклувальник, прийомний батько чи мати або батько-вихователь: документ про його повноваження',
          en: 'The applicant is a guardian, custodian or foster parent: the document of their authority',
        },
        basis: [LAW_2811_ART_18_6],
      },
      {
        id: 'birth-certificate',
        documents: ['birth-certificate'],
        form: 'copy',
        reason: { uk: 'Свідоцтво про народження дитини', en: 'The child’s birth certificate' },
        basis: [LAW_2811_ART_18_6],
      },
      {
        id: 'severe-illness-certificate',
        documents: ['severe-illness-certificate'],
        form: 'original',
        reason: {
          uk: 'Довідка ЛКК про тяжке захворювання (травму, стан) дитини',
          en: 'The medical advisory commission’s certificate of the child’s severe illness (injury, condition)',
        },
        basis: [LAW_2811_ART_18_6],
      },
    ],
  },
};
