import type { Citation } from '@vikno/law';
import { ALL_MODELS, APPEAL_GENERAL, ASSIGN_OR_REFUSE, FREE_AS_SOCIAL, USZN } from '../common.js';
import type { ServiceData } from '../load.js';

/** The Kyiv city administration's social policy page: КМУ 68 in force from 12.02.2019, decided by the USZN. */
const KYIV_DSP_PAGE: Citation = {
  act: 'kyiv-dsp-municipal-nanny-page',
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  quote:
    '«Відповідно до Порядку відшкодування вартості послуги з догляду за дитиною до трьох років «муніципальна ' +
    'няня», затвердженого постановою Кабінету Міністрів України від 30.01.2019 № 68 (набрання чинності, ' +
    'відбулось 12.02.2019) … відшкодування вартості послуги «муніципальна няня» є щомісячною адресною ' +
    'компенсаційною виплатою одному з батьків (усиновлювачів), опікуну дитини до трьох років» … «Призначення ' +
    'компенсації послуги «муніципальна няня» здійснюються управлінням праці та соціального захисту населення ' +
    'районних у м. Києві держадміністрацій»',
  note:
    'dsp.kyivcity.gov.ua, the social policy department of the Kyiv city state administration (a state body’s ' +
    'own page); its date was not seen. It speaks of Kyiv’s district administrations.',
};

/** КМУ 68 as the procedure, by its number, date and entry into force as the Kyiv administration's page gives them. */
const KMU_68: Citation = {
  act: 'kmu-68-2019',
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  note:
    'Number, date and entry into force (12.02.2019) from dsp.kyivcity.gov.ua; the resolution’s text was not read ' +
    '(nor its amendments by КМУ 897 of 30.09.2020, КМУ 1323 of 15.12.2021 and the change of 07.06.2024).',
};

