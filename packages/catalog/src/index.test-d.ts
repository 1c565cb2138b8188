import type { LegalSource, Term } from '@vikno/deadlines';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type Channel,
  type Dated,
  findServices,
  getService,
  type LifeSituation,
  type ServiceTerm,
  type ServiceView,
  searchServices,
} from './index.js';

describe('public types', () => {
  it('gives each resolved value with its period and sources', () => {
    const view = getService('birth-assistance');
    expectTypeOf(view).toEqualTypeOf<ServiceView>();
    expectTypeOf(view.term).toEqualTypeOf<Dated<ServiceTerm>>();
    expectTypeOf(view.term.basis).toEqualTypeOf<LegalSource[]>();
    expectTypeOf(view.applicationWindow).toBeNullable();
  });

  it('narrows a term to a @vikno/deadlines Term', () => {
    const term = getService('birth-assistance').term.value;
    if (term.kind === 'term') expectTypeOf(term.term).toMatchTypeOf<Term>();
  });

  it('accepts only known channels, models and life situations in a filter', () => {
    expectTypeOf(findServices)
      .parameter(0)
      .toMatchTypeOf<{ channel?: Channel; lifeSituation?: LifeSituation } | undefined>();
    // @ts-expect-error: not a channel
    findServices({ channel: 'fax' });
    // @ts-expect-error: not a delivery model
    findServices({ model: 'IV' });
    expectTypeOf(searchServices('субсидія')[0]?.service).toEqualTypeOf<ServiceView | undefined>();
  });
});
