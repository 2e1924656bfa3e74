/**
 * @module commands/mapping
 * Standards and policy mapping (PRODUCT.md A6, A9):
 *   coopsec map <country>                                   the policy mapping (Table 2 for KGZ)
 *   coopsec coverage <country> --framework csf-2.0|iso27001-2013|iso27001-2022 [--level top|second]
 *   coopsec crosswalk <framework> <id> --to <framework>     OLIR links between frameworks
 *   coopsec recommend <country> [--weakest <component>]     priority actions by cooperation area
 * All accept the global `--json`. Unknown country or framework → exit 2.
 */
import { policyCoverage, policyMapping, recommendActions } from '@coopsec/app';
import {
  COOPERATION_AREA_NAMES,
  CoopsecError,
  GAP_RANKING_RULE,
  crosswalkLookup,
  findElement,
  getCatalogue,
  parseFrameworkId,
  type CoverageCell,
} from '@coopsec/model';
import { globalOptions, withStore } from '../context.ts';
import { action, formatTable, printJson } from '../output.ts';

interface CommandLike {
  optsWithGlobals(): unknown;
}

function wantsJson(command: CommandLike): boolean {
  return (command.optsWithGlobals() as { json?: unknown }).json === true;
}

function write(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

function parseLevel(value: string | undefined): 'top' | 'second' {
  if (value === undefined || value === 'top' || value === 'second') return value ?? 'top';
  throw new CoopsecError('BAD_INPUT', `--level must be top or second, got "${value}"`);
}

const SHORT: Readonly<Record<CoverageCell['level'], string>> = {
  full: 'full',
  partial: 'part',
  'declarative-only': 'decl',
  none: '·',
};

/** `part` for a direct mapping, `part*` when reached by inheritance, inference or roll-up. */
function cellText(cell: CoverageCell | undefined): string {
  if (cell === undefined || cell.level === 'none') return SHORT.none;
  return `${SHORT[cell.level]}${cell.how === 'direct' ? '' : '*'}`;
}

export const mapAction = action((country: string, _opts: unknown, command: CommandLike) => {
  const mapping = policyMapping(country);
  const leftOut = mapping.csfLeftOut;
  if (wantsJson(command)) {
    printJson(mapping);
    return;
  }
  write(`${mapping.title} (${mapping.country})\nSource: ${mapping.source}\n`);
  write(
    formatTable(
      ['#', 'Legal act / institution', 'No.', 'ISO/IEC 27001', 'NIST CSF', 'Coverage'],
      mapping.rows.map((r, i) => [
        i + 1,
        r.instrument.title.length > 60
          ? `${r.instrument.title.slice(0, 57)}...`
          : r.instrument.title,
        r.instrument.number,
        r.asPrinted?.iso ?? r.iso.join('; '),
        r.asPrinted?.csf ?? r.csf.join('/'),
        r.coverage,
      ]),
    ),
  );
  write('');
  mapping.rows.forEach((r, i) => {
    write(
      `${i + 1}. ${r.instrument.title}${r.instrument.number !== undefined ? ` (No. ${r.instrument.number})` : ''}`,
    );
    write(
      `   kind: ${r.instrument.kind}; status: ${r.instrument.status} — ${r.instrument.statusBasis}`,
    );
    write(`   gap: ${r.gap}`);
    for (const a of r.actions) write(`   priority action: ${a}`);
    write(`   coverage ${r.coverage}: ${r.coverageBasis}`);
  });
  write('');
  for (const note of mapping.notes ?? []) write(`Note: ${note}`);
  if (leftOut.length > 0) {
    write(
      `Not mapped by any row (CSF 2.0): ${leftOut.map((e) => `${e.id} ${e.title}`).join('; ')}`,
    );
  }
});

export const coverageAction = action(
  (country: string, opts: { framework: string; level?: string }, command: CommandLike) => {
    const answer = policyCoverage({
      country,
      framework: opts.framework,
      level: parseLevel(opts.level),
    });
    const { gaps, framework, ...matrix } = answer;
    if (wantsJson(command)) {
      printJson(answer);
      return;
    }
    write(`Coverage of ${framework} (${matrix.level} level) by the acts of ${matrix.country}\n`);
    const rows = matrix.rows.map((r, i) => [String(i + 1), ...r.cells.map(cellText)]);
    rows.push(['all', ...matrix.combined.map(cellText)]);
    write(formatTable(['act', ...matrix.columns.map((c) => c.id)], rows));
    write('');
    matrix.rows.forEach((r, i) => write(`  ${i + 1} = ${r.title}`));
    write(
      '  levels: full, part(ial), decl(arative-only), · none; * = not mapped directly (inherited, inferred or rolled up)',
    );
    write('');
    if (framework === 'csf-2.0') {
      const leftOut = policyMapping(country).csfLeftOut;
      if (leftOut.length > 0) {
        write(
          `Mapped by no row (any level above is inferred from the ISO columns): ${leftOut.map((e) => e.id).join(', ')}`,
        );
      }
    }
    write(`Uncovered: ${matrix.uncovered.length > 0 ? matrix.uncovered.join(', ') : 'none'}`);
    write(`Weakly covered: ${matrix.weak.length > 0 ? matrix.weak.join(', ') : 'none'}`);
    write('');
    write(`Ranked gaps (${GAP_RANKING_RULE}):`);
    write(
      formatTable(
        ['rank', 'id', 'title', 'level', 'direct', 'acts', 'area'],
        gaps.map((g) => [
          g.rank,
          g.id,
          g.title,
          g.level,
          g.direct ? 'yes' : 'no',
          g.acts.length,
          g.area,
        ]),
      ),
    );
    write('');
    write('Rules:');
    for (const rule of matrix.rules) write(`  - ${rule}`);
  },
);

export const crosswalkAction = action(
  (fromName: string, id: string, opts: { to: string }, command: CommandLike) => {
    const from = parseFrameworkId(fromName);
    const to = parseFrameworkId(opts.to);
    const links = crosswalkLookup({ from, id, to, expand: true });
    const source = findElement(from, id);
    if (wantsJson(command)) {
      printJson({ from, to, element: source, links });
      return;
    }
    write(`${from} ${source?.id ?? id} ${source?.title ?? ''} → ${to}`);
    if (links.length === 0) {
      write(
        'No link: the element has no counterpart in the crosswalks (e.g. a control new in ISO/IEC 27001:2022).',
      );
      return;
    }
    write(
      formatTable(
        ['from', 'to', 'title', 'relationship', 'rationale', 'strength', 'note'],
        links.map((l) => [
          l.from,
          l.to,
          findElement(to, l.to)?.title ?? '',
          l.relationship,
          l.rationale,
          l.strength,
          l.note,
        ]),
      ),
    );
    write(`Catalogue: ${getCatalogue(to).source}`);
  },
);

export const recommendAction = action(
  async (country: string, opts: { weakest?: string; framework?: string }, command: CommandLike) => {
    const answer = await withStore(globalOptions(command), (store) =>
      recommendActions(store, {
        country,
        ...(opts.framework === undefined ? {} : { framework: opts.framework }),
        ...(opts.weakest === undefined ? {} : { weakest: opts.weakest }),
      }),
    );
    if (wantsJson(command)) {
      printJson(answer);
      return;
    }
    write(
      `Recommendations for ${answer.country} (weakest component: ${answer.weakest.component}, ${answer.weakest.basis})\n`,
    );
    for (const r of answer.recommendations) {
      write(`${r.priority}. [${COOPERATION_AREA_NAMES[r.area]}] ${r.title}`);
      write(`   why: ${r.rationale}`);
      for (const a of r.relatedActions) write(`   from the mapping: ${a}`);
    }
  },
);
