import { describe, expect, it } from 'vitest';
import SONYACHNE from '../../examples/sonyachne-cnap.json' with { type: 'json' };
import { AdoptionError } from '../errors.js';
import { DIIA_CENTRE } from '../material/diia-centre.js';
import { parseCnapProfile } from './cnap-profile.js';
import { diiaCentreSelfAssessmentHtml } from './self-assessment.js';

const PROFILE = parseCnapProfile(SONYACHNE);

describe('the Дія.Центр self-assessment', () => {
  it('lists every criterion of the material with three boxes each, blank to tick by hand', () => {
    const html = diiaCentreSelfAssessmentHtml(PROFILE);
    for (const criterion of DIIA_CENTRE.criteria) expect(html).toContain(`data-criterion="${criterion.id}"`);
    expect(html.match(/<td class="vikno-answer">/g)).toHaveLength(3 * DIIA_CENTRE.criteria.length);
    expect(html).toContain(`Виконано критеріїв: ______ з ${DIIA_CENTRE.criteria.length}`);
  });

  it('ticks the answers given and counts the criteria met', () => {
    const [first, second] = DIIA_CENTRE.criteria;
    const html = diiaCentreSelfAssessmentHtml(PROFILE, {
      answers: { [first?.id ?? '']: 'yes', [second?.id ?? '']: 'partly' },
      notes: { [second?.id ?? '']: 'Немає зони самообслуговування <b>' },
      date: '2026-12-01',
    });
    expect(html).toContain(`Виконано критеріїв: 1 з ${DIIA_CENTRE.criteria.length}`);
    expect(html.match(/aria-label="так">✓/g)).toHaveLength(2);
    expect(html).toContain('Немає зони самообслуговування &lt;b&gt;');
    expect(html).toContain('станом на 01.12.2026');
  });

  it('marks a criterion not worded by the ministry', () => {
    const html = diiaCentreSelfAssessmentHtml(PROFILE);
    const unofficial = DIIA_CENTRE.criteria.filter((criterion) => !criterion.official).length;
    expect(html.match(/title="не з офіційного переліку"/g)?.length ?? 0).toBe(unofficial);
  });

  it('refuses an answer to a criterion it does not have, without naming it', () => {
    try {
      diiaCentreSelfAssessmentHtml(PROFILE, { answers: { 'made-up-criterion': 'yes' } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AdoptionError);
      expect((error as AdoptionError).issues[0]?.path).toBe('options.answers');
      expect((error as AdoptionError).message).not.toContain('made-up-criterion');
    }
  });
});
