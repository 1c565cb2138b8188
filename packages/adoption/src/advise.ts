import type { DeliveryModel } from '@vikno/catalog';
import type { LocalizedText } from '@vikno/law';
import { HromadaProfile, type ProfileFactor } from './advise-profile.js';
import { CONDITION_RULES, type ConditionRule, hasRemotePoints, REASON_RULES } from './advise-rules.js';
import { invalid } from './errors.js';
import { MODELS } from './material/models.js';
import type { Assessment, Sourced } from './material/types.js';

/**
 * A reason for or against a model: the strength or weakness of the material it comes from (its id, text and
 * sources) and why it applies to this hromada.
 *
 * @example
 * ```ts
 * import { adviseModel } from '@vikno/adoption';
 *
 * const [first] = adviseModel({
 *   community: { kind: 'city', population: 25000, districtCentre: true },
 *   automation: { system: 'vulyk', integratedWithSocialHromada: false },
 *   ministrySystems: { qualifiedSignature: true, encryptionModules: true },
 *   usznStaffInCnap: true,
 *   decider: { distanceKm: 20, transport: 'regular' },
 *   offices: { territorialSubdivisions: 1, remoteWorkplaces: 2, starostaDistricts: 3 },
 *   internet: 'good',
 * }).ranking;
 * first.against.find((reason) => reason.assessment === 'i-w-no-integration')?.factors;
 * //=> ['automationSystem', 'integratedWithSocialHromada']
 * ```
 */
export interface AdviceReason {
  /** The id of the strength or weakness in {@link MODELS}. */
  readonly assessment: string;
  readonly side: 'strength' | 'weakness';
  /** What the material says. */
  readonly text: LocalizedText;
  /** Why it applies to this hromada. */
  readonly why: LocalizedText;
  /** The profile's factors it turns on (none when the material says it of every hromada). */
  readonly factors: readonly ProfileFactor[];
  /** Where the material says it. */
  readonly basis: Sourced;
}

/** A condition a model's steps set, and whether this hromada meets it. *
 * @example
 * ```ts
 * import { adviseModel } from '@vikno/adoption';
 *
 * const advice = adviseModel({
 *   community: { kind: 'city', population: 25000, districtCentre: true },
 *   automation: { system: 'vulyk', integratedWithSocialHromada: false },
 *   ministrySystems: { qualifiedSignature: true, encryptionModules: true },
 *   usznStaffInCnap: true,
 *   decider: { distanceKm: 20, transport: 'regular' },
 *   offices: { territorialSubdivisions: 1, remoteWorkplaces: 2, starostaDistricts: 3 },
 *   internet: 'good',
 * });
 * advice.ranking.find((each) => each.model === 'I')?.conditions.map((condition) => condition.met);
 * //=> [true, true, true]
 * ```
 */
export interface AdviceCondition {
  readonly id: string;
  readonly factor: ProfileFactor;
  /** The step (or the point of the material) that sets it. */
  readonly basis: string;
  readonly text: LocalizedText;
  readonly met: boolean;
}

/** One model in the ranking. *
 * @example
 * ```ts
 * import { adviseModel } from '@vikno/adoption';
 *
 * const [first] = adviseModel({
 *   community: { kind: 'city', population: 25000, districtCentre: true },
 *   automation: { system: 'vulyk', integratedWithSocialHromada: false },
 *   ministrySystems: { qualifiedSignature: true, encryptionModules: true },
 *   usznStaffInCnap: true,
 *   decider: { distanceKm: 20, transport: 'regular' },
 *   offices: { territorialSubdivisions: 1, remoteWorkplaces: 2, starostaDistricts: 3 },
 *   internet: 'good',
 * }).ranking;
 * [first.model, first.rank, first.feasible];
 * //=> ['I', 1, true]
 * ```
 */
export interface ModelAdvice {
  readonly model: DeliveryModel;
  /** 1 for the best; models that tie share a rank. */
  readonly rank: 1 | 2 | 3;
  /** Whether every condition of its steps is met. */
  readonly feasible: boolean;
  readonly conditions: readonly AdviceCondition[];
  /** The strengths that apply. */
  readonly for: readonly AdviceReason[];
  /** The weaknesses that apply. */
  readonly against: readonly AdviceReason[];
  /** How many more strengths than weaknesses apply (the material weighs none of them above another). */
  readonly balance: number;
}

