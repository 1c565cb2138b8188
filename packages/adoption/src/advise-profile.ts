import { z } from 'zod';

/**
 * A hromada's profile as {@link adviseModel} reads it: what the material's strengths and weaknesses turn on.
 *
 * - `community`: its kind (`rural`, `settlement`, `city`, `oblastCity` — a city of oblast significance), its
 *   population, and whether it is a district centre (райцентр). Model II is written for district centres and
 *   cities of oblast significance. The population shapes no reason: the material ties no model to a size.
 * - `automation`: the CNAP's own automation system (`none`, `vulyk` — «Вулик», `universamPoslug` — «Універсам
 *   послуг», `other`) and whether it is integrated with «Соціальна громада».
 * - `ministrySystems`: whether the head has or can obtain a qualified electronic signature (КЕП), and whether the
 *   hromada can contract and pay for the encryption modules of every workplace — model I's steps 3–5.
 * - `usznStaffInCnap`: whether the social protection body's staff can have workplaces in the CNAP (model II).
 * - `decider`: the distance to the deciding body in kilometres (0: in the same premises) and the transport there.
 * - `offices`: how many territorial subdivisions (ТП), remote workplaces (ВРМ) and starosta districts it has.
 * - `internet`: `good`, `slow` or `none` at the CNAP.
 *
 * @example
 * ```ts
 * import { HromadaProfile } from '@vikno/adoption';
 *
 * HromadaProfile.parse({
 *   community: { kind: 'rural', population: 9000, districtCentre: false },
 *   automation: { system: 'none', integratedWithSocialHromada: false },
 *   ministrySystems: { qualifiedSignature: true, encryptionModules: true },
 *   usznStaffInCnap: false,
 *   decider: { distanceKm: 35, transport: 'occasional' },
 *   offices: { territorialSubdivisions: 0, remoteWorkplaces: 2, starostaDistricts: 2 },
 *   internet: 'good',
 * });
 * ```
 */
export const HromadaProfile = z
  .object({
    community: z
      .object({
        kind: z.enum(['rural', 'settlement', 'city', 'oblastCity']),
        population: z.int().min(1).max(10_000_000),
        districtCentre: z.boolean(),
      })
      .strict(),
    automation: z
      .object({
        system: z.enum(['none', 'vulyk', 'universamPoslug', 'other']),
        integratedWithSocialHromada: z.boolean(),
      })
      .strict(),
    ministrySystems: z.object({ qualifiedSignature: z.boolean(), encryptionModules: z.boolean() }).strict(),
    usznStaffInCnap: z.boolean(),
    decider: z
      .object({
        distanceKm: z.number().min(0).max(2000),
        transport: z.enum(['regular', 'occasional', 'none']),
      })
      .strict(),
    offices: z
      .object({
        territorialSubdivisions: z.int().min(0).max(1000),
        remoteWorkplaces: z.int().min(0).max(1000),
        starostaDistricts: z.int().min(0).max(1000),
      })
      .strict(),
    internet: z.enum(['good', 'slow', 'none']),
  })
  .strict();
/** A hromada's profile as {@link adviseModel} reads it. */
export type HromadaProfile = z.infer<typeof HromadaProfile>;

/**
 * A factor of the profile a reason or a condition turns on, and a question asks about.
 *
 * @example
 * ```ts
 * import { ProfileFactor } from '@vikno/adoption';
 *
 * ProfileFactor.options.length;
 * //=> 10
 * ```
 */
export const ProfileFactor = z.enum([
  'qualifiedSignature',
  'encryptionModules',
  'internet',
  'usznStaffInCnap',
  'districtCentre',
  'communityKind',
  'automationSystem',
  'integratedWithSocialHromada',
  'distance',
  'remotePoints',
]);
/** A factor of the profile. */
export type ProfileFactor = z.infer<typeof ProfileFactor>;
