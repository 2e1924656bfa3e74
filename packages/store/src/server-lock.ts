/**
 * @module server-lock
 * One server process per SQLite file. SQLite has one writer at a time: two `coopsec serve`
 * processes on one file answered 44 % of POSTs with "database is locked" (issue 13), so the
 * second one is refused at start instead. The lock is a file next to the database holding the
 * server's pid, created exclusively; a lock whose process no longer runs is stale and taken
 * over. CLI commands do not take it (they are short and wait on SQLite's busy timeout).
 * Several processes are supported on PostgreSQL only (README "Production").
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { CoopsecError } from '@coopsec/model';

/** Whether the target is a SQLite file (not PostgreSQL, PGlite or memory). */
export function isSqliteFile(target: string): boolean {
  return (
    !/^postgres(ql)?:\/\//.test(target) && !target.startsWith('pglite:') && target !== ':memory:'
  );
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the server lock of a SQLite file; returns the function that releases it.
 * Throws CONFLICT, naming the file and the other process, when another server holds it.
 */
export function lockSqliteServer(file: string): () => void {
  const path = `${resolve(file)}.server-lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(path, 'utf8').trim() === String(process.pid)) rmSync(path);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = Number(readFileSync(path, 'utf8').trim());
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && running(pid)) {
      throw new CoopsecError(
        'CONFLICT',
        `another coopsec server (pid ${pid}) is already serving the SQLite database ${resolve(file)}; stop it first, or run several servers over PostgreSQL (README: Production). Lock file: ${path}`,
      );
    }
    rmSync(path, { force: true }); // stale: its process is gone
  }
  throw new CoopsecError('CONFLICT', `cannot take the server lock ${path}`);
}
