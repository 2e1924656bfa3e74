/**
 * @module scenario/trend
 * Plain trend extrapolation beside the scenario engine (PRODUCT.md A5): a least-squares line
 * through the measured points, continued to a target year, with an uncertainty band. It is an
 * extrapolation, not a forecast, and every value says so. Refused from fewer than two
 * measured points (distinct years).
 *
 * Band:
 *  - 3 or more points: the 95% prediction interval of the linear fit,
 *    ŷ ± t(0.975, n−2) · s · √(1 + 1/n + (x − x̄)² / Sxx), s the residual standard error.
 *  - exactly 2 points: the line fits them exactly, so the spread says nothing; the band is a
 *    stated ± `bandPerYear` percentage points per year beyond the last measured year
 *    (default 2.5, an assumption, not a statistic).
 * Values and bands are clipped to 0–100 (scores cannot leave the scale); clipping is flagged.
 *
 * @example
 * extrapolateTrend({ points: [{ year: 2020, score: 45 }, { year: 2024, score: 70 }], untilYear: 2030 });
 */
import { CoopsecError } from '../errors.ts';

export interface MeasuredPoint {
  readonly year: number;
  readonly score: number;
}

export interface TrendPoint {
  readonly year: number;
  readonly score: number;
  readonly low: number;
  readonly high: number;
  readonly kind: 'estimated';
  readonly method: 'trend-extrapolation';
  readonly clipped: boolean;
}

export interface TrendResult {
  readonly label: 'extrapolation';
  readonly method: 'linear-least-squares';
  readonly band: {
    readonly method: 'prediction-interval-95' | 'stated-per-year';
    readonly bandPerYear?: number;
    readonly note: string;
  };
  readonly slope: number;
  readonly intercept: number;
  readonly measuredYears: readonly number[];
  readonly points: readonly TrendPoint[];
}

export const DEFAULT_BAND_PER_YEAR = 2.5;

// Two-sided 95% Student t quantiles for 1–30 degrees of freedom; beyond, the normal 1.96.
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145,
  2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048,
  2.045, 2.042,
];

export function tQuantile975(df: number): number {
  return T975[df - 1] ?? 1.96;
}

const clip = (x: number) => Math.min(100, Math.max(0, x));

export function extrapolateTrend(options: {
  readonly points: readonly MeasuredPoint[];
  readonly untilYear: number;
  readonly bandPerYear?: number;
}): TrendResult {
  const pts = options.points;
  const years = new Set(pts.map((p) => p.year));
  if (pts.length < 2 || years.size < 2) {
    throw new CoopsecError(
      'BAD_INPUT',
      `trend extrapolation needs at least two measured points in distinct years, got ${pts.length} point(s) in ${years.size} year(s)`,
      {
        details: [{ field: 'points', message: 'fewer than two measured points' }],
      },
    );
  }
  pts.forEach((p, i) => {
    if (!Number.isFinite(p.year) || !Number.isFinite(p.score)) {
      throw new CoopsecError('BAD_INPUT', `measured point ${i} is not a number`, {
        details: [{ path: `points[${i}]`, message: JSON.stringify(p) }],
      });
    }
  });
  if (years.size !== pts.length) {
    throw new CoopsecError('BAD_INPUT', 'two measured points share a year', {
      details: [{ field: 'points', message: 'duplicate year' }],
    });
  }
  const bandPerYear = options.bandPerYear ?? DEFAULT_BAND_PER_YEAR;
  if (!(bandPerYear >= 0))
    throw new CoopsecError('BAD_INPUT', `bandPerYear must be ≥ 0, got ${bandPerYear}`, {
      details: [{ field: 'bandPerYear', message: String(bandPerYear) }],
    });
  const lastYear = Math.max(...pts.map((p) => p.year));
  if (!Number.isInteger(options.untilYear) || options.untilYear <= lastYear) {
    throw new CoopsecError(
      'BAD_INPUT',
      `extrapolate to a year after the last measured one (${lastYear}), got ${options.untilYear}`,
      {
        details: [{ field: 'untilYear', message: String(options.untilYear) }],
      },
    );
  }
  const n = pts.length;
  const mx = pts.reduce((a, p) => a + p.year, 0) / n;
  const my = pts.reduce((a, p) => a + p.score, 0) / n;
  const sxx = pts.reduce((a, p) => a + (p.year - mx) ** 2, 0);
  const slope = pts.reduce((a, p) => a + (p.year - mx) * (p.score - my), 0) / sxx;
  const intercept = my - slope * mx;
  const s =
    n > 2
      ? Math.sqrt(
          pts.reduce((a, p) => a + (p.score - (intercept + slope * p.year)) ** 2, 0) / (n - 2),
        )
      : 0;
  const points: TrendPoint[] = [];
  for (let year = lastYear + 1; year <= options.untilYear; year++) {
    const y = intercept + slope * year;
    const half =
      n > 2
        ? tQuantile975(n - 2) * s * Math.sqrt(1 + 1 / n + (year - mx) ** 2 / sxx)
        : bandPerYear * (year - lastYear);
    const lo = y - half;
    const hi = y + half;
    points.push({
      year,
      score: clip(y),
      low: clip(lo),
      high: clip(hi),
      kind: 'estimated',
      method: 'trend-extrapolation',
      clipped: y !== clip(y) || lo !== clip(lo) || hi !== clip(hi),
    });
  }
  return {
    label: 'extrapolation',
    method: 'linear-least-squares',
    band:
      n > 2
        ? {
            method: 'prediction-interval-95',
            note: `95% prediction interval of the fit (t with ${n - 2} df)`,
          }
        : {
            method: 'stated-per-year',
            bandPerYear,
            note: `two points fit a line exactly; band is a stated ±${bandPerYear} pp per year after ${lastYear}, not a statistic`,
          },
    slope,
    intercept,
    measuredYears: pts.map((p) => p.year).sort((a, b) => a - b),
    points,
  };
}
