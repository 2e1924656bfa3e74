/**
 * @module rest/schemas/admin
 * Requests of the administration routes: organisations, users, API keys, collections, grants
 * and sharing agreements. The app's use cases still decide what exists and who may act.
 */
import { z } from 'zod';
import { AGREEMENT_LEVELS, type AgreementLevel } from '@coopsec/store';
import { body, bool, text } from './common.ts';

const ID_HINT = "1–128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit";
/** An organisation, collection or agreement id. */
const id = text(128).regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, ID_HINT);

export const orgBody = body({
  id,
  name: text(200).min(1, 'must not be empty'),
  parentOrg: id.optional(),
});

export const orgParam = z.object({ orgId: id });

export const userBody = body({
  name: text(128).regex(
    /^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$/,
    "letters, digits, '.', '_', '@' or '-'",
  ),
  isAdmin: bool.optional(),
});

export const keyBody = body({ userId: text(128).min(1, 'must not be empty') });
export const keyParam = z.object({ keyId: text(64) });

export const collectionBody = body({
  id,
  title: text(200).min(1, 'must not be empty'),
  description: text(2000).optional(),
  ownerOrg: id.optional(),
});

export const collectionParam = z.object({ collectionId: id });

export const grantBody = body({
  orgId: id,
  canRead: bool.optional(),
  canWrite: bool.optional(),
});

const LEVELS_HINT = `choose at least one of ${AGREEMENT_LEVELS.join(', ')}`;

/** A list or a comma-separated text of TLP levels, `TLP:` optional, any case. */
const levels = z
  .union([z.array(z.string()), z.string()], { error: LEVELS_HINT })
  .transform((v, ctx): AgreementLevel[] => {
    const list = (Array.isArray(v) ? v : v.split(',')).map((x) =>
      x.trim().toLowerCase().replace(/^tlp:/, ''),
    );
    if (list.length === 0 || list.every((l) => l === '')) {
      ctx.addIssue({ code: 'custom', message: LEVELS_HINT });
      return [];
    }
    const bad = list.filter((l) => !(AGREEMENT_LEVELS as readonly string[]).includes(l));
    if (bad.length > 0)
      ctx.addIssue({
        code: 'custom',
        message: `unknown level(s) ${bad.join(', ')}; allowed: ${AGREEMENT_LEVELS.join(', ')} (TLP:RED never flows by agreement)`,
      });
    return [...new Set(list)] as AgreementLevel[];
  });

export const agreementBody = body({ fromOrg: id, toOrg: id, collectionId: id, levels }).refine(
  (a) => a.fromOrg !== a.toOrg,
  { message: 'must differ from fromOrg', path: ['toOrg'] },
);

export const agreementParam = z.object({ agreementId: text(128) });
