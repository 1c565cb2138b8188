import { describe, expect, it } from 'vitest';
import { getService } from '../default.js';

// Values whose cited provision was read in the official text (issue 14), pinned with the words that carry them: a
// value that drifts from its quote, or a citation that falls back below `text`, fails here.

type Field =
  | 'provider'
  | 'legalBasis'
  | 'result'
  | 'channels'
  | 'fee'
  | 'applicationWindow'
  | 'appeal'
  | 'term';

/** The citation of `act` in the basis of a service's field on a day. */
function cited(service: string, field: Field, asOf: string, act: string) {
  const entry = getService(service, { asOf })[field];
  const basis = entry === undefined ? [] : entry.basis;
  const source = basis.find((candidate) => candidate.id === act && candidate.evidence === 'text');
  expect(source, `${service}.${field} on ${asOf}: a text citation of ${act}`).toBeDefined();
  expect(source?.checkedOn).toBe('2026-11-26');
  expect(source?.provision?.uk).toBeTruthy();
  return source?.quote ?? '';
}

describe('values read in the text of the provision they cite', () => {
  it('charges 1.5 % / 2.5 % of the subsistence minimum for registration, 1.5 % for deregistration (Law 1871-IX Art. 6)', () => {
    const registration = getService('residence-registration', { asOf: '2026-03-02' }).fee;
    expect(registration.value.kind === 'paid' && registration.value.description?.uk).toMatch(/1,5 %.*2,5 %/);
    const quote = cited('residence-registration', 'fee', '2026-03-02', 'law-1871-ix');
    expect(quote).toContain('1,5 відсотка прожиткового мінімуму');
    expect(quote).toContain('2,5 відсотка прожиткового мінімуму');
    // The 30 days of the in-time fee are those of Art. 5 part 1.
    expect(registration.value.kind === 'paid' && registration.value.description?.uk).toContain('30 днів');
    expect(registration.basis.find((source) => source.provision?.uk === 'ч. 1 ст. 5')?.quote).toContain(
      'протягом 30 календарних днів після прибуття',
    );
    const deregistration = cited('residence-deregistration', 'fee', '2026-03-02', 'law-1871-ix');
    expect(deregistration).toContain('за зняття із задекларованого/зареєстрованого місця проживання');
  });

  it('dates Law 1871-IX in the legal basis from 01.12.2021, its entry into force', () => {
    for (const service of ['residence-registration', 'residence-deregistration']) {
      const basis = getService(service, { asOf: '2021-12-01' }).legalBasis;
      expect(basis.from, service).toBe('2021-12-01');
      expect(cited(service, 'legalBasis', '2021-12-01', 'law-1871-ix')).toContain('з 1 грудня 2021 року');
    }
  });

  it('has the social protection unit issue the IDP certificate (Law 1706-VII Art. 4)', () => {
    expect(getService('idp-certificate', { asOf: '2021-01-01' }).provider.value.kind).toBe('uszn');
    const quote = cited('idp-certificate', 'provider', '2021-01-01', 'law-1706-vii');
    expect(quote).toContain('структурного підрозділу з питань соціального захисту населення');
  });

  it('cancels the IDP certificate on the person’s own application, by the head of that unit (Law 1706-VII Art. 12)', () => {
    expect(getService('idp-certificate-cancellation', { asOf: '2026-03-02' }).provider.value.kind).toBe(
      'uszn',
    );
    const quote = cited('idp-certificate-cancellation', 'result', '2026-03-02', 'law-1706-vii');
    expect(quote).toContain('подала заяву про відмову від довідки');
    expect(quote).toContain('керівником структурного підрозділу з питань соціального захисту населення');
  });

  it('rests the care allowance on Law 2109-III Art. 3 and the assistance itself on Art. 1', () => {
    expect(cited('disability-care-allowance', 'result', '2020-01-01', 'law-2109-iii')).toContain(
      'встановлюється надбавка на догляд',
    );
    expect(
      cited('disability-from-childhood-assistance', 'legalBasis', '2020-01-01', 'law-2109-iii'),
    ).toContain('Право на державну соціальну допомогу мають особи з інвалідністю з дитинства');
  });

  it('gives twelve months from the birth to apply for birth assistance (Law 2811-XII Art. 10)', () => {
    const window = getService('birth-assistance', { asOf: '2026-03-02' }).applicationWindow;
    expect(window?.value.within).toEqual({ amount: 12, unit: 'months' });
    expect(cited('birth-assistance', 'applicationWindow', '2026-03-02', 'law-2811-xii')).toContain(
      'не пізніше ніж через дванадцять місяців з дня народження дитини',
    );
  });

  it('rests single-mother assistance on Law 2811-XII Art. 18-1', () => {
    expect(cited('single-mother-assistance', 'legalBasis', '2020-01-01', 'law-2811-xii')).toContain(
      'Право на допомогу на дітей одиноким матерям мають одинокі матері',
    );
  });

  it('rests the appeal before 15.12.2023 on the complaint to the higher body or a court of Law 393/96-ВР Art. 16', () => {
    for (const service of ['birth-assistance', 'residence-registration', 'idp-certificate']) {
      const appeal = getService(service, { asOf: '2020-01-01' }).appeal;
      expect(appeal.value.uk, service).toContain('до органу вищого рівня або до суду');
      const quote = cited(service, 'appeal', '2020-01-01', 'law-393-96-vr');
      expect(quote).toContain('подається у порядку підлеглості вищому органу');
      expect(quote).toContain('права звернутися до суду');
      // Law 5203-VI Art. 20 holds the final provisions, not the appeal: no longer cited for it.
      expect(
        appeal.basis.some((source) => source.id === 'law-5203-vi' && source.provision?.en === 'Art. 20'),
      ).toBe(false);
    }
  });

  it('rests adoption and guardianship assistance on their articles of Law 2811-XII', () => {
    expect(cited('adoption-assistance', 'legalBasis', '2020-01-01', 'law-2811-xii')).toContain(
      'Право на допомогу при усиновленні дитини має особа',
    );
    expect(cited('guardianship-child-assistance', 'legalBasis', '2020-01-01', 'law-2811-xii')).toContain(
      'призначається на підставі рішення про встановлення опіки чи піклування',
    );
  });

  it('decides family assistance within the 10 days of Law 2811-XII Art. 6 from 2026, not the 30-day ceiling', () => {
    const services = [
      'guardianship-child-assistance',
      'maternity-assistance-uninsured',
      'infant-care-assistance',
      'yeyasla-assistance',
    ];
    for (const service of services) {
      const term = getService(service, { asOf: '2026-03-02' }).term;
      expect(term.value, service).toEqual({ kind: 'term', term: { amount: 10, unit: 'calendarDays' } });
      expect(cited(service, 'term', '2026-03-02', 'law-2811-xii')).toContain(
        'протягом 10 днів з дня звернення',
      );
    }
  });

  it('enters the registered residence in the hromada register the same day from 01.12.2021 (Law 1871-IX Art. 10)', () => {
    const term = getService('residence-registration', { asOf: '2021-12-01' }).term;
    expect(term.value).toEqual({ kind: 'sameDay' });
    expect(cited('residence-registration', 'term', '2021-12-01', 'law-1871-ix')).toContain(
      'здійснюється в день подання особою відповідних документів',
    );
  });

  it('decides birth and adoption assistance within 10 days from 2026 by Law 2811-XII Art. 6', () => {
    for (const service of ['birth-assistance', 'adoption-assistance']) {
      const term = getService(service, { asOf: '2026-01-01' }).term;
      expect(term.value, service).toEqual({ kind: 'term', term: { amount: 10, unit: 'calendarDays' } });
      expect(cited(service, 'term', '2026-01-01', 'law-2811-xii')).toContain(
        'протягом 10 днів з дня звернення',
      );
    }
  });
});
