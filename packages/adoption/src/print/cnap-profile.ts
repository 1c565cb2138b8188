import { Cnap } from '@vikno/catalog';
import { LocalizedText } from '@vikno/law';
import { z } from 'zod';
import { printRefinement, rejectInput } from './messages/index.js';

/** The most offices, workplaces or districts one profile lists: far above any hromada's. */
export const MAX_OFFICES = 200;

/**
 * The channels through which a CNAP itself takes applications (a subset of the catalogue's `Channel`): its own hall,
 * its territorial units (ТП), remote workplaces of its administrators (ВРМ), a mobile CNAP, and a starosta or an
 * official the council authorised (уповноважена особа). What the catalogue allows a service and what a CNAP has
 * meet here: a service goes on the CNAP's list only through channels both name.
 *
 * @example
 * ```ts
 * import { CnapChannel } from '@vikno/adoption';
 *
 * CnapChannel.options;
 * //=> ['cnap', 'cnapTerritorialUnit', 'remoteWorkplace', 'mobileCnap', 'starostaOrAuthorisedOfficial']
 * ```
 */
export const CnapChannel = z.enum([
  'cnap',
  'cnapTerritorialUnit',
  'remoteWorkplace',
  'mobileCnap',
  'starostaOrAuthorisedOfficial',
]);
/** A channel through which a CNAP takes applications. */
export type CnapChannel = z.infer<typeof CnapChannel>;

const OfficeId = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/**
 * A place of a CNAP's network (a territorial unit or a remote workplace), or a starosta district (старостинський
 * округ): a stable id, its name and address. A remote workplace may name the starosta district it serves.
 *
 * @example
 * ```ts
 * import { CnapOffice } from '@vikno/adoption';
 *
 * CnapOffice.parse({
 *   id: 'vrm-lisove',
 *   name: { uk: 'ВРМ у с. Лісове', en: 'Remote workplace in Lisove' },
 *   address: { uk: 'с. Лісове, вул. Шкільна, 3', en: '3 Shkilna St, Lisove' },
 *   starostaDistrict: 'lisove',
 * });
 * ```
 */
export const CnapOffice = z
  .object({
    id: OfficeId,
    name: LocalizedText,
    address: LocalizedText,
    /** The starosta district a remote workplace serves, by its id in `starostaDistricts`. */
    starostaDistrict: OfficeId.optional(),
  })
  .strict();
/** A place of a CNAP's network, or a starosta district. */
export type CnapOffice = z.infer<typeof CnapOffice>;

/**
 * The body a front office hands documents to (a УСЗН or a Pension Fund office): its name and address, as a transfer
 * register names the receiving side.
 */
const ReceivingOffice = z.object({ name: LocalizedText, address: LocalizedText.optional() }).strict();

function uniqueIds(
  offices: readonly { readonly id: string }[],
  path: string,
  context: z.RefinementCtx,
): void {
  const seen = new Set<string>();
  for (const [index, office] of offices.entries()) {
    if (seen.has(office.id)) {
      context.addIssue({
        code: 'custom',
        path: [path, index, 'id'],
        message: printRefinement('REPEATED_OFFICE_ID', {}),
      });
    }
    seen.add(office.id);
  }
}

/**
 * A CNAP as the adoption documents need it: the information card's details of `Cnap` of `@vikno/catalog` (name,
 * address, hours, contacts, local codes), then the hromada's council, the channels the CNAP takes applications
 * through, its territorial units (ТП), remote workplaces (ВРМ) and starosta districts, and the offices it hands
 * documents to. Checked whole: every channel it claims has a place behind it, ids are unique, and a workplace names
 * a district the profile has.
 *
 * @example
 * ```ts
 * import { CnapProfile } from '@vikno/adoption';
 *
 * const profile = CnapProfile.parse({
 *   id: 'sonyachna',
 *   name: { uk: 'ЦНАП Сонячненської сільської ради', en: 'CNAP of Sonyachne village council' },
 *   address: { uk: 'с. Сонячне, вул. Миру, 1', en: '1 Myru St, Sonyachne' },
 *   hours: { '1': { opens: '08:00', closes: '17:00' } },
 *   hromada: { uk: 'Сонячненська сільська рада', en: 'Sonyachne village council' },
 *   channels: ['cnap'],
 * });
 * profile.starostaDistricts;
 * //=> []
 * ```
 */
