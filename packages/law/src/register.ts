import { z } from 'zod';
import { CivilDate } from './civil-date.js';
import { type Issue, issuesFrom, LawError } from './errors.js';
import { lawRefinement, lawSays } from './messages/index.js';
import { LocalizedText, WebUrl } from './text.js';
import { valueKind } from './value-kind.js';

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, { message: lawRefinement('ID_FORMAT', {}) });

/**
 * What kind of document an act of the register is. Acts proper: `constitution`, `code`, `law`,
 * `presidentialDecree`, `cabinetResolution` (постанова КМУ), `cabinetOrder` (розпорядження КМУ), `ministryOrder`
 * (наказ of a ministry or a central body such as the Pension Fund, with what it approves: an instruction, a form),
 * `ministryLetter`, `localAct` (a council's or administration's decision), `courtPractice`. Documents that are
 * evidence of the law rather than law: `typicalCard` (a typical information or technological card a state body
 * approved), `informationCard` (a CNAP's or provider's card), `notice` (a state body's published notice or page),
 * `methodical` (methodical materials), `publication` (news, a textbook, a council's news item).
 *
 * @example
 * ```ts
 * import { ActKind } from '@vikno/law';
 *
 * ActKind.parse('cabinetResolution');
 * ```
 */
export const ActKind = z.enum([
  'constitution',
  'code',
  'law',
  'presidentialDecree',
  'cabinetResolution',
  'cabinetOrder',
  'ministryOrder',
  'ministryLetter',
  'localAct',
  'courtPractice',
  'typicalCard',
  'informationCard',
  'notice',
  'methodical',
  'publication',
]);
/** What kind of document an act of the register is. */
export type ActKind = z.infer<typeof ActKind>;

/**
 * An edition (редакція) of an act: the day it took effect and the act that made it.
 *
 * @example
 * ```ts
 * import { Edition } from '@vikno/law';
 *
 * Edition.parse({ from: '2026-03-02', by: '4718-IX' });
 * ```
 */
export const Edition = z
  .object({
    /** The day this edition took effect. */
    from: CivilDate,
    /** The number of the amending act, e.g. `4718-IX`; absent for the act as first adopted. */
    by: z.string().min(1).max(40).optional(),
    /** What it changed, where it matters to the SDK. */
    note: z.string().min(1).max(2000).optional(),
  })
  .strict();
/** An edition (редакція) of an act. */
export type Edition = z.infer<typeof Edition>;

/**
 * An act of the register: every act the SDK cites is written once, with its kind, number, dates, title, official
 * address and the editions known.
 *
 * @example
 * ```ts
 * import { Act } from '@vikno/law';
 *
 * Act.parse({
 *   id: 'law-5203-vi',
 *   kind: 'law',
 *   number: '5203-VI',
 *   adopted: '2012-09-06',
 *   inForce: '2012-10-07',
 *   title: { uk: 'Закон України «Про адміністративні послуги»', en: 'Law of Ukraine On Administrative Services' },
 *   url: 'https://zakon.rada.gov.ua/laws/show/5203-17',
 * });
 * ```
 */
export const Act = z
  .object({
    /** A stable id, e.g. `law-5203-vi` or `kmu-1751-2001`. */
    id: Id,
    /** What kind of document it is. */
    kind: ActKind,
    /** The official number, e.g. `5203-VI`, `1751`, `920-р`; absent for a document with none. */
    number: z.string().min(1).max(40).optional(),
    /** The day it was adopted, signed or published. */
    adopted: CivilDate.optional(),
    /** The day it entered into force. */
    inForce: CivilDate.optional(),
    /** Its title. */
    title: LocalizedText,
    /** Where its official text (or the document itself) is: an `https:` or `http:` address. */
    url: WebUrl.optional(),
    /** The editions known, oldest first. */
    editions: z.array(Edition).max(200).optional(),
    /** What is uncertain about the act itself (its dates, its number), and how it was established. */
    note: z.string().min(1).max(2000).optional(),
  })
  .strict();
