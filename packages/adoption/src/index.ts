/**
 * How a Ukrainian hromada brings social-character administrative services (АПСХ) into its CNAP: the methodical
 * material as cited data (the three delivery models, the way to a Дія.Центр, the social front office of
 * seed 004, practices worth copying) and an advisor that ranks the models for a hromada's profile.
 *
 * @packageDocumentation
 */
export type { AdoptionErrorCode } from './errors.js';
export { AdoptionError } from './errors.js';
export {
  Actor,
  AdoptionModel,
  Assessment,
  DiiaCentrePath,
  FrontOfficeModel,
  Indicator,
  LaterChange,
  MaterialPoint,
  Practice,
  Product,
  ProductKind,
  QualityCriterion,
  SeedCitation,
  SeedFile,
  Sourced,
  Step,
  StepVariant,
  StepVariantCase,
} from './material/types.js';
