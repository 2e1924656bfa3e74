/**
 * @module formats/text-file
 * Reads a user's file as UTF-8 text, refusing other encodings with a message that says what
 * was found, instead of importing mojibake.
 */
import { readFile } from 'node:fs/promises';
import { CoopsecError } from '@coopsec/model';

export async function readUtf8File(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = path === '-' ? await readStdin() : await readFile(path);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'no such file'
        : (error as Error).message;
    throw new CoopsecError('BAD_INPUT', `cannot read ${path}: ${reason}`, {
      details: [{ field: 'file', message: reason }],
    });
  }
  return decodeUtf8(bytes, path);
}

export function decodeUtf8(bytes: Uint8Array, name: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new CoopsecError(
      'BAD_INPUT',
      `${name} is UTF-16 encoded; save it as UTF-8 and try again`,
      {
        details: [{ field: 'encoding', message: 'UTF-16 byte-order mark found' }],
      },
    );
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    const at = firstInvalidUtf8Offset(bytes);
    throw new CoopsecError(
      'BAD_INPUT',
      `${name} is not valid UTF-8 (first bad byte at offset ${at}); save it as UTF-8`,
      {
        details: [
          { field: 'encoding', message: `invalid UTF-8 at byte ${at} (line ${lineAt(bytes, at)})` },
        ],
      },
    );
  }
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest invalid prefix; a truncated sequence at the cut is fine.
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
