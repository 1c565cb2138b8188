import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { adviseModel, type ModelAdviceResult } from './advise.js';
import type { HromadaProfile } from './advise-profile.js';
import { REASON_RULES } from './advise-rules.js';
import { AdoptionError } from './errors.js';
import { MODELS } from './material/models.js';

/** A district centre that can take any model: КЕП, modules, УСЗН staff in the CNAP, remote points, decider 20 km off. */
const CAPABLE: HromadaProfile = {
  community: { kind: 'city', population: 25_000, districtCentre: true },
  automation: { system: 'none', integratedWithSocialHromada: false },
  ministrySystems: { qualifiedSignature: true, encryptionModules: true },
  usznStaffInCnap: true,
  decider: { distanceKm: 20, transport: 'regular' },
  offices: { territorialSubdivisions: 1, remoteWorkplaces: 2, starostaDistricts: 3 },
  internet: 'good',
};

/** A city of oblast significance whose УСЗН sits in the CNAP's building, with no remote points. */
const OBLAST_CITY: HromadaProfile = {
  ...CAPABLE,
  community: { kind: 'oblastCity', population: 200_000, districtCentre: false },
  decider: { distanceKm: 0, transport: 'regular' },
  offices: { territorialSubdivisions: 0, remoteWorkplaces: 0, starostaDistricts: 0 },
};

const order = (advice: ModelAdviceResult) => advice.ranking.map((each) => `${each.rank}${each.model}`);
const ofModel = (advice: ModelAdviceResult, model: 'I' | 'II' | 'III') =>
  advice.ranking.find((each) => each.model === model);

const ALL_ITEMS = Object.values(MODELS).flatMap((model) => [...model.strengths, ...model.weaknesses]);

