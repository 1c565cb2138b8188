import { type Catalog, type DeliveryModel, renderInformationCardHtml } from '@vikno/catalog';
import { buildChecklist, FACT_DEFINITIONS, SUBMISSION_FORM_LABELS } from '@vikno/checklists';
import { defaultActRegister, type LegalSource, type LocalizedText } from '@vikno/law';
import { KMU_44_2013, type TechnologicalCard, technologicalCard } from '@vikno/workflows';
import { type CnapProfile, cnapOf } from './cnap-profile.js';
import { escapeHtml, printablePage, ukDay } from './html.js';
import { fail } from './messages/index.js';
import {
  type DocumentOptions,
  documentHeader,
  documentInput,
  listServices,
  type ServiceToAgree,
  signatures,
  sourcesHtml,
  UNVERIFIED_NOTE,
} from './services.js';

/**
 * What a technological card holds (Law 5203-VI Art. 8 part 3): the stages of handling the application, the official
 * responsible, the units responsible for each stage, and each stage's term. The provider approves it (КМУ 44).
 */
export const TECHNOLOGICAL_CARD_CONTENTS: LegalSource = defaultActRegister().cite({
  act: 'law-5203-vi',
  provision: { uk: 'ч. 3 ст. 8', en: 'Art. 8 part 3' },
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    'У технологічній картці зазначаються: етапи опрацювання звернення про надання адміністративної послуги; ' +
    'відповідальна посадова особа; структурні підрозділи, відповідальні за етапи (дію, рішення); строки виконання ' +
    'етапів (дії, рішення).',
  note:
    'Quoted as a list in the course «Як створити належний ЦНАП» (courses.prosto.in.ua, lesson on the structure of ' +
    'information and technological cards); the Law’s own text was not read here.',
});

/** The step of each model's algorithm at which the provider prepares the cards for the CNAP (seed 001). */
export const CARDS_STEP_BASIS: LegalSource = defaultActRegister().cite({
  act: 'models-of-apsh-in-cnap',
  provision: {
    uk: 'модель I, крок 9; моделі II і III, крок 6 «Надати УСЗН інформацію про ЦНАП»',
    en: 'model I step 9; models II and III step 6, the CNAP’s details to the provider',
  },
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    'УСЗН підготувати для кожної АПСХ, яка буде надаватися через ЦНАП: – інформаційні картки (на основі типових ' +
    'інформаційних карток, з урахуванням наданої ОМС інформації про ЦНАП); – технологічні картки (за узгодженням з ' +
    'ОМС) з урахуванням наказу Мінсоцполітики від 11.05.2019 № 723',
  note: 'Read in the methodical material itself (seed 001): guidance, not a normative act.',
});

/** The exhaustive list of documents an information card prints, from the rule book of `@vikno/checklists`. */
function documentLines(serviceId: string, asOf: string): LocalizedText[] {
  const checklist = buildChecklist(serviceId, {}, { asOf });
  const names = (documents: readonly { readonly name: LocalizedText }[]) => ({
    uk: documents.map((document) => document.name.uk).join(' або '),
    en: documents.map((document) => document.name.en).join(' or '),
  });
  const lines: LocalizedText[] = checklist.items.map((item) => {
    const name = names(item.documents);
    const form = SUBMISSION_FORM_LABELS[item.form];
    return { uk: `${name.uk} (${form.uk})`, en: `${name.en} (${form.en})` };
  });
  for (const item of checklist.undetermined) {
    const name = names(item.documents);
    const questions = item.facts.map((fact) => FACT_DEFINITIONS[fact].question);
    lines.push({
      uk: `${name.uk} — залежно від відповіді: ${questions.map((question) => question.uk).join(' ')}`,
      en: `${name.en} — depending on: ${questions.map((question) => question.en).join(' ')}`,
    });
  }
  for (const item of checklist.notDemanded) {
    const name = names(item.documents);
    lines.push({
      uk: `Не вимагається: ${name.uk} (суб’єкт надання отримує з реєстру: ${item.register.name.uk})`,
      en: `Not demanded: ${name.en} (the provider obtains it from ${item.register.name.en})`,
    });
  }
  return lines;
}

const ACTION_WORDS = 'Дія: В — виконує, У — бере участь, П — погоджує, З — затверджує.';