/** A question whose answer would change the ranking: the factor, what to ask, and the ranking it would give. *
 * @example
 * ```ts
 * import { adviseModel } from '@vikno/adoption';
 *
 * const advice = adviseModel({
 *   community: { kind: 'city', population: 25000, districtCentre: true },
 *   automation: { system: 'vulyk', integratedWithSocialHromada: false },
 *   ministrySystems: { qualifiedSignature: true, encryptionModules: true },
 *   usznStaffInCnap: true,
 *   decider: { distanceKm: 20, transport: 'regular' },
 *   offices: { territorialSubdivisions: 1, remoteWorkplaces: 2, starostaDistricts: 3 },
 *   internet: 'good',
 * });
 * advice.questions.find((question) => question.factor === 'usznStaffInCnap')?.ranking;
 * //=> ['I', 'III', 'II']
 * ```
 */
export interface AdviceQuestion {
  readonly factor: ProfileFactor;
  readonly ask: LocalizedText;
  /** The answer that would change the ranking. */
  readonly ifAnswered: LocalizedText;
  /** The models in the order that answer would give. */
  readonly ranking: readonly DeliveryModel[];
}

/** What {@link adviseModel} returns. *
 * @example
 * ```ts
 * import { adviseModel } from '@vikno/adoption';
 *
 * adviseModel({
 *   community: { kind: 'city', population: 25000, districtCentre: true },
 *   automation: { system: 'vulyk', integratedWithSocialHromada: false },
 *   ministrySystems: { qualifiedSignature: true, encryptionModules: true },
 *   usznStaffInCnap: true,
 *   decider: { distanceKm: 20, transport: 'regular' },
 *   offices: { territorialSubdivisions: 1, remoteWorkplaces: 2, starostaDistricts: 3 },
 *   internet: 'good',
 * }).ranking.map((each) => each.model);
 * //=> ['I', 'II', 'III']
 * ```
 */
export interface ModelAdviceResult {
  /** The three models, best first. */
  readonly ranking: readonly [ModelAdvice, ModelAdvice, ModelAdvice];
  readonly questions: readonly AdviceQuestion[];
}

const ORDER: readonly DeliveryModel[] = ['I', 'II', 'III'];

function reason(item: Assessment, profile: HromadaProfile): AdviceReason | undefined {
  const rule = REASON_RULES[item.id];
  if (rule === undefined || !rule.applies(profile)) return undefined;
  return {
    assessment: item.id,
    side: item.side,
    text: item.text,
    why: rule.why(profile),
    factors: rule.factors,
    basis: item.basis,
  };
}

function condition(rule: ConditionRule, profile: HromadaProfile): AdviceCondition {
  return { id: rule.id, factor: rule.factor, basis: rule.basis, text: rule.text, met: rule.met(profile) };
}

/** The models ranked, without the questions. */
function rank(profile: HromadaProfile): [ModelAdvice, ModelAdvice, ModelAdvice] {
  const unranked = ORDER.map((model) => {
    const material = MODELS[model];
    const conditions = CONDITION_RULES.filter((rule) => rule.model === model).map((rule) =>
      condition(rule, profile),
    );
    const forIt = material.strengths.flatMap((item) => reason(item, profile) ?? []);
    const against = material.weaknesses.flatMap((item) => reason(item, profile) ?? []);
    return {
      model,
      feasible: conditions.every((each) => each.met),
      conditions,
      for: forIt,
      against,
      balance: forIt.length - against.length,
    };
  });
  const better = (a: (typeof unranked)[number], b: (typeof unranked)[number]) =>
    a.feasible !== b.feasible ? a.feasible : a.balance > b.balance;
  const ranked = unranked.map((advice) => ({
    ...advice,
    rank: (1 + unranked.filter((other) => better(other, advice)).length) as 1 | 2 | 3,
  }));
  // A stable sort: models that tie stay in the material's order.
  const [first, second, third] = ranked.sort((a, b) => a.rank - b.rank);
  return [first, second, third] as [ModelAdvice, ModelAdvice, ModelAdvice];
}

function orderOf(ranking: readonly ModelAdvice[]): string {
  return ranking.map((advice) => `${advice.rank}${advice.model}`).join(' ');
}

