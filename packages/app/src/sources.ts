/**
 * @module sources
 * A user's own sources and the assessments that cite them: `coopsec source add|list`,
 * `coopsec import` with a sources sheet, `GET/POST /api/sources` and the dashboard's Assess
 * page all go through these functions, so a ministry's survey is cited as the ministry's.
 *
 * @example
 * await addSource(store, { id: 'kg-survey-2025', title: 'National survey', publisher: 'Ministry' });
 * await importAssessments(store, { rows, sources: [] });
 */
import {
  validateAssessmentRows,
  validateSource,
  validateSources,
  type Assessment,
  type ErrorDetail,
  type SourceRecord,
} from '@coopsec/model';
import { AssessmentRepository, type Store, type StoredSource } from '@coopsec/store';

export interface AddSourceOptions {
  /** Update a user's source of the same id instead of refusing it. */
  readonly replace?: boolean;
}

/** Adds one source; BAD_INPUT names each wrong field, CONFLICT an id in use. */
export async function addSource(
  store: Store,
  input: unknown,
  options: AddSourceOptions = {},
): Promise<StoredSource> {
  const record = validateSource(input);
  const repo = new AssessmentRepository(store);
  await repo.addUserSources([record], { replace: options.replace === true });
  const stored = (await repo.listSources()).find((s) => s.id === record.id);
  return stored ?? { ...record, origin: 'user' };
}

export async function listSources(
  store: Store,
  filter: { readonly origin?: 'bundled' | 'user' } = {},
): Promise<StoredSource[]> {
  return new AssessmentRepository(store).listSources(filter);
}

/** Rows as read from a file or a form, with what messages need to speak the input's language. */
export interface ImportAssessmentsInput {
  readonly rows: readonly unknown[];
  /** A sources sheet: the user's own sources the rows may cite, added in the same transaction. */
  readonly sources?: readonly unknown[];
  readonly firstRow?: number;
  readonly rowNumbers?: readonly number[];
  readonly fieldNames?: Readonly<Record<string, string>>;
  readonly problems?: readonly ErrorDetail[];
  readonly sourceRowNumbers?: readonly number[];
  /** Overwrite stored values for the same country, year and component. */
  readonly replace?: boolean;
  /** Update the user's sources of the same ids. */
  readonly replaceSources?: boolean;
  readonly onProgress?: (written: number, total: number) => void;
}

export interface ImportAssessmentsResult {
  readonly imported: number;
  readonly countries: readonly string[];
  readonly sourcesAdded: readonly string[];
}

/**
 * Validates the sources sheet and every row (a row may cite a stored source or one of the
 * sheet), then writes both in one transaction: all or nothing.
 */
export async function importAssessments(
  store: Store,
  input: ImportAssessmentsInput,
): Promise<ImportAssessmentsResult> {
  const repo = new AssessmentRepository(store);
  const sheet: SourceRecord[] =
    input.sources === undefined || input.sources.length === 0
      ? []
      : validateSources(input.sources, {
          ...(input.sourceRowNumbers === undefined ? {} : { rowNumbers: input.sourceRowNumbers }),
        });
  const stored = await repo.listSources();
  const known = [...stored.filter((s) => !sheet.some((n) => n.id === s.id)), ...sheet];
  const assessments: Assessment[] = validateAssessmentRows(input.rows, {
    sources: known,
    ...(input.firstRow === undefined ? {} : { firstRow: input.firstRow }),
    ...(input.rowNumbers === undefined ? {} : { rowNumbers: input.rowNumbers }),
    ...(input.fieldNames === undefined ? {} : { fieldNames: input.fieldNames }),
    ...(input.problems === undefined ? {} : { problems: input.problems }),
  });
  await repo.importWithSources(sheet, assessments, {
    replace: input.replace === true,
    replaceSources: input.replaceSources === true,
    ...(input.onProgress === undefined ? {} : { onProgress: input.onProgress }),
  });
  return {
    imported: assessments.length,
    countries: [...new Set(assessments.map((a) => a.country))],
    sourcesAdded: sheet.map((s) => s.id),
  };
}
