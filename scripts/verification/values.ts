// The values of the SDK's data and what each rests on, found by walking the data for legal sources: the counting
// behind `pnpm report:verification`. It reads both shapes of a source while the packages move to citations of the
// register: a `LegalSource` with `evidence` (or a `Citation` of the register), and the old hand-written
// `LegalSource` with only `verified`.

import type { Act, Evidence } from '@vikno/law';

/** What a source rests on: an evidence level, or the old boolean where a source has no evidence yet. */
export type Level = Evidence | 'verified (old)' | 'unverified (old)';

/** Every level, strongest first: a value's level is that of its strongest source. */
export const LEVELS: readonly Level[] = [
  'text',
  'officialCard',
  'verified (old)',
  'secondary',
  'unverified (old)',
  'none',
];

/** One source of a value: the act of the register it cites (when known), how it is named, and its level. */
export interface SourceRef {
  /** The register's act id, or `undefined` for an old source that matches no act. */
  readonly act: string | undefined;
  /** The source's own id (the act's id for a citation of the register), with the provision. */
  readonly label: string;
  readonly level: Level;
}

/** One value of the data: a dated value, a rule line, a holiday's date or name, a transfer… with its basis. */
export interface Value {
  readonly pkg: string;
  /** The service the value belongs to, for the catalogue and the checklists. */
  readonly service: string | undefined;
  readonly path: string;
  /** The sources the value rests on (`basis`, or the sources it holds when it has no `basis`). */
  readonly basis: readonly SourceRef[];
  /** Sources the value holds as content, not as its basis (a service's list of legal acts). */
  readonly mentions: readonly SourceRef[];
  /** The level of its strongest source. */
  readonly level: Level;
}

type Node = Record<string, unknown>;

export function isObject(value: unknown): value is Node {
  return typeof value === 'object' && value !== null;
}

/** A `LegalSource` (either shape) or a `Citation` of the register. */
export function isSource(value: unknown): boolean {
  if (!isObject(value)) return false;
  const { act } = value;
  if (typeof act === 'string')
    return typeof value.evidence === 'string' && typeof value.checkedOn === 'string';
  return isObject(act) && typeof act.uk === 'string' && typeof value.verified === 'boolean';
}

/**
 * The level of a source: its `evidence`, or for an old source with only `verified`, `verified (old)` or
 * `unverified (old)`.
 */
export function levelOf(source: Node): Level {
  const { evidence } = source;
  if (evidence === 'text' || evidence === 'officialCard' || evidence === 'secondary' || evidence === 'none')
    return evidence;
  return source.verified === true ? 'verified (old)' : 'unverified (old)';
}

/** The strongest of some levels; `none` for no source at all. */
export function strongest(levels: readonly Level[]): Level {
  return LEVELS.find((level) => levels.includes(level)) ?? 'none';
}

/** Finds the act of the register a source cites: by id, then (for an old source) by address or number and year. */
export class ActIndex {
  readonly #ids = new Set<string>();
  readonly #byUrl = new Map<string, string>();
  readonly #byNumber = new Map<string, string[]>();

  constructor(acts: readonly Act[]) {
    for (const act of acts) {
      this.#ids.add(act.id);
      if (act.url !== undefined) this.#byUrl.set(act.url, act.id);
      if (act.number !== undefined) {
        const key = `${act.number}|${act.adopted?.slice(0, 4) ?? ''}`;
        this.#byNumber.set(key, [...(this.#byNumber.get(key) ?? []), act.id]);
      }
    }
  }

