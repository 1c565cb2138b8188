import type { Citation } from '@vikno/law';
import { KMU_1751 } from '../citations/cabinet.js';
import { PFU_TRANSFER_2025 } from '../citations/cards-and-notices.js';
import { LAW_2811_ART_23 } from '../citations/evidence-catalog.js';
import {
  ALL_MODELS,
  APPEAL_GENERAL,
  APPEAL_PFU_2026,
  ASSIGN_OR_REFUSE,
  CEILING_TERM,
  CHANNELS_TO_PFU_2025,
  FREE_AS_SOCIAL,
  PFU,
  USZN,
} from '../common.js';
import type { ServiceData } from '../load.js';

/** Where the wording of Law 2811-XII (as Law 4681-IX worded it from 01.01.2026) was read. */
const SOURCE_2811 =
  'Read in the official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
  '(data/seed/07833-ua-law-2811-12.json, commit 35a12f9): the consolidated law in the wording of Law 4681-IX ' +
  '(Art. 3 lists the assistance, Art. 5 names the Pension Fund), in force from 01.01.2026.';

/** Law 2811-XII Art. 3 item 6: the assistance as a kind of state assistance to families with children. */
const LAW_2811_ART_3_ITEM_6: Citation = {
  act: 'law-2811-xii',
  provision: { uk: 'п. 6 ч. 1 ст. 3', en: 'Art. 3 part 1 item 6' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«6) допомога на дітей, хворих на тяжкі перинатальні ураження нервової системи, тяжкі вроджені вади ' +
    'розвитку, рідкісні орфанні захворювання, онкологічні, онкогематологічні захворювання, дитячий церебральний ' +
    'параліч, тяжкі психічні розлади, цукровий діабет I типу (інсулінозалежний), гострі або хронічні ' +
    'захворювання нирок IV ступеня, на дитину, яка отримала тяжку травму, потребує трансплантації органа, ' +
    'потребує паліативної допомоги, яким не встановлено інвалідність»',
  note: `${SOURCE_2811} The day the assistance was first introduced was not read; it is recorded from the earliest.`,
};

