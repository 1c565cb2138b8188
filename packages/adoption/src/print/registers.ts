import { Catalog, defaultCatalog } from '@vikno/catalog';
import { APPLICATION_REGISTRATION, CivilDate, registrationDay } from '@vikno/deadlines';
import { defaultActRegister, type LegalSource } from '@vikno/law';
import { type CsvOptions, type ExportTable, tableToCsv } from '@vikno/monitoring';
import { z } from 'zod';
import { type CnapProfile, parseCnapProfile } from './cnap-profile.js';
import { escapeHtml, printablePage, ukDay } from './html.js';
import { fail, rejectInput } from './messages/index.js';
import { documentHeader, signatures, sourcesHtml, UNVERIFIED_NOTE } from './services.js';

/**
 * Seed 004: a starosta district's front office registers each application it accepts in a journal, passes them to
 * УСЗН by transfer registers, and hands the registers to the head of the department, who keeps them on file.
 */
export const FRONT_OFFICE_REGISTERS: LegalSource = defaultActRegister().cite({
  act: 'hromada-front-office-starostats',
  provision: {
    uk: 'Алгоритм роботи фронт-офісу в 4-х старостатах Березівської ОТГ',
    en: 'How the front office works in the four starostats of Berezivka hromada',
  },
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    'Реєструє прийняті заяви у відповідному журналі; Передає прийняті заяви на УСЗН за реєстрами передавання ' +
    'документів; Передає реєстри начальнику відділу і зберігає в окремій справі',
  note: 'Read in the slides themselves (seed 004). No act sets the columns of the journal or the register.',
});

/** Model III: the CNAP receives paper documents and passes them on paper to the deciding body (seed 001). */
export const MODEL_III_PAPER_TRANSFER: LegalSource = defaultActRegister().cite({
  act: 'models-of-apsh-in-cnap',
  provision: { uk: 'модель III, «Спосіб взаємодії»', en: 'model III, way of interaction' },
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    'передання документів до УСЗН: в паперовому вигляді, прийняття на підставі них рішення про надання АПСХ та ' +
    'зворотне інформування ЦНАП',
  note: 'Read in the methodical material itself (seed 001).',
});

/** What the layout of these forms rests on: nothing normative; said on every form. */
const LAYOUT_NOTE =
  'Форму (склад граф) не встановлено нормативним актом: графи запропоновано Vikno SDK; громада може змінити їх своїм рішенням.';

const Text = z.string().min(1).max(500);
const Sheets = z.int().min(1).max(10_000);

/**
 * Where a register or a journal is kept: the CNAP itself, or one place of its network by its id in the profile.
 *
 * @example
 * ```ts
 * import { DocumentOffice } from '@vikno/adoption';
 *
 * DocumentOffice.parse({ kind: 'starostaDistrict', id: 'lisove' });
 * ```
 */
export const DocumentOffice = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cnap') }).strict(),
  z
    .object({
      kind: z.enum(['territorialUnit', 'remoteWorkplace', 'starostaDistrict']),
      id: z.string().min(1).max(80),
    })
    .strict(),
]);
/** Where a register or a journal is kept. */
export type DocumentOffice = z.infer<typeof DocumentOffice>;

/**
 * One application on a transfer register: its number and day in the journal, the applicant, the service (a catalogue
 * id or words), the number of sheets, and a note.
 */
const RegisterEntry = z
  .object({
    registrationNumber: z.string().min(1).max(40),
    registeredOn: CivilDate,
    applicant: Text,
    service: Text,
    sheets: Sheets.optional(),
    note: Text.optional(),
  })
  .strict();

/**
 * The options of {@link transferRegisterHtml}: the sending office, the receiving body, the number and day, the
 * entries, blank rows, a catalogue of your own.
 *
 * @example
 * ```ts
 * import { TransferRegisterOptions } from '@vikno/adoption';
 *
 * TransferRegisterOptions.parse({ to: 'pfu' }).from;
 * //=> { kind: 'cnap' }
 * ```
 */
