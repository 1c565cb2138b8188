import { LegalSource } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import { MARCH, marchRecords } from '../test/march.js';
import { MonitoringError } from './errors.js';
import { CNAP_INDICATORS, CNAP_MONITORING_BASIS, indicatorValues } from './indicators.js';
import { timelinessReport } from './report.js';

describe('CNAP_INDICATORS', () => {
  it('has each key once, every source a citation of the register with its evidence', () => {
    const keys = CNAP_INDICATORS.map((indicator) => indicator.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const indicator of CNAP_INDICATORS) {
      expect(indicator.basis.length).toBeGreaterThan(0);
      for (const source of indicator.basis) {
        expect(LegalSource.safeParse(source).success).toBe(true);
        expect(source.evidence).toBeDefined();
        expect(source.checkedOn).toBe('2026-11-26');
      }
      expect(indicator.why.uk.length).toBeGreaterThan(0);
      expect(indicator.why.en.length).toBeGreaterThan(0);
    }
  });

  it('says which cannot be computed from cases', () => {
    expect(
      CNAP_INDICATORS.filter((indicator) => !indicator.computable).map((indicator) => indicator.key),
    ).toEqual([
      'loyaltyIndex',
      'satisfactionShare',
      'averageWaitingMinutes',
      'peopleServed',
      'feedbackReceived',
      'servicesByField',
    ]);
  });

  it('rests on what was read: the 864 procedure’s loyalty index and Law 5203-VI by their text, volumes on nothing read', () => {
    const basis = (key: string) => CNAP_INDICATORS.find((indicator) => indicator.key === key)?.basis ?? [];
    expect(basis('loyaltyIndex').map((source) => [source.id, source.evidence])).toEqual([
      ['kmu-864-2021', 'text'],
    ]);
    expect(basis('decisionsOnTimeShare')[0]).toMatchObject({
      id: 'law-5203-vi',
      evidence: 'text',
      provision: { en: 'Art. 10 parts 1–2' },
    });
    expect(basis('transfersOnTimeShare')[0]).toMatchObject({
      id: 'law-5203-vi',
      evidence: 'text',
      provision: { en: 'Art. 13 part 4 item 2' },
    });
    expect(basis('applicationsReceived')[0]).toMatchObject({
      id: 'kmu-864-2021',
      evidence: 'none',
      verified: false,
    });
    // A volume rests on the procedure's wording alone, which was not read: nothing read may lend it a level.
    for (const key of ['applicationsReceived', 'applicationsRegistered', 'leftWithoutMovement', 'returned']) {
      expect(basis(key).map((source) => source.evidence)).toEqual(['none']);
    }
    // The ground of the whole list: the Cabinet sets the indicators (Law 5203-VI Art. 7 part 4, its text).
    expect(CNAP_MONITORING_BASIS.map((source) => [source.id, source.evidence, source.provision?.en])).toEqual(
      [
        ['law-5203-vi', 'text', 'Art. 7 part 4'],
        ['kmu-864-2021', 'text', 'point 2 subpoint 1'],
      ],
    );
    expect(basis('averageWaitingMinutes')[0]).toMatchObject({
      id: 'diia-guide-cnap-quarterly-reports',
      evidence: 'secondary',
    });
  });
});

describe('indicatorValues', () => {
  const report = timelinessReport(marchRecords(), { ...MARCH, groupBy: ['model'] });

  it('values every computable indicator from the report’s total, in the order of CNAP_INDICATORS', () => {
    const values = indicatorValues(report);
    expect(values.map((value) => value.key)).toEqual(
      CNAP_INDICATORS.filter((indicator) => indicator.computable).map((indicator) => indicator.key),
    );
    const value = (key: string) => values.find((each) => each.key === key)?.value;
    const { total } = report;
    expect(value('applicationsReceived')).toBe(total.received);
    expect(value('applicationsReceived')).toBe(8);
    expect(value('withdrawn')).toBe(1);
    expect(value('decisionsOnTime')).toBe(total.terms.decision.metOnTime);
    expect(value('decisionsLate')).toBe(1);
    expect(value('decisionsOverdueNow')).toBe(total.terms.decision.overdue);
    const { metOnTime, metLate } = total.terms.decision;
    expect(value('decisionsOnTimeShare')).toBe(Math.round((metOnTime / (metOnTime + metLate)) * 1e4) / 1e4);
    expect(value('decisionsOnTimeShare')).toBe(0.75);
    expect(values.find((each) => each.key === 'decisionsOnTimeShare')).toMatchObject({
      title: 'Частка рішень, ухвалених вчасно',
      unit: 'share',
    });
  });

  it('values one group on request, titles in English', () => {
    const index = report.groups.findIndex((group) => group.key.model === 'III');
    const values = indicatorValues(report, { group: index, language: 'en' });
    const group = report.groups[index];
    expect(values.find((each) => each.key === 'applicationsReceived')).toMatchObject({
      title: 'Applications received',
      value: group?.received,
    });
    expect(values.find((each) => each.key === 'transfersOnTimeShare')?.value).toBe(
      Math.round(
        ((group?.terms.transfer.metOnTime ?? 0) /
          ((group?.terms.transfer.metOnTime ?? 0) + (group?.terms.transfer.metLate ?? 0))) *
          1e4,
      ) / 1e4,
    );
  });

  it('gives no share where nothing was met, and refuses a group past the report', () => {
    const empty = timelinessReport([], { ...MARCH, groupBy: [] });
    expect(indicatorValues(empty).find((each) => each.key === 'decisionsOnTimeShare')?.value).toBeNull();
    expect(() => indicatorValues(report, { group: report.groups.length })).toThrow(MonitoringError);
    expect(() => indicatorValues({} as never)).toThrow(MonitoringError);
    expect(() => indicatorValues(report, { language: 'fr' } as never)).toThrow(MonitoringError);
  });
});