interface Alternative {
  readonly factor: ProfileFactor;
  readonly ask: LocalizedText;
  readonly answers: readonly { readonly profile: HromadaProfile; readonly ifAnswered: LocalizedText }[];
}

/** Each factor's question, with the other answers it could have. */
function alternatives(profile: HromadaProfile): Alternative[] {
  const yesNo = (value: boolean): LocalizedText =>
    value ? { uk: 'так', en: 'yes' } : { uk: 'ні', en: 'no' };
  const flip = (
    factor: ProfileFactor,
    ask: LocalizedText,
    value: boolean,
    set: (value: boolean) => HromadaProfile,
  ): Alternative => ({ factor, ask, answers: [{ profile: set(!value), ifAnswered: yesNo(!value) }] });
  const { community, automation, ministrySystems, decider } = profile;
  const internet = (['good', 'slow', 'none'] as const).filter((value) => value !== profile.internet);
  const INTERNET = {
    good: { uk: 'добрий', en: 'good' },
    slow: { uk: 'повільний', en: 'slow' },
    none: { uk: 'відсутній', en: 'none' },
  };
  const remote = hasRemotePoints(profile);
  return [
    flip(
      'qualifiedSignature',
      { uk: 'Чи має (чи може отримати) голова громади КЕП?', en: 'Does (or can) the head have a КЕП?' },
      ministrySystems.qualifiedSignature,
      (value) => ({ ...profile, ministrySystems: { ...ministrySystems, qualifiedSignature: value } }),
    ),
    flip(
      'encryptionModules',
      {
        uk: 'Чи може громада укласти договір з ДП «ІОЦ Мінсоцполітики» і оплатити модулі шифрування для кожного робочого місця?',
        en: 'Can the hromada contract the ministry’s computing centre and pay for encryption modules for every workplace?',
      },
      ministrySystems.encryptionModules,
      (value) => ({ ...profile, ministrySystems: { ...ministrySystems, encryptionModules: value } }),
    ),
    {
      factor: 'internet',
      ask: { uk: 'Який інтернет у ЦНАП?', en: 'How is the CNAP’s internet?' },
      answers: internet.map((value) => ({
        profile: { ...profile, internet: value },
        ifAnswered: INTERNET[value],
      })),
    },
    flip(
      'usznStaffInCnap',
      {
        uk: 'Чи можуть працівники УСЗН мати постійні робочі місця у ЦНАП?',
        en: 'Can УСЗН’s staff have permanent workplaces in the CNAP?',
      },
      profile.usznStaffInCnap,
      (value) => ({ ...profile, usznStaffInCnap: value }),
    ),
    flip(
      'districtCentre',
      { uk: 'Чи є громада районним центром?', en: 'Is the hromada a district centre?' },
      community.districtCentre,
      (value) => ({ ...profile, community: { ...community, districtCentre: value } }),
    ),
    {
      factor: 'communityKind',
      ask: {
        uk: 'Чи є громада містом обласного значення?',
        en: 'Is the hromada a city of oblast significance?',
      },
      answers: [
        community.kind === 'oblastCity'
          ? {
              profile: { ...profile, community: { ...community, kind: 'city' } },
              ifAnswered: { uk: 'ні', en: 'no' },
            }
          : {
              profile: { ...profile, community: { ...community, kind: 'oblastCity' } },
              ifAnswered: { uk: 'так', en: 'yes' },
            },
      ],
    },
    {
      factor: 'automationSystem',
      ask: {
        uk: 'Чи має ЦНАП власну систему автоматизації («Вулик», «Універсам послуг» тощо)?',
        en: 'Does the CNAP run its own automation system (Вулик, Універсам послуг, …)?',
      },
      answers: [
        automation.system === 'none'
          ? {
              profile: { ...profile, automation: { ...automation, system: 'other' } },
              ifAnswered: { uk: 'так', en: 'yes' },
            }
          : {
              profile: { ...profile, automation: { ...automation, system: 'none' } },
              ifAnswered: { uk: 'ні', en: 'no' },
            },
      ],
    },
    ...(automation.system === 'none'
      ? []
      : [
          flip(
            'integratedWithSocialHromada',
            {
              uk: 'Чи інтегрована система ЦНАП з «Соціальною громадою»?',
              en: 'Is the CNAP’s system integrated with «Соціальна громада»?',
            },
            automation.integratedWithSocialHromada,
            (value) => ({ ...profile, automation: { ...automation, integratedWithSocialHromada: value } }),
          ),
        ]),
    {
      factor: 'distance',
      ask: {
        uk: 'Чи розташований орган, що приймає рішення, в тому ж приміщенні, що й ЦНАП?',
        en: 'Is the deciding body in the same premises as the CNAP?',
      },
      answers: [
        decider.distanceKm > 0
          ? {
              profile: { ...profile, decider: { ...decider, distanceKm: 0 } },
              ifAnswered: { uk: 'так', en: 'yes' },
            }
          : {
              profile: { ...profile, decider: { ...decider, distanceKm: 1 } },
              ifAnswered: { uk: 'ні', en: 'no' },
            },
      ],
    },
    {
      factor: 'remotePoints',
      ask: {
        uk: 'Чи приймає громада заяви також у ТП, ВРМ або старостинських округах?',
        en: 'Does the hromada also take applications at ТП, ВРМ or in starosta districts?',
      },
      answers: [
        remote
          ? {
              profile: {
                ...profile,
                offices: { territorialSubdivisions: 0, remoteWorkplaces: 0, starostaDistricts: 0 },
              },
              ifAnswered: { uk: 'ні', en: 'no' },
            }
          : {
              profile: { ...profile, offices: { ...profile.offices, remoteWorkplaces: 1 } },
              ifAnswered: { uk: 'так', en: 'yes' },
            },
      ],
    },
  ];
}