/** КМУ 664 item 1 (07.06.2024): the procedure of КМУ 68 extended for martial law and three months after it. */
const KMU_664_ITEM_1: Citation = {
  act: 'kmu-664-2024',
  provision: { uk: 'п. 1', en: 'item 1' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«1. Поширити на період воєнного стану та протягом трьох місяців після його припинення або скасування дію ' +
    'Порядку відшкодування вартості послуги з догляду за дитиною до трьох років “муніципальна няня”, ' +
    'затвердженого постановою Кабінету Міністрів України від 30 січня 2019 р. № 68 “Деякі питання надання ' +
    'послуги з догляду за дитиною до трьох років “муніципальна няня” … на громадян України, іноземців та осіб без ' +
    'громадянства, які є батьками, опікунами дитини, на законних підставах проживають на території Украї[ни]…»',
  note:
    'Read in the text as printed by osvita.ua (the resolution as adopted; in force 11.06.2024 per myrgorod.pl.ua, ' +
    'a council’s item); the rest of item 1 (the categories: displaced persons’ children under 3, children with ' +
    'disabilities or severe illness under 6, …) was read only in that council’s retelling.',
};

/** The Novyi Rozdil CNAP card: Register id 01195, its name, 10 working days, free, a written application. */
const NOVYI_ROZDIL_CARD_01195: Citation = {
  act: 'cnap-novyi-rozdil-card-01195',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Ідентифікатор послуги: 01195 Повна назва: Призначення та виплата компенсації послуги з догляду за ' +
    'дитиною до трьох років "муніципальна няня"» … «Строк надання: 10 днів (робочі)» … «Адміністративний збір: ' +
    'Безоплатне надання» … «Де отримати • Виконавчі органи сільських, селищних, міських рад» … «Хто і як може ' +
    'подати заяву: • заявник: письмово; по[…]»',
  note:
    'A CNAP’s card (novyyrozdil-gromada.gov.ua, Lviv oblast); its date was not seen and the text read stops at the ' +
    'ways of applying. The Register’s own page was not read.',
};

/** A hromada's news item of 08.02.2026: the family applies to the social protection body with the documents. */
const KHODA_2026: Citation = {
  act: 'khoda-municipal-nanny-2026',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Після цього батькам або опікунам необхідно звернутися до найближчого територіального управління ' +
    'соціального захисту населення для подання пакету документів. Держава компенсує частину витрат на основі ' +
    'наданих актів виконаних робіт.»',
  note: 'A hromada’s news item (khoda.gov.ua, 08.02.2026): confirms the social protection body still decides in 2026.',
};

/** The compensation of the "municipal nanny" childcare service (КМУ 68 of 30.01.2019), Register 01195. */
export const MUNICIPAL_NANNY_COMPENSATION: ServiceData = {
  id: 'municipal-nanny-compensation',
  registerId: '01195',
  register: {
    name: 'Призначення та виплата компенсації послуги з догляду за дитиною до трьох років "муніципальна няня"',
    provider: { text: 'Виконавчі органи сільських, селищних, міських рад', kind: 'localCouncil' },
    basis: [NOVYI_ROZDIL_CARD_01195],
  },
  social: true,
  names: {
    '2019-02-12': {
      value: {
        uk: 'Призначення та виплата компенсації послуги з догляду за дитиною до трьох років «муніципальна няня»',
        en: 'Assignment and payment of the compensation of the “municipal nanny” childcare service for a child under three',
      },
      basis: [NOVYI_ROZDIL_CARD_01195],
    },
  },
  description: {
    uk:
      'Щомісячна адресна компенсація одному з батьків (усиновлювачів) чи опікуну, який уклав договір з ' +
      '«муніципальною нянею» (ФОП чи юридичною особою, що доглядає дітей): частина оплати няні повертається за ' +
      'актами виконаних робіт. Право мають, зокрема, батьки дитини, яка потребує додаткового догляду, батьки, ' +
      'один з яких має інвалідність I чи II групи, а під час воєнного стану — внутрішньо переміщені особи та ' +
      'родини з громад, де не працюють садочки (вік дитини — до 3 чи до 6 років залежно від підстави).',
    en:
      'A monthly targeted compensation to a parent (adopter) or guardian who has a contract with a “municipal ' +
      'nanny” (a sole trader or company caring for children): part of the nanny’s pay is refunded on the acts of ' +
      'work done. Entitled are, among others, parents of a child needing additional care, parents one of whom has ' +
      'a group I or II disability, and under martial law displaced persons and families from hromadas without ' +
      'working kindergartens (the child under 3 or under 6 depending on the ground).',
  },
  keywords: [
    'муніципальна няня',
    'няня',
    'нянька',
    'компенсація за няню',
    'гроші на няню',
    'оплата няні',
    'догляд за дитиною до трьох років',
    'догляд за дитиною до 6 років',
    'няня для дитини з інвалідністю',
    'няня ВПО',
    'муниципальная няня',
    'акт виконаних робіт',
  ],
  available: {
    '2019-02-12': { value: true, basis: [KYIV_DSP_PAGE] },
  },
  provider: {
    '2019-02-12': { value: USZN, basis: [KYIV_DSP_PAGE, KHODA_2026] },
  },
  legalBasis: {
    '2019-02-12': { value: [KMU_68], basis: [KYIV_DSP_PAGE] },
    '2024-06-11': { value: [KMU_68, KMU_664_ITEM_1], basis: [KMU_664_ITEM_1] },
  },
  fee: FREE_AS_SOCIAL,
  term: {
    '2019-02-12': {
      value: { kind: 'term', term: { amount: 10, unit: 'workingDays' } },
      basis: [NOVYI_ROZDIL_CARD_01195],
    },
  },
  result: {
    '2019-02-12': { value: [ASSIGN_OR_REFUSE], basis: [NOVYI_ROZDIL_CARD_01195, KYIV_DSP_PAGE] },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    '2019-02-12': { value: ['cnap', 'usznOffice'], basis: [NOVYI_ROZDIL_CARD_01195, KHODA_2026] },
  },
  delivery: ALL_MODELS,
  applicationForm: {
    '2019-02-12': {
      value: { uk: 'Заява в письмовій формі', en: 'A written application' },
      basis: [NOVYI_ROZDIL_CARD_01195],
    },
  },
  lifeSituations: ['childBirth', 'disability', 'internalDisplacement'],
};
