/**
 * @module busy
 * Whether a database error means "busy, try again" rather than a fault: SQLite could not get
 * its lock within `busy_timeout` (SQLITE_BUSY, SQLITE_LOCKED and their extended codes), or
 * PostgreSQL refused for a transient reason (SQLSTATE class 40 serialization/deadlock,
 * 55P03 lock not available, 53300 too many connections, 57P03 cannot connect now) or the pool
 * timed out. Callers answer these with 503 and a retry hint, never 500.
 */
const PG_TRANSIENT = new Set(['40001', '40P01', '55P03', '53300', '57P03']);

export function isDatabaseBusy(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return true;
      if (PG_TRANSIENT.has(code)) return true;
    }
    if (/timeout exceeded when trying to connect/i.test(e.message)) return true;
    e = e.cause;
  }
  return false;
}