/** An act of the register. */
export type Act = z.infer<typeof Act>;

/**
 * What a cited value rests on, strongest first:
 * - `text`: the provision's wording was read in the act's text, on the official site or a faithful mirror naming
 *   the edition;
 * - `officialCard`: a state body's typical or information card, or its published notice;
 * - `secondary`: news, a council page, a textbook, a CNAP's card quoting the act;
 * - `none`: nothing was read (memory, an assumption).
 *
 * @example
 * ```ts
 * import { Evidence } from '@vikno/law';
 *
 * Evidence.options;
 * //=> ['text', 'officialCard', 'secondary', 'none']
 * ```
 */
export const Evidence = z.enum(['text', 'officialCard', 'secondary', 'none']);
/** What a cited value rests on. */
export type Evidence = z.infer<typeof Evidence>;

/**
 * Whether evidence makes a value verified: `text` or `officialCard`. The old boolean `verified` is this.
 *
 * @param evidence - an evidence level.
 * @example
 * ```ts
 * import { isVerified } from '@vikno/law';
 *
 * isVerified('officialCard');
 * //=> true
 * isVerified('secondary');
 * //=> false
 * ```
 */
export function isVerified(evidence: Evidence): boolean {
  return evidence === 'text' || evidence === 'officialCard';
}

/**
 * A citation as the data writes it: an act of the register by id, the provision, what was read and when.
 * OpenFisca's `last_value_still_valid_on` is `checkedOn` here.
 *
 * @example
 * ```ts
 * import { Citation } from '@vikno/law';
 *
 * Citation.parse({
 *   act: 'law-5203-vi',
 *   provision: { uk: 'ч. 1 ст. 10', en: 'Art. 10 part 1' },
 *   evidence: 'text',
 *   checkedOn: '2026-11-25',
 *   quote: 'Строк надання адміністративної послуги … не може перевищувати 30 календарних днів',
 * });
 * ```
 */
export const Citation = z
  .object({
    /** The id of an act of the register. */
    act: Id,
    /** The article, part or paragraph; absent only when the act as a whole is cited. */
    provision: LocalizedText.optional(),
    /** What the value rests on. */
    evidence: Evidence,
    /** The day the value was last confirmed against the evidence. */
    checkedOn: CivilDate,
    /** The provision's wording as read, verbatim (may be shortened with `…`). */
    quote: z.string().min(1).max(2000).optional(),
    /** What was read and where, what is uncertain. */
    note: z.string().min(1).max(2000).optional(),
  })
  .strict();
/** A citation as the data writes it. */
export type Citation = z.infer<typeof Citation>;

/**
 * A legal source of a fact, as the packages return it: the act's title, number and dates, the provision, a URL,
 * what the fact rests on (`evidence`, `checkedOn`, `quote`) and `verified`, derived from the evidence (`text` or
 * `officialCard`). A citation of the register resolves to one; a vendor may still write one by hand, with only
 * `verified`.
 *
 * @example
 * ```ts
 * import { LegalSource } from '@vikno/law';
 *
 * LegalSource.parse({
 *   id: 'kzpp-art-73',
 *   act: { uk: 'Кодекс законів про працю України', en: 'Labour Code of Ukraine' },
 *   number: '322-VIII',
 *   provision: { uk: 'ст. 73', en: 'Art. 73' },
 *   url: 'https://zakon.rada.gov.ua/laws/show/322-08',
 *   verified: true,
 * });
 * ```
 */
