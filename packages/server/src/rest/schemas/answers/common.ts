/**
 * @module rest/schemas/answers/common
 * Building blocks of the answer schemas. Imports: zod and the model's constants only (the
 * web type-checks these files; its imports of them are type-only, so nothing is bundled).
 */
import { z } from 'zod';
import { COMPONENT_IDS } from '@coopsec/model';

/** Answers are read, never changed, by clients: readonly lists. */
export const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

export const componentId = z.enum(COMPONENT_IDS);

/** A stated assumption of the model or a scenario (id, value, why). */
export const assumption = z.object({
  id: z.string(),
  value: z.union([z.number(), z.string()]),
  why: z.string(),
});
