import { CivilDate } from '@vikno/deadlines';
import { defaultActRegister } from '@vikno/law';
import { z } from 'zod';
import { DIIA_CENTRE } from '../material/diia-centre.js';
import { type QualityCriterion, QualityCriterion as QualityCriterionSchema } from '../material/types.js';
import { type CnapProfile, parseCnapProfile } from './cnap-profile.js';
import { escapeHtml, printablePage, ukDay } from './html.js';
import { printRefinement, rejectInput } from './messages/index.js';
import { documentHeader, signatures, sourcesHtml, UNVERIFIED_NOTE } from './services.js';

/**
 * A self-assessed answer to a criterion: met (`yes`), partly met (`partly`), not met (`no`); a criterion with no
 * answer prints empty boxes to tick by hand.
 */
export const CriterionAnswer = z.enum(['yes', 'partly', 'no']);
/** A self-assessed answer to a criterion. */
export type CriterionAnswer = z.infer<typeof CriterionAnswer>;

/**
 * The options of {@link diiaCentreSelfAssessmentHtml}: answers and notes by criterion id, the day, the criteria.
 *
 * @example
 * ```ts
 * import { SelfAssessmentOptions } from '@vikno/adoption';
 *
 * SelfAssessmentOptions.safeParse({ answers: { 'no-such-criterion': 'yes' } }).success;
 * //=> false
 * ```
 */
export const SelfAssessmentOptions = z
  .object({
    /** The answers given so far, by criterion id. */
    answers: z.record(z.string().max(80), CriterionAnswer).default({}),
    /** A note per criterion (evidence, what is missing), by criterion id. */
    notes: z.record(z.string().max(80), z.string().min(1).max(1000)).default({}),
    /** The day of the assessment; blank to fill by hand. */
    date: CivilDate.optional(),
    /** The criteria; those of the Дія.Центр material by default. */
    criteria: z.array(QualityCriterionSchema).min(1).max(100).optional(),
  })
  .strict()
  .superRefine((options, context) => {
    const ids = new Set((options.criteria ?? DIIA_CENTRE.criteria).map((criterion) => criterion.id));
    for (const key of [...Object.keys(options.answers), ...Object.keys(options.notes)]) {
      if (!ids.has(key)) {
        context.addIssue({
          code: 'custom',
          path: ['answers'],
          message: printRefinement('UNKNOWN_CRITERION', {}),
        });
        return;
      }
    }
  });
/** Options of {@link diiaCentreSelfAssessmentHtml}. */
export type SelfAssessmentOptions = z.input<typeof SelfAssessmentOptions>;

const ANSWERS: readonly { readonly answer: CriterionAnswer; readonly label: string }[] = [
  { answer: 'yes', label: 'Так' },
  { answer: 'partly', label: 'Частково' },
  { answer: 'no', label: 'Ні' },
];

function box(checked: boolean): string {
  return checked ? '<span class="vikno-box" aria-label="так">✓</span>' : '<span class="vikno-box"></span>';
}

function criterionSources(criterion: QualityCriterion): string {
  const seeds = criterion.basis.sources.map((source) => `${source.heading} (${source.seed})`);
  const acts = criterion.basis.acts.map((citation) => defaultActRegister().cite(citation));
  return [
    ...seeds.map((seed) => escapeHtml(seed)),
    ...acts.map(
      (act) => `${escapeHtml(act.act.uk)}${act.provision ? `, ${escapeHtml(act.provision.uk)}` : ''}`,
    ),
  ].join('<br>');
}

/**
 * The quality criteria of a Дія.Центр as a printable self-assessment checklist for one CNAP: a numbered table of the
 * criteria, each with boxes for «Так», «Частково», «Ні» (ticked where `answers` says), room for a note, whether the
 * wording comes from the ministry's own list, and its sources; then the count of criteria met and the signatures.
 *
 * @param profile - the CNAP's profile.
 * @param options - `answers` and `notes` by criterion id, the `date`, and `criteria` of your own (those of
 * `DIIA_CENTRE` by default).
 * @returns a whole HTML document (A4, print CSS inline).
 * @throws {@link AdoptionError} `INVALID_INPUT` for a profile or options that are not valid, or an answer to a
 * criterion the list does not have.
 * @example
 * ```ts
 * import { DIIA_CENTRE, diiaCentreSelfAssessmentHtml } from '@vikno/adoption';
 *
 * const first = DIIA_CENTRE.criteria[0]?.id ?? '';
 * diiaCentreSelfAssessmentHtml(profile, { answers: { [first]: 'yes' }, date: '2026-12-01' });
 * ```
 */
export function diiaCentreSelfAssessmentHtml(
  profile: CnapProfile,
  options: SelfAssessmentOptions = {},
): string {
  const cnap = parseCnapProfile(profile);
  const parsed = SelfAssessmentOptions.safeParse(options ?? {});
  if (!parsed.success) rejectInput('options', parsed.error);
  const { answers, notes, date } = parsed.data;
  const criteria = parsed.data.criteria ?? DIIA_CENTRE.criteria;
  const rows = criteria.map((criterion, index) => {
    const given = answers[criterion.id];
    const note = notes[criterion.id];
    return `<tr data-criterion="${escapeHtml(criterion.id)}"><td>${index + 1}</td><td>${escapeHtml(criterion.text.uk)}${
      criterion.official ? '' : ' <sup title="не з офіційного переліку">*</sup>'
    }</td>${ANSWERS.map(({ answer }) => `<td class="vikno-answer">${box(given === answer)}</td>`).join('')}<td>${
      note === undefined ? '&nbsp;' : escapeHtml(note)
    }</td><td class="vikno-sources">${criterionSources(criterion)}</td></tr>`;
  });
  const met = criteria.filter((criterion) => answers[criterion.id] === 'yes').length;
  const answered = criteria.filter((criterion) => answers[criterion.id] !== undefined).length;
  const body = [
    documentHeader(
      cnap,
      'Самооцінювання ЦНАП за критеріями якості Дія.Центру',
      `станом на ${date === undefined ? '«___» ____________ 20___ р.' : ukDay(date)}`,
    ),
    '<table>',
    `<thead><tr><th>№</th><th>Критерій</th>${ANSWERS.map(({ label }) => `<th>${label}</th>`).join(
      '',
    )}<th>Підтвердження, що бракує</th><th>Джерело</th></tr></thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
    `<p>Виконано критеріїв: ${answered === 0 ? '______' : met} з ${criteria.length}</p>`,
    '<p class="vikno-note">* Формулювання критерію взято з методичного матеріалу, не з офіційного переліку Мінцифри.</p>',
    '<h3>Джерела</h3>',
    sourcesHtml(
      criteria.flatMap((criterion) =>
        criterion.basis.acts.map((citation) => defaultActRegister().cite(citation)),
      ),
    ),
    UNVERIFIED_NOTE,
    signatures(['Керівник ЦНАП', 'Заступник голови громади']),
  ].join('\n');
  return printablePage({
    title: 'Самооцінювання за критеріями Дія.Центру',
    body,
    kind: 'diia-centre-self-assessment',
  });
}
