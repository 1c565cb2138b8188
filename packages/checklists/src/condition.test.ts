import { describe, expect, it } from 'vitest';
import { type Condition, evaluate, unknownFacts } from './condition.js';

const idp: Condition = { fact: 'idp', equals: true };
const paper: Condition = { fact: 'applicationForm', equals: 'paper' };

describe('evaluate', () => {
  it('answers true, false, or undefined while a fact it needs is unknown', () => {
    expect(evaluate(idp, { idp: true })).toBe(true);
    expect(evaluate(idp, { idp: false })).toBe(false);
    expect(evaluate(idp, {})).toBeUndefined();
    expect(evaluate({ not: idp }, {})).toBeUndefined();
    expect(evaluate({ fact: 'age', atLeast: 18 }, { age: 18 })).toBe(true);
    expect(evaluate({ fact: 'age', below: 18 }, { age: 18 })).toBe(false);
    expect(evaluate({ fact: 'applicant', in: ['self', 'proxy'] }, { applicant: 'proxy' })).toBe(true);
  });

  it('settles all/any as soon as one part decides, even with other facts unknown', () => {
    expect(evaluate({ all: [idp, paper] }, { idp: false })).toBe(false);
    expect(evaluate({ all: [idp, paper] }, { idp: true })).toBeUndefined();
    expect(evaluate({ any: [idp, paper] }, { applicationForm: 'paper' })).toBe(true);
    expect(evaluate({ any: [idp, paper] }, { applicationForm: 'electronic' })).toBeUndefined();
  });
});

describe('unknownFacts', () => {
  it('lists the facts still unknown, once each', () => {
    expect(unknownFacts({ all: [idp, { not: idp }, paper] }, { applicationForm: 'paper' })).toEqual(['idp']);
  });
});
