/**
 * @module assess-entry
 * Assess a country by hand (issue 14 item 2): an analyst enters, for one year, each
 * component's score directly with a source, or answers the indicators of the starter
 * questionnaire with evidence (the model's NCSI rule turns the answers into a score). The
 * preview shows the overview — index, maturity stages, weakest component — as it would be with
 * the draft saved, by the same `countryOverview` rule as `coopsec assess`; saving writes the
 * rows through `importAssessments` (all or nothing, the same validation as a file import).
 * The dashboard's Assess page calls both through `POST /api/countries/:country/draft[/preview]`.
 */
import {
  componentScoreFromIndicators,
  CoopsecError,
  countryOverview,
  resolveCountry,
  STARTER_INDICATOR_SET,
  STARTER_INDICATORS,
  validateAssessmentRows,
  type Assessment,
  type ComponentId,
  type CountryOverview,
  type ErrorDetail,
  type IndicatorScore,
  type Source,
} from '@coopsec/model';
import { AssessmentRepository, type Store } from '@coopsec/store';
import { importAssessments, type ImportAssessmentsResult } from './sources.ts';

export interface DraftEntry {
  readonly component: string;
  /** A score entered directly, 0–100; or leave it out and give `answers`. */
  readonly score?: number;
  /** Answers to the starter questionnaire's indicators of this component. */
  readonly answers?: readonly {
    readonly indicatorId: string;
    readonly achieved: number;
    readonly evidence: string;
  }[];
  readonly sourceId: string;
  /** Evidence of a directly entered score (a link to the survey, the act, the page). */
  readonly evidence?: string;
  readonly confidence?: 'high' | 'medium' | 'low';
}

export interface AssessmentDraft {
  readonly country: string;
  readonly year: number;
  /** Components left out stay missing; they are never filled in. */
  readonly entries: readonly DraftEntry[];
}

export interface DraftPreview {
  readonly country: string;
  readonly year: number;
  /** The rows the draft would write. */
  readonly rows: readonly Assessment[];
  readonly indicatorScores: readonly IndicatorScore[];
  /** Stored values the draft would replace (same year and component). */
  readonly replaces: readonly { readonly component: ComponentId; readonly score: number }[];
  /** The overview with the draft in place of the stored values of the same year. */
  readonly overview: CountryOverview | null;
}

export function starterQuestionnaire() {
  return { ...STARTER_INDICATOR_SET, indicators: STARTER_INDICATORS };
}

export async function previewAssessment(
  store: Store,
  draft: AssessmentDraft,
): Promise<DraftPreview> {
  const country = resolveCountry(draft.country).alpha3;
  const repo = new AssessmentRepository(store);
  const { rows, indicatorScores } = draftRows(country, draft, await repo.listSources());
  const stored = await repo.list({ country });
  const replaced = stored.filter((s) =>
    rows.some((r) => r.year === s.year && r.component === s.component),
  );
  const merged = [...stored.filter((s) => !replaced.includes(s)), ...rows];
  return {
    country,
    year: draft.year,
    rows,
    indicatorScores,
    replaces: replaced.map((r) => ({ component: r.component, score: r.score })),
    overview:
      merged.length === 0 ? null : countryOverview({ country, rows: merged, interpolate: false }),
  };
}

export async function saveAssessment(
  store: Store,
  draft: AssessmentDraft,
): Promise<DraftPreview & { readonly saved: ImportAssessmentsResult }> {
  const preview = await previewAssessment(store, draft);
  if (preview.rows.length === 0)
    throw new CoopsecError('BAD_INPUT', 'nothing to save: enter at least one component', {
      details: [{ field: 'entries', message: 'no component has a score or answers' }],
    });
  const saved = await importAssessments(store, { rows: preview.rows, replace: true });
  return { ...preview, saved };
}

