import type { LocalizedText } from '@vikno/law';
import { z } from 'zod';
import type { Actor } from '../material/types.js';
import type { AdoptionPlan, PlanDocument, PlanStep } from '../plan/plan.js';
import type { RescheduledPlan, StepStatus } from '../plan/progress.js';
import { escapeHtml, printablePage, ukDay } from '../print/html.js';
import { rejectInput } from '../print/messages/index.js';

/**
 * Who acts in a step, in people's words, as the plan's checklist and chart print them.
 *
 * @example
 * ```ts
 * import { ACTOR_LABELS } from '@vikno/adoption';
 *
 * ACTOR_LABELS.pensionFund.uk;
 * //=> 'Територіальний орган Пенсійного фонду України'
 * ```
 */
export const ACTOR_LABELS: Readonly<Record<Actor, LocalizedText>> = {
  hromadaCouncil: {
    uk: 'Орган місцевого самоврядування (рада громади, виконком)',
    en: 'The hromada’s council',
  },
  cnap: { uk: 'ЦНАП', en: 'The CNAP' },
  socialProtectionBody: {
    uk: 'Орган соціального захисту населення (УСЗН)',
    en: 'The social protection body',
  },
  pensionFund: {
    uk: 'Територіальний орган Пенсійного фонду України',
    en: 'The Pension Fund’s territorial body',
  },
  oblastSocialProtection: {
    uk: 'Орган соціального захисту населення ОДА',
    en: 'The oblast administration’s social protection department',
  },
  ministryComputingCentre: { uk: 'ДП «ІОЦ Мінсоцполітики України»', en: 'The ministry’s computing centre' },
  districtAdministration: { uk: 'Районна державна адміністрація', en: 'The district state administration' },
  digitalTransformationMinistry: { uk: 'Мінцифри', en: 'The Ministry of Digital Transformation' },
  centralExecutiveBodies: { uk: 'Центральні органи виконавчої влади', en: 'Central executive bodies' },
  socialUnit: { uk: 'Уповноважений соціальний підрозділ громади', en: 'The hromada’s social unit' },
};

const DOCUMENT_LABELS: Readonly<Record<PlanDocument, string>> = {
  servicesToAgree: 'перелік послуг — `servicesToAgreeHtml`, `vikno plan`',
  cards: 'картки для рішення ради — `cardsDocument`, `vikno cards`',
  transferRegister: 'реєстр передавання — `transferRegisterHtml`',
  applicationJournal: 'журнал реєстрації заяв — `applicationJournalHtml`',
  selfAssessment: 'самооцінювання — `diiaCentreSelfAssessmentHtml`',
};

const STATUS_MARK: Readonly<Record<StepStatus, string>> = { done: 'x', started: '~', planned: ' ' };

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Text = z.object({ uk: z.string().min(1).max(2000), en: z.string().min(1).max(2000) }).loose();

/** A plan as the renderers read it: every field they print checked, the rest left as it is. */
const PlanShape = z
  .object({
    format: z.literal('vikno.adoption-plan'),
    model: z.enum(['I', 'II', 'III']),
    start: Day,
    end: Day,
    hromada: Text,
    steps: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/),
            number: z.int().min(1).max(50),
            title: Text,
            owners: z.array(z.string().max(40)).min(1).max(10),
            dependsOn: z.array(z.string().max(80)).max(10),
            produces: z.object({ kind: z.string().max(40), title: Text }).loose(),
            document: z
              .enum(['servicesToAgree', 'cards', 'transferRegister', 'applicationJournal', 'selfAssessment'])
              .optional(),
            start: Day,
            end: Day,
            workingDays: z.int().min(0).max(400),
            changes: z.array(z.object({ from: Day, what: Text }).loose()).max(10),
            status: z.enum(['done', 'started', 'planned']).optional(),
          })
          .loose(),
      )
      .min(1)
      .max(50),
  })
  .loose();

function checked(plan: unknown): AdoptionPlan | RescheduledPlan {
  const parsed = PlanShape.safeParse(plan);
  if (!parsed.success) rejectInput('plan', parsed.error);
  // The parsed copy, never the argument: its arrays and objects are rebuilt, so a hostile own property (an array's
  // `constructor`, a getter) cannot reach the renderers' map and join.
  return parsed.data as unknown as AdoptionPlan | RescheduledPlan;
}