export const TransferRegisterOptions = z
  .object({
    /** The sending office; the CNAP by default. */
    from: DocumentOffice.default({ kind: 'cnap' }),
    /** The receiving body: the social protection body (`uszn`, the default) or the Pension Fund's office (`pfu`). */
    to: z.enum(['uszn', 'pfu']).default('uszn'),
    /** The register's number, e.g. `12/2026` (as `@vikno/workflows` numbers them); blank to fill by hand. */
    number: z.string().min(1).max(40).optional(),
    /** The day it is drawn up; blank to fill by hand. */
    date: CivilDate.optional(),
    /** The applications; none prints a blank form. */
    entries: z.array(RegisterEntry).max(10_000).default([]),
    /** Blank rows to print after the entries (10 on a blank form, none otherwise). */
    blankRows: z.int().min(0).max(200).optional(),
    catalog: z.instanceof(Catalog).optional(),
  })
  .strict();
/** Options of {@link transferRegisterHtml}. */
export type TransferRegisterOptions = z.input<typeof TransferRegisterOptions>;

function officeName(
  profile: CnapProfile,
  office: DocumentOffice,
  path: string,
): { name: string; address: string } {
  if (office.kind === 'cnap') return { name: profile.name.uk, address: profile.address.uk };
  const list =
    office.kind === 'territorialUnit'
      ? profile.territorialUnits
      : office.kind === 'remoteWorkplace'
        ? profile.remoteWorkplaces
        : profile.starostaDistricts;
  const found = list.find((entry) => entry.id === office.id);
  if (found === undefined) fail('INVALID_INPUT', path, 'UNKNOWN_OFFICE', { kind: office.kind });
  const name =
    office.kind === 'starostaDistrict'
      ? `Фронт-офіс старостинського округу: ${found.name.uk}`
      : found.name.uk;
  return { name, address: found.address.uk };
}

/** A catalogue id as the service's name on the day; anything else as written. */
function serviceName(catalog: Catalog, service: string, asOf: string): string {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(service) || service.length > 80) return service;
  try {
    return catalog.get(service, { asOf }).name.value.uk;
  } catch {
    return service;
  }
}

function cell(text: string | undefined): string {
  return `<td>${text === undefined ? '&nbsp;' : escapeHtml(text)}</td>`;
}

/**
 * The transfer register (реєстр передавання документів) as a printable form: the numbered list of applications a
 * front office hands over on paper to the deciding body, signed on receipt. Two forms: model III's, from the CNAP (or
 * its ТП or ВРМ) to the social protection body or the Pension Fund (seed 001), and a starosta district's front office
 * (seed 004), whose registers go to the head of the social department to be kept on file. Columns: №, the number and
 * day of registration in the journal, the applicant, the service, the sheets, a note; then the count and the
 * signatures of who handed over and who received. No act sets the form: the form says so.
 *
 * @param profile - the CNAP's profile.
 * @param options - the sending office (`from`), the receiving body (`to`), the number and day, the entries, and blank
 * rows to add; without entries, a blank form of 10 rows.
 * @returns a whole HTML document (A4 landscape, print CSS inline).
 * @throws {@link AdoptionError} `INVALID_INPUT` for a profile or options that are not valid, or an office the
 * profile does not have.
 * @example
 * ```ts
 * import { transferRegisterHtml } from '@vikno/adoption';
 *
 * const blank = transferRegisterHtml(profile, { from: { kind: 'starostaDistrict', id: 'lisove' } });
 * const filled = transferRegisterHtml(profile, {
 *   number: '12/2026',
 *   date: '2026-12-04',
 *   entries: [{ registrationNumber: '41', registeredOn: '2026-12-03', applicant: 'Петренко О. І.', service: 'housing-subsidy', sheets: 7 }],
 * });
 * ```
 */