export const LegalSource = z
  .object({
    /** A stable id: the act's id in the register, or the source's own. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The kind of the act, when it comes from the register. */
    kind: ActKind.optional(),
    /** The act's title. */
    act: LocalizedText,
    /** The act's official number, e.g. `2136-IX` or `920-р`. */
    number: z.string().optional(),
    /** The day the act was adopted or signed. */
    adopted: CivilDate.optional(),
    /** The day the act (or this provision) entered into force. */
    inForce: CivilDate.optional(),
    /** The article, part or paragraph. */
    provision: LocalizedText.optional(),
    /** Where the official text is: an `https:` or `http:` address ({@link WebUrl}). */
    url: WebUrl.optional(),
    /** `true` when the fact was checked against the act's text or a state body's card: `evidence` is `text` or `officialCard`. */
    verified: z.boolean(),
    /** What the fact rests on, when known. */
    evidence: Evidence.optional(),
    /** The day the fact was last confirmed. */
    checkedOn: CivilDate.optional(),
    /** The provision's wording as read. */
    quote: z.string().optional(),
    /** What is uncertain, or how the fact was established. */
    note: z.string().optional(),
  })
  .strict()
  .refine((source) => source.evidence === undefined || isVerified(source.evidence) === source.verified, {
    message: lawRefinement('VERIFIED_FOLLOWS_EVIDENCE', {}),
    path: ['verified'],
  });
/** A legal source of a fact. */
export type LegalSource = z.infer<typeof LegalSource>;

function key(act: Act): string | undefined {
  if (act.number === undefined) return undefined;
  // Laws are numbered across years (5203-VI); Cabinet and ministry acts restart each year, so the year tells two
  // resolutions № 250 apart.
  return `${act.kind}|${act.number}|${act.adopted?.slice(0, 4) ?? ''}`;
}

/**
 * The register of acts: each act once, looked up by id; citations resolve against it to {@link LegalSource}s.
 * Built from a list of acts, validated whole: every problem is reported, and two acts with the same id, the same
 * kind, number and year, the same address, or (without a number) the same title are refused: an act is written once.
 *
 * @example
 * ```ts
 * import { ActRegister } from '@vikno/law';
 *
 * const register = new ActRegister([
 *   {
 *     id: 'law-5203-vi',
 *     kind: 'law',
 *     number: '5203-VI',
 *     title: { uk: 'Закон України «Про адміністративні послуги»', en: 'Law of Ukraine On Administrative Services' },
 *   },
 * ]);
 * register.cite({ act: 'law-5203-vi', provision: { uk: 'ст. 10', en: 'Art. 10' }, evidence: 'text', checkedOn: '2026-11-25' }).verified;
 * //=> true
 * ```
 */
export class ActRegister {
  readonly #acts = new Map<string, Act>();
  readonly #cited = new WeakMap<object, LegalSource>();