export const CnapProfile = Cnap.extend({
  /** The council that formed the CNAP (the hromada's council), as decisions name it. */
  hromada: LocalizedText,
  /** The channels through which this CNAP takes applications; at least its own hall or another. */
  channels: z.array(CnapChannel).min(1).max(CnapChannel.options.length),
  /** Territorial units (ТП). */
  territorialUnits: z.array(CnapOffice).max(MAX_OFFICES).default([]),
  /** Remote workplaces of administrators (ВРМ), often in a starosta's office. */
  remoteWorkplaces: z.array(CnapOffice).max(MAX_OFFICES).default([]),
  /** Starosta districts (старостинські округи), whose front offices pass applications by transfer registers. */
  starostaDistricts: z.array(CnapOffice).max(MAX_OFFICES).default([]),
  /** The offices documents go to: the social protection body (УСЗН) and the Pension Fund's. */
  providerOffices: z
    .object({ uszn: ReceivingOffice.optional(), pfu: ReceivingOffice.optional() })
    .strict()
    .optional(),
})
  .strict()
  .superRefine((profile, context) => {
    if (new Set(profile.channels).size !== profile.channels.length) {
      context.addIssue({
        code: 'custom',
        path: ['channels'],
        message: printRefinement('REPEATED_CHANNEL', {}),
      });
    }
    const needs = [
      ['cnapTerritorialUnit', profile.territorialUnits],
      ['remoteWorkplace', profile.remoteWorkplaces],
    ] as const;
    for (const [channel, offices] of needs) {
      if (profile.channels.includes(channel) && offices.length === 0) {
        context.addIssue({
          code: 'custom',
          path: ['channels'],
          message: printRefinement('CHANNEL_WITHOUT_OFFICE', { channel }),
        });
      }
    }
    uniqueIds(profile.territorialUnits, 'territorialUnits', context);
    uniqueIds(profile.remoteWorkplaces, 'remoteWorkplaces', context);
    uniqueIds(profile.starostaDistricts, 'starostaDistricts', context);
    const districts = new Set(profile.starostaDistricts.map((district) => district.id));
    for (const [index, workplace] of profile.remoteWorkplaces.entries()) {
      if (workplace.starostaDistrict !== undefined && !districts.has(workplace.starostaDistrict)) {
        context.addIssue({
          code: 'custom',
          path: ['remoteWorkplaces', index, 'starostaDistrict'],
          message: printRefinement('UNKNOWN_DISTRICT', {}),
        });
      }
    }
  });
/** A CNAP as the adoption documents need it (after validation: lists present). */
export type CnapProfile = z.infer<typeof CnapProfile>;
/** A CNAP profile as written in a file (lists may be left out). */
export type CnapProfileInput = z.input<typeof CnapProfile>;

/**
 * A CNAP profile from anything (a parsed JSON file): the profile, or an `AdoptionError` `INVALID_INPUT` at `path`
 * listing every problem with its path, never repeating a value given.
 *
 * @param input - the profile as read.
 * @param path - where it came from in the caller's arguments; `cnap` by default.
 * @returns the validated profile.
 * @throws {@link AdoptionError} `INVALID_INPUT` with `issues`.
 * @example
 * ```ts
 * import { parseCnapProfile } from '@vikno/adoption';
 *
 * try {
 *   parseCnapProfile({ id: 'x' });
 * } catch (error) {
 *   console.log(error.code, error.issues.map((issue) => issue.path));
 *   //=> 'INVALID_INPUT' ['cnap.name', 'cnap.address', 'cnap.hours', 'cnap.hromada', 'cnap.channels']
 * }
 * ```
 */
export function parseCnapProfile(input: unknown, path = 'cnap'): CnapProfile {
  const parsed = CnapProfile.safeParse(input);
  if (!parsed.success) rejectInput(path, parsed.error);
  return parsed.data;
}

/** The `Cnap` of `@vikno/catalog` inside a profile: what an information card prints. */
export function cnapOf(profile: CnapProfile): Cnap {
  const cnap: Record<string, unknown> = {};
  for (const key of Object.keys(Cnap.shape)) {
    if (Object.hasOwn(profile, key)) cnap[key] = profile[key as keyof CnapProfile];
  }
  return cnap as Cnap;
}
