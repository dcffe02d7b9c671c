/**
 * The archive profile as a BagIt Profile (bagit-profiles spec 1.3.0): `docs/bagit-profile.json` is the
 * one source of the required bag-info labels, manifests and tag files; the validator reads it from
 * here and the writer's output is tested against it.
 */
import { z } from 'zod';
import profileJson from '../../../docs/bagit-profile.json';

const labelRuleSchema = z.object({
  required: z.boolean().default(false),
  repeatable: z.boolean().default(true),
  values: z.array(z.string()).optional(),
  description: z.string().optional(),
});

export const bagitProfileSchema = z.object({
  'BagIt-Profile-Info': z.object({ 'BagIt-Profile-Identifier': z.string(), 'BagIt-Profile-Version': z.string(), Version: z.string() }).loose(),
  'Bag-Info': z.record(z.string(), labelRuleSchema),
  'Manifests-Required': z.array(z.string()),
  'Manifests-Allowed': z.array(z.string()).optional(),
  'Allow-Fetch.txt': z.boolean().default(true),
  Serialization: z.enum(['forbidden', 'required', 'optional']),
  'Tag-Manifests-Required': z.array(z.string()).default([]),
  'Tag-Files-Required': z.array(z.string()).default([]),
  'Accept-BagIt-Version': z.array(z.string()),
});
export type BagitProfile = z.infer<typeof bagitProfileSchema>;

export const ARCHIVE_PROFILE: BagitProfile = bagitProfileSchema.parse(profileJson);
