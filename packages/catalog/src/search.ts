/*
 * Search that understands Ukrainian well enough for a service catalogue: case, the apostrophe variants, common
 * abbreviations, and word forms (a light suffix stemmer: субсидія, субсидії, субсидію share the stem субсид).
 * A query word the index does not know is tried, in turn, as people mistype it: Latin transliteration (the national
 * system of КМУ 55 of 27.01.2010 and informal ones, folded to one skeleton), a Russian or Russian-influenced word
 * (a small table of the words people use in service names), and a typo (one edit from a word of the index).
 */

const APOSTROPHES = /[ʼ'’‘`´ʹ]/g;
const NON_WORD = /[^\p{L}\p{N}]+/u;

/** Function words that carry no meaning in a service name. */
const STOP_WORDS = new Set([
  'при',
  'на',
  'за',
  'для',
  'та',
  'і',
  'й',
  'з',
  'із',
  'зі',
  'в',
  'у',
  'до',
  'від',
  'про',
  'або',
  'що',
  'як',
  'по',
  'не',
  'які',
  'яка',
  'який',
  'якому',
  'чи',
  // Russian function words, typed by people who write the service's name in Russian or Surzhyk.
  'с',
  'и',
  'от',
  'о',
  'об',
  'к',
  'из',
  'of',
  'the',
  'and',
  'for',
  'to',
  'a',
  'an',
  'in',
  'on',
  'at',
]);

/** Endings stripped by the stemmer, longest first. */
const SUFFIXES = [
  'ього',
  'ьому',
  'ами',
  'ями',
  'ими',
  'ого',
  'ому',
  'ією',
  'ові',
  'еві',
  'ах',
  'ях',
  'ам',
  'ям',
  'ою',
  'ею',
  'єю',
  'ів',
  'їв',
  'ей',
  'ом',
  'ем',
  'ій',
  'ий',
  'их',
  'ім',
  'им',
  'ої',
  'ія',
  'ії',
  'ію',
  'ая',
  'ую',
  'а',
  'я',
  'у',
  'ю',
  'і',
  'ї',
  'и',
  'е',
  'є',
  'о',
  'ь',
  'й',
  's',
].sort((a, b) => b.length - a.length);

/** Stems that suffix stripping cannot unite (vowel alternation in the root). */
const IRREGULAR_STEMS: Readonly<Record<string, string>> = {
  діт: 'дит',
  дитин: 'дит',
  дітьм: 'дит',
  осіб: 'особ',
  сімей: 'сім',
  матер: 'мат',
  матір: 'мат',
  child: 'child',
  children: 'child',
};

/** Abbreviations and the words they stand for. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  впо: 'внутрішньо переміщена особа',
  жкп: 'житлово комунальні послуги',
  мсек: 'медико соціальна експертна комісія',
  лкк: 'лікарсько консультаційна комісія',
  пфу: 'пенсійний фонд',
  усзн: 'соціальний захист населення',
  упсзн: 'соціальний захист населення',
  цнап: 'центр надання адміністративних послуг',
  рнокпп: 'реєстраційний номер облікової картки платника податків',
  апсх: 'адміністративні послуги соціального характеру',
  idp: 'internally displaced person',
};

/** Lowercases, drops apostrophes (сім’я = сім'я = сімʼя) and splits into words. */
export function normalizeWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replaceAll('ё', 'е')
    .split(NON_WORD)
    .filter((word) => word !== '');
}

/** The stem of one normalised word. */
export function stem(word: string): string {
  if (/^\p{N}+$/u.test(word)) return word;
  const irregular = IRREGULAR_STEMS[word];
  if (irregular !== undefined) return irregular;
  // The е of -ець drops in every other form (переселенець, переселенця, переселенців): one stem for all.
  if (word.length >= 6 && word.endsWith('ець')) return `${word.slice(0, -3)}ц`;
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= 3 && word.endsWith(suffix)) {
      const stemmed = undouble(word.slice(0, -suffix.length));
      return IRREGULAR_STEMS[stemmed] ?? stemmed;
    }
  }
  return word;
}

