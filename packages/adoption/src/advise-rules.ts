import type { DeliveryModel } from '@vikno/catalog';
import type { LocalizedText } from '@vikno/law';
import type { HromadaProfile, ProfileFactor } from './advise-profile.js';

// The advisor's rules, one per strength or weakness of the material (keyed by its id) and one per condition a
// model's steps set. A rule says when the item applies to a hromada and why, in the hromada's terms; what the item
// says, and where the seed says it, stays in the material. The material weighs nothing, so neither does a rule:
// an item applies or it does not.

/** When a strength or weakness applies to a hromada, and why. */
export interface ReasonRule {
  /** The profile's factors it reads; empty when it applies to every hromada that takes the model. */
  readonly factors: readonly ProfileFactor[];
  readonly applies: (profile: HromadaProfile) => boolean;
  readonly why: (profile: HromadaProfile) => LocalizedText;
}

/** A condition a model's step or scope sets, and whether a hromada meets it. */
export interface ConditionRule {
  readonly id: string;
  readonly model: DeliveryModel;
  readonly factor: ProfileFactor;
  /** The id of the step (or of the point of the material) that sets it. */
  readonly basis: string;
  readonly text: LocalizedText;
  readonly met: (profile: HromadaProfile) => boolean;
}

/** Whether the hromada has ТП, ВРМ or starosta districts, from which documents must reach the decider too. */
export function hasRemotePoints(profile: HromadaProfile): boolean {
  const { territorialSubdivisions, remoteWorkplaces, starostaDistricts } = profile.offices;
  return territorialSubdivisions + remoteWorkplaces + starostaDistricts > 0;
}

/** Whether paper would have to travel to the decider: it sits elsewhere, or there are remote points. */
function documentsTravel(profile: HromadaProfile): boolean {
  return profile.decider.distanceKm > 0 || hasRemotePoints(profile);
}

/** Whether the CNAP runs a system of its own that is not integrated with «Соціальна громада». */
function separateSystem(profile: HromadaProfile): boolean {
  return profile.automation.system !== 'none' && !profile.automation.integratedWithSocialHromada;
}

const EVERY_HROMADA: LocalizedText = {
  uk: 'Матеріал наводить це для кожної громади, що обирає модель',
  en: 'The material says this of every hromada that takes the model',
};

const always: ReasonRule = { factors: [], applies: () => true, why: () => EVERY_HROMADA };

const TRAVEL_WHY = (profile: HromadaProfile): LocalizedText => {
  const transport = {
    regular: { uk: 'є регулярний транспорт', en: 'there is regular transport' },
    occasional: { uk: 'транспорт нерегулярний', en: 'transport is occasional' },
    none: { uk: 'транспорту немає', en: 'there is no transport' },
  }[profile.decider.transport];
  const where =
    profile.decider.distanceKm > 0
      ? { uk: 'орган, що приймає рішення, розташований окремо', en: 'the deciding body is elsewhere' }
      : {
          uk: 'орган, що приймає рішення, в тому ж приміщенні',
          en: 'the deciding body is in the same premises',
        };
  const remote = hasRemotePoints(profile)
    ? { uk: '; є ТП, ВРМ або старостинські округи', en: '; there are ТП, ВРМ or starosta districts' }
    : { uk: '', en: '' };
  return { uk: `${where.uk}${remote.uk}; ${transport.uk}`, en: `${where.en}${remote.en}; ${transport.en}` };
};

const travels: ReasonRule = {
  factors: ['distance', 'remotePoints'],
  applies: documentsTravel,
  why: TRAVEL_WHY,
};

const SEPARATE_SYSTEM_WHY: LocalizedText = {
  uk: 'ЦНАП має власну систему автоматизації, не інтегровану з «Соціальною громадою»',
  en: 'The CNAP runs its own automation system, not integrated with «Соціальна громада»',
};
const separate: ReasonRule = {
  factors: ['automationSystem', 'integratedWithSocialHromada'],
  applies: separateSystem,
  why: () => SEPARATE_SYSTEM_WHY,
};

/**
 * The rule of each strength and weakness of the material, by its id. Every item has one: the advisor's reasons
 * cover the whole material.
 */
