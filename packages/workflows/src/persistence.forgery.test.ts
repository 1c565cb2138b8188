import { englishWordsIn } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import { actorInError, caseAfter, day, keys, legacy, resign, type Snapshot, signed } from '../test/forge.js';
import { caseThrough, PROCEDURE_PATHS } from '../test/procedure-cases.js';
import { type CaseActor, persistCase, restoreCase, WorkflowError } from './index.js';

// Impossible states found restored by a hostile tester (issue 11, item 2), each forged with a valid signature: by
// a holder of the key (version 2) and with version 1's public checksum recomputed (accepted only with `legacy`).
// What the state implies is checked either way.

const TO_CONSIDERATION = [
  'PACKAGE.CHECKED',
  'TRANSFER.ADDED',
  'TRANSFER.DISPATCHED',
  'TRANSFER.RECEIVED',
] as const;
const TO_DECIDED = [
  ...TO_CONSIDERATION,
  'DOCUMENTS.REQUESTED',
  'DOCUMENTS.RECEIVED',
  'DECISION.MADE',
] as const;
const TO_COLLECTION = [...TO_DECIDED, 'CNAP.INFORMED', 'APPLICANT.NOTIFIED'] as const;

const entry = (snapshot: Snapshot, type: string) => {
  const found = snapshot.context.audit.find((item) => item.type === type);
  if (found === undefined) throw new Error(`no ${type} in the audit`);
  return found;
};
const term = (snapshot: Snapshot, kind: string) => snapshot.context.terms[kind] as Record<string, unknown>;

interface Forgery {
  readonly case: () => CaseActor;
  readonly forge: (snapshot: Snapshot) => void;
  /** Where the error points, under `persisted.snapshot`. */
  readonly path: RegExp;
  readonly caseId?: string;
  /**
   * Only signed (version 3): the fields of Law 2073-IX, which a version-1 case never had and its migration
   * derives from the audit trail.
   */
  readonly signedOnly?: true;
}