export function transferRegisterHtml(profile: CnapProfile, options: TransferRegisterOptions = {}): string {
  const cnap = parseCnapProfile(profile);
  const parsed = TransferRegisterOptions.safeParse(options ?? {});
  if (!parsed.success) rejectInput('options', parsed.error);
  const input = parsed.data;
  const catalog = input.catalog ?? defaultCatalog();
  const sender = officeName(cnap, input.from, 'options.from.id');
  const receiver =
    input.to === 'uszn'
      ? (cnap.providerOffices?.uszn?.name.uk ?? 'Орган соціального захисту населення (УСЗН)')
      : (cnap.providerOffices?.pfu?.name.uk ?? 'Територіальний орган Пенсійного фонду України');
  const starosta = input.from.kind === 'starostaDistrict';
  const blank = input.blankRows ?? (input.entries.length === 0 ? 10 : 0);
  const rows = [
    ...input.entries.map(
      (entry, index) =>
        `<tr><td>${index + 1}</td>${cell(`${entry.registrationNumber} від ${ukDay(entry.registeredOn)}`)}${cell(
          entry.applicant,
        )}${cell(serviceName(catalog, entry.service, entry.registeredOn))}${cell(
          entry.sheets === undefined ? undefined : String(entry.sheets),
        )}${cell(entry.note)}</tr>`,
    ),
    ...Array.from(
      { length: blank },
      (_, index) =>
        `<tr class="vikno-blank"><td>${input.entries.length + index + 1}</td>${'<td>&nbsp;</td>'.repeat(5)}</tr>`,
    ),
  ];
  const sheets = input.entries.reduce((sum, entry) => sum + (entry.sheets ?? 0), 0);
  const body = [
    documentHeader(
      cnap,
      `Реєстр передавання документів № ${input.number ?? '________'}`,
      `від ${input.date === undefined ? '«___» ____________ 20___ р.' : ukDay(input.date)}`,
    ),
    `<p>Передає: ${escapeHtml(sender.name)}, ${escapeHtml(sender.address)}</p>`,
    `<p>Отримує: ${escapeHtml(receiver)}</p>`,
    '<table>',
    '<thead><tr><th>№ з/п</th><th>Реєстраційний номер і дата заяви</th><th>Заявник (прізвище, ініціали)</th><th>Послуга</th><th>Кількість аркушів</th><th>Примітка</th></tr></thead>',
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
    `<p>Усього заяв: ${input.entries.length === 0 ? '______' : input.entries.length}; аркушів: ${
      sheets === 0 ? '______' : sheets
    }</p>`,
    signatures(
      starosta
        ? [
            'Передав: спеціаліст фронт-офісу старостинського округу',
            'Прийняв: посадова особа УСЗН',
            'Реєстр передано на зберігання начальнику відділу',
          ]
        : ['Передав: адміністратор ЦНАП', 'Прийняв: посадова особа суб’єкта надання'],
    ),
    `<p class="vikno-note">${escapeHtml(LAYOUT_NOTE)}</p>`,
    '<h3>Джерела</h3>',
    sourcesHtml(starosta ? [FRONT_OFFICE_REGISTERS] : [MODEL_III_PAPER_TRANSFER, FRONT_OFFICE_REGISTERS]),
    UNVERIFIED_NOTE,
  ].join('\n');
  return printablePage({
    title: 'Реєстр передавання документів',
    body,
    landscape: true,
    kind: 'transfer-register',
  });
}

/**
 * One application in the journal (журнал реєстрації заяв): its number, the day it was received (the day of
 * registration follows from it, Instruction 345 para 2.5), the applicant and contact, the service, the sheets, the
 * transfer register it left in, the day the result was handed over, a note.
 */
