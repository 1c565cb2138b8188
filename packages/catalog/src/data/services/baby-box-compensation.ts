import type { Citation } from '@vikno/law';
import { PFU_PORTAL_NEWS, PFU_TRANSFER_2025 } from '../citations/cards-and-notices.js';
import { KMU_744_ITEMS_1_2 } from '../citations/family-assistance.js';
import { LAW_2811 } from '../citations/laws.js';
import { ALL_MODELS, APPEAL_GENERAL, FREE_AS_SOCIAL, PFU, USZN } from '../common.js';
import type { ServiceData } from '../load.js';

/** The Globyno CNAP card for the baby-box compensation: the term. */
const GLOBYNO_BABY_BOX_CARD: Citation = {
  act: 'globyno-baby-box-compensation-card',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Code 03-67, «Строк надання 5 днів», «безоплатно»; the kind of days is not given (calendar days ' +
    'assumed) and the card is undated (it names a PrivatBank account, so it predates 2025).',
};

/** КМУ resolution 744 of 29.07.2020, the pilot project that introduced the baby-box compensation. */
const KMU_744: Citation = {
  act: 'kmu-744-2020',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    'Відповідно до постанови Кабінету Міністрів України від 29.07.2020 № 744, в Україні протягом ' +
    '2020-2024 років здійснювалася реалізація пілотного проєкту «Монетизація одноразової натуральної ' +
    'допомоги «пакунок малюка».',
  note:
    'vatytino-rada.gov.ua: «З 01 вересня 2020 року змінено механізм … на грошову компенсацію ' +
    'відповідно до постанови КМУ від 29.07.2020 № 744»; «Призначення грошової компенсації ' +
    'здійснюється структурними підрозділами з питань соціального захисту населення». URL built by ' +
    'the standard pattern. Checked on 2026-11-25: Solotvyno hromada social-protection page (early ' +
    '2025): compensation paid through 31.12.2024 inclusive; from January 2025 temporarily not paid ' +
    'pending a Government decision. delo.ua: title «Деякі питання реалізації пілотного проєкту з ' +
    'монетизації одноразової натуральної допомоги "пакунок малюка"» and the 2024 extension. Text not ' +
    'read.',
};

/** The end of the pilot in 2023, before the 2024 pause. */
const KMU_1390_2021_PILOT_2023: Citation = {
  act: 'kmu-1390-2021',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  note:
    'Seen only in a copy on zakon-i-normativ.info («пілотного проекту … у 2020-2023 роках»). That ' +
    'the pilot lapsed on 31.12.2023 is inferred from the Stryzhavka notice that applications ' +
    '«resumed» on 13.02.2024. Checked on 2026-11-25: Text not found in the corpus. Indirect support: ' +
    'usz.solotvino-rada.gov.ua says the КМУ 744 pilot ran «протягом 2020-2024 років» with payments ' +
    'through 31.12.2024, and delo.ua reports the 2024 extension «до 31.12.2024» (КМУ 136) — ' +
    'consistent with a pilot that ran to end-2023 before the extension. The 1390 attribution itself ' +
    'stays as in the inventory.',
};

/** The 2024 extension of the pilot (КМУ 136 of 09.02.2024), after a pause in January 2024. */
const KMU_136_2024_EXTENSION: Citation = {
  act: 'kmu-136-2024',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    'Внесено зміни до постанови КМУ від 29.07.2020 N 744 … в частині продовження реалізації ' +
    'пілотного проєкту з монетизації одноразової натуральної допомоги "пакунок малюка" до 31.12.2024',
  note:
    'As the Stryzhavka CNAP notice (stryzhavska-rada.gov.ua/news/1708596614/) reported it: «ЦНАП … ' +
    'відновлює приймання заяв … (13.02.2024 набрала чинність постанова Уряду №136 від 09.02.2024, ' +
    'якою продовжено реалізацію пілотного проєкту … до 31.12.2024)»; «звернення … не пізніше ніж ' +
    'через 12 місяців з дня народження дитини». nk.gov.ua/2024/02/19 confirms КМУ 136 and that УСЗН ' +
    "assigns the compensation. Checked on 2026-11-25: delo.ua quoting the Government's " +
    'representative in the Rada (Т. Мельничук): extension to 31.12.2024 and Державна служба у ' +
    'справах дітей named as the body responsible for paying the compensation. The number 136 is not ' +
    'in that excerpt; number/date 09.02.2024 and entry into force 13.02.2024 rest on the Stryzhavka ' +
    "CNAP notice (inventory, secondary). Note: the inventory's act field for this source is a CNAP " +
    'notice — evidence is secondary either way.',
};

/** КМУ resolution 114 of 04.02.2025, which continued the compensation in 2025. */
const KMU_114_2025: Citation = {
  act: 'kmu-114-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    'Постанови Кабінету Міністрів України від 4 лютого 2025 р. № 114 «Деякі питання призначення та ' +
    'виплати грошової компенсації вартості одноразової натуральної допомоги «пакунок малюка».',
  note:
    'Number, date and title from yu.mk.ua (Pivdennoukrainsk city site) and 7eminar.ua. Its entry ' +
    'into force and whether it covered January 2025 were not found: the adoption date is used as the ' +
    'first day of the service. Law 4681-IX changes the in-kind baby box from 01.01.2026 ' +
    '(kalushcity.gov.ua); whether the compensation goes on in 2026 is not established. URL built by ' +
    'the standard pattern. Checked on 2026-11-25: Number, date, title as on yu.mk.ua ' +
    '(Pivdennoukrainsk city site, same as inventory) and topnews.cn.ua. dsp.city.cv.ua (Chernivtsi ' +
    'city social policy department, updated 09.07.2025): from 01.07.2025 PFU bodies assign and pay ' +
    'the compensation; glavcom (ГУ ПФУ Volyn, 16.08.2025): amount three subsistence minimums for ' +
    'children under 6 (7 689 UAH in 2025). Solotvyno hromada: no payments from January 2025 until a ' +
    'Government decision — consistent with 114 of 04.02.2025 restarting them. Entry into force still ' +
    'not read; whether 114 covered children born in January 2025 not established.',
};

/** Chernivtsi city: the Pension Fund assigns the baby-box compensation from 01.07.2025. */
const CHERNIVTSI_BABY_BOX_PFU: Citation = {
  act: 'chernivtsi-baby-box-pfu-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '«З 1 липня 2025 року призначення та виплату грошової компенсації вартості одноразової ' +
    'натуральної допомоги "Пакунок малюка" здійснюють органи Пенсійного фонду України» (updated ' +
    '09.07.2025).',
};

const BABY_BOX_WINDOW_2024: Citation = {
  act: 'stryzhavka-cnap-baby-box-2024',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  note:
    'Stryzhavka CNAP (2024): «звернення за нею надійшло до ЦНАП не пізніше ніж через 12 місяців з ' +
    'дня народження дитини». Not checked for 2025. Checked on 2026-11-25: The 12-month application ' +
    'window was not re-read in this pass; it rests on the Stryzhavka CNAP notice (2024).',
};

/**
 * The cash compensation for the baby box. It has lived on temporary pilot resolutions, so it has lapsed and
 * resumed: the gaps in `available` are the pauses seen in CNAP notices.
 */
export const BABY_BOX_COMPENSATION: ServiceData = {
  id: 'baby-box-compensation',
  social: true,
  names: {
    earliest: {
      value: {
        uk: 'Призначення грошової компенсації вартості одноразової натуральної допомоги «пакунок малюка»',
        en: 'Assignment of cash compensation for the one-off in-kind «baby box» assistance',
      },
      basis: [GLOBYNO_BABY_BOX_CARD],
    },
  },
  description: {
    uk:
      'Грошова компенсація замість «пакунка малюка», якщо набір не отримано; кошти зараховуються на ' +
      'спеціальний рахунок і витрачаються на дитячі товари.',
    en:
      'Cash instead of the baby box when the box was not received, paid to a special account for ' +
      'spending on goods for the child.',
  },
  keywords: ['пакунок малюка', 'бебі-бокс', 'компенсація пакунка', 'монетизація'],
  available: {
    '2020-09-01': {
      value: true,
      basis: [KMU_744_ITEMS_1_2, KMU_744, KMU_1390_2021_PILOT_2023],
    },
    '2024-01-01': null,
    '2024-02-13': {
      value: true,
      basis: [KMU_136_2024_EXTENSION],
    },
    '2025-01-01': null,
    '2025-02-04': {
      value: true,
      basis: [KMU_114_2025],
    },
  },
  provider: {
    earliest: {
      value: USZN,
      basis: [KMU_744, KMU_136_2024_EXTENSION],
    },
    '2025-07-01': {
      value: PFU,
      basis: [PFU_TRANSFER_2025, CHERNIVTSI_BABY_BOX_PFU],
    },
  },
  legalBasis: {
    earliest: {
      value: [LAW_2811, KMU_744_ITEMS_1_2],
      basis: [KMU_744_ITEMS_1_2, KMU_136_2024_EXTENSION],
    },
    '2025-01-01': null,
    '2025-02-04': {
      value: [LAW_2811, KMU_114_2025],
      basis: [KMU_114_2025],
    },
  },
  fee: FREE_AS_SOCIAL,
  term: {
    earliest: {
      value: {
        kind: 'term',
        term: {
          amount: 5,
          unit: 'calendarDays',
        },
      },
      basis: [GLOBYNO_BABY_BOX_CARD],
    },
  },
  applicationWindow: {
    earliest: {
      value: {
        event: 'childBirth',
        within: {
          amount: 12,
          unit: 'months',
        },
        after: {
          uk: 'народження дитини',
          en: 'the birth of the child',
        },
      },
      basis: [BABY_BOX_WINDOW_2024],
    },
  },
  result: {
    earliest: {
      value: [
        {
          uk: 'Рішення про призначення допомоги або про відмову в її призначенні',
          en: 'A decision to assign the assistance or to refuse it',
        },
      ],
      basis: [KMU_744],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    earliest: {
      value: ['cnap', 'cnapTerritorialUnit', 'remoteWorkplace', 'starostaOrAuthorisedOfficial', 'usznOffice'],
      basis: [KMU_744, KMU_136_2024_EXTENSION],
    },
    '2025-07-01': {
      value: [
        'cnap',
        'cnapTerritorialUnit',
        'remoteWorkplace',
        'starostaOrAuthorisedOfficial',
        'pfuOffice',
        'pfuPortal',
        'post',
      ],
      basis: [PFU_TRANSFER_2025, PFU_PORTAL_NEWS, CHERNIVTSI_BABY_BOX_PFU],
    },
  },
  delivery: ALL_MODELS,
  lifeSituations: ['childBirth'],
};
