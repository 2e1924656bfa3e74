/**
 * @module testing/postgres
 * A throw-away database on the real PostgreSQL server named by COOPSEC_TEST_PG_URL (which
 * `.ci/run` starts). Each suite gets its own database, dropped afterwards, so suites can run
 * in parallel and a failed run leaves nothing behind that breaks the next one.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export function requirePgUrl(): string {
  const url = process.env.COOPSEC_TEST_PG_URL;
  if (url === undefined || url === '') {
    throw new Error(
      'COOPSEC_TEST_PG_URL is not set: the pg suite needs a PostgreSQL server (bash .ci/run starts one)',
    );
  }
  return url;
}

export interface TemporaryDatabase extends AsyncDisposable {
  readonly url: string;
  drop(): Promise<void>;
}

export async function createTemporaryDatabase(prefix = 'coopsec_t'): Promise<TemporaryDatabase> {
  const adminUrl = requirePgUrl();
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const drop = async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(`drop database if exists ${name} with (force)`);
    } finally {
      await client.end();
    }
  };
  return { url: url.toString(), drop, [Symbol.asyncDispose]: drop };
}
