// The example of docs/guides/local-services.md ("A hromada adds three services"), kept here so that a test runs it
// and checks that the guide shows it word for word: the text between the two markers is the guide's code block.
// guide:start
import { extendCatalog, type ServiceInput } from '@vikno/catalog';
import type { LegalSource } from '@vikno/law';

// The hromada's own act, cited as read: the programme its council adopted for the year.
const programme: LegalSource = {
  id: 'prykladna-social-programme-2026',
  act: {
    uk: 'Рішення Прикладної сільської ради від 19.12.2025 № 41-2 «Про Програму соціального захисту населення на 2026 рік»',
    en: 'Decision No. 41-2 of the Prykladna village council of 19.12.2025 on the social protection programme for 2026',
  },
  provision: { uk: 'розд. 4', en: 'section 4' },
  verified: true,
  evidence: 'text',
  checkedOn: '2026-01-12',
};
const basis = [programme];

// What the programme's three kinds of aid share: the executive committee decides within 30 days, free of charge,
// on an application at the CNAP or to a starosta; the programme runs for 2026.
const programmeAid = {
  social: true,
  available: [{ from: '2026-01-01', to: '2026-12-31', value: true, basis }],
  provider: [
    {
      value: {
        kind: 'localCouncil',
        name: {
          uk: 'Виконавчий комітет Прикладної сільської ради',
          en: 'Executive committee of the Prykladna council',
        },
      },
      basis,
    },
  ],
  legalBasis: [{ value: basis, basis }],
  fee: [{ value: { kind: 'free' }, basis }],
  term: [{ value: { kind: 'term', term: { amount: 30, unit: 'calendarDays' } }, basis }],
  result: [
    {
      value: [
        {
          uk: 'Рішення виконавчого комітету про надання допомоги або про відмову',
          en: 'A decision to grant the aid or refuse it',
        },
      ],
      basis,
    },
  ],
  appeal: [{ value: { uk: 'До адміністративного суду', en: 'To an administrative court' }, basis }],
  channels: [{ value: ['cnap', 'starostaOrAuthorisedOfficial'], basis }],
  // Decided by the hromada itself: none of the three models of state social services, no «Соціальна громада».
  delivery: [{ value: { models: [], socialHromada: false }, basis }],
} satisfies Partial<ServiceInput>;

const hardshipAid: ServiceInput = {
  ...programmeAid,
  id: 'local-hardship-aid',
  localCodes: ['07-01'],
  names: [
    {
      value: {
        uk: 'Одноразова матеріальна допомога у складних життєвих обставинах',
        en: 'One-time aid in hardship',
      },
      basis,
    },
  ],
  description: {
    uk: 'Допомога з місцевого бюджету жителям громади на лікування, після пожежі чи іншого лиха.',
    en: 'Aid from the local budget to residents for medical treatment, after a fire or another misfortune.',
  },
  keywords: ['матеріальна допомога', 'допомога на лікування', 'пожежа'],
  lifeSituations: ['lowIncome'],
};

const defenderFamilyAid: ServiceInput = {
  ...programmeAid,
  id: 'local-defender-family-aid',
  localCodes: ['07-02'],
  names: [
    {
      value: {
        uk: 'Одноразова допомога сім’ям загиблих Захисників і Захисниць',
        en: 'One-time aid to families of fallen Defenders',
      },
      basis,
    },
  ],
  description: {
    uk: 'Допомога з місцевого бюджету членам сім’ї загиблого (померлого) Захисника чи Захисниці, жителя громади.',
    en: 'Aid from the local budget to the family of a fallen Defender who lived in the hromada.',
  },
  keywords: ['загиблий військовий', 'сім’я загиблого', 'Захисник'],
  lifeSituations: ['deathOfRelative'],
};

const firewoodAid: ServiceInput = {
  ...programmeAid,
  id: 'local-firewood-aid',
  localCodes: ['07-03'],
  names: [
    {
      value: {
        uk: 'Допомога на придбання дров внутрішньо переміщеним особам',
        en: 'Firewood aid to displaced people',
      },
      basis,
    },
  ],
  description: {
    uk: 'Компенсація вартості дров на опалювальний сезон ВПО, які живуть у громаді в будинках з пічним опаленням.',
    en: 'The cost of firewood for the heating season, to displaced people living in the hromada in stove-heated houses.',
  },
  keywords: ['дрова', 'тверде паливо', 'опалення'],
  lifeSituations: ['internalDisplacement', 'housingAndUtilities'],
};

// The national catalogue, the hromada's three services, and its own codes for a national one.
export const prykladna = extendCatalog({
  services: [hardshipAid, defenderFamilyAid, firewoodAid],
  overrides: { 'housing-subsidy': { localCodes: ['02-01'] } },
});

prykladna.search('дрова', { asOf: '2026-10-01' })[0]?.service.id; //=> 'local-firewood-aid'
prykladna.search('07-02', { asOf: '2026-10-01' })[0]?.service.id; //=> 'local-defender-family-aid'
prykladna.get('local-hardship-aid', { asOf: '2026-10-01' }).term.value; //=> { kind: 'term', term: { amount: 30, … } }
// guide:end
