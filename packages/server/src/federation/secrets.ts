/**
 * @module federation/secrets
 * Peer credentials encrypted at rest with AES-256-GCM under a key from the environment
 * (COOPSEC_SECRET_KEY: 32 random bytes, base64 or hex; `openssl rand -base64 32`). The key is
 * never stored and never logged; without it, no peer can be added or synchronised, and the
 * message says how to make one. Format: `v1:<iv>:<tag>:<ciphertext>`, base64url parts.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { CoopsecError } from '@coopsec/model';

export const SECRET_KEY_VARIABLE = 'COOPSEC_SECRET_KEY';

export interface SecretBox {
  seal(plain: string): string;
  open(sealed: string): string;
}

function keyBytes(text: string): Buffer {
  const trimmed = text.trim();
  const bytes = /^[0-9a-f]{64}$/i.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : Buffer.from(trimmed, 'base64');
  if (bytes.length !== 32)
    throw new CoopsecError(
      'BAD_INPUT',
      `${SECRET_KEY_VARIABLE} must be 32 bytes in base64 or hex (make one with: openssl rand -base64 32); it has ${bytes.length}`,
    );
  return bytes;
}

/** The box for the key in the environment; a clear error when it is missing or malformed. */
export function secretBoxFromEnv(env: NodeJS.ProcessEnv = process.env): SecretBox {
  const text = env[SECRET_KEY_VARIABLE];
  if (text === undefined || text.trim() === '')
    throw new CoopsecError(
      'BAD_INPUT',
      `peer credentials are encrypted at rest: set ${SECRET_KEY_VARIABLE} to 32 random bytes (openssl rand -base64 32) and keep it for every later run`,
    );
  return secretBox(keyBytes(text));
}

export function secretBox(key: Buffer): SecretBox {
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64url'));
      return `v1:${parts.join(':')}`;
    },
    open(sealed) {
      const [version, iv, tag, data] = sealed.split(':');
      if (version !== 'v1' || iv === undefined || tag === undefined || data === undefined)
        throw new CoopsecError('INTERNAL', 'stored peer credentials are not in a known format');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([
          decipher.update(Buffer.from(data, 'base64url')),
          decipher.final(),
        ]).toString('utf8');
      } catch {
        throw new CoopsecError(
          'BAD_INPUT',
          `the stored peer credentials cannot be decrypted with this ${SECRET_KEY_VARIABLE} (was it changed?)`,
        );
      }
    },
  };
}
