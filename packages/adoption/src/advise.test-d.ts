import type { DeliveryModel } from '@vikno/catalog';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type AdviceReason,
  adviseModel,
  type HromadaProfile,
  MODELS,
  type ModelAdvice,
  type ProfileFactor,
  type Step,
} from './index.js';

describe('public types of the material and the advisor', () => {
  it('takes anything and ranks exactly three models', () => {
    expectTypeOf(adviseModel).parameter(0).toBeUnknown();
    const { ranking, questions } = adviseModel({});
    expectTypeOf(ranking[2]).toEqualTypeOf<ModelAdvice>();
    // @ts-expect-error: a ranking has three places
    ranking[3];
    expectTypeOf(ranking[0].model).toEqualTypeOf<DeliveryModel>();
    expectTypeOf(ranking[0].for).toEqualTypeOf<readonly AdviceReason[]>();
    expectTypeOf(questions[0]?.factor).toEqualTypeOf<ProfileFactor | undefined>();
  });

  it('types the profile’s choices and the material’s steps', () => {
    expectTypeOf<HromadaProfile['internet']>().toEqualTypeOf<'good' | 'slow' | 'none'>();
    expectTypeOf(MODELS.I.steps).toEqualTypeOf<Step[]>();
    // @ts-expect-error: there is no model IV
    MODELS.IV;
  });
});
