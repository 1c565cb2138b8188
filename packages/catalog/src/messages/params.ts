import type { LocalizedText } from '@vikno/law';

/**
 * The parameters of each message of `@vikno/catalog`: what a text may say. Never the value given, only its kind
 * (`value`), and paths, ids and days of the catalogue itself.
 */
export interface CatalogMessageParams {
  /** A service repeats the id of an earlier one (`first` is that one's path). */
  DUPLICATE_ID: { first: string };
  /** A service repeats the Register id of an earlier one. */
  DUPLICATE_REGISTER_ID: { first: string };
  /** A required dated value has a gap while the service is available. */
  MISSING_VALUE: { from: string; to: string };
  /** A vendor's service has the id of a catalogue service. */
  CLASHING_ID: { id: string };
  /** An override names no service; `suggestions` are the nearest ids of the catalogue. */
  UNKNOWN_OVERRIDE: { position: number; suggestions: readonly string[] };
  /** More overrides than a catalogue holds services. */
  TOO_MANY_OVERRIDES: { max: number; value: LocalizedText };
}
