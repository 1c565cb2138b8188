/*
 * Search that understands Ukrainian well enough for a service catalogue: case, the apostrophe variants, common
 * abbreviations, and word forms (a light suffix stemmer: субсидія, субсидії, субсидію share the stem субсид).
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
  /** The stems of each name and keyword, to prefer a name the query covers closely. */
  readonly titles: readonly ReadonlySet<string>[];
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

const PREFIX_FACTOR = 0.6;
/** Fields of at least this weight (names and keywords) count as titles for {@link closeness}. */
const TITLE_WEIGHT = 3;
const IDENTIFIER_SCORE = 100;

/**
 * How closely the query and one of the document's names or keywords coincide, 0 to 1: twice the name's stems the
 * query matches (exactly or as a prefix) over the stems of both. It ranks «Реєстрація місця проживання» above
 * «Зняття з реєстрації місця проживання» for the query «реєстрація місця проживання».
 */
function closeness(document: IndexedDocument, clauses: readonly { readonly own: string }[]): number {
  let best = 0;
  for (const title of document.titles) {
    if (title.size === 0) continue;
    let covered = 0;
    for (const term of title) {
      if (
        clauses.some(
          (clause) => term === clause.own || (clause.own.length >= 3 && term.startsWith(clause.own)),
        )
      ) {
        covered++;
      }
    }
    best = Math.max(best, (2 * covered) / (title.size + clauses.length));
  }
  return best;
}

/** An inverted index over service documents, built once per catalogue. */
export class SearchIndex {
  readonly #documents: IndexedDocument[];
  readonly #documentFrequency = new Map<string, number>();
  /** Every stem of the index, sorted, to find the stems a query word is a prefix of by binary search. */
  readonly #vocabulary: readonly string[];

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
        titles: document.fields
          .filter((field) => field.weight >= TITLE_WEIGHT)
          .map((field) => new Set(stems(field.text))),
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
    const words = normalizeWords(query).filter((word) => !STOP_WORDS.has(word));
    const clauses = words.map((word) => {
      const own = stem(word);
      return { word, own, longer: own.length >= 3 ? this.#longerStems(own) : [] };
    });
    const total = this.#documents.length;
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
        const clauseScore = this.#clauseScore(document, clause.own, clause.longer, total);
        if (clauseScore > 0) {
          score += clauseScore;
          matched.push(clause.word);
        }
      }
      if (matched.length === 0) continue;
      const coverage = matched.length / clauses.length;
      hits.push({
        id: document.id,
        score: score * coverage * coverage * (1 + closeness(document, clauses)),
        matched,
      });
    }
    return hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
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

  #clauseScore(document: IndexedDocument, term: string, longer: readonly string[], total: number): number {
    const exact = document.weights.get(term);
    if (exact !== undefined) return exact * this.#idf(term, total);
    let best = 0;
    for (const candidate of longer) {
      const weight = document.weights.get(candidate);
      if (weight !== undefined) best = Math.max(best, weight * PREFIX_FACTOR * this.#idf(candidate, total));
    }
    return best;
  }

  #idf(term: string, total: number): number {
    const frequency = this.#documentFrequency.get(term) ?? 0;
    return Math.log(1 + (total - frequency + 0.5) / (frequency + 0.5));
  }
}
