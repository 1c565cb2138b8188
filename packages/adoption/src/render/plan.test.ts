import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import SONYACHNE from '../../examples/sonyachne-cnap.json' with { type: 'json' };
import { AdoptionError } from '../errors.js';
import { adoptionPlan } from '../plan/plan.js';
import { markDone, markStarted, progressOf, reschedule } from '../plan/progress.js';
import { parseCnapProfile } from '../print/cnap-profile.js';
import { escapeHtml } from '../print/html.js';
import { planChecklistHtml, planChecklistMarkdown, planGantt } from './plan.js';

const PROFILE = parseCnapProfile(SONYACHNE);
const PLAN = adoptionPlan('III', PROFILE, { start: '2026-12-01' });
const TASK = /^ {2}\d+\. [^:;#\n]+ :(?:done, |active, )?s\d+, \d{4}-\d{2}-\d{2}, \d{4}-\d{2}-\d{2}$/;

describe('the plan as a checklist and a chart', () => {
  it('lists every step with its dates, owners and product, in Markdown', () => {
    const markdown = planChecklistMarkdown(PLAN);
    expect(markdown.match(/^- \[ \] \*\*/gm)).toHaveLength(PLAN.steps.length);
    expect(markdown).toContain('01.12.2026');
    expect(markdown).toContain('Виконавці: Орган місцевого самоврядування');
    expect(markdown).toContain('`servicesToAgreeHtml`');
  });

  it('ticks what was done and marks what was started, after rescheduling', () => {
    const [first, second] = PLAN.steps;
    let progress = markDone(PLAN, progressOf(PLAN), first?.id ?? '', '2026-12-04');
    progress = markStarted(PLAN, progress, second?.id ?? '', '2026-12-07');
    const later = reschedule(PLAN, progress, '2026-12-08');
    const markdown = planChecklistMarkdown(later);
    expect(markdown).toMatch(/^- \[x\] \*\*1\./m);
    expect(markdown).toMatch(/^- \[~\] \*\*2\./m);
    const html = planChecklistHtml(later);
    expect(html).toContain(`data-step="${first?.id}" data-status="done"`);
    const gantt = planGantt(later);
    expect(gantt).toContain(':done, s1, ');
    expect(gantt).toContain(':active, s2, ');
  });

  it('writes a Gantt chart Mermaid reads: one task line a step, its end the day after its last day', () => {
    const gantt = planGantt(PLAN);
    const tasks = gantt.split('\n').filter((line) => /^ {2}\d+\./.test(line));
    expect(tasks).toHaveLength(PLAN.steps.length);
    for (const line of tasks) expect(line).toMatch(TASK);
    const first = PLAN.steps[0];
    expect(tasks[0]).toContain(`${first?.start}, `);
  });

  it('refuses what is not a plan', () => {
    expect(() => planGantt({ format: 'x' } as never)).toThrow(AdoptionError);
  });

  test.prop([fc.string({ minLength: 1, maxLength: 80 })], { numRuns: 60 })(
    'keeps a hostile council name text in all three',
    (name) => {
      const plan = adoptionPlan('I', parseCnapProfile({ ...SONYACHNE, hromada: { uk: name, en: name } }), {
        start: '2026-12-01',
      });
      expect(planChecklistHtml(plan)).toContain(escapeHtml(name));
      expect(planChecklistHtml(plan)).not.toMatch(/<script/i);
      const title = planGantt(plan).split('\n')[1] ?? '';
      expect(title).not.toMatch(/[:;#]/);
      expect(
        planGantt(plan)
          .split('\n')
          .filter((line) => /^ {2}\d+\./.test(line))
          .every((line) => TASK.test(line)),
      ).toBe(true);
      expect(planChecklistMarkdown(plan).split('\n')[0]).not.toMatch(/(^|[^\\])[<[`]/);
    },
  );
});

describe('a plan with hostile own properties', () => {
  it('renders from its checked copy, so an array whose own constructor is text does not crash the host', () => {
    // Found by the fuzz suite (seed 1889793073): `owners.map` read the array's own `constructor` and threw a
    // TypeError, as the renderers used the argument, not what the schema had checked.
    const [first, ...rest] = PLAN.steps;
    if (first === undefined) throw new Error('the plan has steps');
    const owners = Object.assign([...first.owners], { constructor: 'not a constructor' });
    const steps = Object.assign([{ ...first, owners }, ...rest], { constructor: 'neither' });
    const hostile = { ...PLAN, steps };
    for (const render of [planChecklistMarkdown, planChecklistHtml, planGantt]) {
      expect(render(hostile as never)).toBe(render(PLAN));
    }
  });
});
