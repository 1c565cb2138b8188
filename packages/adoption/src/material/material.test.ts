import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Citation, defaultActRegister } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DIIA_CENTRE } from './diia-centre.js';
import { FRONT_OFFICE } from './front-office.js';
import { MODELS } from './models.js';
import { PRACTICES } from './practices.js';
import {
  AdoptionModel,
  DiiaCentrePath,
  FrontOfficeModel,
  Practice,
  type SeedCitation,
  SeedFile,
  type Step,
} from './types.js';

const SEEDS = join(import.meta.dirname, '../../../../..', 'shared', 'seeds');
const seedText = new Map(
  SeedFile.options.map((file) => [file, normalise(readFileSync(join(SEEDS, `${file}.txt`), 'utf8'))]),
);

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Every seed citation and act citation in a value, found by shape. */
function collect(value: unknown, out: { seeds: SeedCitation[]; acts: Citation[] }) {
  if (Array.isArray(value)) for (const item of value) collect(item, out);
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record.seed === 'string' && typeof record.quote === 'string')
      out.seeds.push(value as SeedCitation);
    if (Array.isArray(record.acts)) out.acts.push(...(record.acts as Citation[]));
    for (const item of Object.values(record)) collect(item, out);
  }
  return out;
}

const ALL = { MODELS, DIIA_CENTRE, FRONT_OFFICE, PRACTICES };
const found = collect(ALL, { seeds: [], acts: [] });
const lists: Record<string, readonly Step[]> = {
  'model I': MODELS.I.steps,
  'model II': MODELS.II.steps,
  'model III': MODELS.III.steps,
  'Дія.Центр': DIIA_CENTRE.steps,
  roadmap: FRONT_OFFICE.roadmap,
};

describe('the material', () => {
  it('is valid data', () => {
    for (const model of Object.values(MODELS)) AdoptionModel.parse(model);
    DiiaCentrePath.parse(DIIA_CENTRE);
    FrontOfficeModel.parse(FRONT_OFFICE);
    z.array(Practice).parse(PRACTICES);
  });

  it('quotes every seed verbatim (spacing aside; `…` joins words read apart)', () => {
    expect(found.seeds.length).toBeGreaterThan(150);
    for (const citation of found.seeds) {
      const text = seedText.get(citation.seed) ?? '';
      for (const part of normalise(citation.quote).split('…')) {
        expect(text, `${citation.seed}: «${part.trim()}»`).toContain(part.trim());
      }
    }
  });

  it('cites every act through the register', () => {
    const register = defaultActRegister();
    const cited = new Set<string>();
    for (const citation of found.acts) cited.add(register.cite(citation).id);
    for (const act of [
      'kmu-order-523-2014',
      'mlsp-letter-968-2020',
      'mlsp-order-723-2019',
      'mlsp-order-45-2020',
    ]) {
      expect(cited).toContain(act);
    }
    expect(cited).toContain('kmu-766-2025');
  });

  it('gives every list its steps in the seed’s order, each after what it depends on', () => {
    expect(Object.fromEntries(Object.entries(lists).map(([name, steps]) => [name, steps.length]))).toEqual({
      'model I': 14,
      'model II': 8,
      'model III': 9,
      'Дія.Центр': 15,
      roadmap: 13,
    });
    const ids = new Set<string>();
    for (const steps of Object.values(lists)) {
      const seen = new Set<string>();
      for (const [index, step] of steps.entries()) {
        expect(step.number).toBe(index + 1);
        for (const need of step.dependsOn) expect(seen, `${step.id} needs ${need}`).toContain(need);
        expect(ids).not.toContain(step.id);
        ids.add(step.id);
        seen.add(step.id);
      }
    }
  });

  it('keeps the seed’s own numbers, and leaves unnumbered what the seed left so', () => {
    expect(MODELS.I.steps.map((step) => step.seedNumber ?? null)).toEqual([
      1,
      2,
      3,
      4,
      5,
      6,
      7,
      8,
      9,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(MODELS.II.steps.map((step) => step.seedNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(MODELS.III.steps.map((step) => step.seedNumber ?? null)).toEqual([1, 2, 3, 4, 5, 6, null, 7, 8]);
  });

  it('lists each strength and weakness once', () => {
    const counts = Object.fromEntries(
      Object.values(MODELS).map((model) => [model.id, [model.strengths.length, model.weaknesses.length]]),
    );
    expect(counts).toEqual({ I: [9, 8], II: [5, 5], III: [4, 6] });
    const ids = Object.values(MODELS).flatMap((model) =>
      [...model.strengths, ...model.weaknesses].map((a) => a.id),
    );
    expect(new Set(ids).size).toBe(ids.length);
    for (const model of Object.values(MODELS)) {
      for (const item of model.strengths) expect([item.model, item.side]).toEqual([model.id, 'strength']);
      for (const item of model.weaknesses) expect([item.model, item.side]).toEqual([model.id, 'weakness']);
    }
  });

  it('dates the 2025 move to the Pension Fund on the steps it changes, citing its acts', () => {
    for (const model of Object.values(MODELS)) {
      for (const kind of ['letter', 'serviceList', 'agreement', 'cards'] as const) {
        const steps = model.steps.filter(
          (step) => step.produces.kind === kind && !step.id.includes('encryption'),
        );
        expect(steps.length, `${model.id} ${kind}`).toBeGreaterThan(0);
        for (const step of steps) {
          expect(step.changes.map((change) => change.from)).toEqual(['2025-07-01']);
          expect(step.changes[0]?.acts.map((act) => act.act)).toEqual(
            expect.arrayContaining([
              'kmu-695-2025',
              'kmu-765-2025',
              'kmu-766-2025',
              'pfu-transfer-2025-07-01',
            ]),
          );
        }
      }
    }
  });

  it('holds the Дія.Центр criteria as the seed’s areas, not as the ministry’s list', () => {
    expect(DIIA_CENTRE.criteriaCount).toBe(12);
    expect(DIIA_CENTRE.criteria).toHaveLength(7);
    expect(
      DIIA_CENTRE.criteria.every((criterion) => !criterion.official && criterion.basis.acts.length === 0),
    ).toBe(true);
  });

  it('holds the front office’s algorithm, indicators and the practices', () => {
    expect(FRONT_OFFICE.components).toHaveLength(2);
    expect(FRONT_OFFICE.algorithm).toHaveLength(6);
    expect(FRONT_OFFICE.indicators.map((indicator) => indicator.kind)).toEqual([
      'progress',
      'progress',
      'progress',
      'progress',
      'pilot',
      'pilot',
      'pilot',
      'pilot',
    ]);
    expect(
      FRONT_OFFICE.indicators
        .find((indicator) => indicator.id === 'pilot-children-service')
        ?.shares.map((share) => share.percent),
    ).toEqual([40, 64, 40, 30]);
    expect(PRACTICES).toHaveLength(8);
  });
});
