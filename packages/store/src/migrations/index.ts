/**
 * @module migrations
 * Ordered list of migrations. Each migration receives the dialect so that the few places
 * that differ (auto-increment keys) stay inside the migration, not in the queries.
 * Add new migrations at the end with the next number; never edit a released one.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';
import * as m0001 from './0001-assessment.ts';
import * as m0002 from './0002-exchange.ts';
import * as m0003 from './0003-access.ts';
import * as m0004 from './0004-federation.ts';
import * as m0006 from './0006-sources.ts';
import * as m0007 from './0007-alerts.ts';
import * as m0008 from './0008-jobs.ts';
import * as m0009 from './0009-inventory.ts';
import * as m0010 from './0010-inventory-alerts.ts';

export interface MigrationStep {
  readonly name: string;
  up(db: Kysely<unknown>, dialect: Dialect): Promise<void>;
}

export const MIGRATIONS: readonly MigrationStep[] = [
  { name: '0001-assessment', up: m0001.up },
  { name: '0002-exchange', up: m0002.up },
  { name: '0003-access', up: m0003.up },
  { name: '0004-federation', up: m0004.up },
  { name: '0006-sources', up: m0006.up },
  { name: '0007-alerts', up: m0007.up },
  { name: '0008-jobs', up: (db) => m0008.up(db) },
  { name: '0009-inventory', up: (db) => m0009.up(db) },
  { name: '0010-inventory-alerts', up: m0010.up },
];