/** Drops a doubled final consonant, so посвідчення and посвідчень (the genitive plural) share a stem. */
function undouble(stemmed: string): string {
  const last = stemmed.at(-1);
  return stemmed.length > 4 && last === stemmed.at(-2) && last !== undefined && !/[аеєиіїоуюя]/.test(last)
    ? stemmed.slice(0, -1)
    : stemmed;
}

/** The stems of a text, without function words. */
export function stems(text: string): string[] {
  return normalizeWords(text)
    .filter((word) => !STOP_WORDS.has(word))
    .map(stem);
}

const ABBREVIATION_STEMS: ReadonlyArray<readonly [string, readonly string[]]> = Object.entries(
  ABBREVIATIONS,
).map(([abbreviation, words]) => [abbreviation, stems(words)] as const);

/**
 * Adds to a set of stems the abbreviations whose words it contains, and the words of the abbreviations it
 * contains, so «ВПО» finds «внутрішньо переміщених осіб» and the other way round.
 */
function withAbbreviations(terms: Set<string>): Set<string> {
  for (const [abbreviation, words] of ABBREVIATION_STEMS) {
    if (terms.has(abbreviation)) {
      for (const word of words) terms.add(word);
    } else if (words.every((word) => terms.has(word))) {
      terms.add(abbreviation);
    }
  }
  return terms;
}

/**
 * The Latin letters of each Ukrainian letter by the national transliteration (КМУ 55 of 27.01.2010, the forms
 * inside a word; the word-initial forms є→ye, ї→yi, й→y, ю→yu, я→ya fold to the same skeleton).
 */
const LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ю: 'iu',
  я: 'ia',
};

/** The letter groups of Latin spellings, longest first, that {@link latinSkeleton} folds. */
const LATIN_GROUPS = /shch|sch|zh|kh|ts|ch|sh|gh|[iyj][aeu]|[yj]i|./g;
const LATIN_FOLDS: Readonly<Record<string, string>> = {
  shch: 's',
  sch: 's',
  zh: 'z',
  kh: 'h',
  ts: 'c',
  ch: 'c',
  sh: 's',
  gh: 'h',
  g: 'h',
  y: 'i',
  j: 'i',
  w: 'v',
  q: 'k',
  x: 'ks',
};

/**
 * One spelling for the ways a Ukrainian word is written in Latin letters: the national system («dopomoha»,
 * «subsydiia», «pokhovannia») and the informal ones («dopomoga», «subsidiya», «prozhyvannya») fold to the same
 * letters (х, г and ґ to h; ж and з to z; ц and ч to c; ш and щ to s; и, і, ї and й to i; я, ю, є to their vowel),
 * doubled letters once. Lossy on purpose: it only finds candidates among the words of the index.
 */
export function latinSkeleton(latin: string): string {
  let folded = '';
  for (const [group] of latin.matchAll(LATIN_GROUPS)) {
    const fold = LATIN_FOLDS[group];
    if (fold !== undefined) folded += fold;
    else if (group.length === 2) folded += group.endsWith('i') && group !== 'ii' ? 'i' : group.slice(1);
    else folded += group;
  }
  return folded.replace(/(.)\1+/g, '$1');
}

/** The Latin skeleton of a Cyrillic word of the index. */
function cyrillicSkeleton(word: string): string {
  let latin = '';
  for (const letter of word) latin += LATIN[letter] ?? letter;
  return latinSkeleton(latin);
}

const LATIN_WORD = /^[a-z]+$/;
/** Function words in Latin letters («pry», «na», «z», «dlia»), dropped from a Latin query. */
const LATIN_STOP_WORDS = new Set(
  [...STOP_WORDS].filter((word) => !LATIN_WORD.test(word)).map(cyrillicSkeleton),
);