function draftRows(
  country: string,
  draft: AssessmentDraft,
  sources: readonly Source[],
): { rows: Assessment[]; indicatorScores: IndicatorScore[] } {
  const entries: readonly DraftEntry[] = draft.entries;
  if (!isList(entries))
    throw new CoopsecError('BAD_INPUT', 'entries must be a list', {
      details: [{ field: 'entries', message: 'must be a list' }],
    });
  const details: ErrorDetail[] = [];
  const indicatorScores: IndicatorScore[] = [];
  const candidates: Record<string, unknown>[] = [];
  const entryOf: number[] = [];
  entries.forEach((entry, i) => {
    const problem = shapeProblem(entry);
    if (problem !== undefined) {
      details.push({ field: `entries.${i}${problem.field}`, message: problem.message });
      return;
    }
    const answers: NonNullable<DraftEntry['answers']> = entry.answers ?? [];
    if (entry.score === undefined && answers.length === 0) return; // left missing
    let score = entry.score;
    let evidence = entry.evidence ?? '';
    if (entry.score === undefined) {
      try {
        const result = componentScoreFromIndicators({
          component: entry.component as ComponentId,
          indicators: STARTER_INDICATORS,
          answers: answers.map((a) => ({ ...a, sourceId: entry.sourceId })),
        });
        indicatorScores.push(result);
        score = Math.round(result.score * 100) / 100;
        evidence = [
          `${STARTER_INDICATOR_SET.id}: ${result.pointsAchieved} of ${result.pointsMaximum} points`,
          ...answers.filter((a) => a.achieved > 0).map((a) => `${a.indicatorId} ${a.evidence}`),
        ].join('; ');
      } catch (error) {
        if (!(error instanceof CoopsecError)) throw error;
        for (const d of error.details)
          details.push({ ...d, field: `entries.${i}.answers.${d.record ?? ''}.${d.field ?? ''}` });
        return;
      }
    }
    candidates.push({
      country,
      year: draft.year,
      component: entry.component,
      score,
      sourceId: entry.sourceId,
      evidence,
      confidence: entry.confidence ?? 'medium',
      kind: 'measured',
    });
    entryOf.push(i);
  });
  let rows: Assessment[] = [];
  try {
    rows = validateAssessmentRows(candidates, { sources, firstRow: 0 });
  } catch (error) {
    if (!(error instanceof CoopsecError)) throw error;
    for (const d of error.details) {
      const entry = entryOf[d.row ?? -1];
      const field =
        d.field === 'year' || d.field === 'country' ? d.field : `entries.${entry}.${d.field ?? ''}`;
      details.push({ field, message: d.message });
    }
  }
  if (details.length > 0)
    throw new CoopsecError(
      'BAD_INPUT',
      `${details.length} problem(s) in the draft; nothing was saved`,
      {
        details,
      },
    );
  return { rows, indicatorScores };
}

/** Entries come from a form or a request body: check the shape before reading it. */
function shapeProblem(entry: unknown): { field: string; message: string } | undefined {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
    return { field: '', message: 'must be an object with component, score or answers, sourceId' };
  const e = entry as Record<string, unknown>;
  if (e.score !== undefined && e.score !== null && typeof e.score !== 'number')
    return { field: '.score', message: `must be a number, got ${JSON.stringify(e.score)}` };
  if (e.answers === undefined) return undefined;
  if (!Array.isArray(e.answers)) return { field: '.answers', message: 'must be a list' };
  const bad = e.answers.findIndex(
    (a: unknown) =>
      typeof a !== 'object' ||
      a === null ||
      typeof (a as Record<string, unknown>).indicatorId !== 'string' ||
      typeof (a as Record<string, unknown>).achieved !== 'number' ||
      typeof (a as Record<string, unknown>).evidence !== 'string',
  );
  return bad === -1
    ? undefined
    : { field: `.answers.${bad}`, message: 'must have indicatorId, achieved (0–1) and evidence' };
}

/** Array.isArray without its narrowing (which turns a readonly typed list into any[]). */
function isList(value: unknown): boolean {
  return Array.isArray(value);
}