describe('adviseModel', () => {
  it('has a rule for every strength and weakness of the material, and no other', () => {
    expect(Object.keys(REASON_RULES).sort()).toEqual(ALL_ITEMS.map((item) => item.id).sort());
  });

  it('gives every strength and weakness as a reason where it applies, tied to the cited item', () => {
    const everything = adviseModel({
      ...CAPABLE,
      automation: { system: 'vulyk', integratedWithSocialHromada: false },
      internet: 'slow',
    });
    const reasons = everything.ranking.flatMap((each) => [...each.for, ...each.against]);
    expect(reasons.map((each) => each.assessment).sort()).toEqual(ALL_ITEMS.map((item) => item.id).sort());
    for (const each of reasons) {
      const item = ALL_ITEMS.find((candidate) => candidate.id === each.assessment);
      expect(each.basis).toBe(item?.basis);
      expect(each.text).toBe(item?.text);
      expect(each.side).toBe(item?.side);
    }
  });

  it('ranks a capable district centre I, II, III', () => {
    expect(order(adviseModel(CAPABLE))).toEqual(['1I', '2II', '3III']);
  });

  it('puts model I last without the head’s КЕП, the encryption modules or an internet connection', () => {
    for (const profile of [
      { ...CAPABLE, ministrySystems: { qualifiedSignature: false, encryptionModules: true } },
      { ...CAPABLE, ministrySystems: { qualifiedSignature: true, encryptionModules: false } },
      { ...CAPABLE, internet: 'none' as const },
    ]) {
      const advice = adviseModel(profile);
      expect(order(advice)).toEqual(['1II', '2III', '3I']);
      expect(ofModel(advice, 'I')?.conditions.filter((each) => !each.met)).toHaveLength(1);
    }
  });

  it('puts model II last without workplaces for УСЗН’s staff in the CNAP, or outside its scope', () => {
    expect(order(adviseModel({ ...CAPABLE, usznStaffInCnap: false }))).toEqual(['1I', '2III', '3II']);
    const village = {
      ...CAPABLE,
      community: { kind: 'rural' as const, population: 6000, districtCentre: false },
    };
    expect(order(adviseModel(village))).toEqual(['1I', '2III', '3II']);
    expect(ofModel(adviseModel(village), 'II')?.conditions.find((each) => !each.met)?.basis).toBe(
      'uszn-representative',
    );
  });

  it('lets model II pass model I when the CNAP’s own system is not integrated with «Соціальна громада»', () => {
    const integrated = {
      ...OBLAST_CITY,
      automation: { system: 'vulyk' as const, integratedWithSocialHromada: true },
    };
    expect(order(adviseModel(integrated))).toEqual(['1I', '2II', '3III']);
    const apart = adviseModel({
      ...integrated,
      automation: { system: 'vulyk', integratedWithSocialHromada: false },
    });
    expect(order(apart)).toEqual(['1II', '2I', '3III']);
    expect(ofModel(apart, 'I')?.against.map((each) => each.assessment)).toEqual(
      expect.arrayContaining(['i-w-another-system', 'i-w-no-integration']),
    );
  });

  it('turns to model I when the decider is elsewhere: fewer trips for I, separation for II, transport for III', () => {
    const apart = {
      ...OBLAST_CITY,
      automation: { system: 'vulyk' as const, integratedWithSocialHromada: false },
    };
    expect(order(adviseModel(apart))).toEqual(['1II', '2I', '3III']);
    const far = adviseModel({ ...apart, decider: { distanceKm: 5, transport: 'occasional' } });
    expect(order(far)).toEqual(['1I', '2II', '3III']);
    expect(ofModel(far, 'I')?.for.map((each) => each.assessment)).toContain('i-s-fewer-trips');
    expect(ofModel(far, 'II')?.against.map((each) => each.assessment)).toContain('ii-w-separation');
    expect(ofModel(far, 'III')?.against.map((each) => each.assessment)).toContain('iii-w-transport');
  });

  it('raises model I when documents come from ТП, ВРМ or starosta districts', () => {
    const apart = {
      ...OBLAST_CITY,
      automation: { system: 'vulyk' as const, integratedWithSocialHromada: false },
    };
    const remote = adviseModel({
      ...apart,
      offices: { territorialSubdivisions: 0, remoteWorkplaces: 0, starostaDistricts: 2 },
    });
    expect(order(remote)).toEqual(['1I', '1II', '3III']);
  });

  it('weakens model II where УСЗН is not the body of the council that formed the CNAP', () => {
    const apart = {
      ...OBLAST_CITY,
      automation: { system: 'vulyk' as const, integratedWithSocialHromada: false },
    };
    const city = adviseModel({
      ...apart,
      community: { kind: 'city', population: 60_000, districtCentre: true },
    });
    expect(order(city)).toEqual(['1I', '1II', '3III']);
    expect(ofModel(city, 'II')?.against.map((each) => each.assessment)).toContain('ii-w-unity');
  });

  it('weakens model I where the internet is slow', () => {
    const slow = adviseModel({ ...OBLAST_CITY, internet: 'slow' });
    expect(order(adviseModel(OBLAST_CITY))).toEqual(['1I', '2II', '3III']);
    expect(order(slow)).toEqual(['1I', '1II', '3III']);
    expect(ofModel(slow, 'I')?.against.map((each) => each.assessment)).toContain('i-w-low-capacity');
  });

  it('asks the questions whose answers would change the ranking, with the ranking each would give', () => {
    const advice = adviseModel({ ...CAPABLE, usznStaffInCnap: false });
    const factors = advice.questions.map((question) => question.factor);
    expect(factors).toContain('usznStaffInCnap');
    expect(factors).toContain('qualifiedSignature');
    expect(advice.questions.find((question) => question.factor === 'usznStaffInCnap')).toMatchObject({
      ifAnswered: { uk: 'так', en: 'yes' },
      ranking: ['I', 'II', 'III'],
    });
  });

  it('refuses what is not a profile, saying where, never what was given', () => {
    const planted = {
      ...CAPABLE,
      community: { kind: 'Шевченко Тарас', population: -3, districtCentre: 'так' },
    };
    try {
      adviseModel(planted);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AdoptionError);
      const { code, path, issues, uk, en } = error as AdoptionError;
      expect({ code, path }).toEqual({ code: 'INVALID_PROFILE', path: 'profile' });
      expect(issues?.map((issue) => issue.path).sort()).toEqual([
        'profile.community.districtCentre',
        'profile.community.kind',
        'profile.community.population',
      ]);
      expect(JSON.stringify({ uk, en, issues })).not.toContain('Шевченко');
    }
    expect(() => adviseModel(undefined)).toThrow(expect.objectContaining({ code: 'INVALID_PROFILE' }));
    expect(() => adviseModel({ ...CAPABLE, extra: 1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_PROFILE' }),
    );
  });
});

const profiles = fc.record({
  community: fc.record({
    kind: fc.constantFrom('rural', 'settlement', 'city', 'oblastCity'),
    population: fc.integer({ min: 1, max: 10_000_000 }),
    districtCentre: fc.boolean(),
  }),
  automation: fc.record({
    system: fc.constantFrom('none', 'vulyk', 'universamPoslug', 'other'),
    integratedWithSocialHromada: fc.boolean(),
  }),
  ministrySystems: fc.record({ qualifiedSignature: fc.boolean(), encryptionModules: fc.boolean() }),
  usznStaffInCnap: fc.boolean(),
  decider: fc.record({
    distanceKm: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 2000, noNaN: true })),
    transport: fc.constantFrom('regular', 'occasional', 'none'),
  }),
  offices: fc.record({
    territorialSubdivisions: fc.integer({ min: 0, max: 1000 }),
    remoteWorkplaces: fc.integer({ min: 0, max: 1000 }),
    starostaDistricts: fc.integer({ min: 0, max: 1000 }),
  }),
  internet: fc.constantFrom('good', 'slow', 'none'),
}) as fc.Arbitrary<HromadaProfile>;

describe('adviseModel, for any valid profile', () => {
  test.prop([profiles])('ranks all three models, feasible before infeasible, by their balance', (profile) => {
    const { ranking, questions } = adviseModel(profile);
    expect(ranking.map((each) => each.model).sort()).toEqual(['I', 'II', 'III']);
    expect(ranking[0].rank).toBe(1);
    for (const [index, each] of ranking.entries()) {
      expect(each.balance).toBe(each.for.length - each.against.length);
      expect(each.feasible).toBe(each.conditions.every((condition) => condition.met));
      for (const reason of [...each.for, ...each.against]) {
        expect(reason.assessment.startsWith(`${each.model.toLowerCase()}-`)).toBe(true);
      }
      const next = ranking[index + 1];
      if (next === undefined) continue;
      expect(next.rank).toBeGreaterThanOrEqual(each.rank);
      const tie = next.feasible === each.feasible && next.balance === each.balance;
      expect(next.rank === each.rank).toBe(tie);
      if (!tie)
        expect(Number(each.feasible) > Number(next.feasible) || each.balance > next.balance).toBe(true);
    }
    expect(ranking.find((each) => each.model === 'III')?.feasible).toBe(true);
    for (const question of questions) {
      expect([...question.ranking].sort()).toEqual(['I', 'II', 'III']);
      expect(question.ask.uk.length).toBeGreaterThan(0);
    }
  });
});
