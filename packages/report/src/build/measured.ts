/**
 * @module build/measured
 * The measured-cooperation part of the report input (issue 18 item 2), from what the app's
 * `measuredCooperationFor` returns: the node's figures, ratios and measured score as they are,
 * or why there are none in the report's language. Nothing given: the section is left out.
 */
import type { MeasuredCooperation } from '@coopsec/model';
import type { Messages } from '../i18n/messages.ts';
import type { Availability, MeasuredData } from '../input.ts';

/** What the caller hands the builder: the app's measured view (same shape, no app import). */
export type MeasuredCooperationInput =
  | ({ readonly available: true; readonly country: string } & MeasuredCooperation)
  | {
      readonly available: false;
      readonly reason: string;
      readonly cause?: 'node-country-not-set' | 'other-country';
      readonly nodeCountry?: string;
    };

export function buildMeasured(options: {
  readonly country: string;
  readonly view: MeasuredCooperationInput;
  readonly m: Messages;
}): Availability<MeasuredData> {
  const { view, m, country } = options;
  if (!view.available) {
    const reason =
      view.cause === 'node-country-not-set'
        ? m.measured.nodeCountryNotSet
        : view.cause === 'other-country' && view.nodeCountry !== undefined
          ? m.measured.otherCountry(view.nodeCountry, country)
          : view.reason;
    return { available: false, reason };
  }
  // The records are the node's: they never stand for another country's cooperation.
  if (view.country !== country)
    return { available: false, reason: m.measured.otherCountry(view.country, country) };
  return {
    available: true,
    data: {
      period: { from: view.period.from, to: view.period.to },
      confidence: view.source.confidence,
      sourceId: view.source.id,
      figures: { ...view.figures },
      ratios: view.ratios.map((r) => ({ ...r })),
      score: view.score,
      rule: view.rule,
    },
  };
}
