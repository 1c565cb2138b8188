import {
  Catalog,
  CHANNEL_LABELS,
  DeliveryModel,
  defaultCatalog,
  describeServiceTerm,
  type ServiceView,
} from '@vikno/catalog';
import { CivilDate, toKyivDate } from '@vikno/deadlines';
import { defaultActRegister, type LegalSource, type LocalizedText } from '@vikno/law';
import { z } from 'zod';
import { type CnapChannel, type CnapProfile, parseCnapProfile } from './cnap-profile.js';
import { escapeHtml, printablePage, ukDay } from './html.js';
import { fail, rejectInput } from './messages/index.js';

/** The step of each model's algorithm at which the hromada and the provider agree the list of services (seed 001). */
export const SERVICE_LIST_BASIS: LegalSource = defaultActRegister().cite({
  act: 'models-of-apsh-in-cnap',
  provision: {
    uk: 'модель I, крок 8; моделі II і III, крок 3 «Узгодити перелік АПСХ»',
    en: 'model I step 8; models II and III step 3, agreeing the list of services',
  },
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    'ОМС та УСЗН … узгодити перелік АПСХ, що планується надавати через ЦНАП — за основу беруться всі послуги, які ' +
    'надаються через ПК «ІІС «Соціальна громада» та Перелік, затверджений розпорядженням КМУ від 16.05.2014 № 523-р, ' +
    'зі змінами, надання інших послуг — за узгодженням між сторонами',
  note: 'Read in the methodical material itself (seed 001): guidance, not a normative act.',
});

/** One service on the list a hromada agrees with the provider: what it is, who decides, and where this CNAP takes it. */
export interface ServiceToAgree {
  /** The catalogue's id. */
  readonly serviceId: string;
  /** The Register identifier, if any. */
  readonly registerId: string | undefined;
  /** The name on the day of the list. */
  readonly title: LocalizedText;
  /** Who decides on that day (since 01.07.2025 the Pension Fund for most assistance). */
  readonly provider: LocalizedText;
  /** The decision term in words. */
  readonly term: LocalizedText;
  /** The channels of this CNAP through which the service can be applied for: what both the catalogue and the CNAP name. */
  readonly channels: readonly CnapChannel[];
  /** Whether the service is in «Соціальна громада» (model I needs it). */
  readonly socialHromada: boolean;
  /** The sources of the models and channels the service is on the list by. */
  readonly basis: readonly LegalSource[];
}

/** A service the catalogue holds that is left off the list, and why. */
export interface ServiceLeftOut {
  readonly serviceId: string;
  readonly title: LocalizedText;
  /** `model`: the service may not go through a CNAP under the model; `channels`: none of the CNAP's channels takes it. */
  readonly reason: 'model' | 'channels';
}

/**
 * The list of social-character services (АПСХ) a hromada agrees with the provider for its CNAP under a model: every
 * social service of the catalogue that may go through a CNAP under that model on the day and that at least one of
 * the CNAP's channels takes; the others, with the reason.
 */
export interface ServicesToAgree {
  readonly model: DeliveryModel;
  readonly asOf: string;
  readonly services: readonly ServiceToAgree[];
  readonly leftOut: readonly ServiceLeftOut[];
  /** The step of the model's algorithm the list serves. */
  readonly basis: readonly LegalSource[];
}

const Options = z.object({ asOf: CivilDate.optional(), catalog: z.instanceof(Catalog).optional() }).strict();

/** Options of {@link servicesToAgree} and the documents built on it. */
export interface DocumentOptions {
  /** The day the catalogue is read as of; today in Kyiv by default. */
  readonly asOf?: string;
  /** A catalogue of your own (`extendCatalog`); the built-in one by default. */
  readonly catalog?: Catalog;
}

