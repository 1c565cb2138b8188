import type { Citation } from '@vikno/law';
import { APPLICATION } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** Uzhhorod's CNAP page: the documents the carer hands over on paper, read to the income declaration. */
const UZHHOROD_CARD: Citation = {
  act: 'uzhhorod-non-professional-care-card',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Фізичною особою, яка надає соціальні послуги, подаються: 1) у паперовій формі: заява про згоду надавати ' +
    'соціальні послуги з догляду на непрофесійній основі; заява про згоду отримувати соціальні послуги; копія ' +
    'свідоцтва про народження дитини (у разі надання соціальних послуг з догляду на непрофесійній основі дитині); ' +
    'декларація про доходи та майновий…»',
  note:
    'A city council’s CNAP page; the list was read only to the income declaration, and the lines after it are not ' +
    'recorded. The copy of the birth certificate of a child cared for is not a line here: no fact of the ' +
    'checklists says that the person cared for is a child.',
};

/** Law 2671-VIII Art. 13 part 7: the carer's income enters the amount. */
const LAW_2671_ART_13_INCOME: Citation = {
  act: 'law-2671-viii',
  provision: { uk: 'абз. 2 ч. 7 ст. 13', en: 'Art. 13 part 7 paragraph 2' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«розраховується як різниця між прожитковим мінімумом на одну особу … та середньомісячним сукупним доходом ' +
    'фізичної особи - надавача соціальної послуги за один квартал…»',
  note:
    'Read in the official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
    '(data/seed/01839-ua-law-2671-19.json, commit 35a12f9). The same paragraph says the income is determined by ' +
    'automated exchange of the data of state systems; the CNAP page still lists the declaration.',
};

/** The documents of the compensation to a person giving care on a non-professional basis, by the day each list took effect. */
export const NON_PROFESSIONAL_CARE_COMPENSATION: ServiceRules = {
  serviceId: 'non-professional-care-compensation',
  periods: {
    '2020-09-23': [
      {
        ...APPLICATION,
        reason: {
          uk:
            'Заява доглядальника про згоду надавати соціальні послуги з догляду на непрофесійній основі та заява ' +
            'особи, яка потребує догляду, про згоду їх отримувати',
          en:
            'The carer’s application consenting to give care on a non-professional basis, and the consent of the ' +
            'person cared for to receive it',
        },
        basis: [UZHHOROD_CARD],
      },
      {
        id: 'income-declaration',
        documents: ['income-declaration'],
        form: 'original',
        reason: {
          uk: 'Розмір компенсації залежить від доходу доглядальника: декларація про доходи та майновий стан',
          en: 'The amount depends on the carer’s income: the income and property declaration',
        },
        basis: [UZHHOROD_CARD, LAW_2671_ART_13_INCOME],
      },
    ],
  },
};