export const FORGERIES: Record<string, Forgery> = {
  'issued without a decision': {
    case: () => caseAfter('III', TO_CONSIDERATION),
    forge: (s) => {
      s.value = 'issued';
      s.status = 'done';
    },
    path: /^value$/,
  },
  'a decision recorded by an administrator': {
    case: () => caseAfter('III', TO_DECIDED),
    forge: (s) => {
      entry(s, 'DECISION.MADE').role = 'cnapAdministrator';
    },
    path: /^context\.audit\.6\.role$/,
  },
  'a decision recorded by an applicant': {
    case: () => caseAfter('III', TO_DECIDED),
    forge: (s) => {
      entry(s, 'DECISION.MADE').role = 'applicant';
    },
    path: /^context\.audit\.6\.role$/,
  },
  'a decision added to the audit of a case in consideration': {
    case: () => caseAfter('III', TO_CONSIDERATION),
    forge: (s) => {
      s.context.audit.push({
        ...entry(s, 'TRANSFER.RECEIVED'),
        seq: 5,
        type: 'DECISION.MADE',
        role: 'decisionMaker',
      });
    },
    path: /^(value|context\.outcome)$/,
  },
  'an audit entry removed': {
    case: () => caseAfter('III', TO_CONSIDERATION),
    forge: (s) => {
      s.context.audit.splice(1, 1);
      s.context.audit.forEach((item, index) => {
        item.seq = index + 1;
      });
    },
    path: /^context\.audit\.1\.type$/,
  },
  'the last audit entry removed': {
    case: () => caseAfter('III', TO_CONSIDERATION),
    forge: (s) => {
      s.context.audit.pop();
    },
    path: /^value$/,
  },
  'audit entries renumbered': {
    case: () => caseAfter('III', TO_CONSIDERATION),
    forge: (s) => {
      s.context.audit.forEach((item, index) => {
        item.seq = index * 2 + 1;
      });
    },
    path: /^context\.audit\.1\.seq$/,
  },
  'an audit entry moved in time': {
    case: () => caseAfter('III', TO_CONSIDERATION),
    forge: (s) => {
      entry(s, 'PACKAGE.CHECKED').at = day('2026-02-02');
    },
    path: /^context\.(registeredOn|terms)$/,
  },
  'a running term deleted': {
    case: () => caseAfter('III', TO_CONSIDERATION),
    forge: (s) => {
      delete s.context.terms.decision;
    },
    path: /^context\.terms$/,
  },
  'every term deleted': {
    case: () => caseAfter('II', ['PACKAGE.CHECKED']),
    forge: (s) => {
      s.context.terms = {};
    },
    path: /^context\.terms$/,
  },
  'a running term moved to 2035': {
    case: () => caseAfter('III', TO_CONSIDERATION),
    forge: (s) => {
      Object.assign(term(s, 'decision'), { lastDay: '2035-12-31', dueAt: '2035-12-31T18:00:00+02:00' });
    },
    path: /^context\.terms$/,
  },
  'a running term marked met': {
    case: () => caseAfter('III', TO_CONSIDERATION),
    forge: (s) => {
      term(s, 'decision').state = 'met';
    },
    path: /^context\.terms$/,
  },
  'overdueRaised preset': {
    case: () => caseAfter('III', TO_CONSIDERATION),
    forge: (s) => {
      Object.assign(term(s, 'decision'), { atRiskRaised: true, overdueRaised: true });
    },
    path: /^context\.terms$/,
  },
  'a longer decision term in the settings than the term running': {
    case: () => caseAfter('III', TO_CONSIDERATION),
    forge: (s) => {
      (s.context.settings as Record<string, unknown>).decision = { amount: 365, unit: 'calendarDays' };
    },
    path: /^context\.terms$/,
  },
  'a suspension added to a running term': {
    case: () => caseAfter('III', TO_CONSIDERATION),
    forge: (s) => {
      Object.assign(term(s, 'decision'), {
        pauses: [{ from: '2026-03-06', to: '2026-04-30' }],
        lastDay: '2026-05-29',
        dueAt: '2026-05-29T18:00:00+03:00',
      });
    },
    path: /^context\.terms$/,
  },
  'registered on another day': {
    case: () => caseAfter('III', TO_CONSIDERATION),
    forge: (s) => {
      s.context.registeredOn = '2026-01-05';
    },
    path: /^context\.registeredOn$/,
  },
  'status done in consideration': {
    case: () => caseAfter('III', TO_CONSIDERATION),
    forge: (s) => {
      s.status = 'done';
    },
    path: /^status$/,
  },
  'status active in a final state': {
    case: () => caseAfter('III', ['PACKAGE.CHECKED', 'APPLICATION.WITHDRAWN']),
    forge: (s) => {
      s.status = 'active';
    },
    path: /^status$/,
  },
  // Law 2073-IX (issue 13): what the procedure records cannot be rewritten either.
  'the hearing before a refusal deleted': {
    signedOnly: true,
    case: () => caseThrough(PROCEDURE_PATHS.refused),
    forge: (s) => {
      delete s.context.hearing;
    },
    path: /^context\.hearing$/,
  },
  'a refusal heard on other grounds than noticed': {
    signedOnly: true,
    case: () => caseThrough(PROCEDURE_PATHS.refused),
    forge: (s) => {
      (s.context.hearing as { grounds: string[] }).grounds = ['another-ground'];
    },
    path: /^context\.hearing$/,
  },
  'a refusal said to be taken under an exception to the hearing, its hearing deleted': {
    signedOnly: true,
    case: () => caseThrough(PROCEDURE_PATHS.refused),
    forge: (s) => {
      delete s.context.hearing;
      s.context.hearingException = 'automated';
    },
    path: /^context\.hearing$/,
  },
  'the day of delivery moved, to move the appeal term': {
    signedOnly: true,
    case: () => caseThrough(PROCEDURE_PATHS.refused),
    forge: (s) => {
      (s.context.delivery as { on: string }).on = '2026-04-30';
    },
    path: /^context\.delivery$/,
  },
  'an extension of the decision term added without its event': {
    signedOnly: true,
    case: () => caseThrough(PROCEDURE_PATHS.cured),
    forge: (s) => {
      term(s, 'decision').extensions = [{ amount: 15, unit: 'calendarDays' }];
      term(s, 'decision').lastDay = '2026-04-02';
    },
    path: /^context\.terms$/,
  },
  'the complaint that reopened the case deleted': {
    signedOnly: true,
    case: () => caseThrough(PROCEDURE_PATHS.reopened),
    forge: (s) => {
      delete s.context.complaints;
    },
    path: /^context\.complaints$/,
  },
  'a package left without movement said to be returned at intake': {
    signedOnly: true,
    case: () => caseThrough(PROCEDURE_PATHS.returned),
    forge: (s) => {
      s.context.returnedAtIntake = true;
    },
    path: /^context\.audit\.0\.type$/,
  },
  'the filing day moved to an earlier day': {
    signedOnly: true,
    case: () => caseThrough(PROCEDURE_PATHS.cured),
    forge: (s) => {
      s.context.filedOn = '2026-02-27';
    },
    path: /^context\.filedOn$/,
  },
  'status error': {
    case: () => caseAfter('III', TO_CONSIDERATION),
    forge: (s) => {
      s.status = 'error';
    },
    path: /^(status)?$/,
  },
  'status stopped': {
    case: () => caseAfter('III', TO_CONSIDERATION),
    forge: (s) => {
      s.status = 'stopped';
    },
    path: /^(status)?$/,
  },
  'an outcome before the decision': {
    case: () => caseAfter('III', TO_CONSIDERATION),
    forge: (s) => {
      s.context.outcome = 'granted';
    },
    path: /^context\.outcome$/,
  },
  'a decided case without its outcome': {
    case: () => caseAfter('III', TO_DECIDED),
    forge: (s) => {
      delete s.context.outcome;
    },
    path: /^context\.outcome$/,
  },
  'a grant turned into a refusal without grounds': {
    case: () => caseAfter('III', TO_DECIDED),
    forge: (s) => {
      s.context.outcome = 'refused';
    },
    path: /^context\.grounds$/,
  },
  "another case's id": {
    case: () => caseAfter('III', TO_CONSIDERATION),
    forge: (s) => {
      s.context.caseId = 'C-2';
    },
    path: /^context\.caseId$/,
    caseId: 'C-1',
  },
  'a case in a register without its register': {
    case: () => caseAfter('III', ['PACKAGE.CHECKED', 'TRANSFER.ADDED']),
    forge: (s) => {
      delete s.context.registerId;
    },
    path: /^context\.registerId$/,
  },
  'originals received without an audit entry': {
    case: () => caseAfter('I', ['PACKAGE.CHECKED']),
    forge: (s) => {
      s.context.originals = 'received';
    },
    path: /^context\.originals$/,
  },
  'an event after the case was finished': {
    case: () => caseAfter('I', ['PACKAGE.CHECKED', 'APPLICATION.WITHDRAWN']),
    forge: (s) => {
      s.context.audit.push({
        ...entry(s, 'PACKAGE.CHECKED'),
        seq: 3,
        type: 'ORIGINALS.RECEIVED',
        role: 'system',
      });
      s.context.originals = 'received';
    },
    path: /^context\.audit\.2\.type$/,
  },
  'a model II case under the model III machine': {
    case: () => caseAfter('III', ['PACKAGE.CHECKED']),
    forge: (s) => {
      s.context.model = 'II';
    },
    path: /^(context\.model|value)$/,
  },
  'a megabyte case number': {
    case: () => caseAfter('III', ['PACKAGE.CHECKED']),
    forge: (s) => {
      s.context.caseNumber = 'Шевченко Тарас Григорович 3012456789 '.repeat(30_000);
    },
    path: /^(context\.caseNumber)?$/,
  },
};