  /**
   * @param acts - the acts, each once.
   * @throws {@link LawError} `INVALID_REGISTER` with every issue.
   */
  constructor(acts: readonly unknown[]) {
    const parsed = z.array(Act).max(10_000).safeParse(acts);
    if (!parsed.success) throw invalidRegister(issuesFrom(parsed.error, 'acts'));
    const issues: Issue[] = [];
    const byKey = new Map<string, number>();
    const byUrl = new Map<string, number>();
    const byTitle = new Map<string, number>();
    for (const [index, act] of parsed.data.entries()) {
      const at = `acts.${index}`;
      if (this.#acts.has(act.id))
        issues.push({
          path: `${at}.id`,
          code: 'DUPLICATE_ACT_ID',
          ...lawSays('DUPLICATE_ACT_ID', {}),
        });
      const same = key(act);
      if (same !== undefined) {
        if (byKey.has(same))
          issues.push({
            path: `${at}.number`,
            code: 'DUPLICATE_ACT',
            ...lawSays('DUPLICATE_ACT_NUMBER', {}),
          });
        byKey.set(same, index);
      }
      // A page, a card or a notice is one document wherever it is cited: the same address, or the same title of a
      // document with no number, is the same act.
      if (act.url !== undefined) {
        if (byUrl.has(act.url))
          issues.push({
            path: `${at}.url`,
            code: 'DUPLICATE_ACT',
            ...lawSays('DUPLICATE_ACT_URL', {}),
          });
        byUrl.set(act.url, index);
      }
      if (act.number === undefined) {
        if (byTitle.has(act.title.uk))
          issues.push({
            path: `${at}.title`,
            code: 'DUPLICATE_ACT',
            ...lawSays('DUPLICATE_ACT_TITLE', {}),
          });
        byTitle.set(act.title.uk, index);
      }
      this.#acts.set(act.id, act);
    }
    if (issues.length > 0) throw invalidRegister(issues);
  }

  /** How many acts the register holds. */
  get size(): number {
    return this.#acts.size;
  }

  /**
   * Every act, in the order given.
   *
   * @example
   * ```ts
   * import { defaultActRegister } from '@vikno/law';
   *
   * defaultActRegister().acts().filter((act) => act.kind === 'code').map((act) => act.number);
   * ```
   */
  acts(): Act[] {
    return [...this.#acts.values()];
  }

  /**
   * The act with this id, or `undefined`.
   *
   * @param id - an act id.
   * @example
   * ```ts
   * import { defaultActRegister } from '@vikno/law';
   *
   * defaultActRegister().get('law-5203-vi')?.number;
   * //=> '5203-VI'
   * ```
   */
  get(id: string): Act | undefined {
    return typeof id === 'string' ? this.#acts.get(id) : undefined;
  }

  /**
   * A citation resolved to the {@link LegalSource} the packages return: the act's title, number, dates and address
   * with the citation's provision, evidence, day checked, quote and note; `verified` derived from the evidence.
   * The same citation object resolves to the same source.
   *
   * @param citation - a {@link Citation}.
   * @param path - where the citation is, for errors.
   * @throws {@link LawError} `INVALID_REGISTER` for a malformed citation, `UNKNOWN_ACT` for an act not in the
   * register.
   * @example
   * ```ts
   * import { defaultActRegister } from '@vikno/law';
   *
   * const source = defaultActRegister().cite({ act: 'law-5203-vi', evidence: 'secondary', checkedOn: '2026-11-25' });
   * source.number;
   * //=> '5203-VI'
   * source.verified;
   * //=> false
   * ```
   */
  cite(citation: Citation, path = 'citation'): LegalSource {
    if (typeof path !== 'string' || path.length === 0 || path.length > 200) {
      throw new LawError({
        code: 'INVALID_OPTION',
        path: 'path',
        ...lawSays('CITATION_PATH', { value: valueKind(path) }),
      });
    }
    const known = typeof citation === 'object' && citation !== null ? this.#cited.get(citation) : undefined;
    if (known) return known;
    const parsed = Citation.safeParse(citation);
    if (!parsed.success) {
      const issues = issuesFrom(parsed.error, path);
      throw new LawError({
        code: 'INVALID_REGISTER',
        path,
        issues,
        ...lawSays('INVALID_CITATIONS', { count: issues.length }),
      });
    }
    const { act: id, provision, evidence, checkedOn, quote, note } = parsed.data;
    const act = this.#acts.get(id);
    if (!act) {
      throw new LawError({
        code: 'UNKNOWN_ACT',
        path: `${path}.act`,
        ...lawSays('UNKNOWN_ACT', { count: this.size }),
      });
    }
    const source: LegalSource = {
      id: act.id,
      kind: act.kind,
      act: act.title,
      ...(act.number === undefined ? {} : { number: act.number }),
      ...(act.adopted === undefined ? {} : { adopted: act.adopted }),
      ...(act.inForce === undefined ? {} : { inForce: act.inForce }),
      ...(provision === undefined ? {} : { provision }),
      ...(act.url === undefined ? {} : { url: act.url }),
      verified: isVerified(evidence),
      evidence,
      checkedOn,
      ...(quote === undefined ? {} : { quote }),
      ...(note === undefined ? {} : { note }),
    };
    this.#cited.set(citation, source);
    return source;
  }
}

function invalidRegister(issues: readonly Issue[]): LawError {
  return new LawError({
    code: 'INVALID_REGISTER',
    path: 'acts',
    issues,
    ...lawSays('INVALID_ACTS', { count: issues.length }),
  });
}