/**
 * Russian words, and Russian-influenced Ukrainian ones, that people type for the words of service names, by the
 * start of the word (after ы→и, э→е) and the Ukrainian word they mean. Short starts match a stem exactly.
 */
const RUSSIAN_FORMS: Readonly<Record<string, string>> = {
  пособи: 'допомога',
  помощ: 'допомога',
  рожден: 'народження',
  ребен: 'дитина',
  дет: 'дитина',
  детств: 'дитинство',
  справк: 'довідка',
  переселен: 'переселенець',
  многодетн: 'багатодітна',
  семь: 'сімʼя',
  сем: 'сімʼя',
  удостоверен: 'посвідчення',
  малоимущ: 'малозабезпечена',
  похорон: 'поховання',
  погребен: 'поховання',
  льгот: 'пільга',
  услуг: 'послуга',
  коммунальн: 'комунальні',
  квартплат: 'комунальні',
  беременн: 'вагітність',
  род: 'пологи',
  родов: 'пологи',
  одинок: 'одинока',
  мать: 'мати',
  усыновлен: 'усиновлення',
  инвалид: 'інвалідність',
  жительств: 'проживання',
  выписк: 'виписка',
  аренд: 'оренда',
  жиль: 'житло',
  уход: 'догляд',
  опек: 'опіка',
  топлив: 'паливо',
  пенси: 'пенсія',
};
/** Starts shorter than this match a stem exactly, not as its start. */
const RUSSIAN_PREFIX_MIN = 4;
/** The table's starts, longest first, each with the stem of its Ukrainian word (stemmed once, here). */
const RUSSIAN_ENTRIES: ReadonlyArray<readonly [string, string | undefined]> = Object.entries(RUSSIAN_FORMS)
  .sort(([a], [b]) => b.length - a.length)
  .map(([start, ukrainian]) => [start, stems(ukrainian)[0]] as const);

/** A word with the letters Russian has and Ukrainian lacks folded to the Ukrainian ones (ы→и, э→е, ъ dropped). */
function foldRussian(word: string): string {
  return word.replaceAll('ы', 'и').replaceAll('э', 'е').replaceAll('ъ', '');
}

/** A Cyrillic word read as Russian: with Russian letters folded, its stem, and the Ukrainian stem the table gives. */
interface RussianReading {
  readonly folded: string;
  readonly foldedStem: string;
  readonly meaning: string | undefined;
}

function readAsRussian(word: string): RussianReading {
  const folded = foldRussian(word);
  const foldedStem = stem(folded);
  return { folded, foldedStem, meaning: russianMeaning(folded, foldedStem) };
}

/** The Ukrainian stem a Russian word of {@link RUSSIAN_FORMS} stands for, or `undefined`. */
function russianMeaning(word: string, own: string): string | undefined {
  for (const [start, meaning] of RUSSIAN_ENTRIES) {
    const matches =
      start.length >= RUSSIAN_PREFIX_MIN ? word.startsWith(start) || own.startsWith(start) : own === start;
    if (matches) return meaning;
  }
  return undefined;
}

/**
 * The optimal string alignment distance of two words (insertions, deletions, substitutions and transpositions of
 * neighbours), or `limit + 1` once it is sure to exceed `limit`.
 */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] as number) + 1);
      }
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

/** The words one deletion makes of `word`. */
function deletions(word: string): string[] {
  const found = new Set<string>();
  for (let i = 0; i < word.length; i++) found.add(word.slice(0, i) + word.slice(i + 1));
  return [...found];
}

/** Words shorter than this get no typo tolerance: one edit turns too many short words into others. */
const TYPO_MIN_LENGTH = 4;
/** How much a match counts, by how the query word reached it. */
const FACTOR = { exact: 1, transliterated: 0.9, russian: 0.9, prefix: 0.6, typo: 0.5 } as const;

