// Access codes: what an applicant shows, with the case number, to read the status of a case. A code is issued
// when the case is registered, shown once in that answer, and stored only as a hash; staff may issue a new one,
// which replaces it.
//
// A code is 80 random bits, written as 16 characters of Crockford's base 32 in four groups (`K7QM-3XRT-9WZD-2HFN`):
// short enough to read out over the phone, and with the lookup rate-limited, never guessed. Being random and that
// long, it needs no slow password hash: a SHA-256 of it cannot be reversed by trying codes.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ViknoError } from '@vikno/law';
import { type CaseKeys, type PersistedCase, restoreCase } from '@vikno/workflows';
import { CaseNotFoundError, CaseUnreadableError } from './cases.js';
import type { Queryable } from './db.js';

/** Crockford's base-32 alphabet: no I, L, O or U, so a code read aloud or typed is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 16;
/** The longest text read as a code: a code with separators and spaces fits many times over. */
const MAX_INPUT = 64;

/** A new access code: 80 bits from the system's secure random source. */
export function generateAccessCode(): string {
  const bytes = randomBytes(10);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let index = CODE_LENGTH - 1; index >= 0; index -= 1) {
    code += ALPHABET[Number((bits >> BigInt(index * 5)) & 31n)];
  }
  return code.match(/.{4}/g)?.join('-') ?? code;
}

/**
 * A code as typed (any case, with spaces or hyphens, O for 0, I or L for 1) in its one written form without
 * separators, or `undefined` when it cannot be a code: anything but a string, or the wrong letters or length.
 */
export function normalizeAccessCode(input: unknown): string | undefined {
  if (typeof input !== 'string' || input.length > MAX_INPUT) return undefined;
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return code.length === CODE_LENGTH && [...code].every((char) => ALPHABET.includes(char)) ? code : undefined;
}

/** The hash a code is stored as: SHA-256 of the normalized code, in hex. */
export function hashAccessCode(normalized: string): string {
  return createHash('sha256').update(`vikno.access-code.v1:${normalized}`).digest('hex');
}

/** Compares two hashes in constant time. */
function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** What a matching code opens: the case and its persisted snapshot, checked. */
export interface OpenedCase {
  readonly caseId: string;
  readonly caseNumber: string;
  readonly persisted: PersistedCase;
}

/** Thrown when a code is asked for a case that has no number yet (not registered). */
export class NotRegisteredError extends Error {
  override readonly name = 'NotRegisteredError';
  readonly uk = 'Справу ще не зареєстровано: код доступу видається під час реєстрації';
  readonly en = 'The case is not registered yet: an access code is issued at registration';
  constructor() {
    super('Case not registered / Справу не зареєстровано');
  }
}

/** The access codes of the cases in one database. */
export class AccessCodes {
  private readonly keys: CaseKeys;
  private readonly now: () => Date;
  /** Compared against when no case has the number, so a miss takes as long as a wrong code. */
  private readonly decoy = hashAccessCode(generateAccessCode().replaceAll('-', ''));

  constructor(
    private readonly db: Queryable,
    options: { keys: CaseKeys; now?: () => Date },
  ) {
    this.keys = options.keys;
    this.now = options.now ?? (() => new Date());
  }

  /**
   * Issues the code of a case just registered, or `undefined` when it already has one (the code is never shown
   * twice: a lost one is replaced by {@link reissue}).
   *
   * @throws {@link NotRegisteredError} when the case has no number, `CaseNotFoundError` when there is no case.
   */
  async issue(caseId: string): Promise<string | undefined> {
    return this.write(caseId, 'on conflict (case_id) do nothing');
  }

  /**
   * Issues a new code for a registered case, replacing the one it had: for staff, when an applicant lost it.
   *
   * @throws {@link NotRegisteredError} when the case has no number, `CaseNotFoundError` when there is no case.
   */
  async reissue(caseId: string): Promise<string> {
    const code = await this.write(
      caseId,
      'on conflict (case_id) do update set code_hash = excluded.code_hash, issued_at = excluded.issued_at',
    );
    return code as string;
  }

  /**
   * The case a number and a code open, or `undefined` for a wrong code, an unknown number or anything that is not
   * a code, alike and in about the same time. The snapshot is checked with the keys before it is given.
   *
   * @throws {@link CaseUnreadableError} when the matching case fails its checks.
   */
  async open(caseNumber: string, accessCode: unknown): Promise<OpenedCase | undefined> {
    const normalized = normalizeAccessCode(accessCode);
    const hash = hashAccessCode(normalized ?? '');
    const { rows } = await this.db.query<{ case_id: string; code_hash: string; persisted: PersistedCase }>(
      `select code.case_id, code.code_hash, c.persisted
         from vikno_access_code as code join vikno_case as c on c.id = code.case_id
        where code.case_number = $1 and c.quarantined_at is null
        limit 20`,
      [caseNumber],
    );
    let match: (typeof rows)[number] | undefined;
    for (const row of rows) if (sameHash(row.code_hash, hash) && normalized !== undefined) match ??= row;
    if (rows.length === 0) sameHash(this.decoy, hash);
    if (!match) return undefined;
    this.check(match.case_id, match.persisted);
    return { caseId: match.case_id, caseNumber, persisted: match.persisted };
  }

  private async write(caseId: string, onConflict: string): Promise<string | undefined> {
    const caseNumber = await this.caseNumber(caseId);
    const code = generateAccessCode();
    const { rows } = await this.db.query(
      `insert into vikno_access_code (case_id, case_number, code_hash, issued_at) values ($1, $2, $3, $4)
       ${onConflict} returning case_id`,
      [caseId, caseNumber, hashAccessCode(code.replaceAll('-', '')), this.now().toISOString()],
    );
    return rows.length > 0 ? code : undefined;
  }

  /** The number a registered case was given, read from its checked snapshot. */
  private async caseNumber(caseId: string): Promise<string> {
    const { rows } = await this.db.query<{ persisted: PersistedCase }>(
      'select persisted from vikno_case where id = $1',
      [caseId],
    );
    const row = rows[0];
    if (!row) throw new CaseNotFoundError(caseId);
    const caseNumber = this.check(caseId, row.persisted);
    if (caseNumber === undefined) throw new NotRegisteredError();
    return caseNumber;
  }

  /** Restores a case to check its signature and state; its number, if it has one. */
  private check(caseId: string, persisted: PersistedCase): string | undefined {
    try {
      const actor = restoreCase(persisted, { keys: this.keys, caseId });
      const { caseNumber } = actor.getSnapshot().context;
      actor.stop();
      return caseNumber;
    } catch (error) {
      if (error instanceof ViknoError) throw new CaseUnreadableError(caseId, error.code, error.path);
      throw new CaseUnreadableError(caseId, 'UNEXPECTED', 'persisted');
    }
  }
}
