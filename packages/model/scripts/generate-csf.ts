/**
 * Generates packages/model/src/standards/data/csf-2.0.json from NIST's OSCAL XML catalogue of
 * CSF 2.0 (public domain + CC0). The product reads only the JSON; this script and the tests are
 * the only code that read the shared data folder.
 *
 *   node --import tsx packages/model/scripts/generate-csf.ts [path/to/NIST_CSF_v2.0_catalog.xml]
 *   node --import tsx packages/model/scripts/generate-csf.ts --check [xml]   exit 1 if stale
 *   node --import tsx packages/model/scripts/generate-csf.ts --stdout [xml]  print, don't write
 *
 * The default XML path is ../shared/data/nist-csf-2.0/NIST_CSF_v2.0_catalog.xml relative to
 * the repository root.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsfOscalXml, serialiseCsfCatalog } from '../src/standards/csf-oscal.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../..');
export const DEFAULT_CSF_XML = resolve(
  repoRoot,
  '../shared/data/nist-csf-2.0/NIST_CSF_v2.0_catalog.xml',
);
export const CSF_JSON = resolve(here, '../src/standards/data/csf-2.0.json');

/** Reads the XML and returns the JSON text the committed file must hold. */
export function generateCsfJson(xmlPath: string = DEFAULT_CSF_XML): string {
  const xml = readFileSync(xmlPath, 'utf8');
  return serialiseCsfCatalog(parseCsfOscalXml(xml, { file: basename(xmlPath) }));
}

function main(argv: readonly string[]): number {
  const flags = argv.filter((a) => a.startsWith('--'));
  const xmlPath = resolve(argv.find((a) => !a.startsWith('--')) ?? DEFAULT_CSF_XML);
  const json = generateCsfJson(xmlPath);
  if (flags.includes('--stdout')) {
    process.stdout.write(json);
    return 0;
  }
  if (flags.includes('--check')) {
    const current = readFileSync(CSF_JSON, 'utf8');
    if (current !== json) {
      process.stderr.write(`${CSF_JSON} is stale: re-run generate-csf.ts\n`);
      return 1;
    }
    process.stdout.write(`${CSF_JSON} is up to date\n`);
    return 0;
  }
  writeFileSync(CSF_JSON, json);
  const data = JSON.parse(json) as { counts: Record<string, number> };
  process.stdout.write(`wrote ${CSF_JSON}: ${JSON.stringify(data.counts)}\n`);
  return 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