function statusOf(step: PlanStep): StepStatus {
  return 'status' in step ? (step.status as StepStatus) : 'planned';
}

function owners(step: PlanStep): string {
  return step.owners.map((owner) => ACTOR_LABELS[owner as Actor]?.uk ?? owner).join('; ');
}

/** A Markdown text shown literally (no link, tag, emphasis or table cell can start inside it). */
function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>|&#]/g, '\\$&').replace(/\s*[\r\n]+\s*/g, ' ');
}

/**
 * A plan as a Markdown checklist in Ukrainian: a line a step with a box (`[x]` done, `[~]` started, `[ ]` planned, for
 * a rescheduled plan), its dates, owners, what it produces and the document of this package that prepares it, and
 * what it depends on. Every text from the data or the profile is escaped.
 *
 * @param plan - a plan from {@link adoptionPlan}, or one from {@link reschedule}.
 * @returns Markdown.
 * @throws {@link AdoptionError} `INVALID_INPUT` for something that is not a plan.
 * @example
 * ```ts
 * import { adoptionPlan, planChecklistMarkdown } from '@vikno/adoption';
 *
 * console.log(planChecklistMarkdown(adoptionPlan('III', profile, { start: '2026-12-01' })));
 * // - [ ] **1. …** (01.12.2026–14.12.2026, 10 роб. дн.) …
 * ```
 */
export function planChecklistMarkdown(plan: AdoptionPlan | RescheduledPlan): string {
  const valid = checked(plan);
  const numberOf = new Map(valid.steps.map((step) => [step.id, step.number]));
  const lines = [
    `# План впровадження моделі ${valid.model}: ${markdownText(valid.hromada.uk)}`,
    '',
    `${ukDay(valid.start)} — ${ukDay(valid.end)}`,
    '',
    ...valid.steps.map((step) => {
      const after = step.dependsOn.map((id) => numberOf.get(id)).filter((number) => number !== undefined);
      return [
        `- [${STATUS_MARK[statusOf(step)]}] **${step.number}. ${markdownText(step.title.uk)}** (${ukDay(step.start)}–${ukDay(
          step.end,
        )}, ${step.workingDays} роб. дн.)`,
        `  - Виконавці: ${markdownText(owners(step))}`,
        `  - Результат: ${markdownText(step.produces.title.uk)}${step.document === undefined ? '' : ` (${DOCUMENT_LABELS[step.document]})`}`,
        ...(after.length > 0 ? [`  - Після кроків: ${after.join(', ')}`] : []),
        ...step.changes.map(
          (change) => `  - Зміна закону (з ${ukDay(change.from)}): ${markdownText(change.what.uk)}`,
        ),
      ].join('\n');
    }),
    '',
    'Тривалість кроків — припущення для планування (не строки, встановлені законом); громада задає свої.',
    '',
  ];
  return lines.join('\n');
}

/**
 * A plan as a printable HTML checklist (A4, print CSS inline): a table of the steps with a box each (ticked when
 * done), the dates, owners, product and dependencies. Every text escaped.
 *
 * @param plan - a plan from {@link adoptionPlan}, or one from {@link reschedule}.
 * @returns a whole HTML document.
 * @throws {@link AdoptionError} `INVALID_INPUT` for something that is not a plan.
 * @example
 * ```ts
 * import { adoptionPlan, planChecklistHtml } from '@vikno/adoption';
 *
 * writeFileSync('plan.html', planChecklistHtml(adoptionPlan('III', profile, { start: '2026-12-01' })));
 * ```
 */
