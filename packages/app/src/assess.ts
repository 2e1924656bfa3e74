/**
 * @module assess
 * Assess a country: the overview (series, dynamics, composite index, weakest component,
 * maturity stages) of the stored assessments, by the model's one rule (`countryOverview`:
 * missing years stay missing, estimates only on request and labelled). `coopsec assess` and
 * `GET /api/countries/:country/overview` both answer with this.
 *
 * @example
 * const overview = await assessCountry(store, { country: 'KGZ' });
 */
import {
  CoopsecError,
  countryOverview,
  findCountry,
  type CountryOverview,
  type MaturityRule,
} from '@coopsec/model';
import { AssessmentRepository, type Store } from '@coopsec/store';
import { measuredCooperationFor, type MeasuredCooperationView } from './cooperation.ts';

export interface AssessCountryOptions {
  /** ISO 3166-1 code (alpha-2 or alpha-3) or name. */
  readonly country: string;
  readonly weights?: Readonly<Record<string, number>>;
  readonly rule?: MaturityRule;
  /** Show labelled linear estimates for the missing inner years. Default false. */
  readonly interpolate?: boolean;
  readonly from?: number;
  readonly to?: number;
  /**
   * The country this node serves (COOPSEC_NODE_COUNTRY), or null when it is not set. When the
   * key is given, the overview carries `measuredCooperation` (issue 18 item 2): this node's
   * measured cooperation for its own country, or why there is none for this one.
   */
  readonly nodeCountry?: string | null;
}

export async function assessCountry(
  store: Store,
  options: AssessCountryOptions,
): Promise<CountryOverview & { readonly measuredCooperation?: MeasuredCooperationView }> {
  // An unknown code has no assessments either (NOT_FOUND); the CLI refuses it earlier as bad input.
  const found = findCountry(options.country);
  const code = found?.alpha3 ?? options.country.toUpperCase();
  const rows = await new AssessmentRepository(store).list({ country: code });
  if (rows.length === 0) {
    throw new CoopsecError(
      'NOT_FOUND',
      `no assessments stored for ${found?.name ?? code} (${code}); import some with coopsec import`,
      { details: [{ field: 'country', message: `${code} has no assessments` }] },
    );
  }
  for (const [field, value] of [
    ['from', options.from],
    ['to', options.to],
  ] as const) {
    if (value !== undefined && !Number.isInteger(value))
      throw new CoopsecError('BAD_INPUT', `${field} must be a year, got ${value}`, {
        details: [{ field, message: `must be a year, got ${value}` }],
      });
  }
  const overview = countryOverview({
    country: code,
    rows,
    interpolate: options.interpolate === true,
    ...(options.weights === undefined ? {} : { weights: options.weights }),
    ...(options.rule === undefined ? {} : { rule: options.rule }),
    ...(options.from === undefined ? {} : { from: options.from }),
    ...(options.to === undefined ? {} : { to: options.to }),
  });
  if (options.nodeCountry === undefined) return overview;
  return {
    ...overview,
    measuredCooperation: await measuredCooperationFor(store, {
      country: code,
      nodeCountry: options.nodeCountry,
    }),
  };
}