/** A searchable document: weighted fields of text, and identifiers matched exactly. */
export interface SearchDocument {
  /** The service id. */
  readonly id: string;
  /** Text fields with their weights. */
  readonly fields: ReadonlyArray<{ readonly text: string; readonly weight: number }>;
  /** Identifiers matched whole: the Register id, local codes, the service id. */
  readonly identifiers: readonly string[];
}

interface IndexedDocument {
  readonly id: string;
  /** The best weight of each stem over the document's fields. */
  readonly weights: ReadonlyMap<string, number>;
  /** The number of stems of each name and keyword, to prefer a name the query covers closely. */
  readonly titleSizes: readonly number[];
  /** For each stem of a name or keyword, the names and keywords (their positions in `titleSizes`) holding it. */
  readonly titlesByStem: ReadonlyMap<string, readonly number[]>;
  readonly identifiers: ReadonlySet<string>;
}

/** A search result before it is joined with its service: the id, its score and the query words it matched. */
export interface RawHit {
  /** The service id. */
  readonly id: string;
  /** Higher is better. */
  readonly score: number;
  /** The query words that matched, as the user typed them (normalised). */
  readonly matched: readonly string[];
}

/** Fields of at least this weight (names and keywords) count as titles for {@link closeness}. */
const TITLE_WEIGHT = 3;
const IDENTIFIER_SCORE = 100;

/** One word of a query: the stems of the index it reaches and how much each counts. */
interface Clause {
  /** The word as the user typed it (normalised). */
  readonly word: string;
  /** Its own stem, when the index has it: a document with it scores on it alone. */
  readonly exact: string | undefined;
  /** The other stems it reaches (longer stems it starts, or what its spelling stands for), with their factor. */
  readonly others: ReadonlyMap<string, number>;
}

/**
 * How closely the query and one of the document's names or keywords coincide, 0 to 1: twice the name's stems the
 * query reaches over the stems of both. It ranks «Реєстрація місця проживання» above «Зняття з реєстрації місця
 * проживання» for the query «реєстрація місця проживання».
 */
function closeness(document: IndexedDocument, reached: ReadonlySet<string>, clauseCount: number): number {
  // Counted from the query's side: the few stems it reaches, each looked up once, not every stem of every name.
  const covered = new Map<number, number>();
  for (const term of reached) {
    for (const title of document.titlesByStem.get(term) ?? [])
      covered.set(title, (covered.get(title) ?? 0) + 1);
  }
  let best = 0;
  for (const [title, count] of covered) {
    best = Math.max(best, (2 * count) / ((document.titleSizes[title] ?? 0) + clauseCount));
  }
  return best;
}

/** The sizes of the names' and keywords' stem sets, and for each stem the names and keywords that hold it. */
function titleIndex(texts: readonly string[]): Pick<IndexedDocument, 'titleSizes' | 'titlesByStem'> {
  const titleSizes: number[] = [];
  const titlesByStem = new Map<string, number[]>();
  for (const text of texts) {
    const terms = new Set(stems(text));
    if (terms.size === 0) continue;
    const position = titleSizes.push(terms.size) - 1;
    for (const term of terms) {
      const found = titlesByStem.get(term);
      if (found === undefined) titlesByStem.set(term, [position]);
      else found.push(position);
    }
  }
  return { titleSizes, titlesByStem };
}

/** Every stem the query's words reach, once: what {@link closeness} looks names' stems up in. */
function reachedStems(clauses: readonly Clause[]): Set<string> {
  const reached = new Set<string>();
  for (const clause of clauses) {
    if (clause.exact !== undefined) reached.add(clause.exact);
    for (const term of clause.others.keys()) reached.add(term);
  }
  return reached;
}

/** An inverted index over service documents, built once per catalogue. */
export class SearchIndex {
  readonly #documents: IndexedDocument[];
  readonly #documentFrequency = new Map<string, number>();
  /** Every stem of the index, sorted, to find the stems a query word is a prefix of by binary search. */
  readonly #vocabulary: readonly string[];
  /** The Cyrillic stems of the index by their Latin skeleton; built on the first Latin query. */
  #skeletons: Map<string, string[]> | undefined;
  /** The stems of the index by each word one deletion makes of them; built on the first unknown word. */
  #deletions: Map<string, string[]> | undefined;

