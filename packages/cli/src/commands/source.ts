/**
 * @module commands/source
 * `coopsec source add|list`: thin adapters over `addSource` / `listSources` of @coopsec/app.
 */
import { addSource, listSources } from '@coopsec/app';
import { globalOptions, withStore, type CommandLike } from '../context.ts';
import { action, formatTable, show } from '../output.ts';

interface SourceAddOptions {
  title: string;
  publisher?: string;
  url?: string;
  doi?: string;
  date?: string;
  licence?: string;
  note?: string;
  replace?: true;
}

export const sourceAddAction = action(
  async (id: string, options: SourceAddOptions, command: CommandLike) =>
    withStore(globalOptions(command), async (store) => {
      const { replace, ...fields } = options;
      const added = await addSource(store, { id, ...fields }, { replace: replace === true });
      show(
        command,
        added,
        `added source ${added.id}: ${added.citation}${added.url === undefined && added.doi === undefined ? '\n(no URL or DOI given: the report will say so)' : ''}`,
      );
    }),
);

export const sourceListAction = action(async (options: { mine?: true }, command: CommandLike) =>
  withStore(globalOptions(command), async (store) => {
    const sources = await listSources(store, options.mine === true ? { origin: 'user' } : {});
    show(
      command,
      { sources },
      sources.length === 0
        ? 'No sources of yours yet. Add one with: coopsec source add <id> --title "..."'
        : formatTable(
            ['id', 'origin', 'citation', 'url or doi', 'licence'],
            sources.map((s) => [
              s.id,
              s.origin,
              s.citation,
              s.url ?? (s.doi === undefined ? undefined : `doi:${s.doi}`),
              s.licence,
            ]),
          ),
    );
  }),
);