function technologicalCardHtml(card: TechnologicalCard, service: ServiceToAgree): string {
  const rows = card.stages.map(
    (stage) =>
      `<tr><td>${stage.number}</td><td>${escapeHtml(stage.stage.uk)}</td><td>${stage.officials
        .map((entry) => escapeHtml(entry.official.uk))
        .join(
          '<br>',
        )}</td><td>${stage.officials.map((entry) => escapeHtml(entry.action)).join('<br>')}</td><td>${escapeHtml(
        stage.term.uk,
      )}</td></tr>`,
  );
  return [
    `<section class="vikno-technological-card vikno-page" lang="uk" data-service="${escapeHtml(card.serviceId)}">`,
    '<h1>Технологічна картка адміністративної послуги</h1>',
    `<h2>${escapeHtml(card.title.uk)}</h2>`,
    `<p>Модель ${escapeHtml(card.model)}; суб’єкт надання: ${escapeHtml(service.provider.uk)}; станом на ${ukDay(card.asOf)}</p>`,
    '<table>',
    '<thead><tr><th>№</th><th>Етапи послуги</th><th>Відповідальна посадова особа і структурний підрозділ</th><th>Дія (В, У, П, З)</th><th>Термін виконання</th></tr></thead>',
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
    `<p class="vikno-note">${escapeHtml(ACTION_WORDS)}</p>`,
    '<h3>Джерела</h3>',
    sourcesHtml([TECHNOLOGICAL_CARD_CONTENTS, ...card.basis, ...card.stages.flatMap((stage) => stage.basis)]),
    '</section>',
  ].join('\n');
}

/** One service's pair of cards: the information card as `@vikno/catalog` renders it, the technological card's data. */
interface ServiceCards {
  readonly service: ServiceToAgree;
  readonly informationCardHtml: string;
  readonly technologicalCard: TechnologicalCard;
}

function cardsOf(
  model: DeliveryModel,
  profile: CnapProfile,
  asOf: string,
  catalog: Catalog,
): { services: ServiceToAgree[]; cards: ServiceCards[] } {
  const list = listServices(model, profile, asOf, catalog);
  if (list.services.length === 0) fail('NO_SERVICES', 'model', 'NO_SERVICES', {});
  const cnap = cnapOf(profile);
  const cards = list.services.map((service) => ({
    service,
    informationCardHtml: renderInformationCardHtml(
      catalog.informationCard(service.serviceId, cnap, {
        asOf,
        documents: documentLines(service.serviceId, asOf),
      }),
    ),
    technologicalCard: technologicalCard(service.serviceId, model, { asOf, catalog }),
  }));
  return { services: [...list.services], cards };
}

/**
 * The information card (інформаційна картка, Law 5203-VI Art. 8) and the technological card (технологічна картка,
 * КМУ 44: stages, the official and action of each, the term) of every social service this CNAP takes under a model,
 * as one printable HTML document for the council's decision: a cover page naming the council and the CNAP with a
 * numbered list of the services, then for each service its information card (the CNAP's address, hours and
 * contacts, the provider, the exhaustive documents from `@vikno/checklists`, fee, term, result, channels, refusal,
 * appeal, acts) and, on the next page, its technological card; each card on its own page, every text escaped, the
 * print CSS inline, no external asset.
 *
 * @param model - the delivery model.
 * @param profile - the CNAP's profile ({@link CnapProfile}).
 * @param options - `asOf` and a `catalog` of your own.
 * @returns a whole HTML document; print it or save it as PDF.
 * @throws {@link AdoptionError} `INVALID_INPUT` for a model, profile or option that is not valid; `NO_SERVICES`
 * when no service goes through the CNAP's channels under the model.
 * @example
 * ```ts
 * import { cardsDocument } from '@vikno/adoption';
 * import { writeFileSync } from 'node:fs';
 *
 * writeFileSync('cards.html', cardsDocument('I', profile, { asOf: '2026-12-01' }));
 * ```
 */
export function cardsDocument(
  model: DeliveryModel,
  profile: CnapProfile,
  options: DocumentOptions = {},
): string {
  const input = documentInput(model, profile, options);
  const { services, cards } = cardsOf(input.model, input.profile, input.asOf, input.catalog);
  const contents = services.map((service) => `<li>${escapeHtml(service.title.uk)}</li>`);
  const cover = [
    '<section class="vikno-cover vikno-page">',
    documentHeader(
      input.profile,
      'Інформаційні та технологічні картки адміністративних послуг соціального характеру',
      `Модель ${input.model}; станом на ${ukDay(input.asOf)}`,
    ),
    '<p>Додаток до рішення ______________________ від ____________ № ________</p>',
    `<h3>Послуги (${services.length})</h3>`,
    `<ol>\n${contents.join('\n')}\n</ol>`,
    '<h3>Джерела</h3>',
    sourcesHtml([CARDS_STEP_BASIS, TECHNOLOGICAL_CARD_CONTENTS, KMU_44_2013]),
    UNVERIFIED_NOTE,
    signatures(['Керівник суб’єкта надання (затверджено)', 'Керівник ЦНАП (погоджено)']),
    '</section>',
  ];
  const pages = cards.flatMap((card) => [
    `<div class="vikno-page">\n${card.informationCardHtml}</div>`,
    technologicalCardHtml(card.technologicalCard, card.service),
  ]);
  return printablePage({
    title: 'Інформаційні та технологічні картки',
    body: [...cover, ...pages].join('\n'),
    kind: 'service-cards',
  });
}
