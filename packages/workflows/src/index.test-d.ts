import { describe, expectTypeOf, it } from 'vitest';
import { type CaseSnapshot, createCase } from './index.js';

describe('public types', () => {
  it("names the transfer stage's states in a case's state, so a host can match them", () => {
    type TransferState = Extract<CaseSnapshot['value'], { transfer: unknown }>['transfer'];
    expectTypeOf<TransferState>().toEqualTypeOf<
      'awaitingElectronicTransfer' | 'awaitingHandover' | 'awaitingRegister' | 'inRegister' | 'inTransit'
    >();
    const snapshot = createCase({
      caseId: 'C-1',
      serviceId: 'idp-living-allowance',
      model: 'III',
    }).getSnapshot();
    expectTypeOf(snapshot.matches({ transfer: 'inRegister' })).toEqualTypeOf<boolean>();
    // @ts-expect-error: no such state
    snapshot.matches({ transfer: 'inTheMail' });
  });
});
