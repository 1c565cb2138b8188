import { fc, test } from '@fast-check/vitest';
import { englishWordsIn, ViknoError } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import {
  addCase,
  closeRegister,
  confirmReceipt,
  dispatchRegister,
  nextSequence,
  openRegister,
  removeCase,
  type TransferRegister,
  WorkflowError,
} from './transfer-register.js';

const at = (time: string) => `2026-03-02T${time}:00+02:00`;

function code(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof WorkflowError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('a transfer register', () => {
  it('goes open → closed and numbered → dispatched → received, raising each case’s events', () => {
    let register = openRegister({ id: 'R-1', from: 'cnap', to: 'uszn', at: at('09:00') });
    const added = addCase(register, { caseId: 'C-1', at: at('10:00') });
    expect(added.events).toEqual([
      {
        type: 'TRANSFER.ADDED',
        caseId: 'C-1',
        registerId: 'R-1',
        registerNumber: undefined,
        to: 'uszn',
        at: at('10:00'),
        by: undefined,
      },
    ]);
    register = addCase(added.register, { caseId: 'C-2', at: at('11:00') }).register;
    register = closeRegister(register, { at: at('17:00'), sequence: 12 });
    expect(register.number).toBe('12/2026');
    const dispatched = dispatchRegister(register, { at: at('17:05'), by: 'admin-3' });
    expect(dispatched.events.map((event) => [event.type, event.caseId, event.registerNumber])).toEqual([
      ['TRANSFER.DISPATCHED', 'C-1', '12/2026'],
      ['TRANSFER.DISPATCHED', 'C-2', '12/2026'],
    ]);
    const received = confirmReceipt(dispatched.register, {
      at: '2026-03-03T09:30:00+02:00',
      by: 'uszn-clerk-7',
    });
    expect(received.register.status).toBe('received');
    expect(received.register.receivedBy).toBe('uszn-clerk-7');
    expect(
      received.events.every((event) => event.type === 'TRANSFER.RECEIVED' && event.by === 'uszn-clerk-7'),
    ).toBe(true);
    expect(received.events.map((event) => event.to)).toEqual(['uszn', 'uszn']);
  });

  it('refuses a time outside the supported calendar, so no register is numbered for year 0', () => {
    const open = addCase(openRegister({ id: 'R-1', from: 'cnap', to: 'uszn', at: at('09:00') }), {
      caseId: 'C-1',
      at: at('10:00'),
    }).register;
    for (const bad of ['0000-01-01T00:00:00Z', '2036-01-05T10:00:00+02:00', '2013-12-31T21:59:59Z']) {
      expect(code(() => closeRegister(open, { at: bad, sequence: 1 }))).toBe('INVALID_INPUT');
    }
    expect(closeRegister(open, { at: '2035-12-31T21:59:59Z', sequence: 1 }).number).toBe('1/2035');
  });

  it('validates the register it is given, and never repeats an id or a name in its errors', () => {
    const planted = 'Шевченко Тарас Григорович 3012456789';
    const open = openRegister({ id: 'R-1', from: 'cnap', to: 'uszn', at: at('09:00') });
    const errors = [
      () => addCase({ ...open, status: 'bogus' } as never, { caseId: 'C-1', at: at('10:00') }),
      () => addCase({ ...open, entries: null } as never, { caseId: 'C-1', at: at('10:00') }),
      () => closeRegister({ ...open, number: '1/0' } as never, { at: at('10:00'), sequence: 1 }),
      () => dispatchRegister(null as never, { at: at('10:00'), by: 'admin' }),
      () => confirmReceipt(open, { at: at('10:00'), by: planted }),
      () => removeCase(open, planted),
      () => removeCase({ ...open, id: planted } as never, 'C-1'),
      () => nextSequence('registers' as never, 'uszn', 2026),
      () => nextSequence([], 'uszn', 0),
      () =>
        addCase({ ...open, entries: Array.from({ length: 100_000 }, () => ({})) } as never, {
          caseId: 'C-1',
          at: at('10:00'),
        }),
    ];
    for (const call of errors) {
      try {
        call();
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(WorkflowError);
        const text = JSON.stringify({ ...(error as WorkflowError), message: (error as Error).message });
        expect(text).not.toContain('Шевченко');
        expect(text).not.toContain('3012456');
        expect(text.length).toBeLessThan(2048);
      }
    }
    const twice = addCase(open, { caseId: 'C-1', at: at('10:00') }).register;
    try {
      addCase(twice, { caseId: 'C-1', at: at('10:00') });
    } catch (error) {
      expect((error as WorkflowError).code).toBe('DUPLICATE_CASE');
      expect((error as WorkflowError).message).not.toContain('C-1');
      expect((error as WorkflowError).message).not.toContain('R-1');
    }
  });

  it('refuses steps out of order, repeated cases and empty registers', () => {
    const open = openRegister({ id: 'R-1', from: 'cnap', to: 'uszn', at: at('09:00') });
    expect(code(() => closeRegister(open, { at: at('17:00'), sequence: 1 }))).toBe('EMPTY_REGISTER');
    const one = addCase(open, { caseId: 'C-1', at: at('10:00') }).register;
    expect(code(() => addCase(one, { caseId: 'C-1', at: at('10:05') }))).toBe('DUPLICATE_CASE');
    expect(code(() => dispatchRegister(one, { at: at('17:00'), by: 'admin' }))).toBe('INVALID_TRANSITION');
    const closed = closeRegister(one, { at: at('17:00'), sequence: 1 });
    expect(code(() => addCase(closed, { caseId: 'C-2', at: at('17:01') }))).toBe('INVALID_TRANSITION');
    expect(code(() => removeCase(closed, 'C-1'))).toBe('INVALID_TRANSITION');
    expect(code(() => confirmReceipt(closed, { at: at('18:00'), by: 'clerk' }))).toBe('INVALID_TRANSITION');
  });

  it('takes a case out while open, and rejects malformed input with every path', () => {
    const open = addCase(openRegister({ id: 'R-1', from: 'cnap', to: 'uszn', at: at('09:00') }), {
      caseId: 'C-1',
      at: at('10:00'),
    }).register;
    expect(removeCase(open, 'C-1').entries).toEqual([]);
    expect(code(() => removeCase(open, 'C-9'))).toBe('INVALID_INPUT');
    try {
      openRegister({ id: '', from: 'cnap', to: 'uszn', at: '2026-03-02' } as never);
      expect.unreachable();
    } catch (error) {
      expect((error as WorkflowError).issues.map((issue) => issue.path)).toEqual(['input.id', 'input.at']);
    }
  });

  it('numbers registers per receiving office and year', () => {
    const numbered = (to: string, number: string) => ({ to, number }) as TransferRegister;
    const registers = [numbered('uszn', '3/2026'), numbered('uszn', '7/2025'), numbered('pfu', '9/2026')];
    expect(nextSequence(registers, 'uszn', 2026)).toBe(4);
    expect(nextSequence(registers, 'uszn', 2027)).toBe(1);
    expect(nextSequence(registers, 'pfu', 2026)).toBe(10);
  });

  test.prop([fc.uniqueArray(fc.stringMatching(/^C-[0-9]{1,4}$/), { minLength: 1, maxLength: 30 })])(
    'gives every case exactly one event per step, in the order they were added',
    (caseIds) => {
      let register = openRegister({ id: 'R', from: 'cnap', to: 'uszn', at: at('09:00') });
      for (const caseId of caseIds) register = addCase(register, { caseId, at: at('10:00') }).register;
      register = closeRegister(register, { at: at('17:00'), sequence: 1 });
      const { events } = dispatchRegister(register, { at: at('17:05'), by: 'admin' });
      expect(events.map((event) => event.caseId)).toEqual(caseIds);
    },
  );
});

describe('a refused register step', () => {
  function refusal(action: () => unknown): WorkflowError {
    try {
      action();
    } catch (error) {
      if (error instanceof WorkflowError) return error;
      throw error;
    }
    throw new Error('no error');
  }

  it('says in Ukrainian, with no English words, what cannot be done and why', () => {
    const open = openRegister({ id: 'R-1', from: 'cnap', to: 'uszn', at: at('09:00') });
    const closed = closeRegister(addCase(open, { caseId: 'C-1', at: at('10:00') }).register, {
      sequence: 1,
      at: at('11:00'),
    });
    const dispatched = dispatchRegister(closed, { at: at('12:00'), by: 'clerk' }).register;
    const error = refusal(() => addCase(dispatched, { caseId: 'C-2', at: at('13:00') }));
    expect(error).toBeInstanceOf(ViknoError);
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.uk).toBe('Неможливо додати справу до реєстру: він відправлений, а не відкритий');
    expect(error.en).toBe('Cannot add a case to the register: it is dispatched, not open');
    expect(englishWordsIn(refusal(() => removeCase(closed, 'C-1')).uk)).toEqual([]);
    expect(
      englishWordsIn(refusal(() => dispatchRegister(open, { at: at('12:00'), by: 'clerk' })).uk),
    ).toEqual([]);
    expect(
      englishWordsIn(refusal(() => confirmReceipt(closed, { at: at('12:00'), by: 'clerk' })).uk),
    ).toEqual([]);
  });
});