export const JournalEntry = z
  .object({
    registrationNumber: z.string().min(1).max(40),
    receivedOn: CivilDate,
    applicant: Text,
    contact: Text.optional(),
    service: Text,
    sheets: Sheets.optional(),
    transferRegister: z.string().min(1).max(40).optional(),
    resultIssuedOn: CivilDate.optional(),
    note: Text.optional(),
  })
  .strict();
/** One application in the journal. */
export type JournalEntry = z.infer<typeof JournalEntry>;

/**
 * The options of {@link applicationJournalHtml}: where the journal is kept, its entries, blank rows, a catalogue of
 * your own.
 *
 * @example
 * ```ts
 * import { JournalOptions } from '@vikno/adoption';
 *
 * JournalOptions.parse({}).blankRows;
 * //=> undefined
 * ```
 */
export const JournalOptions = z
  .object({
    /** Where the journal is kept; the CNAP by default. */
    office: DocumentOffice.default({ kind: 'cnap' }),
    entries: z.array(JournalEntry).max(100_000).default([]),
    /** Blank rows to print after the entries (15 on a blank form, none otherwise). */
    blankRows: z.int().min(0).max(500).optional(),
    catalog: z.instanceof(Catalog).optional(),
  })
  .strict();
/** Options of {@link applicationJournalHtml}. */
export type JournalOptions = z.input<typeof JournalOptions>;

const JOURNAL_COLUMNS = [
  { key: 'number', title: '№ з/п' },
  { key: 'registrationNumber', title: 'Реєстраційний номер' },
  { key: 'receivedOn', title: 'Дата надходження' },
  { key: 'registeredOn', title: 'Дата реєстрації' },
  { key: 'applicant', title: 'Заявник (прізвище, ім’я, по батькові)' },
  { key: 'contact', title: 'Адреса, телефон' },
  { key: 'service', title: 'Послуга' },
  { key: 'sheets', title: 'Кількість аркушів' },
  { key: 'transferRegister', title: 'Реєстр передавання (№, дата)' },
  { key: 'resultIssuedOn', title: 'Дата видачі результату' },
  { key: 'note', title: 'Примітка' },
] as const;

function journalRows(entries: readonly JournalEntry[], catalog: Catalog): (string | number | null)[][] {
  return entries.map((entry, index) => [
    index + 1,
    entry.registrationNumber,
    ukDay(entry.receivedOn),
    ukDay(registrationDay(entry.receivedOn)),
    entry.applicant,
    entry.contact ?? null,
    serviceName(catalog, entry.service, entry.receivedOn),
    entry.sheets ?? null,
    entry.transferRegister ?? null,
    entry.resultIssuedOn === undefined ? null : ukDay(entry.resultIssuedOn),
    entry.note ?? null,
  ]);
}

function parseJournal(options: unknown): z.infer<typeof JournalOptions> {
  const parsed = JournalOptions.safeParse(options ?? {});
  if (!parsed.success) rejectInput('options', parsed.error);
  return parsed.data;
}

/**
 * The journal of received applications (журнал реєстрації заяв) as a printable form: a front office registers every
 * application it accepts in it (seed 004). Columns: №, the registration number, the day received and the day
 * registered (the next working day for one received on a day off, Instruction 345 para 2.5), the applicant, address
 * and phone, the service, the sheets, the transfer register, the day the result was handed over, a note. No act sets
 * the form: the form says so.
 *
 * @param profile - the CNAP's profile.
 * @param options - where the journal is kept (`office`), its `entries`, and blank rows; without entries, a blank form
 * of 15 rows.
 * @returns a whole HTML document (A4 landscape, print CSS inline).
 * @throws {@link AdoptionError} `INVALID_INPUT` for a profile or options that are not valid, or an office the profile
 * does not have.
 * @example
 * ```ts
 * import { applicationJournalHtml } from '@vikno/adoption';
 *
 * applicationJournalHtml(profile, {
 *   entries: [{ registrationNumber: '41', receivedOn: '2026-12-05', applicant: 'Петренко Олена Іванівна', service: 'idp-certificate' }],
 * });
 * ```
 */