/** Law 2811-XII Arts. 18-5 and 18-6: who has the right, the documents and the day it is assigned from. */
const LAW_2811_ART_18_6: Citation = {
  act: 'law-2811-xii',
  provision: { uk: 'ст. 18-5, ч. 1 і 2 ст. 18-6', en: 'Art. 18-5; Art. 18-6 parts 1 and 2' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«до органу, що призначає та здійснює виплату державної допомоги сім’ям з дітьми, подаються: заява про ' +
    'призначення допомоги за формою, встановленою центральним органом виконавчої влади, що забезпечує ' +
    'формування державної політики у сфері соціального захисту населення; паспорт або інший документ, що ' +
    'посвідчує особу, та документ, що підтверджує повноваження опікуна, піклувальника, прийомних батьків, ' +
    'батьків-вихователів; свідоцтво про народження дитини; довідка про захворювання дитини … видана ' +
    'лікарсько-консультативною комісією лікувально-профілактичного закладу» … «призначається з дня звернення»',
  note:
    `${SOURCE_2811} Art. 18-5: the right belongs to «один із батьків, усиновлювачів, опікун, піклувальник, один ` +
    'із прийомних батьків, батьків-вихователів, який постійно проживає та здійснює догляд за дитиною». Law ' +
    '4681-IX item 7 replaced «органу соціального захисту населення» in Art. 18-6 parts 1 and 2 with the body ' +
    'that assigns family assistance, so the list itself is older than 2026.',
};

/** Law 4681-IX item 7: before 2026, Art. 18-6 named the social protection body. */
const LAW_4681_ITEM_7: Citation = {
  act: 'law-4681-ix',
  provision: {
    uk: 'п. 7 розд. I (зміни до ст. 18-6 Закону 2811-XII)',
    en: 'Section I item 7 (Art. 18-6 of Law 2811-XII)',
  },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«в абзаці першому частини першої та частині другій слова "органу соціального захисту населення" ' +
    'замінити словами "органу, що призначає та здійснює виплату державної допомоги сім’ям з дітьми"»',
  note:
    'Read in the official text as ingested into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
    '(data/seed/00116-ua-law-4681-20.json, commit 35a12f9): the wording it replaced shows the social protection ' +
    'body as the decider before 01.01.2026. Since when it decided was not read.',
};

/** Law 2811-XII Art. 5 part 1 as Law 4681-IX worded it: the Pension Fund assigns and pays it. */
const LAW_2811_ART_5: Citation = {
  act: 'law-2811-xii',
  provision: { uk: 'ч. 1 ст. 5', en: 'Art. 5 part 1' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«… допомога на дітей, хворих на тяжкі перинатальні ураження нервової системи, … яким не встановлено ' +
    'інвалідність, … призначається і виплачується центральним органом виконавчої влади, що реалізує державну ' +
    'політику з питань пенсійного забезпечення та ведення обліку осіб, які підлягають загальнообов’язковому ' +
    'державному соціальному страхуванню»',
  note: SOURCE_2811,
};

/** Law 2811-XII Art. 6 part 3 as Law 4681-IX worded it: the documents are considered within 10 days. */
const LAW_2811_ART_6: Citation = {
  act: 'law-2811-xii',
  provision: { uk: 'ч. 3 ст. 6', en: 'Art. 6 part 3' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Документи, необхідні для призначення державної допомоги сім’ям з дітьми, розглядаються органом, що ' +
    'призначає та здійснює виплату державної допомоги сім’ям з дітьми, протягом 10 днів з дня звернення.»',
  note:
    `${SOURCE_2811} The article does not say calendar or working days; recorded as calendar days, as the ` +
    'catalogue records «10 днів» without a unit. The wording of Art. 6 before 2026 was not read.',
};

/** The Pension Fund's Volyn office, as Novyny.LIVE reported it: the Fund assigns it, on the form of КМУ 765. */
const NOVYNY_PFU_VOLYN: Citation = {
  act: 'novyny-severely-ill-child-assistance-2026',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote: '«заява встановленої форми (Постанова Кабміну №765); свідоцтво про народження дитини; …»',
  note:
    'News (15.02.2026) retelling the Pension Fund’s Volyn regional office: the assistance is assigned by the ' +
    'Fund; documents: the application on the form of КМУ 765, the child’s birth certificate, the document of ' +
    'the adopter’s, guardian’s or foster parent’s authority. The Fund’s own page was not read.',
};

/** КМУ 765 of 25.06.2025 as the form of the application since the Pension Fund decides, per the Fund's office. */
const KMU_765_FORM: Citation = {
  act: 'kmu-765-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  note:
    'That the application is made on the form of КМУ 765 rests on the Pension Fund’s Volyn office as reported ' +
    'by Novyny.LIVE (15.02.2026); the form itself was not read.',
};

/** Monthly assistance for a child with a severe illness who has no disability established. */
export const SEVERELY_ILL_CHILD_ASSISTANCE: ServiceData = {
  id: 'severely-ill-child-assistance',
  social: true,
  names: {
    earliest: {
      value: {
        uk:
          'Призначення допомоги на дітей, хворих на тяжкі перинатальні ураження нервової системи, тяжкі вроджені ' +
          'вади розвитку, рідкісні орфанні захворювання, онкологічні, онкогематологічні захворювання, дитячий ' +
          'церебральний параліч, тяжкі психічні розлади, цукровий діабет I типу (інсулінозалежний), гострі або ' +
          'хронічні захворювання нирок IV ступеня, на дитину, яка отримала тяжку травму, потребує трансплантації ' +
          'органа, потребує паліативної допомоги, яким не встановлено інвалідність',
        en:
          'Assignment of assistance for children with a severe illness, injury or condition (severe perinatal ' +
          'damage of the nervous system, severe congenital malformations, rare orphan, oncological and ' +
          'onco-haematological diseases, cerebral palsy, severe mental disorders, type 1 diabetes, stage IV kidney ' +
          'disease, a severe injury, a need for an organ transplant or palliative care) who have no disability ' +
          'established',
      },
      basis: [LAW_2811_ART_3_ITEM_6],
    },
  },
  description: {
    uk:
      'Щомісячна допомога одному з батьків (усиновлювачів, опікуну, піклувальнику, прийомних батьків, ' +
      'батьків-вихователів), який постійно проживає з тяжкохворою дитиною і доглядає за нею, поки дитині не ' +
      'встановлено інвалідність; два прожиткові мінімуми для дітей відповідного віку, з дня звернення.',
    en:
      'A monthly payment to the parent (adopter, guardian, foster parent) who lives with and cares for a severely ' +
      'ill child without an established disability: two subsistence minimums for a child of that age, from the ' +
      'day of application.',
  },
  keywords: [
    'тяжкохвора дитина',
    'хвора дитина',
    'допомога на хвору дитину',
    'догляд за хворою дитиною',
    'ДЦП',
    'цукровий діабет у дитини',
    'онкологія у дитини',
    'орфанне захворювання',
    'паліативна допомога дитині',
    'трансплантація',
    'довідка ЛКК',
  ],
  available: {
    earliest: { value: true, basis: [LAW_2811_ART_3_ITEM_6] },
  },
  provider: {
    earliest: { value: USZN, basis: [LAW_4681_ITEM_7] },
    '2025-07-01': { value: PFU, basis: [PFU_TRANSFER_2025, NOVYNY_PFU_VOLYN] },
    '2026-01-01': { value: PFU, basis: [LAW_2811_ART_5] },
  },
  legalBasis: {
    earliest: { value: [LAW_2811_ART_18_6, KMU_1751], basis: [LAW_2811_ART_18_6] },
  },
  fee: FREE_AS_SOCIAL,
  term: {
    ...CEILING_TERM,
    '2026-01-01': {
      value: {
        kind: 'term',
        term: { amount: 10, unit: 'calendarDays' },
        runsFrom: { uk: 'дня звернення', en: 'the day of application' },
      },
      basis: [LAW_2811_ART_6],
    },
  },
  result: {
    earliest: { value: [ASSIGN_OR_REFUSE], basis: [LAW_2811_ART_18_6] },
  },
  appeal: {
    ...APPEAL_GENERAL,
    '2026-01-01': { value: APPEAL_PFU_2026, basis: [LAW_2811_ART_23] },
  },
  channels: CHANNELS_TO_PFU_2025,
  delivery: ALL_MODELS,
  applicationForm: {
    earliest: {
      value: {
        uk: 'Заява за формою, встановленою Мінсоцполітики',
        en: 'Application in the form set by the Ministry of Social Policy',
      },
      basis: [LAW_2811_ART_18_6],
    },
    '2025-07-01': {
      value: {
        uk: 'Заява за формою, затвердженою постановою КМУ від 25.06.2025 № 765',
        en: 'Application in the form approved by Cabinet resolution 765 of 25.06.2025',
      },
      basis: [KMU_765_FORM, NOVYNY_PFU_VOLYN],
    },
  },
  lifeSituations: ['disability'],
};