  /** @param documents - the documents to index. */
  constructor(documents: readonly SearchDocument[]) {
    this.#documents = documents.map((document) => {
      const weights = new Map<string, number>();
      for (const field of document.fields) {
        for (const term of withAbbreviations(new Set(stems(field.text)))) {
          weights.set(term, Math.max(weights.get(term) ?? 0, field.weight));
        }
      }
      return {
        id: document.id,
        weights,
        ...titleIndex(
          document.fields.filter((field) => field.weight >= TITLE_WEIGHT).map((field) => field.text),
        ),
        identifiers: new Set(document.identifiers.map((identifier) => identifier.toLowerCase())),
      };
    });
    for (const document of this.#documents) {
      for (const term of document.weights.keys()) {
        this.#documentFrequency.set(term, (this.#documentFrequency.get(term) ?? 0) + 1);
      }
    }
    this.#vocabulary = [...this.#documentFrequency.keys()].sort();
  }

  /** The ranked hits for a query; ids outside `allowed` are skipped. */
  search(query: string, allowed: (id: string) => boolean): RawHit[] {
    const trimmed = query.trim().toLowerCase();
    const clauses = normalizeWords(query)
      .filter((word) => !STOP_WORDS.has(word))
      .filter((word) => !(LATIN_WORD.test(word) && LATIN_STOP_WORDS.has(latinSkeleton(word))))
      .map((word) => this.#clause(word));
    const total = this.#documents.length;
    const reached = reachedStems(clauses);
    const hits: RawHit[] = [];
    for (const document of this.#documents) {
      if (!allowed(document.id)) continue;
      if (document.identifiers.has(trimmed)) {
        hits.push({ id: document.id, score: IDENTIFIER_SCORE, matched: [trimmed] });
        continue;
      }
      let score = 0;
      const matched: string[] = [];
      for (const clause of clauses) {
        const clauseScore = this.#clauseScore(document, clause, total);
        if (clauseScore > 0) {
          score += clauseScore;
          matched.push(clause.word);
        }
      }
      if (matched.length === 0) continue;
      const coverage = matched.length / clauses.length;
      hits.push({
        id: document.id,
        score: score * coverage * coverage * (1 + closeness(document, reached, clauses.length)),
        matched,
      });
    }
    return hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  }

  /**
   * What one query word reaches: its own stem and the longer stems it starts; failing both, what its Latin
   * spelling, its Russian form or a typo of one edit stands for, in that order.
   */
  #clause(word: string): Clause {
    const own = stem(word);
    const known = this.#documentFrequency.has(own);
    const longer = own.length >= 3 ? this.#longerStems(own) : [];
    const russian = LATIN_WORD.test(word) ? undefined : readAsRussian(word);
    if (known || longer.length > 0) {
      const others = withFactor(longer, FACTOR.prefix);
      // A Russian word the catalogue also writes (a keyword in Russian) still means its Ukrainian word.
      const meaning = russian?.meaning;
      if (meaning !== undefined && meaning !== own && this.#documentFrequency.has(meaning)) {
        others.set(meaning, FACTOR.russian);
      }
      return { word, exact: known ? own : undefined, others };
    }
    return { word, exact: undefined, others: this.#unknownWord(word, own, russian) };
  }

  /** What an unknown word stands for: a Latin spelling, a Russian form, or a typo of one edit, in that order. */
  #unknownWord(word: string, own: string, russian: RussianReading | undefined): Map<string, number> {
    if (russian === undefined) {
      const transliterated = this.#transliterated(latinSkeleton(word));
      if (transliterated.length > 0) return withFactor(transliterated, FACTOR.transliterated);
      return withFactor(this.#typos(own), FACTOR.typo);
    }
    const { folded, foldedStem, meaning } = russian;
    if (folded !== word && this.#documentFrequency.has(foldedStem)) {
      return withFactor([foldedStem], FACTOR.russian);
    }
    if (meaning !== undefined && this.#documentFrequency.has(meaning)) {
      return withFactor([meaning], FACTOR.russian);
    }
    return withFactor(this.#typos(foldedStem), FACTOR.typo);
  }

  /**
   * The Cyrillic stems a Latin word spells: those whose skeleton starts the word's skeleton, leaving at most an
   * ending (the longest such stem), else those the word's skeleton starts.
   */
  #transliterated(skeleton: string): string[] {
    if (skeleton.length < 3) return [];
    this.#skeletons ??= this.#skeletonIndex();
    const lastEnding = 4;
    for (let length = skeleton.length; length >= Math.max(3, skeleton.length - lastEnding); length--) {
      const found = this.#skeletons.get(skeleton.slice(0, length));
      if (found !== undefined) return found;
    }
    if (skeleton.length < TYPO_MIN_LENGTH) return [];
    const started: string[] = [];
    for (const [candidate, found] of this.#skeletons) {
      if (candidate.startsWith(skeleton)) started.push(...found);
    }
    return started;
  }

  #skeletonIndex(): Map<string, string[]> {
    const skeletons = new Map<string, string[]>();
    for (const term of this.#vocabulary) {
      if (LATIN_WORD.test(term)) continue;
      const skeleton = cyrillicSkeleton(term);
      const found = skeletons.get(skeleton);
      if (found === undefined) skeletons.set(skeleton, [term]);
      else found.push(term);
    }
    return skeletons;
  }

  /** The stems of the index one edit away from `own` (none for short words). */
  #typos(own: string): string[] {
    if (own.length < TYPO_MIN_LENGTH) return [];
    this.#deletions ??= this.#deletionIndex();
    const candidates = new Set<string>(this.#deletions.get(own) ?? []);
    for (const shorter of deletions(own)) {
      if (this.#documentFrequency.has(shorter)) candidates.add(shorter);
      for (const candidate of this.#deletions.get(shorter) ?? []) candidates.add(candidate);
    }
    return [...candidates].filter((candidate) => editDistance(own, candidate, 1) <= 1);
  }

  #deletionIndex(): Map<string, string[]> {
    const index = new Map<string, string[]>();
    for (const term of this.#vocabulary) {
      if (term.length < TYPO_MIN_LENGTH) continue;
      for (const shorter of deletions(term)) {
        const found = index.get(shorter);
        if (found === undefined) index.set(shorter, [term]);
        else found.push(term);
      }
    }
    return index;
  }

  /** The stems of the index that start with `prefix` and are longer. */
  #longerStems(prefix: string): string[] {
    let low = 0;
    let high = this.#vocabulary.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.#vocabulary[middle] as string) <= prefix) low = middle + 1;
      else high = middle;
    }
    const found: string[] = [];
    for (let i = low; i < this.#vocabulary.length; i++) {
      const candidate = this.#vocabulary[i] as string;
      if (!candidate.startsWith(prefix)) break;
      found.push(candidate);
    }
    return found;
  }

  #clauseScore(document: IndexedDocument, clause: Clause, total: number): number {
    if (clause.exact !== undefined) {
      const exact = document.weights.get(clause.exact);
      if (exact !== undefined) return exact * this.#idf(clause.exact, total);
    }
    let best = 0;
    for (const [candidate, factor] of clause.others) {
      const weight = document.weights.get(candidate);
      if (weight !== undefined) best = Math.max(best, weight * factor * this.#idf(candidate, total));
    }
    return best;
  }

  #idf(term: string, total: number): number {
    const frequency = this.#documentFrequency.get(term) ?? 0;
    return Math.log(1 + (total - frequency + 0.5) / (frequency + 0.5));
  }
}

function withFactor(terms: readonly string[], factor: number): Map<string, number> {
  return new Map(terms.map((term) => [term, factor]));
}
