/**
 * @module cvss
 * CVSS vectors parsed and scored by ae-cvss-calculator (FIRST CVSS v2.0, v3.0, v3.1, v4.0),
 * never by hand. The library scores an incomplete vector as 0, so the base metrics each
 * version requires are checked here first (v3.1 specification §6, v4.0 specification §7).
 */
import calculator from 'ae-cvss-calculator';
import { CoopsecError } from '@coopsec/model';
import type { CvssScore } from './types.ts';

/** The part of the library used here (its declarations do not reach a default import of CJS). */
interface Calculator {
  fromVector(vector: string): { calculateScores(): { base: number | string } } | undefined | null;
}
const cvssCalculator = calculator as unknown as Calculator;

const BASE_METRICS: Record<CvssScore['version'], readonly string[]> = {
  '2.0': ['AV', 'AC', 'Au', 'C', 'I', 'A'],
  '3.0': ['AV', 'AC', 'PR', 'UI', 'S', 'C', 'I', 'A'],
  '3.1': ['AV', 'AC', 'PR', 'UI', 'S', 'C', 'I', 'A'],
  '4.0': ['AV', 'AC', 'AT', 'PR', 'UI', 'VC', 'VI', 'VA', 'SC', 'SI', 'SA'],
};

function versionOf(vector: string): CvssScore['version'] | undefined {
  const prefix = /^CVSS:(3\.0|3\.1|4\.0)\//.exec(vector);
  if (prefix !== null) return prefix[1] as CvssScore['version'];
  return /^\(?AV:[LAN]\//.test(vector) ? '2.0' : undefined;
}

/** Qualitative severity: v3.x and v4.0 ranges (v3.1 §5); v2.0 has no "none" or "critical". */
export function severityOf(score: number, version: CvssScore['version']): CvssScore['severity'] {
  if (version === '2.0') return score < 4 ? 'low' : score < 7 ? 'medium' : 'high';
  if (score === 0) return 'none';
  if (score < 4) return 'low';
  if (score < 7) return 'medium';
  if (score < 9) return 'high';
  return 'critical';
}

/** Parses and scores `vector`; BAD_INPUT naming `field` when it is not a complete vector. */
export function scoreVector(
  vector: string,
  field = 'vector',
): Pick<CvssScore, 'version' | 'vector' | 'baseScore' | 'severity'> {
  const bad = (message: string) =>
    new CoopsecError('BAD_INPUT', `${field}: ${message}`, { details: [{ field, message }] });
  const version = versionOf(vector);
  if (version === undefined)
    throw bad(`"${vector}" is not a CVSS vector (expected CVSS:3.1/…, CVSS:4.0/… or AV:…)`);
  const parts = new Set(
    vector
      .replace(/^\(|\)$/g, '')
      .split('/')
      .map((p) => p.split(':')[0]),
  );
  const missing = BASE_METRICS[version].filter((m) => !parts.has(m));
  if (missing.length > 0)
    throw bad(`CVSS ${version} vector lacks base metrics ${missing.join(', ')}`);
  const parsed = cvssCalculator.fromVector(vector);
  if (parsed === undefined || parsed === null)
    throw bad(`"${vector}" is not a valid CVSS ${version} vector`);
  const baseScore = Number(parsed.calculateScores().base);
  if (!Number.isFinite(baseScore)) throw bad(`"${vector}" could not be scored`);
  return { version, vector, baseScore, severity: severityOf(baseScore, version) };
}
