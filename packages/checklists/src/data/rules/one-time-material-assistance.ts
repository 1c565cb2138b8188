import type { Citation } from '@vikno/law';
import { APPLICATION, RNOKPP } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** The Koriukivka district administration's page (05.05.2020): a personal application, with copies attached. */
const KORYUKIVKA_RDA: Citation = {
  act: 'koryukivka-rda-one-time-assistance',
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  quote:
    '«Допомога … надається на підставі особистої заяви …, поданої органу соціального захисту населення. Для ' +
    'отримання допомоги непрацюючі малозабезпечені особи до заяви додають копії: - паспорта; - пенсійного ' +
    'посвідчення або посвідчення одержувача державної соціальної допомоги; - довідки про присвоєння ' +
    '[реєстраційного номера облікової картки платника податків]…»',
  note:
    'koradm.cg.gov.ua, a district state administration’s page of 05.05.2020 (before the amendments of late 2020). ' +
    'The pension or assistance recipient’s certificate is not a line here: the rule book has no document kind for ' +
    'it yet (reported).',
};

/** The Kharkiv regional services centre's page: what a person (child) with a disability adds. */
const RCP_KHARKIV: Citation = {
  act: 'rcp-kharkiv-one-time-assistance',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Для осіб з інвалідністю та дітей з інвалідністю або один з батьків, опікуни чи піклувальники (законні ' +
    'представники) додають: – паспорт та/або свідоцтво про народження дитини з інвалідністю …; – висновок ' +
    'медико-соціальної експертної комісії, лікувально-консультативної комісії лікувально-профілактичного закладу ' +
    '(для дітей …»',
  note:
    'rcp.kh.ua; its date was not seen. Whether the conclusion is handed over as a copy is not said: recorded as a ' +
    'copy, as the Koriukivka page says of the documents attached to the application.',
};

/** Chernivtsi city's social protection department: the passport and the taxpayer document, each with its copy. */
const CHERNIVTSI_DSP: Citation = {
  act: 'chernivtsi-dsp-one-time-assistance',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Для непрацюючих малозабезпечених осіб: • Заява; • паспорт громадянина України та його копія; • документ ' +
    'про присвоєння реєстраційного номера облікової картки платника податків та його копія …; • пенсійне ' +
    'посвідчення або посвідчення отримувача державної соціальної допомоги та його копія.»',
  note: 'dsp.city.cv.ua, a city council department’s page; its date was not seen.',
};

/** The documents of the one-time material assistance (КМУ 256), by the day each list took effect. */
export const ONE_TIME_MATERIAL_ASSISTANCE: ServiceRules = {
  serviceId: 'one-time-material-assistance',
  periods: {
    '2017-04-12': [
      {
        ...APPLICATION,
        reason: {
          uk: 'Особиста заява (за дитину — одного з батьків, опікуна чи піклувальника)',
          en: 'The personal application (for a child, a parent’s, guardian’s or custodian’s)',
        },
        basis: [KORYUKIVKA_RDA, CHERNIVTSI_DSP, RCP_KHARKIV],
      },
      {
        id: 'identity',
        documents: ['identity-document'],
        form: 'copyWithOriginal',
        reason: { uk: 'Паспорт і його копія', en: 'The passport and its copy' },
        basis: [KORYUKIVKA_RDA, CHERNIVTSI_DSP, RCP_KHARKIV],
      },
      {
        ...RNOKPP,
        reason: { uk: 'Реєстраційний номер облікової картки платника податків', en: 'The taxpayer number' },
        basis: [KORYUKIVKA_RDA, CHERNIVTSI_DSP],
      },
      {
        id: 'disability-certificate',
        documents: ['disability-certificate'],
        when: { fact: 'disability', equals: true },
        form: 'copy',
        reason: {
          uk: 'Особа (дитина) з інвалідністю: висновок МСЕК або ЛКК',
          en: 'A person (child) with a disability: the conclusion of the MSEK or the medical advisory commission',
        },
        basis: [RCP_KHARKIV],
      },
    ],
  },
};