export const REASON_RULES: Readonly<Record<string, ReasonRule>> = {
  'i-s-wide-list': always,
  'i-s-speed': always,
  'i-s-front-back': always,
  'i-s-simple-software': always,
  'i-s-law-changes': always,
  'i-s-less-uszn-load': always,
  'i-s-closer': always,
  'i-s-fewer-trips': travels,
  'i-s-personal-data': always,
  'i-w-crypto-costs': always,
  'i-w-low-capacity': {
    factors: ['internet', 'qualifiedSignature', 'encryptionModules'],
    applies: (profile) =>
      profile.internet !== 'good' ||
      !profile.ministrySystems.qualifiedSignature ||
      !profile.ministrySystems.encryptionModules,
    why: (profile) =>
      profile.internet !== 'good'
        ? { uk: 'Інтернет у ЦНАП повільний або відсутній', en: 'The CNAP’s internet is slow or absent' }
        : {
            uk: 'Немає КЕП голови або можливості придбати модулі шифрування',
            en: 'No КЕП for the head, or no means to buy the encryption modules',
          },
  },
  'i-w-list-mismatch': always,
  'i-w-cnap-load': always,
  'i-w-another-system': separate,
  'i-w-no-integration': separate,
  'i-w-informing': always,
  'i-w-data-entry-time': always,
  'ii-s-full-list': always,
  'ii-s-closer': always,
  'ii-s-no-cnap-load': always,
  'ii-s-competent': always,
  'ii-s-archives': always,
  'ii-w-unity': {
    factors: ['communityKind'],
    // In a city of oblast significance the УСЗН is the city council's own body: its staff are the officials of
    // the body that formed the CNAP, which is the case the weakness excludes.
    applies: (profile) => profile.community.kind !== 'oblastCity',
    why: () => ({
      uk: 'УСЗН не є органом тієї ради, що утворила ЦНАП (громада не є містом обласного значення)',
      en: 'УСЗН is not a body of the council that formed the CNAP (the hromada is not a city of oblast significance)',
    }),
  },
  'ii-w-two-points': always,
  'ii-w-monopoly': always,
  'ii-w-separation': {
    factors: ['distance'],
    applies: (profile) => profile.decider.distanceKm > 0,
    why: TRAVEL_WHY,
  },
  'ii-w-archives': always,
  'iii-s-wide-list': always,
  'iii-s-closer': always,
  'iii-s-less-uszn-load': always,
  'iii-s-no-costs': always,
  'iii-w-subjective': always,
  'iii-w-transport': travels,
  'iii-w-cnap-load': always,
  'iii-w-no-tool': always,
  'iii-w-archives': always,
  'iii-w-e-interaction': {
    factors: ['automationSystem'],
    applies: (profile) => profile.automation.system !== 'none',
    why: () => ({
      uk: 'ЦНАП має власну систему, е-взаємодія якої з системами Мінсоцполітики ще має запрацювати',
      en: 'The CNAP has its own system, whose electronic interaction with the ministry’s systems has yet to work',
    }),
  },
};

/** The conditions the models' steps and scope set: a model whose condition is unmet cannot be taken as written. */
export const CONDITION_RULES: readonly ConditionRule[] = [
  {
    id: 'model-i-qualified-signature',
    model: 'I',
    factor: 'qualifiedSignature',
    basis: 'model-i-3-qualified-signature',
    text: {
      uk: 'КЕП сільського, селищного чи міського голови',
      en: 'A qualified electronic signature of the head',
    },
    met: (profile) => profile.ministrySystems.qualifiedSignature,
  },
  {
    id: 'model-i-encryption-modules',
    model: 'I',
    factor: 'encryptionModules',
    basis: 'model-i-5-informatisation-contract',
    text: {
      uk: 'Договір з ДП «ІОЦ Мінсоцполітики України» і модулі шифрування',
      en: 'The contract with the ministry’s computing centre and the encryption modules',
    },
    met: (profile) => profile.ministrySystems.encryptionModules,
  },
  {
    id: 'model-i-internet',
    model: 'I',
    factor: 'internet',
    basis: 'model-i-2-technical-check',
    text: {
      uk: 'Комп’ютери й інтернет, що відповідають мінімальним технічним вимогам',
      en: 'Computers and internet meeting the minimum technical requirements',
    },
    met: (profile) => profile.internet !== 'none',
  },
  {
    id: 'model-ii-workplaces',
    model: 'II',
    factor: 'usznStaffInCnap',
    basis: 'model-ii-3-service-list',
    text: {
      uk: 'Робочі місця представників УСЗН у приміщенні ЦНАП',
      en: 'Workplaces for УСЗН’s representatives in the CNAP',
    },
    met: (profile) => profile.usznStaffInCnap,
  },
  {
    id: 'model-ii-scope',
    model: 'II',
    factor: 'districtCentre',
    basis: 'uszn-representative',
    text: {
      uk: 'Райцентр або місто обласного значення',
      en: 'A district centre or a city of oblast significance',
    },
    met: (profile) => profile.community.districtCentre || profile.community.kind === 'oblastCity',
  },
];
