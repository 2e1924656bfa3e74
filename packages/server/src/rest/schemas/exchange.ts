/**
 * @module rest/schemas/exchange
 * Requests of the engine exports and the sensor log route (issue 16 items 2, 3, 5).
 */
import { z } from 'zod';
import { FORMATS } from '@coopsec/match';
import { oneOf } from './common.ts';

export const collectionParam = z.object({ id: z.string().min(1) });

export const exportFileParam = z.object({
  id: z.string().min(1),
  file: z.string().min(1).meta({ description: 'File name, e.g. coopsec.rules' }),
});

export const sensorQuery = z.object({
  format: oneOf(FORMATS, `unknown format (known: ${FORMATS.join(', ')})`)
    .optional()
    .meta({ description: 'default eve' }),
});
