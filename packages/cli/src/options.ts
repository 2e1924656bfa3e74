/**
 * @module options
 * The global options (`--json`, `--db`, `--create`, `--lang`) as every command sees them. Kept apart from
 * context.ts (which opens stores) so that commands without a store, like `stix validate`,
 * do not load the store and its database drivers.
 */
export interface GlobalOptions {
  readonly json?: boolean;
  readonly db?: string;
  /** Create the database named by --db when it does not exist. */
  readonly create?: boolean;
  /** `--lang` as given (checked where it is used, see language.ts). */
  readonly lang?: string;
}

/** The part of a commander Command that actions need; typed loosely so any subcommand fits. */
export interface CommandLike {
  optsWithGlobals(): unknown;
}

/** The global options as seen from any (sub)command. */
export function globalOptions(command: CommandLike): GlobalOptions {
  const all = command.optsWithGlobals() as Record<string, unknown>;
  return {
    ...(all.json === true ? { json: true } : {}),
    ...(typeof all.db === 'string' ? { db: all.db } : {}),
    ...(all.create === true ? { create: true } : {}),
    ...(typeof all.lang === 'string' ? { lang: all.lang } : {}),
  };
}
