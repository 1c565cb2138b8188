import { ACTS } from './acts/index.js';
import { ActRegister } from './register.js';

let built: ActRegister | undefined;

/**
 * The register of every act the SDK cites, validated on first use and then kept.
 *
 * @example
 * ```ts
 * import { defaultActRegister } from '@vikno/law';
 *
 * defaultActRegister().get('civil-code')?.number;
 * //=> '435-IV'
 * ```
 */
export function defaultActRegister(): ActRegister {
  built ??= new ActRegister(ACTS);
  return built;
}
