/**
 * @module rest/schemas/problem
 * The problem+json body every REST error has (RFC 9457 §3, plus `code` and `errors`), as the
 * OpenAPI document publishes it; problem.ts builds it.
 */
import { z } from 'zod';

export const problemSchema = z.object({
  type: z.string().meta({ format: 'uri' }),
  title: z.string(),
  status: z.int(),
  detail: z.string(),
  code: z.string().meta({ description: 'CoopsecError code, or NOT_AVAILABLE_YET' }),
  errors: z.array(
    z.object({
      field: z.string().optional(),
      row: z.int().optional(),
      path: z.string().optional(),
      record: z.string().optional(),
      message: z.string(),
    }),
  ),
});