export function planChecklistHtml(plan: AdoptionPlan | RescheduledPlan): string {
  const valid = checked(plan);
  const numberOf = new Map(valid.steps.map((step) => [step.id, step.number]));
  const rows = valid.steps.map((step) => {
    const status = statusOf(step);
    const after = step.dependsOn.map((id) => numberOf.get(id)).filter((number) => number !== undefined);
    const changes = step.changes.map(
      (change) => `<br><em>Зміна закону (з ${ukDay(change.from)}): ${escapeHtml(change.what.uk)}</em>`,
    );
    return `<tr data-step="${escapeHtml(step.id)}" data-status="${status}"><td>${
      status === 'done' ? '<span class="vikno-box">✓</span>' : '<span class="vikno-box"></span>'
    }</td><td>${step.number}</td><td>${escapeHtml(step.title.uk)}${changes.join('')}</td><td>${escapeHtml(
      owners(step),
    )}</td><td>${escapeHtml(step.produces.title.uk)}</td><td>${ukDay(step.start)}–${ukDay(step.end)}</td><td>${
      after.length > 0 ? after.join(', ') : '—'
    }</td></tr>`;
  });
  const body = [
    `<p class="vikno-meta">${escapeHtml(valid.hromada.uk)}</p>`,
    `<h1>План впровадження моделі ${escapeHtml(valid.model)}</h1>`,
    `<p class="vikno-meta">${ukDay(valid.start)} — ${ukDay(valid.end)}</p>`,
    '<table>',
    '<thead><tr><th>✓</th><th>№</th><th>Крок</th><th>Виконавці</th><th>Результат</th><th>Строки</th><th>Після кроків</th></tr></thead>',
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
    '<p class="vikno-note">Тривалість кроків — припущення для планування (не строки, встановлені законом); громада задає свої. Дати — робочі дні за календарем @vikno/deadlines.</p>',
  ].join('\n');
  return printablePage({
    title: `План впровадження моделі ${valid.model}`,
    body,
    landscape: true,
    kind: 'adoption-plan',
  });
}

/** A task name Mermaid reads as text: no `:`, `#` or `;` (its syntax), no line breaks, short. */
function ganttText(text: string): string {
  const clean = text
    .replace(/[:;#]/g, ' ')
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > 70 ? `${clean.slice(0, 69)}…` : clean;
}

/**
 * A plan as a Mermaid Gantt chart: a section per lead owner, a bar a step from its first to its last working day,
 * marked `done` or `active` for a rescheduled plan. Mermaid draws calendar days, so a bar spans the weekends inside
 * it; the plan's own dates are working days.
 *
 * @param plan - a plan from {@link adoptionPlan}, or one from {@link reschedule}.
 * @returns the chart's Mermaid source (paste it in a ```` ```mermaid ```` block).
 * @throws {@link AdoptionError} `INVALID_INPUT` for something that is not a plan.
 * @example
 * ```ts
 * import { adoptionPlan, planGantt } from '@vikno/adoption';
 *
 * planGantt(adoptionPlan('III', profile, { start: '2026-12-01' })).split('\n')[0];
 * //=> 'gantt'
 * ```
 */
export function planGantt(plan: AdoptionPlan | RescheduledPlan): string {
  const valid = checked(plan);
  const sections = new Map<string, PlanStep[]>();
  for (const step of valid.steps) {
    const lead = step.owners[0] ?? 'hromadaCouncil';
    sections.set(lead, [...(sections.get(lead) ?? []), step]);
  }
  const lines = [
    'gantt',
    `  title ${ganttText(`Модель ${valid.model} — ${valid.hromada.uk}`)}`,
    // The chart's name for screen readers (Mermaid writes it as the drawing's <title>).
    `  accTitle: ${ganttText(`План впровадження моделі ${valid.model} — ${valid.hromada.uk}`)}`,
    '  dateFormat YYYY-MM-DD',
    '  axisFormat %d.%m',
  ];
  for (const [lead, steps] of sections) {
    lines.push(`  section ${ganttText(ACTOR_LABELS[lead as Actor]?.uk ?? lead)}`);
    for (const step of steps) {
      const status = statusOf(step);
      const tag = status === 'done' ? 'done, ' : status === 'started' ? 'active, ' : '';
      // Mermaid's end date is exclusive: the day after the last working day closes the bar on it.
      const endExclusive = new Date(Date.parse(`${step.end}T00:00:00Z`) + 86_400_000)
        .toISOString()
        .slice(0, 10);
      lines.push(
        `  ${step.number}. ${ganttText(step.title.uk)} :${tag}s${step.number}, ${step.start}, ${endExclusive}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
