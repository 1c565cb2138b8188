import type { Citation, LocalizedText } from '@vikno/law';
import type {
  Actor,
  LaterChange,
  MaterialPoint,
  ProductKind,
  SeedCitation,
  Step,
  StepVariant,
} from './types.js';

// Small builders that keep the data files readable: a text in both languages, a step of a list (its place, its
// dependency on the step before it), a point of the material.

/** A text in Ukrainian and English. */
export function t(uk: string, en: string): LocalizedText {
  return { uk, en };
}

/** A step as the data files write it; its id, place and dependency are given by {@link stepList}. */
export interface StepDraft {
  readonly slug: string;
  /** The number the seed prints; absent for a row it left unnumbered. */
  readonly seedNumber?: number;
  readonly title: LocalizedText;
  readonly actors: readonly Actor[];
  readonly produces: readonly [ProductKind, LocalizedText];
  readonly recommendations?: readonly LocalizedText[];
  readonly variants?: readonly StepVariant[];
  readonly source: SeedCitation;
  readonly more?: readonly SeedCitation[];
  readonly acts?: readonly Citation[];
  readonly changes?: readonly LaterChange[];
  /**
   * The slugs of the steps it needs first, when not the step before it. The seeds give their steps as ordered
   * lists, so by default each step needs the one before it.
   */
  readonly after?: readonly string[];
}

/** The steps of one list, ids prefixed with `prefix`, numbered from 1, each after the one before it. */
export function stepList(prefix: string, drafts: readonly StepDraft[]): Step[] {
  const ids = new Map(drafts.map((draft, index) => [draft.slug, `${prefix}-${index + 1}-${draft.slug}`]));
  return drafts.map((draft, index) => {
    const before = drafts[index - 1];
    const dependsOn =
      draft.after?.map((slug) => {
        const id = ids.get(slug);
        if (id === undefined) throw new Error(`${prefix}: no step ${slug}`);
        return id;
      }) ?? (before === undefined ? [] : [ids.get(before.slug) as string]);
    return {
      id: ids.get(draft.slug) as string,
      number: index + 1,
      ...(draft.seedNumber === undefined ? {} : { seedNumber: draft.seedNumber }),
      title: draft.title,
      actors: [...draft.actors],
      produces: { kind: draft.produces[0], title: draft.produces[1] },
      dependsOn,
      recommendations: [...(draft.recommendations ?? [])],
      variants: [...(draft.variants ?? [])],
      basis: { sources: [draft.source, ...(draft.more ?? [])], acts: [...(draft.acts ?? [])] },
      changes: [...(draft.changes ?? [])],
    };
  });
}

/** A point of the material with its seed passages. */
export function point(
  id: string,
  text: LocalizedText,
  sources: readonly SeedCitation[],
  acts: readonly Citation[] = [],
  changes?: readonly LaterChange[],
): MaterialPoint {
  return {
    id,
    text,
    basis: { sources: [...sources], acts: [...acts] },
    ...(changes === undefined ? {} : { changes: [...changes] }),
  };
}