function refusal(call: () => unknown): WorkflowError {
  try {
    call();
  } catch (error) {
    if (!(error instanceof WorkflowError)) throw error;
    // Every refusal is told in Ukrainian without English words: states, roles and fields are named in backticks.
    for (const uk of [error.uk, ...error.issues.map((issue) => issue.uk)])
      expect(englishWordsIn(uk), uk).toEqual([]);
    return error;
  }
  throw new Error('restored');
}

describe('restoreCase refuses an impossible case, however validly signed', () => {
  it.each(Object.entries(FORGERIES))('%s', (_name, forgery) => {
    const actor = forgery.case();
    const options = { keys, ...(forgery.caseId === undefined ? {} : { caseId: forgery.caseId }) };
    // The same case unforged restores: the forgery alone is refused.
    expect(() => restoreCase(signed(actor), options)).not.toThrow();
    if (!forgery.signedOnly) {
      expect(() => restoreCase(legacy(actor), { ...options, legacy: true })).not.toThrow();
    }
    for (const error of [
      refusal(() => restoreCase(signed(actor, forgery.forge), options)),
      ...(forgery.signedOnly
        ? []
        : [refusal(() => restoreCase(legacy(actor, forgery.forge), { ...options, legacy: true }))]),
    ]) {
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.path.replace(/^persisted\.snapshot\.?/, '')).toMatch(forgery.path);
      expect(error.message.length).toBeLessThanOrEqual(2048);
      expect(error.message).not.toMatch(/Шевченко|3012456789/);
    }
  });
});