export function applicationJournalHtml(profile: CnapProfile, options: JournalOptions = {}): string {
  const cnap = parseCnapProfile(profile);
  const input = parseJournal(options);
  const office = officeName(cnap, input.office, 'options.office.id');
  const catalog = input.catalog ?? defaultCatalog();
  const blank = input.blankRows ?? (input.entries.length === 0 ? 15 : 0);
  const rows = [
    ...journalRows(input.entries, catalog).map(
      (row) => `<tr>${row.map((value) => cell(value === null ? undefined : String(value))).join('')}</tr>`,
    ),
    ...Array.from(
      { length: blank },
      (_, index) =>
        `<tr class="vikno-blank"><td>${input.entries.length + index + 1}</td>${'<td>&nbsp;</td>'.repeat(
          JOURNAL_COLUMNS.length - 1,
        )}</tr>`,
    ),
  ];
  const body = [
    documentHeader(cnap, 'Журнал реєстрації заяв', office.name),
    '<p>Розпочато: «___» ____________ 20___ р. Закінчено: «___» ____________ 20___ р.</p>',
    '<table>',
    `<thead><tr>${JOURNAL_COLUMNS.map((column) => `<th>${escapeHtml(column.title)}</th>`).join('')}</tr></thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
    `<p class="vikno-note">${escapeHtml(LAYOUT_NOTE)}</p>`,
    '<h3>Джерела</h3>',
    sourcesHtml([FRONT_OFFICE_REGISTERS, ...APPLICATION_REGISTRATION.basis]),
    UNVERIFIED_NOTE,
  ].join('\n');
  return printablePage({
    title: 'Журнал реєстрації заяв',
    body,
    landscape: true,
    kind: 'application-journal',
  });
}

/**
 * The journal of received applications as CSV, with the columns of {@link applicationJournalHtml}, written by
 * `tableToCsv` of `@vikno/monitoring`: a byte order mark, CRLF line ends, and any text a spreadsheet would run as a
 * formula (`=`, `+`, `-`, `@`, …) written after an apostrophe.
 *
 * @param entries - the applications.
 * @param options - `delimiter` (`,` by default, `;` for Excel in a Ukrainian locale) and a `catalog` of your own.
 * @returns the CSV text, starting with U+FEFF.
 * @throws {@link AdoptionError} `INVALID_INPUT` for entries or options that are not valid.
 * @example
 * ```ts
 * import { applicationJournalCsv } from '@vikno/adoption';
 *
 * applicationJournalCsv([
 *   { registrationNumber: '41', receivedOn: '2026-12-05', applicant: '=HYPERLINK("x")', service: 'idp-certificate' },
 * ]).split('\r\n')[1];
 * //=> '1,41,05.12.2026,07.12.2026,"\'=HYPERLINK(""x"")",,Видача довідки про взяття на облік внутрішньо переміщеної особи,,,,'
 * ```
 */
export function applicationJournalCsv(
  entries: readonly JournalEntry[],
  options: CsvOptions & { readonly catalog?: Catalog } = {},
): string {
  const parsedEntries = z.array(JournalEntry).max(100_000).safeParse(entries);
  if (!parsedEntries.success) rejectInput('entries', parsedEntries.error);
  const parsed = z
    .object({ delimiter: z.enum([',', ';']).optional(), catalog: z.instanceof(Catalog).optional() })
    .strict()
    .safeParse(options ?? {});
  if (!parsed.success) rejectInput('options', parsed.error);
  const table: ExportTable = {
    columns: JOURNAL_COLUMNS.map((column) => ({ key: column.key, title: column.title })),
    rows: journalRows(parsedEntries.data, parsed.data.catalog ?? defaultCatalog()),
  };
  return tableToCsv(table, { delimiter: parsed.data.delimiter ?? ',' });
}
