import type { Citation } from '@vikno/law';
import { ALL_MODELS, APPEAL_GENERAL, FREE_AS_SOCIAL, USZN } from '../common.js';
import type { ServiceData } from '../load.js';

const LAW_2671_NOTE =
  'Read in the official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
  '(data/seed/01839-ua-law-2671-19.json, commit 35a12f9); the edition date is not stated there.';

/** Law 2671-VIII Art. 13 parts 6–7: who may give care on a non-professional basis, the compensation and its amount. */
const LAW_2671_ART_13: Citation = {
  act: 'law-2671-viii',
  provision: { uk: 'ч. 6, 7 ст. 13', en: 'Art. 13 parts 6–7' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«можуть надавати соціальні послуги з догляду на непрофесійній основі … отримувачам соціальних послуг з ' +
    'числа членів своєї сім’ї, які спільно проживають, пов’язані спільним побутом … та є: 1) особами з ' +
    'інвалідністю I групи; 2) дітьми з інвалідністю; 3) громадянами похилого віку з когнітивними порушеннями; 4) ' +
    'невиліковно хворими …; 5) дітьми, яким не встановлено інвалідність, але які є хворими на тяжкі …» «Фізичним ' +
    'особам, які надають соціальні послуги з догляду … без здійснення підприємницької діяльності, виплачується ' +
    'компенсація за догляд.» «Порядок подання та оформлення документів, призначення і виплати компенсації за ' +
    'догляд затверджує Кабінет Міністрів України.»',
  note: LAW_2671_NOTE,
};

/** КМУ 859 items 1 and 4: the procedure approved, in force on publication. */
const KMU_859: Citation = {
  act: 'kmu-859-2020',
  provision: { uk: 'пп. 1, 4', en: 'items 1 and 4' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«1. Затвердити Порядок подання та оформлення документів, призначення і виплати компенсації фізичним особам, ' +
    'які надають соціальні послуги з догляду на непрофесійній основі, що додається.» «4. Ця постанова набирає ' +
    'чинності з дня її опублікування і застосовується з 1 січня 2020 р. для осіб, які звернуться за призначенням ' +
    'компенсації…»',
  note:
    'Read as zakononline.com.ua reproduces the resolution (the edition not stated; these items are its own ' +
    'opening). The day of publication was not read: the service is keyed from the day of adoption, 23.09.2020.',
};

/** Uzhhorod's CNAP page: the name, the decider, the 10 days, 12 months from the month of application, the result. */
const UZHHOROD_CARD: Citation = {
  act: 'uzhhorod-non-professional-care-card',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Рішення про призначення компенсації або про відмову в її наданні приймається протягом 10 днів з дати ' +
    'подання документів. Компенсація призначається з місяця звернення за нею, якщо протягом місяця з дня ' +
    'звернення подано всі необхідні документи. Компенсація призначається на 12 місяців і виплачується щомісяця» ' +
    '«Виконавець Департамент соціальної політики Ужгородської міської ради» «Результат послуги Призначення ' +
    'виплати компенсації / відмова в призначенні щомісячної компенсаційної виплати / припинення виплати ' +
    'компенсації» «заява про згоду надавати соціальні послуги з догляду на непрофесійній основі»',
  note:
    'A city council’s CNAP page (its date not shown): the CNAP lists the service, and the council’s social ' +
    'policy department decides. Whether the 10 days are calendar or working days is not said: read as calendar days.',
};

/** novyny.live (07.09.2025), after the Pension Fund took other assistance over: apply to the local social protection bodies. */
const NOVYNY_LIVE: Citation = {
  act: 'novyny-live-care-compensation-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Про те, хто може отримати компенсацію від держави через догляд за своїм родичем …, визначено Постановою ' +
    'Кабміну №859.» «Звернутися можна до місцевих органів соціального захисту населення.»',
  note:
    'News. It contradicts 24tv.ua (25.10.2025), which, citing the Pension Fund, says the application can be made at ' +
    'a Pension Fund office; no state body’s notice naming the decider after 01.07.2025 was read. Kept with the ' +
    'social protection unit, as the only CNAP page read names it.',
};

/** The compensation to a family member who gives care on a non-professional basis (КМУ 859). */
export const NON_PROFESSIONAL_CARE_COMPENSATION: ServiceData = {
  id: 'non-professional-care-compensation',
  social: true,
  names: {
    '2020-09-23': {
      value: {
        uk:
          'Призначення компенсації за догляд фізичній особі, яка надає соціальні послуги з догляду без здійснення ' +
          'підприємницької діяльності на непрофесійній основі',
        en:
          'Assignment of the care compensation to a person who gives care without business activity on a ' +
          'non-professional basis',
      },
      basis: [UZHHOROD_CARD],
    },
  },
  description: {
    uk:
      'Щомісячна компенсація члену сім’ї, який без навчання доглядає за особою, з якою спільно проживає: особою з ' +
      'інвалідністю I групи, дитиною з інвалідністю, громадянином похилого віку з когнітивними порушеннями, ' +
      'невиліковно хворим або дитиною з тяжким захворюванням без інвалідності. Розмір — різниця між прожитковим ' +
      'мінімумом і середньомісячним доходом на члена сім’ї доглядальника. Призначається на 12 місяців з місяця ' +
      'звернення.',
    en:
      'A monthly compensation to a family member who, without training, cares for a person they live with: a ' +
      'person with a group I disability, a child with a disability, an older person with cognitive impairment, an ' +
      'incurably ill person or a child with a severe illness and no disability. The amount is the subsistence ' +
      'minimum less the carer’s average monthly income per family member. Assigned for 12 months from the month ' +
      'of application.',
  },
  keywords: [
    'компенсація за догляд',
    'догляд на непрофесійній основі',
    'непрофесійний догляд',
    'гроші за догляд за родичем',
    'догляд за родичем',
    'догляд за особою з інвалідністю I групи',
    'догляд за дитиною з інвалідністю',
    'догляд за літньою людиною',
    'компенсация по уходу',
    'постанова 859',
  ],
  available: {
    '2020-09-23': { value: true, basis: [KMU_859] },
  },
  provider: {
    '2020-09-23': { value: USZN, basis: [UZHHOROD_CARD, NOVYNY_LIVE] },
  },
  legalBasis: {
    '2020-09-23': { value: [LAW_2671_ART_13, KMU_859], basis: [LAW_2671_ART_13, KMU_859] },
  },
  fee: FREE_AS_SOCIAL,
  term: {
    '2020-09-23': {
      value: { kind: 'term', term: { amount: 10, unit: 'calendarDays' } },
      basis: [UZHHOROD_CARD],
    },
  },
  result: {
    '2020-09-23': {
      value: [
        {
          uk: 'Рішення про призначення компенсації на 12 місяців (з місяця звернення) або про відмову в ній',
          en: 'A decision to assign the compensation for 12 months (from the month of application) or to refuse it',
        },
      ],
      basis: [UZHHOROD_CARD],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    '2020-09-23': { value: ['cnap', 'usznOffice'], basis: [UZHHOROD_CARD, NOVYNY_LIVE] },
  },
  delivery: ALL_MODELS,
  applicationForm: {
    '2020-09-23': {
      value: {
        uk: 'Заява про згоду надавати соціальні послуги з догляду на непрофесійній основі',
        en: 'Application consenting to give care on a non-professional basis',
      },
      basis: [UZHHOROD_CARD],
    },
  },
  lifeSituations: ['disability'],
};
