/**
 * @module standards
 * Standards and policy mapping (PRODUCT.md A6, A9): a country's acts mapped to ISO/IEC 27001
 * and NIST CSF 2.0 (the paper's Table 2 for KGZ), the coverage matrix of one framework with
 * its ranked gaps, and the priority actions by cooperation area for the weakest component of
 * the stored assessments. `coopsec map|coverage|recommend` and
 * `GET /api/countries/:country/mapping|coverage|recommendations` answer with these.
 *
 * @example
 * const { gaps } = policyCoverage({ country: 'KGZ', framework: 'csf-2.0' });
 */
import {
  buildSeries,
  COMPONENT_IDS,
  COVERAGE_FRAMEWORKS,
  coverageMatrix,
  CoopsecError,
  csfLeftOut,
  GAP_RANKING_RULE,
  isComponentId,
  parseFrameworkId,
  POLICY_MAPPINGS,
  rankGaps,
  recommend,
  resolveCountry,
  weakestComponent,
  type ComponentId,
  type CoverageFramework,
  type CoverageMatrix,
  type Gap,
  type PolicyMapping,
  type Recommendation,
} from '@coopsec/model';
import { AssessmentRepository, type Store } from '@coopsec/store';

export type CoverageLevel = 'top' | 'second';

/** The bundled policy mapping of a country given as alpha-2, alpha-3 or name. */
export function policyMapping(country: string): PolicyMapping & {
  readonly csfLeftOut: ReturnType<typeof csfLeftOut>;
} {
  const mapping = mappingOf(country);
  return { ...mapping, csfLeftOut: csfLeftOut(mapping) };
}

export interface CoverageOptions {
  readonly country: string;
  /** csf-2.0 (default), iso27001-2013 or iso27001-2022; aliases as parseFrameworkId takes. */
  readonly framework?: string;
  readonly level?: CoverageLevel;
}

export interface CoverageAnswer extends CoverageMatrix {
  readonly gaps: readonly Gap[];
  readonly gapRule: string;
}

export function policyCoverage(options: CoverageOptions): CoverageAnswer {
  const matrix = coverageMatrix({
    mapping: mappingOf(options.country),
    framework: coverageFramework(options.framework),
    level: options.level ?? 'top',
  });
  return { ...matrix, gaps: rankGaps(matrix), gapRule: GAP_RANKING_RULE };
}

export interface RecommendOptions {
  readonly country: string;
  readonly framework?: string;
  /** The component to start from; default: the weakest of the stored assessments' latest year. */
  readonly weakest?: string;
}

export interface RecommendAnswer {
  readonly country: string;
  readonly framework: CoverageFramework;
  readonly weakest: {
    readonly component: ComponentId;
    /** Why this component: given by the user, or the lowest score in `year`. */
    readonly basis: string;
    readonly year?: number;
    readonly score?: number;
    /** All components tied for lowest, and those without a value that year. */
    readonly components?: readonly ComponentId[];
    readonly missing?: readonly ComponentId[];
  };
  readonly recommendations: readonly Recommendation[];
}

export async function recommendActions(
  store: Store,
  options: RecommendOptions,
): Promise<RecommendAnswer> {
  const mapping = mappingOf(options.country);
  const framework = coverageFramework(options.framework);
  const weakest =
    options.weakest === undefined
      ? await storedWeakest(store, mapping.country)
      : givenWeakest(options.weakest);
  return {
    country: mapping.country,
    framework,
    weakest,
    recommendations: recommend({ mapping, weakest: weakest.component, framework, level: 'second' }),
  };
}

function givenWeakest(name: string): RecommendAnswer['weakest'] {
  if (!isComponentId(name)) {
    throw new CoopsecError(
      'BAD_INPUT',
      `unknown component "${name}" (known: ${COMPONENT_IDS.join(', ')})`,
      { details: [{ field: 'weakest', message: name }] },
    );
  }
  return { component: name, basis: 'given by the user' };
}

async function storedWeakest(store: Store, country: string): Promise<RecommendAnswer['weakest']> {
  const rows = (await new AssessmentRepository(store).list({ country })).filter(
    (r) => r.kind === 'measured',
  );
  if (rows.length === 0) {
    throw new CoopsecError(
      'NOT_FOUND',
      `no measured assessments stored for ${country}: name the weakest component yourself`,
      { details: [{ field: 'country', message: `${country} has no measured scores` }] },
    );
  }
  const year = Math.max(...rows.map((r) => r.year));
  const w = weakestComponent(buildSeries(rows, { country }), year);
  const component = w.components[0];
  if (component === undefined)
    throw new CoopsecError('NOT_FOUND', `no weakest component for ${country} in ${year}`);
  return {
    component,
    basis: `lowest measured score in ${year} (${w.score})`,
    year,
    score: w.score,
    components: w.components,
    missing: w.missing,
  };
}

function mappingOf(country: string): PolicyMapping {
  const alpha3 = resolveCountry(country).alpha3;
  const mapping = POLICY_MAPPINGS[alpha3];
  if (mapping === undefined) {
    throw new CoopsecError(
      'NOT_FOUND',
      `no standards mapping is bundled for ${alpha3} (bundled: ${Object.keys(POLICY_MAPPINGS).join(', ')})`,
      { details: [{ field: 'country', message: `${country} has no mapping` }] },
    );
  }
  return mapping;
}

function coverageFramework(value: string | undefined): CoverageFramework {
  if (value === undefined) return 'csf-2.0';
  const id = parseFrameworkId(value);
  if (!(COVERAGE_FRAMEWORKS as readonly string[]).includes(id)) {
    throw new CoopsecError(
      'BAD_INPUT',
      `coverage is computed for ${COVERAGE_FRAMEWORKS.join(', ')}, not ${id}`,
      {
        details: [
          { field: 'framework', message: `must be one of ${COVERAGE_FRAMEWORKS.join(', ')}` },
        ],
      },
    );
  }
  return id as CoverageFramework;
}
