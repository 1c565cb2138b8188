import {
  CatalogError, coverageGaps, describeFee, describeServiceTerm, describeWindow, getService, IssuesError,
  validateServices, valueAt,
} from '@vikno/catalog';
import { buildChecklist, type Condition, evaluate, unknownFacts, validUntil } from '@vikno/checklists';
import { describeTerm } from '@vikno/deadlines';
import {
  addCase, caseMachine, closeRegister, createCase, dispatchRegister, endTerm, nextSequence, openRegister,
  pauseTerm, persistCase, removeCase, restoreCase, resumeTerm, sendCaseEvent, startTerm, WorkflowError,
} from '@vikno/workflows';

const show = (label: string, v: unknown) => console.log(label, '=>', JSON.stringify(v, (_k, x) => (x === undefined ? '<undefined>' : x)));

console.log('--- valueAt');
{
  const { record } = getService('idp-living-allowance', { asOf: '2026-03-02' });
  show('2025-06-30', valueAt(record.provider, '2025-06-30')?.value.kind);
  show('2025-07-01', valueAt(record.provider, '2025-07-01')?.value.kind);
  show('avail 2022-03-19', valueAt(record.available, '2022-03-19'));
  show('term 2022-08-18', valueAt(record.term, '2022-08-18')?.value);
}
console.log('--- coverageGaps');
{
  const { record } = getService('idp-living-allowance', { asOf: '2026-03-02' });
  show('full', coverageGaps(record.term, { from: '2022-03-20' }));
  show('slice1', coverageGaps(record.term.slice(1), { from: '2022-03-20' }));
  show('slice0', coverageGaps(record.term.slice(0, 1), { from: '2022-03-20' }));
  show('slice1 open', coverageGaps(record.term.slice(1), {}));
  show('available', record.available);
}
console.log('--- describeFee');
show('free', describeFee({ kind: 'free' }));
show('paid', describeFee({ kind: 'paid', amount: 42.5, currency: 'UAH' }));
show('residence', describeFee(getService('residence-registration', { asOf: '2026-03-02' }).fee.value).map((l) => l.en));
show('residence uk', describeFee(getService('residence-registration', { asOf: '2026-03-02' }).fee.value)[0]);
console.log('--- describeServiceTerm');
show('idp', describeServiceTerm(getService('idp-living-allowance', { asOf: '2026-03-02' }).term.value));
show('res', describeServiceTerm(getService('residence-registration', { asOf: '2026-03-02' }).term.value));
show('dis', describeServiceTerm(getService('disability-from-childhood-assistance', { asOf: '2026-03-02' }).term.value));
console.log('--- describeWindow');
{
  const { applicationWindow } = getService('birth-assistance', { asOf: '2026-03-02' });
  show('birth', applicationWindow && describeWindow(applicationWindow.value));
  const f = getService('funeral-assistance-uninsured', { asOf: '2026-03-02' }).applicationWindow;
  show('funeral', f && describeWindow(f.value));
}
console.log('--- validateServices');
{
  const { record } = getService('housing-subsidy', { asOf: '2026-03-02' });
  const ok = validateServices([record]);
  show('ok', ok.success ? ok.services.map((s) => s.id) : ok.issues);
  const dup = validateServices([record, record]);
  show('dup', dup.success ? dup.services.length : dup.issues.map((i) => i.path));
  show('dup full', dup.success ? null : dup.issues[0]);
  const bad = validateServices([record, { ...record, fee: [] }], 'localServices');
  show('bad', bad.success ? bad.services.length : bad.issues);
}
console.log('--- IssuesError');
{
  type PayrollErrorCode = 'UNKNOWN_RECIPIENT';
  class PayrollError extends IssuesError<PayrollErrorCode> {
    override readonly name = 'PayrollError';
  }
  const e = new PayrollError({ code: 'UNKNOWN_RECIPIENT', path: 'input.recipientId', en: 'No such recipient', uk: 'Немає такого отримувача' });
  show('message', e.message);
  show('instanceof', [e instanceof IssuesError, e instanceof Error, e.name]);
  try {
    buildChecklist('birth-assistance', { age: -1 });
  } catch (error) {
    if (error instanceof IssuesError) show('caught', [error.name, error.code, error.path, error.en, error.uk, error.issues[0]?.path]);
  }
  try {
    getService('birth-asistance');
  } catch (error) {
    if (error instanceof IssuesError) show('caught2', [error.name, error.code, error.path, error.en, error.uk, error.suggestions]);
    show('cat', error instanceof CatalogError);
  }
}
console.log('--- evaluate / unknownFacts');
{
  const rentingIdp: Condition = { all: [{ fact: 'idp', equals: true }, { fact: 'rentsHousing', equals: true }] };
  show('idp only', evaluate(rentingIdp, { idp: true }));
  show('not idp', evaluate(rentingIdp, { idp: false }));
  show('both', evaluate(rentingIdp, { idp: true, rentsHousing: true }));
  show('unknown', unknownFacts(rentingIdp, { idp: true }));
  show('unknown none', unknownFacts(rentingIdp, {}));
  show('unknown notidp', unknownFacts(rentingIdp, { idp: false }));
}
console.log('--- validUntil');
show('jan31+1m', validUntil('2026-01-31', { amount: 1, unit: 'months' }));
show('30cd', validUntil('2026-03-02', { amount: 30, unit: 'calendarDays' }));
show('1y', validUntil('2024-02-29', { amount: 1, unit: 'years' }));
show('10wd', validUntil('2026-03-02', { amount: 10, unit: 'workingDays' }));
try { show('garbage', validUntil('not-a-date', { amount: 1, unit: 'months' })); } catch (e) { show('garbage threw', String(e)); }
try { show('garbage2', validUntil('2026-02-30', { amount: 1, unit: 'months' })); } catch (e) { show('garbage2 threw', String(e)); }
console.log('--- describeTerm');
show('10wd', describeTerm({ amount: 10, unit: 'workingDays' }));
show('21cd', describeTerm({ amount: 21, unit: 'calendarDays' }));
show('3m', describeTerm({ amount: 3, unit: 'months' }));
show('12m', describeTerm({ amount: 12, unit: 'months' }));
show('1y', describeTerm({ amount: 1, unit: 'years' }));
console.log('--- registers');
{
  const register = openRegister({ id: 'R-1', from: 'cnap-central', to: 'uszn-district', at: '2026-03-02T09:00:00+02:00' });
  const step = addCase(register, { caseId: 'C-1', at: '2026-03-02T10:00:00+02:00' });
  show('add entries', step.register.entries);
  show('add events', step.events);
  const step2 = addCase(step.register, { caseId: 'C-2', at: '2026-03-02T10:20:00+02:00' });
  show('remove', removeCase(step2.register, 'C-1').entries.map((e) => e.caseId));
  try { addCase(step2.register, { caseId: 'C-1', at: '2026-03-02T10:30:00+02:00' }); } catch (e) { if (e instanceof WorkflowError) show('dup', [e.code, e.path]); }
  const closed = closeRegister(step2.register, { at: '2026-03-02T17:00:00+02:00', sequence: 12 });
  show('closed', [closed.status, closed.number, closed.closedAt]);
  const late = closeRegister(step2.register, { at: '2025-12-31T23:30:00Z', sequence: 1 });
  show('late number', late.number);
  show('next 2026', nextSequence([closed], 'uszn-district', 2026));
  show('next 2027', nextSequence([closed], 'uszn-district', 2027));
  show('next other', nextSequence([closed], 'pfu-district', 2026));
  show('next empty', nextSequence([], 'uszn-district', 2026));
  const d = dispatchRegister(closed, { at: '2026-03-02T17:05:00+02:00', by: 'admin-3' });
  show('dispatched', [d.register.status, d.register.dispatchedAt, d.register.dispatchedBy]);
  show('dispatch events', d.events.map((e) => [e.type, e.caseId, e.registerNumber]));
  try { removeCase(closed, 'C-1'); } catch (e) { if (e instanceof WorkflowError) show('remove closed', [e.code, e.path]); }
}
console.log('--- terms');
{
  const decision = startTerm({ kind: 'decision', start: '2026-03-02', term: { amount: 10, unit: 'workingDays' } });
  show('lastDay', decision.lastDay);
  const paused = pauseTerm(decision, '2026-03-05');
  show('paused', [paused.state, paused.pauses, paused.lastDay]);
  const resumed = resumeTerm(paused, '2026-03-10');
  show('resumed', [resumed.state, resumed.pauses, resumed.lastDay, resumed.dueAt]);
  show('met', endTerm(decision, 'met').state);
  show('cancel then met', endTerm(endTerm(decision, 'cancelled'), 'met').state);
  show('end paused', endTerm(paused, 'met').state);
}
console.log('--- cases');
{
  const admin = { role: 'cnapAdministrator', id: 'admin-3', office: 'cnap-central' } as const;
  const actor = createCase({ caseId: 'C-1', serviceId: 'idp-living-allowance', model: 'III', asOf: '2026-03-02' });
  show('decision by admin', sendCaseEvent(actor, { type: 'DECISION.MADE', by: admin, at: '2026-03-02T10:00:00+02:00', outcome: 'granted', grounds: [] }));
  show('checked', sendCaseEvent(actor, { type: 'PACKAGE.CHECKED', by: admin, at: '2026-03-02T10:00:00+02:00', complete: true, missing: [] }));
  show('checked again', sendCaseEvent(actor, { type: 'PACKAGE.CHECKED', by: admin, at: '2026-03-02T10:05:00+02:00', complete: true, missing: [] }));
  try { sendCaseEvent(actor, { type: 'TICK' } as never); } catch (e) { if (e instanceof WorkflowError) show('bad event', [e.code, e.path, e.issues.map((i) => i.path)]); }
  const json = JSON.stringify(persistCase(actor));
  const again = restoreCase(JSON.parse(json));
  show('restored value', again.getSnapshot().value);
  show('restored terms', again.getSnapshot().context.terms.decision?.lastDay);
  show('restored caseNumber', again.getSnapshot().context.caseNumber);
  try { restoreCase({ ...JSON.parse(json), checksum: '00000000000000' }); } catch (e) { if (e instanceof WorkflowError) show('tampered', [e.code, e.path]); }
  try { restoreCase(JSON.parse(json.slice(0, 200) + '}')); } catch (e) { show('trunc', String(e).slice(0, 100)); }
}
console.log('--- caseMachine');
{
  const machine = caseMachine('III');
  show('id', machine.id);
  show('states', Object.keys(machine.states));
  show('transfer', Object.keys(machine.states.transfer?.states ?? {}));
  show('transfer II', Object.keys(caseMachine('II').states.transfer?.states ?? {}));
  show('transfer I', Object.keys(caseMachine('I').states.transfer?.states ?? {}));
  show('config id', (machine as unknown as { config: { id: string } }).config.id);
  show('root key', machine.root.key);
}
