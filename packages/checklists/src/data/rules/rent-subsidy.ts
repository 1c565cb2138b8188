import type { Citation } from '@vikno/law';
import { RENT_1225_P5 } from '../citations.js';
import { APPLICATION, IDENTITY } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** The Diia guide of the rent subsidy: who applies. */
const DIIA_GUIDE_RENT_APPLICATION: Citation = {
  act: 'diia-guide-rent-subsidy',
  evidence: 'officialCard',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «Подати заяву на отримання послуги заявник може особисто або через законного представника»; ' +
    'electronically «з накладенням наймачем та наймодавцем кваліфікованих електронних підписів». The list ' +
    'under «Документи, що необхідно надати» was not in the copy read. The state guide to public services ' +
    '(guide.diia.gov.ua).',
};

/** legalist.com.ua on the rent subsidy: identity shown on paper, a qualified signature online. */
const LEGALIST_RENT: Citation = {
  act: 'legalist-rent-subsidy-identity',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'A law firm blog retelling КМУ 1225: documents «повинні бути підписані наймачем житла та наймодавцем або ' +
    'їх законними представниками, у паперовій чи електронній формі (особа посвідчується відповідно документом ' +
    'або накладанням кваліфікованого електронного підпису)».',
};

/** The documents of subsidy towards all or part of the rent of a dwelling, with compensation of part of the landlord’s income tax and military levy (Надання субсидії на оплату вартості або частини вартості найму (оренди) житлового приміщення та компенсації частини податку на доходи фізичних осіб та військового збору), by the day each list took effect. */
export const RENT_SUBSIDY: ServiceRules = {
  serviceId: 'rent-subsidy',
  periods: {
    '2025-01-29': [
      {
        ...APPLICATION,
        reason: {
          uk:
            'Заява про призначення субсидії, яку подають наймач разом із наймодавцем (якщо наймодавець — ' +
            'юридична особа, наймач подає сам)',
          en:
            'The application for the subsidy, made by the tenant together with the landlord (alone where the ' +
            'landlord is a legal entity)',
        },
        basis: [DIIA_GUIDE_RENT_APPLICATION, RENT_1225_P5],
      },
      {
        ...IDENTITY,
        when: { fact: 'applicationForm', equals: 'paper' },
        reason: {
          uk:
            'Заява на папері: особа посвідчується документом (в електронній формі — кваліфікованим ' +
            'електронним підписом)',
          en:
            'A paper application: the person is identified by a document (electronically, by a qualified ' +
            'electronic signature)',
        },
        basis: [LEGALIST_RENT],
      },
      {
        id: 'rent-contract',
        documents: ['rent-contract'],
        form: 'copy',
        reason: { uk: 'Підписаний договір найму (оренди) житла', en: 'The signed housing rental contract' },
        basis: [RENT_1225_P5],
      },
      {
        id: 'representative-authority',
        documents: ['representative-authority'],
        when: { fact: 'applicant', in: ['legalRepresentative', 'proxy'] },
        form: 'copy',
        reason: {
          uk:
            'Заяву подає законний представник або представник за довіреністю: копії документів про його ' +
            'повноваження',
          en: 'A legal representative or a proxy applies: copies of the documents showing their powers',
        },
        basis: [RENT_1225_P5],
      },
    ],
  },
};