/** The model, profile and options of a document, validated; every mistake an `AdoptionError`. */
export function documentInput(
  model: unknown,
  profile: unknown,
  options: unknown,
): { model: DeliveryModel; profile: CnapProfile; asOf: string; catalog: Catalog } {
  const parsedModel = DeliveryModel.safeParse(model);
  if (!parsedModel.success) rejectInput('model', parsedModel.error);
  const cnap = parseCnapProfile(profile);
  const parsed = Options.safeParse(options ?? {});
  if (!parsed.success) rejectInput('options', parsed.error);
  return {
    model: parsedModel.data,
    profile: cnap,
    asOf: parsed.data.asOf ?? toKyivDate(new Date()),
    catalog: parsed.data.catalog ?? defaultCatalog(),
  };
}

/** The list for input already validated. */
export function listServices(
  model: DeliveryModel,
  profile: CnapProfile,
  asOf: string,
  catalog: Catalog,
): ServicesToAgree {
  const here = new Set<string>(profile.channels);
  const services: ServiceToAgree[] = [];
  const leftOut: ServiceLeftOut[] = [];
  for (const view of catalog.find({ social: true, asOf })) {
    if (!view.delivery.value.models.includes(model)) {
      leftOut.push({ serviceId: view.id, title: view.name.value, reason: 'model' });
      continue;
    }
    const channels = view.channels.value.filter((channel): channel is CnapChannel => here.has(channel));
    if (channels.length === 0) {
      leftOut.push({ serviceId: view.id, title: view.name.value, reason: 'channels' });
      continue;
    }
    services.push(toAgree(view, channels));
  }
  return { model, asOf, services, leftOut, basis: [SERVICE_LIST_BASIS] };
}

function toAgree(view: ServiceView, channels: CnapChannel[]): ServiceToAgree {
  return {
    serviceId: view.id,
    registerId: view.registerId,
    title: view.name.value,
    provider: view.provider.value.name,
    term: describeServiceTerm(view.term.value),
    channels,
    socialHromada: view.delivery.value.socialHromada,
    basis: [...view.delivery.basis, ...view.channels.basis],
  };
}

/**
 * The social-character services (АПСХ) a hromada agrees with the provider for its CNAP under a delivery model: those
 * of the catalogue that may go through a CNAP under the model on the day, and that at least one of the CNAP's
 * channels (its hall, ТП, ВРМ, mobile CNAP, starosta) takes; each with its provider, term and the CNAP's channels
 * for it, and the services left off with the reason.
 *
 * @param model - the delivery model, `I`, `II` or `III`.
 * @param profile - the CNAP's profile ({@link CnapProfile}).
 * @param options - `asOf` (today in Kyiv by default) and a `catalog` of your own.
 * @returns the list, in the catalogue's order.
 * @throws {@link AdoptionError} `INVALID_INPUT` for a model, profile or option that is not valid.
 * @example
 * ```ts
 * import { servicesToAgree } from '@vikno/adoption';
 *
 * const list = servicesToAgree('III', profile, { asOf: '2026-12-01' });
 * list.services.every((service) => service.channels.length > 0);
 * //=> true
 * list.leftOut.map((service) => service.reason); // why each service the catalogue has is not on the list
 * //=> []
 * ```
 */
export function servicesToAgree(
  model: DeliveryModel,
  profile: CnapProfile,
  options: DocumentOptions = {},
): ServicesToAgree {
  const input = documentInput(model, profile, options);
  return listServices(input.model, input.profile, input.asOf, input.catalog);
}