  /** The act id of a source, or `undefined` when no act matches it unambiguously. */
  actOf(source: Node): string | undefined {
    if (typeof source.act === 'string') return this.#ids.has(source.act) ? source.act : undefined;
    if (typeof source.id === 'string' && this.#ids.has(source.id)) return source.id;
    if (typeof source.url === 'string' && this.#byUrl.has(source.url)) return this.#byUrl.get(source.url);
    if (typeof source.number !== 'string') return undefined;
    const adopted = typeof source.adopted === 'string' ? source.adopted.slice(0, 4) : '';
    const found = this.#byNumber.get(`${source.number}|${adopted}`) ?? [];
    return found.length === 1 ? found[0] : undefined;
  }

  ref(source: Node): SourceRef {
    const id = typeof source.act === 'string' ? source.act : String(source.id);
    const provision = isObject(source.provision) ? source.provision.en : undefined;
    return {
      act: this.actOf(source),
      label: typeof provision === 'string' ? `${id} (${provision})` : id,
      level: levelOf(source),
    };
  }
}

/** Where a walk is: its package and service, and the path of its root. */
export interface Place {
  readonly pkg: string;
  readonly service?: string | undefined;
  readonly path: string;
}

/** Options of {@link findValues}. */
export interface FindOptions {
  /** `basis` lists already counted elsewhere (the catalogue's term that a technological card repeats): skipped. */
  readonly counted?: ReadonlySet<unknown>;
  /** Objects already walked in this package or service, shared between walks so that each counts once. */
  readonly seen?: Set<unknown>;
}

/**
 * The values under `root`: every plain object with a non-empty `basis` of sources, or holding sources itself.
 * Sources are not walked into; class instances and functions (machines, schemas) are skipped.
 */
export function findValues(root: unknown, place: Place, index: ActIndex, options: FindOptions = {}): Value[] {
  const found: Value[] = [];
  const onPath = new Set<unknown>();
  const visit = (node: unknown, path: string): void => {
    if (onPath.has(node) || options.seen?.has(node)) return;
    if (Array.isArray(node)) {
      onPath.add(node);
      for (const [at, item] of node.entries()) visit(item, `${path}.${at}`);
      onPath.delete(node);
      return;
    }
    if (!isObject(node) || isSource(node)) return;
    options.seen?.add(node);
    const prototype = Object.getPrototypeOf(node);
    if (prototype !== Object.prototype && prototype !== null) return;
    onPath.add(node);
    const basis: Node[] = [];
    const mentions: Node[] = [];
    for (const [key, child] of Object.entries(node)) {
      const sources = (Array.isArray(child) ? child : [child]).filter(
        (item): item is Node => isObject(item) && isSource(item),
      );
      (key === 'basis' ? basis : mentions).push(...sources);
      if (!isSource(child)) visit(child, `${path}.${key}`);
    }
    const held = basis.length > 0 ? basis : mentions;
    if (held.length > 0 && !options.counted?.has(node.basis)) {
      const refs = held.map((source) => index.ref(source));
      found.push({
        pkg: place.pkg,
        service: place.service,
        path,
        basis: refs,
        mentions: basis.length > 0 ? mentions.map((source) => index.ref(source)) : [],
        level: strongest(refs.map((ref) => ref.level)),
      });
    }
    onPath.delete(node);
  };
  visit(root, place.path);
  return found;
}

/** How many values there are at each level. */
export type LevelCounts = Record<Level, number>;

/**
 * Counts values by level, each value once at the level of its strongest source.
 *
 * @example
 * ```ts
 * countByLevel(values).text;
 * ```
 */
export function countByLevel(values: readonly { readonly level: Level }[]): LevelCounts {
  const counts = Object.fromEntries(LEVELS.map((level) => [level, 0])) as LevelCounts;
  for (const value of values) counts[value.level]++;
  return counts;
}

/** Counts values by level for each key (a package, a service), in the order keys first appear. */
export function countBy(values: readonly Value[], key: (value: Value) => string): Map<string, LevelCounts> {
  const groups = new Map<string, Value[]>();
  for (const value of values) groups.set(key(value), [...(groups.get(key(value)) ?? []), value]);
  return new Map([...groups].map(([name, group]) => [name, countByLevel(group)]));
}

/** An act of the register as the data leans on it. */
export interface ActUse {
  readonly act: string;
  /** How many citations (a source in a value's basis or content) name it. */
  readonly citations: number;
  /** The strongest level of those citations. */
  readonly level: Level;
}

/** What the values make of the register. */
export interface ActReport {
  /** Acts cited, none of whose citations is `text`, most cited first. */
  readonly withoutText: readonly ActUse[];
  /** Acts of the register no value cites. */
  readonly unused: readonly string[];
  /** Old sources that match no act of the register, by label, with how many citations name them. */
  readonly outside: ReadonlyMap<string, number>;
}

/** Which acts no citation supports with `text`, which acts are not cited at all, and which sources are outside. */
export function actReport(values: readonly Value[], acts: readonly Act[]): ActReport {
  const uses = new Map<string, Level[]>();
  const outside = new Map<string, number>();
  for (const ref of values.flatMap((value) => [...value.basis, ...value.mentions])) {
    if (ref.act === undefined) outside.set(ref.label, (outside.get(ref.label) ?? 0) + 1);
    else uses.set(ref.act, [...(uses.get(ref.act) ?? []), ref.level]);
  }
  const withoutText = [...uses]
    .filter(([, levels]) => !levels.includes('text'))
    .map(([act, levels]) => ({ act, citations: levels.length, level: strongest(levels) }))
    .sort((a, b) => b.citations - a.citations || a.act.localeCompare(b.act));
  const unused = acts.map((act) => act.id).filter((id) => !uses.has(id));
  return { withoutText, unused, outside };
}

/** A provision of an act as the data cites it: how many citations name it, and the strongest of them. */
export interface ProvisionUse {
  readonly act: string;
  /** The act's id with the provision, as {@link SourceRef}`.label`. */
  readonly label: string;
  readonly citations: number;
  readonly level: Level;
}

/**
 * Each provision of the acts `acts` that a value cites (in its basis or its content), once, with its citations and
 * their strongest level: the acts in the order given, their provisions in the order of their numbers.
 *
 * @example
 * ```ts
 * provisionReport(values, ['law-2073-ix']).filter((use) => use.level === 'text').length;
 * ```
 */
export function provisionReport(values: readonly Value[], acts: readonly string[]): ProvisionUse[] {
  const uses = new Map<string, { act: string; levels: Level[] }>();
  for (const ref of values.flatMap((value) => [...value.basis, ...value.mentions])) {
    if (ref.act === undefined || !acts.includes(ref.act)) continue;
    const use = uses.get(ref.label) ?? { act: ref.act, levels: [] };
    use.levels.push(ref.level);
    uses.set(ref.label, use);
  }
  return [...uses]
    .map(([label, use]) => ({
      act: use.act,
      label,
      citations: use.levels.length,
      level: strongest(use.levels),
    }))
    .sort(
      (a, b) =>
        acts.indexOf(a.act) - acts.indexOf(b.act) || a.label.localeCompare(b.label, 'en', { numeric: true }),
    );
}

/**
 * The values, each once: a value found twice at the same place with the same basis (the same stage of the
 * technological cards of two services, a shared object reached by two exports) counts once.
 */
export function uniqueValues(values: readonly Value[]): Value[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = [value.pkg, value.service, value.path, ...value.basis.map((ref) => ref.label)].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
