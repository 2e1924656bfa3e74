/**
 * @module interpolation
 * Linear interpolation, only on request (PRODUCT.md A1: years the paper does not publish are
 * missing, never invented; interpolation is computed on demand and labelled as such).
 *
 * Every produced value is an `estimated` assessment with method `linear-interpolation`, the
 * source `coopsec-linear-interpolation`, low confidence, and the two *measured* neighbours it
 * came from. Estimates are never used as neighbours of other estimates, and a year outside the
 * measured span is refused: this module never extrapolates (trend projection lives in the
 * scenario engine, labelled there).
 */
import type { Assessment } from './assessment.ts';
import type { ComponentId } from './components.ts';
import { CoopsecError, type ErrorDetail } from './errors.ts';

export const INTERPOLATION_SOURCE_ID = 'coopsec-linear-interpolation';

/** An interpolated value: an assessment that says it is estimated and where from. */
export interface InterpolatedAssessment extends Assessment {
  readonly kind: 'estimated';
  readonly method: 'linear-interpolation';
  /** The measured values before and after the year, in year order. */
  readonly neighbours: readonly [Assessment, Assessment];
}

/**
 * Interpolates the requested years of one country's component series from its measured values.
 * Returns the measured values of the series plus one estimate per requested missing year, in
 * year order. Requested years that are already measured are returned as measured, unchanged.
 * Refuses (BAD_INPUT, each year named) a year before the first or after the last measured
 * year, and non-integer years.
 *
 * @example
 * interpolate(KGZ_PAPER_ASSESSMENTS, { country: 'KGZ', component: 'infrastructure', years: [2022] });
 * // [2020 measured 55, 2022 estimated 66.5 (from 2020 = 55 and 2024 = 78), 2024 measured 78]
 */
export function interpolate(
  assessments: readonly Assessment[],
  options: { country: string; component: ComponentId; years: readonly number[] },
): (Assessment | InterpolatedAssessment)[] {
  const { country, component, years } = options;
  const measured = assessments
    .filter((a) => a.country === country && a.component === component && a.kind === 'measured')
    .sort((a, b) => a.year - b.year);
  const first = measured[0];
  const last = measured[measured.length - 1];
  const details: ErrorDetail[] = [];
  for (const year of years) {
    if (!Number.isInteger(year)) {
      details.push({ field: 'years', message: `${year} is not an integer year` });
    } else if (first === undefined || last === undefined || year < first.year || year > last.year) {
      details.push({
        field: 'years',
        message:
          first === undefined || last === undefined
            ? `${year}: ${country} ${component} has no measured values`
            : `${year} is outside the measured span ${first.year}–${last.year}; interpolation never extrapolates`,
      });
    }
  }
  if (details.length > 0) {
    throw new CoopsecError('BAD_INPUT', `cannot interpolate ${country} ${component}`, { details });
  }
  const estimates: InterpolatedAssessment[] = [];
  for (const year of [...new Set(years)]) {
    if (measured.some((a) => a.year === year)) continue;
    const before = measured.filter((a) => a.year < year).at(-1);
    const after = measured.find((a) => a.year > year);
    if (before === undefined || after === undefined) continue; // excluded by the span check above
    const t = (year - before.year) / (after.year - before.year);
    const score = before.score + t * (after.score - before.score);
    estimates.push({
      country,
      year,
      component,
      score,
      sourceId: INTERPOLATION_SOURCE_ID,
      evidence: `linear interpolation between ${before.year} (${before.score}, ${before.sourceId}) and ${after.year} (${after.score}, ${after.sourceId})`,
      confidence: 'low',
      kind: 'estimated',
      method: 'linear-interpolation',
      neighbours: [before, after],
    });
  }
  return [...measured, ...estimates].sort((a, b) => a.year - b.year);
}

/** True for values this module produced. */
export function isInterpolated(a: Assessment): a is InterpolatedAssessment {
  return (
    a.kind === 'estimated' &&
    (a as Partial<InterpolatedAssessment>).method === 'linear-interpolation'
  );
}