/**
 * Ranks the three models of delivering social-character services through a CNAP (seed 001) for a hromada's
 * profile, with the reasons for and against each and the questions whose answers would change the ranking.
 *
 * Every reason is a strength or weakness of the material ({@link MODELS}) that applies to this hromada, with the
 * seed passages it comes from; a model's balance is how many more strengths than weaknesses apply, for the
 * material weighs none above another. A model whose steps set a condition the hromada does not meet (model I: the
 * head's КЕП, the encryption modules, an internet connection; model II: workplaces for УСЗН's staff in the CNAP, a
 * district centre or a city of oblast significance) ranks below every model it can take. Models that tie share a
 * rank and keep the material's order. A question is asked for each factor whose other answer would change the
 * ranking.
 *
 * @param profile - the hromada's profile ({@link HromadaProfile}).
 * @returns the three models, best first, and the questions.
 * @throws {@link AdoptionError} `INVALID_PROFILE` listing every problem of the profile, never its values.
 * @example
 * ```ts
 * import { adviseModel } from '@vikno/adoption';
 *
 * const advice = adviseModel({
 *   community: { kind: 'rural', population: 9000, districtCentre: false },
 *   automation: { system: 'none', integratedWithSocialHromada: false },
 *   ministrySystems: { qualifiedSignature: true, encryptionModules: true },
 *   usznStaffInCnap: false,
 *   decider: { distanceKm: 35, transport: 'occasional' },
 *   offices: { territorialSubdivisions: 0, remoteWorkplaces: 2, starostaDistricts: 2 },
 *   internet: 'good',
 * });
 * advice.ranking.map((each) => each.model);
 * //=> ['I', 'III', 'II']
 * advice.ranking[0].for.some((reason) => reason.assessment === 'i-s-fewer-trips');
 * //=> true
 * advice.questions.map((question) => question.factor);
 * //=> ['qualifiedSignature', 'encryptionModules', 'internet']
 * ```
 */
export function adviseModel(profile: unknown): ModelAdviceResult {
  const parsed = HromadaProfile.safeParse(profile);
  if (!parsed.success) throw invalid('INVALID_PROFILE', 'profile', parsed.error);
  const ranking = rank(parsed.data);
  const order = orderOf(ranking);
  const questions: AdviceQuestion[] = [];
  for (const { factor, ask, answers } of alternatives(parsed.data)) {
    for (const answer of answers) {
      const other = rank(answer.profile);
      if (orderOf(other) !== order) {
        questions.push({
          factor,
          ask,
          ifAnswered: answer.ifAnswered,
          ranking: other.map((each) => each.model),
        });
      }
    }
  }
  return { ranking, questions };
}