/** The heading block every document for a CNAP opens with: the council, the CNAP, the title, the day. */
export function documentHeader(profile: CnapProfile, title: string, subtitle: string): string {
  return [
    `<p class="vikno-meta">${escapeHtml(profile.hromada.uk)}<br>${escapeHtml(profile.name.uk)}</p>`,
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="vikno-meta">${escapeHtml(subtitle)}</p>`,
  ].join('\n');
}

/** Sources as a short printed list: the act and provision, and whether it was read in the text. */
export function sourcesHtml(sources: readonly LegalSource[]): string {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const source of sources) {
    const text = `${source.act.uk}${source.provision ? `, ${source.provision.uk}` : ''}`;
    if (seen.has(text)) continue;
    seen.add(text);
    items.push(`<li>${escapeHtml(text)}${source.verified ? '' : ' <sup title="не звірено">*</sup>'}</li>`);
  }
  return `<ul class="vikno-sources">\n${items.join('\n')}\n</ul>`;
}

export const UNVERIFIED_NOTE =
  '<p class="vikno-note">* Джерело не звірено з офіційним текстом акта (методичні матеріали, картки, новини); перевірте перед ухваленням рішення.</p>';

/**
 * The list of services to agree with the provider as a printable HTML page (A4, print CSS inline, no external
 * asset): the council and CNAP, the model, a numbered table of the services with the Register id, the provider, the
 * term and the CNAP's channels for each, then the services left off and why, and the sources. Every text escaped.
 *
 * @param model - the delivery model.
 * @param profile - the CNAP's profile.
 * @param options - as for {@link servicesToAgree}.
 * @returns a whole HTML document.
 * @throws {@link AdoptionError} `INVALID_INPUT` for a model, profile or option that is not valid; `NO_SERVICES`
 * when no service goes through the CNAP's channels under the model.
 * @example
 * ```ts
 * import { servicesToAgreeHtml } from '@vikno/adoption';
 * import { writeFileSync } from 'node:fs';
 *
 * writeFileSync('services.html', servicesToAgreeHtml('III', profile, { asOf: '2026-12-01' }));
 * ```
 */
export function servicesToAgreeHtml(
  model: DeliveryModel,
  profile: CnapProfile,
  options: DocumentOptions = {},
): string {
  const input = documentInput(model, profile, options);
  const list = listServices(input.model, input.profile, input.asOf, input.catalog);
  if (list.services.length === 0) fail('NO_SERVICES', 'model', 'NO_SERVICES', {});
  const rows = list.services.map(
    (service, index) =>
      `<tr data-service="${escapeHtml(service.serviceId)}"><td>${index + 1}</td><td>${escapeHtml(service.title.uk)}</td><td>${escapeHtml(
        service.registerId ?? '—',
      )}</td><td>${escapeHtml(service.provider.uk)}</td><td>${escapeHtml(service.term.uk)}</td><td>${service.channels
        .map((channel) => escapeHtml(CHANNEL_LABELS[channel].uk))
        .join('<br>')}</td></tr>`,
  );
  const leftOut = list.leftOut.map(
    (service) =>
      `<li>${escapeHtml(service.title.uk)} — ${
        service.reason === 'model'
          ? `не надається через ЦНАП за моделлю ${escapeHtml(list.model)}`
          : 'не приймається жодним каналом цього ЦНАП'
      }</li>`,
  );
  const sources = [...list.basis, ...list.services.flatMap((service) => service.basis)];
  const body = [
    documentHeader(
      input.profile,
      'Перелік адміністративних послуг соціального характеру для надання через ЦНАП',
      `Модель ${list.model}; проєкт для узгодження з суб’єктом надання; станом на ${ukDay(list.asOf)}`,
    ),
    '<table>',
    '<thead><tr><th>№</th><th>Назва послуги</th><th>Ідентифікатор у Реєстрі</th><th>Суб’єкт надання</th><th>Строк надання</th><th>Де приймають заяву в цьому ЦНАП</th></tr></thead>',
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
    ...(leftOut.length > 0 ? ['<h3>Не включено</h3>', `<ul>\n${leftOut.join('\n')}\n</ul>`] : []),
    '<h3>Джерела</h3>',
    sourcesHtml(sources),
    UNVERIFIED_NOTE,
    signatures(['Керівник ЦНАП', 'Керівник суб’єкта надання (погоджено)']),
  ].join('\n');
  return printablePage({ title: 'Перелік послуг для узгодження', body, kind: 'services-to-agree' });
}

/** Blank signature lines, one a party. */
export function signatures(parties: readonly string[]): string {
  return `<div class="vikno-signatures">${parties
    .map(
      (party) => `<div class="vikno-signature">${escapeHtml(party)} (підпис, ініціали, прізвище, дата)</div>`,
    )
    .join('')}</div>`;
}