describe('a register given back to a step is one the steps could have made', () => {
  const open = openRegister({ id: 'R-1', from: 'cnap', to: 'uszn', at: at('09:00') });
  const holding = addCase(open, { caseId: 'C-1', at: at('10:00') }).register;
  const closed = closeRegister(holding, { at: at('17:00'), sequence: 1 });
  const dispatched = dispatchRegister(closed, { at: at('17:05'), by: 'admin-3' }).register;

  it('refuses a closed register with no cases, or one whose fields do not match its status', () => {
    expect(code(() => dispatchRegister({ ...closed, entries: [] }, { at: at('17:05'), by: 'admin-3' }))).toBe(
      'INVALID_INPUT',
    );
    const { closedAt: _closedAt, ...unclosed } = closed;
    expect(
      code(() => dispatchRegister(unclosed as TransferRegister, { at: at('17:05'), by: 'admin-3' })),
    ).toBe('INVALID_INPUT');
    expect(
      code(() => confirmReceipt({ ...dispatched, dispatchedBy: undefined }, { at: at('18:00'), by: 'u-7' })),
    ).toBe('INVALID_INPUT');
    expect(
      code(() => addCase({ ...open, receivedAt: at('10:00') }, { caseId: 'C-2', at: at('10:30') })),
    ).toBe('INVALID_INPUT');
  });

  it('refuses times out of order, in the register or in the step', () => {
    expect(
      code(() => dispatchRegister({ ...closed, closedAt: at('08:00') }, { at: at('17:05'), by: 'a' })),
    ).toBe('INVALID_INPUT');
    expect(code(() => dispatchRegister(closed, { at: at('11:00'), by: 'admin-3' }))).toBe('INVALID_INPUT');
    expect(code(() => confirmReceipt(dispatched, { at: at('17:00'), by: 'uszn-7' }))).toBe('INVALID_INPUT');
    expect(code(() => closeRegister(holding, { at: at('09:30'), sequence: 1 }))).toBe('INVALID_INPUT');
    expect(code(() => addCase(open, { caseId: 'C-2', at: at('08:00') }))).toBe('INVALID_INPUT');
    // In order, every step goes through.
    expect(confirmReceipt(dispatched, { at: at('17:30'), by: 'uszn-7' }).register.status).toBe('received');
  });
});
