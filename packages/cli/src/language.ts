/**
 * @module language
 * The language of the CLI's human output and of the reports it writes: `--lang`, else the
 * `COOPSEC_LANG` environment variable, else English. An unknown value is bad input naming where
 * it came from (exit code 2). `--json` output is the same in every language: scripts read it.
 */
import { chooseLanguage } from '@coopsec/app';
import { isLanguage, translator, type Language, type Translator } from '@coopsec/i18n';
import { globalOptions, type CommandLike } from './options.ts';

export function cliLanguage(command: CommandLike): Language {
  const given = globalOptions(command).lang;
  const env = process.env.COOPSEC_LANG;
  if (given !== undefined) return chooseLanguage({ requested: given, field: '--lang' });
  if (env !== undefined && env !== '')
    return chooseLanguage({ requested: env, field: 'COOPSEC_LANG' });
  return 'en';
}

/** The translator for a command's human output. */
export function cliTranslator(command: CommandLike): Translator {
  return translator(cliLanguage(command));
}

/**
 * The language to print an error in: like cliLanguage, but never throws (the error being
 * printed may be the bad `--lang` itself, which is then printed in English).
 */
export function errorLanguage(lang: string | undefined): Language {
  const wanted = (lang ?? process.env.COOPSEC_LANG ?? '').trim().toLowerCase();
  return isLanguage(wanted) ? wanted : 'en';
}
