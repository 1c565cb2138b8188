import type { Citation } from '@vikno/law';
import { APPLICATION, IDENTITY } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** The Pension Fund's Zakarpattia office, as sud.ua reported it (15.02.2026): the documents, read in part. */
const SUD_PFU_ZAKARPATTIA: Citation = {
  act: 'sud-mental-disorder-carer-assistance-2026',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Необхідні документи: заява встановленої форми; декларація про доходи та майновий стан осіб, які звернулися ' +
    'за призначенням усіх видів соціальної допо[моги]…»',
  note: 'The list was read only to the declaration; the lines after it are not recorded.',
};

/** Sumy city council's page (before the move to the Pension Fund): the identity document. */
const SMR_PAGE: Citation = {
  act: 'smr-mental-disorder-carer-documents',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«заява за встановленою формою; документ, що посвідчує особу; декларація про доходи та майновий стан …»',
  note: 'Whether the identity document is shown or copied is not said; recorded as shown.',
};

/** The Pension Fund's page: the medical commission's conclusion on the need of constant care. */
const PFU_KR_PAGE: Citation = {
  act: 'pfu-kr-mental-disorder-carer-assistance',
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  quote:
    '«з особою з інвалідністю I чи II групи внаслідок психічного розладу, яка за висновком лікарської комісії ' +
    'закладу охорони здоров’я потребує постійного стороннього догляду»',
  note:
    'pfu.gov.ua/kr/434208. The conclusion is the condition of the right; the page’s own list of documents was not ' +
    'read, so whether the conclusion is handed over in the original or a copy is not known: recorded as original.',
};

/** The documents of the monthly allowance to a person caring for a person with a psychiatric disability, by the day each list took effect. */
export const MENTAL_DISORDER_CARER_ALLOWANCE: ServiceRules = {
  serviceId: 'mental-disorder-carer-allowance',
  periods: {
    earliest: [
      {
        ...APPLICATION,
        reason: { uk: 'Заява встановленої форми', en: 'The application in the prescribed form' },
        basis: [SUD_PFU_ZAKARPATTIA, SMR_PAGE],
      },
      {
        ...IDENTITY,
        reason: { uk: 'Документ, що посвідчує особу заявника', en: 'The applicant’s identity document' },
        basis: [SMR_PAGE],
      },
      {
        id: 'income-declaration',
        documents: ['income-declaration'],
        form: 'original',
        reason: {
          uk: 'Допомога залежить від доходу сім’ї: декларація про доходи та майновий стан',
          en: 'The allowance depends on the family’s income: the income and property declaration',
        },
        basis: [SUD_PFU_ZAKARPATTIA, SMR_PAGE],
      },
      {
        id: 'constant-care-conclusion',
        documents: ['constant-care-conclusion'],
        form: 'original',
        reason: {
          uk: 'Висновок лікарської комісії про потребу особи з інвалідністю в постійному сторонньому догляді',
          en: 'The medical commission’s conclusion that the person with a disability needs constant care',
        },
        basis: [PFU_KR_PAGE],
      },
    ],
  },
};
