/**
 * Everyday queries and the service a CNAP administrator expects first, as people type them: the words of the
 * service, typos, Russian-influenced spellings, and Latin transliteration (the national system of КМУ 55 of
 * 27.01.2010 and common informal ones). Shared by the search-quality test and `bench/catalog.ts`.
 */
export type QueryKind = 'everyday' | 'typo' | 'russian' | 'latin' | 'heldOut' | 'services2026';

/** One query, the service expected first, and what kind of typing it stands for. */
export interface SearchQuery {
  readonly query: string;
  readonly expected: string;
  readonly kind: QueryKind;
}

const q = (kind: QueryKind, pairs: readonly (readonly [string, string])[]): SearchQuery[] =>
  pairs.map(([query, expected]) => ({ query, expected, kind }));

export const SEARCH_QUERIES: readonly SearchQuery[] = [
  ...q('everyday', [
    ['субсидія', 'housing-subsidy'],
    ['субсидії на ЖКП', 'housing-subsidy'],
    ['житлова субсидія', 'housing-subsidy'],
    ['довідка ВПО', 'idp-certificate'],
    ['допомога на проживання впо', 'idp-living-allowance'],
    ['допомога при народженні дитини', 'birth-assistance'],
    ['народження', 'birth-assistance'],
    ['пакунок малюка', 'baby-box-compensation'],
    ['малозабезпечені сім’ї', 'low-income-family-assistance'],
    ["малозабезпеченим сім'ям", 'low-income-family-assistance'],
    ['інвалідність з дитинства', 'disability-from-childhood-assistance'],
    ['поховання', 'funeral-assistance-uninsured'],
    ['багатодітна сім’я посвідчення', 'large-family-certificate'],
    ['одинока мати', 'single-mother-assistance'],
    ['пільги на комунальні послуги', 'housing-utility-privileges'],
    ['прописка', 'residence-registration'],
    ['реєстрація місця проживання', 'residence-registration'],
    ['00151', 'disability-from-childhood-assistance'],
    ['усиновлення', 'adoption-assistance'],
    ['вагітність та пологи', 'maternity-assistance-uninsured'],
    ['єЯсла', 'yeyasla-assistance'],
    ['є ясла', 'yeyasla-assistance'],
    ['догляд за дитиною до року', 'infant-care-assistance'],
    ['дублікат посвідчення багатодітної сім’ї', 'large-family-certificate-duplicate'],
    ['субсидія на оренду житла', 'rent-subsidy'],
    ['надбавка на догляд', 'disability-care-allowance'],
    ['скасувати довідку ВПО', 'idp-certificate-cancellation'],
    ['зняття з реєстрації', 'residence-deregistration'],
    ['опіка над дитиною', 'guardianship-child-assistance'],
    ['допомога на дітей багатодітним', 'large-family-children-assistance'],
  ]),
  ...q('typo', [
    ['субсідія', 'housing-subsidy'],
    ['субсидя', 'housing-subsidy'],
    ['довітка впо', 'idp-certificate'],
    ['допомога при народжені дитини', 'birth-assistance'],
    ['багатодітна сімя посвідчиння', 'large-family-certificate'],
    ['інвалідніть з дитинства', 'disability-from-childhood-assistance'],
    ['похованя', 'funeral-assistance-uninsured'],
    ['малозабеспечені', 'low-income-family-assistance'],
    ['усиновленя дитини', 'adoption-assistance'],
    ['пакунок малюкка', 'baby-box-compensation'],
    ['реестрація місця проживання', 'residence-registration'],
    ['одинока матір', 'single-mother-assistance'],
  ]),
  ...q('russian', [
    ['субсидия на квартплату', 'housing-subsidy'],
    ['инвалидность с детства', 'disability-from-childhood-assistance'],
    ['пособие при рождении ребенка', 'birth-assistance'],
    ['справка переселенца', 'idp-certificate'],
    ['многодетная семья удостоверение', 'large-family-certificate'],
    ['малоимущая семья', 'low-income-family-assistance'],
    ['пособие на похороны', 'funeral-assistance-uninsured'],
    ['льготы на коммунальные услуги', 'housing-utility-privileges'],
    ['пособие по беременности и родам', 'maternity-assistance-uninsured'],
    ['одинокая мать', 'single-mother-assistance'],
    ['усыновление ребенка', 'adoption-assistance'],
    ['субсидия', 'housing-subsidy'],
  ]),
  ...q('latin', [
    ['dopomoha pry narodzhenni dytyny', 'birth-assistance'],
    ['dovidka VPO', 'idp-certificate'],
    ['subsydiia', 'housing-subsidy'],
    ['subsidiya', 'housing-subsidy'],
    ['bahatoditna simia', 'large-family-certificate'],
    ['pakunok maliuka', 'baby-box-compensation'],
    ['yeyasla', 'yeyasla-assistance'],
    ['propyska', 'residence-registration'],
    ['pokhovannia', 'funeral-assistance-uninsured'],
    ['invalidnist z dytynstva', 'disability-from-childhood-assistance'],
    ['dopomoga na prozhyvannya VPO', 'idp-living-allowance'],
    ['malozabezpecheni simi', 'low-income-family-assistance'],
  ]),
  // Written after the search above was tuned, and not tuned against: how it does on queries it has not seen.
  ...q('heldOut', [
    ['допомога на дитину одинокій матері', 'single-mother-assistance'],
    ['довідка переселенця', 'idp-certificate'],
    ['пільга на тверде паливо', 'fuel-privilege'],
    ['декретні', 'maternity-assistance-uninsured'],
    ['посвідчення багатодітної матері', 'large-family-certificate'],
    ['dovidka pereselentsia', 'idp-certificate'],
    ['subsydiia na orendu', 'rent-subsidy'],
    ['pilhy na komunalni posluhy', 'housing-utility-privileges'],
    ['допомога на похорон', 'funeral-assistance-uninsured'],
    ['опікунство', 'guardianship-child-assistance'],
    ['пособие матери-одиночке', 'single-mother-assistance'],
    ['компенсація пакунка малюка', 'baby-box-compensation'],
    ['реєстрація проживання', 'residence-registration'],
    ['допомога малозабезпеченим', 'low-income-family-assistance'],
    ['субсидия на аренду', 'rent-subsidy'],
    ['допомога незастрахованим вагітним', 'maternity-assistance-uninsured'],
    ['ясла', 'yeyasla-assistance'],
    ['дубликат удостоверения многодетной семьи', 'large-family-certificate-duplicate'],
    ['допомога особам без права на пенсію', 'no-pension-rights-assistance'],
    ['надбавка по догляду', 'disability-care-allowance'],
  ]),
  // The everyday words of the services added for 2026 (and «гроші на дитину» for birth assistance), written when
  // they were added, before any tuning: 18 of 21 right first; the three misses were mended by keywords («гроші на
  // дитину», «гроші при народженні» of birth assistance; «оренда житла військовим»). «немає стажу для пенсії» was left out: it fits the temporary
  // assistance at pension age and the assistance to persons without a pension right alike.
  ...q('services2026', [
    ['муніципальна няня', 'municipal-nanny-compensation'],
    ['компенсація за няню', 'municipal-nanny-compensation'],
    ['допомога людям пенсійного віку без пенсії', 'pension-age-temporary-assistance'],
    ['одноразова матеріальна допомога', 'one-time-material-assistance'],
    ['допомога сиротам після 18 років', 'orphan-coming-of-age-assistance'],
    ['догляд на непрофесійній основі', 'non-professional-care-compensation'],
    ['компенсація за догляд за родичем', 'non-professional-care-compensation'],
    ['статус дитини постраждалої від війни', 'war-affected-child-status'],
    ["посвідчення члена сім'ї загиблого", 'fallen-defender-family-status'],
    ['родина загиблого військового', 'fallen-defender-family-status'],
    ['ТЗР', 'rehabilitation-aids-provision'],
    ['крісло колісне', 'rehabilitation-aids-provision'],
    ['житловий сертифікат', 'destroyed-property-compensation'],
    ['єВідновлення зруйноване житло', 'destroyed-property-compensation'],
    ['чорнобилець інвалідність компенсація', 'chornobyl-disability-one-time-compensation'],
    ['інвалідність внаслідок війни', 'war-disability-status'],
    ['компенсація за належні жилі приміщення', 'defender-housing-compensation'],
    ['чорнобильці харчування', 'chornobyl-food-compensation'],
    ['компенсація оренди житла військовим', 'defender-rent-compensation'],
    ['гроші на дитину', 'birth-assistance'],
    ['гроші при народженні дитини', 'birth-assistance'],
  ]),
];
