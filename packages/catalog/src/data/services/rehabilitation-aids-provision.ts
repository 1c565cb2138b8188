import type { Citation } from '@vikno/law';
import { ALL_MODELS, APPEAL_GENERAL, CEILING_TERM, FREE_AS_SOCIAL, USZN } from '../common.js';
import type { ServiceData } from '../load.js';

/** Law 875-XII Art. 38 part 1: rehabilitation aids free or on privileged terms, on the rehabilitation programme. */
const LAW_875_ART_38: Citation = {
  act: 'law-875-xii',
  provision: { uk: 'ч. 1 ст. 38', en: 'Art. 38 part 1' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Особам з інвалідністю і дітям з інвалідністю надаються безоплатно або на пільгових умовах на підставі ' +
    'індивідуальної програми реабілітації послуги із соціально-побутового і медичного обслуговування, допоміжні ' +
    'засоби реабілітації (…), вироби медичного призначення (…), а також автомобілі, крісла колісні з ' +
    'електроприводом-за наявності відповідного медичного висновку.»',
  note:
    'Part 1 of Art. 38 is missing from the official text as ingested into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
    '(data/seed/08021-ua-law-875-12.json, commit 35a12f9: its Art. 38 begins with the later paragraph on cars); read ' +
    'on protocol.ua (a mirror of the law, its edition not dated), the parenthesised lists left out.',
};

/** The Fund for Social Protection of Persons with Disabilities: КМУ 321 is the mechanism, by its present title. */
const ISPF_INFO: Citation = {
  act: 'ispf-rehabilitation-aids-info',
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  quote:
    '«Механізм безоплатного забезпечення осіб з інвалідністю, дітей з інвалідністю та інших окремих категорій ' +
    'населення … допоміжними засобами реабілітації (технічними та іншими засобами реабілітації) … визначено ' +
    'Порядком … затвердженого постановою Кабінету Міністрів України від 05 квітня 2012 року №321 (зі змінами)»',
  note: 'ispf.gov.ua, published 19.02.2024.',
};

/** КМУ 321 by its number, date and title as the Fund gives them; the text not read. */
const KMU_321: Citation = {
  act: 'kmu-321-2012',
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  note: 'Number, date and title from the Fund’s page (ispf.gov.ua, 19.02.2024); the text was not read.',
};

/** A hromada's notice: the renewed procedure took effect on 15.12.2023. */
const MTLRG_2023: Citation = {
  act: 'mtlrg-rehabilitation-aids-2023',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«З 15 грудня 2023 року набрав чинності оновлений Порядок забезпечення допоміжними засобами реабілітації ' +
    '(технічними та іншими засобами реабілітації) осіб з інвалідністю, дітей з інвалідністю та інших окремих ' +
    'категорій населення і виплати грошової компенсації вартості за самостійно придбані такі засоби»',
  note:
    'A hromada’s page. The service under КМУ 321 existed before; the catalogue records it from the renewed ' +
    'procedure, whose channels were read.',
};

/** The provider's own card: the name of the service and the social protection department as its provider. */
const POLTAVA_RDA_CARD: Citation = {
  act: 'poltava-rda-rehabilitation-aids-card',
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  quote:
    '«ЗАТВЕРДЖЕНО Наказ управління соціального захисту населення Полтавської районної державної адміністрації ' +
    '28.01.2025 № 08-од ІНФОРМАЦІЙНА КАРТКА адміністративної послуги „ВИДАЧА НАПРАВЛЕННЯ НА ЗАБЕЗПЕЧЕННЯ ' +
    'ДОПОМІЖНИМИ ЗАСОБАМИ РЕАБІЛІТАЦІЇ (ТЕХНІЧНИМИ ТА ІНШИМИ ЗАСОБАМИ РЕАБІЛІТАЦІЇ) ОСІБ З ІНВАЛІДНІСТЮ ТА ' +
    'ДІТЕЙ З ІНВАЛІДНІСТЮ” Управління соціального захисту населення Полтавської райдержадміністрації»',
  note:
    'The card as a hromada’s site publishes it; only its opening was read (the term, result and refusal grounds ' +
    'were not). No source read says the service moved to the Pension Fund on 01.07.2025; this card is the latest ' +
    'provider’s word read.',
};

/** The Kyiv regional department's explanation of item 12 of the procedure: where the application may be made. */
const KOA_CHANNELS: Citation = {
  act: 'koa-rehabilitation-aids-channels',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«відповідно до п. 12 Порядку для забезпечення засобами реабілітації або виплати компенсації особа або її ' +
    'законний представник подають заяву про забезпечення засобом реабілітації (виплату компенсації) за формою, ' +
    'затвердженою Мінсоцполітики, незалежно від зареєстрованого/ задекларованого місця проживання (перебування) ' +
    'особи. Заява … у паперовій або електронній формі може бути подана: - до структурного підрозділу з питань ' +
    'соціального захисту населення … виконавчого органу сільської, селищної, міської … ради …; - до ' +
    'уповноваженої посадової особи з питань соціального захисту виконавчого органу сільської, селищної, міської ' +
    'ради …; - до центру надання адміністративних пос[луг]…»',
  note:
    'A regional administration department’s explanation as a hromada’s site reposts it; the list was read to the ' +
    'CNAP, the items after it are not recorded.',
};

/** Kharkiv's CNAP page: the application form, on paper or through the electronic cabinet or the Diia portal. */
const KHARKIV_CNAP: Citation = {
  act: 'kharkiv-cnap-rehabilitation-aids-card',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Прийом документів на забезпечення технічними та іншими засобами реабілітації осіб з інвалідністю та дітей з ' +
    'інвалідністю» «Заява про забезпечення засобом реабілітації (виплату компенсації) за формою, затвердженою ' +
    'Мінсоцполітики, у паперовій формі або через електронний кабінет особи з інвалідністю, дитини з інвалідністю, ' +
    'іншої особи або через Єдиний державний веб-портал електронних послуг»',
  note: 'A city CNAP’s page (its date not shown).',
};

/** The referral for assistive (technical and other) rehabilitation aids, under КМУ 321 as renewed from 15.12.2023. */
export const REHABILITATION_AIDS_PROVISION: ServiceData = {
  id: 'rehabilitation-aids-provision',
  social: true,
  names: {
    '2023-12-15': {
      value: {
        uk:
          'Видача направлення на забезпечення допоміжними засобами реабілітації (технічними та іншими засобами ' +
          'реабілітації) осіб з інвалідністю та дітей з інвалідністю',
        en: 'Referral for assistive (technical and other) rehabilitation aids for persons and children with disabilities',
      },
      basis: [POLTAVA_RDA_CARD],
    },
  },
  description: {
    uk:
      'Безоплатне забезпечення осіб з інвалідністю, дітей з інвалідністю та інших окремих категорій допоміжними ' +
      'засобами реабілітації (крісла колісні, протезні та ортопедичні вироби, слухові апарати тощо) або ' +
      'компенсація вартості самостійно придбаного засобу. Заяву подають незалежно від місця проживання.',
    en:
      'Free assistive rehabilitation aids (wheelchairs, prosthetic and orthopaedic devices, hearing aids and the ' +
      'like) for persons and children with disabilities and some other groups, or compensation of an aid bought ' +
      'oneself. The application may be made wherever the person is registered.',
  },
  keywords: [
    'засоби реабілітації',
    'допоміжні засоби реабілітації',
    'технічні засоби реабілітації',
    'ТЗР',
    'крісло колісне',
    'інвалідний візок',
    'протез',
    'ортопедичне взуття',
    'слуховий апарат',
    'компенсація за самостійно придбаний засіб реабілітації',
    'средства реабилитации',
  ],
  available: {
    '2023-12-15': { value: true, basis: [MTLRG_2023, ISPF_INFO] },
  },
  provider: {
    '2023-12-15': { value: USZN, basis: [POLTAVA_RDA_CARD, KOA_CHANNELS] },
  },
  legalBasis: {
    '2023-12-15': { value: [LAW_875_ART_38, KMU_321], basis: [LAW_875_ART_38, ISPF_INFO] },
  },
  fee: FREE_AS_SOCIAL,
  term: CEILING_TERM,
  result: {
    '2023-12-15': {
      value: [
        {
          uk: 'Направлення на забезпечення допоміжним засобом реабілітації або відмова',
          en: 'A referral for the assistive rehabilitation aid, or a refusal',
        },
      ],
      basis: [POLTAVA_RDA_CARD],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    '2023-12-15': {
      value: ['cnap', 'usznOffice', 'starostaOrAuthorisedOfficial', 'diia'],
      basis: [KOA_CHANNELS, KHARKIV_CNAP],
    },
  },
  delivery: ALL_MODELS,
  applicationForm: {
    '2023-12-15': {
      value: {
        uk: 'Заява про забезпечення засобом реабілітації (виплату компенсації) за формою, затвердженою Мінсоцполітики',
        en: 'Application for a rehabilitation aid (or its compensation) in the form approved by the Ministry of Social Policy',
      },
      basis: [KOA_CHANNELS, KHARKIV_CNAP],
    },
  },
  lifeSituations: ['disability'],
};