describe('a result issued, which a complaint may still reopen', () => {
  it('is refused signed as done (version 3); a version-1 or 2 case issued as done is migrated to active', () => {
    const actor = caseAfter('III', [...TO_COLLECTION, 'RESULT.ISSUED']);
    const error = refusal(() =>
      restoreCase(
        signed(actor, (s) => (s.status = 'done')),
        { keys },
      ),
    );
    expect(error.path).toBe('persisted.snapshot.status');
    const old = legacy(actor, (s) => (s.status = 'done'));
    expect(restoreCase(old, { keys, legacy: true }).getSnapshot().status).toBe('active');
  });
});

describe('restoreCase bounds a snapshot before it walks it', () => {
  const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

  it('refuses a 10⁴-deep array in a signed snapshot with a typed error, not a stack overflow', () => {
    const actor = caseAfter('III', ['PACKAGE.CHECKED']);
    const persisted = signed(actor);
    const text = persisted.snapshot.replace('"missing":[]', `"missing":${deep(10_000)}`);
    expect(text).not.toBe(persisted.snapshot);
    const forged = { ...persisted, snapshot: text, mac: resign(persisted, text) };
    expect(refusal(() => restoreCase(forged, { keys }))).toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('refuses a 10⁴-deep array in a version-1 snapshot before computing its checksum', () => {
    const actor = caseAfter('III', ['PACKAGE.CHECKED']);
    const old = legacy(actor);
    (old.snapshot.context as Record<string, unknown>).missing = JSON.parse(deep(10_000));
    const error = refusal(() => restoreCase(old, { keys, legacy: true }));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', path: 'persisted.snapshot' });
    expect(error.en).toMatch(/nested deeper than 12 levels/);
  });

  it('refuses a sparse array of four billion slots in a version-1 snapshot at once, before computing its checksum', () => {
    const actor = caseAfter('III', ['PACKAGE.CHECKED']);
    const old = legacy(actor);
    const sparse: unknown[] = [];
    sparse.length = 4_000_000_000;
    (old.snapshot.context as Record<string, unknown>).missing = sparse;
    const error = refusal(() => restoreCase(old, { keys, legacy: true }));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', path: 'persisted.snapshot' });
  }, 2_000);
});

describe('persistCase', () => {
  it('refuses a case whose actor is in error, with a typed error', () => {
    const error = refusal(() => persistCase(actorInError(), { keys }));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', path: 'actor' });
  });
});
