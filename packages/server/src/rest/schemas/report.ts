/**
 * @module rest/schemas/report
 * The report download's query.
 */
import { z } from 'zod';

export const reportQuery = z.object({
  format: z.enum(['html', 'pdf'], { error: 'must be html or pdf' }).optional(),
  tlp: z
    .string()
    .regex(
      /^(clear|green|amber|amber\+strict|red)$/i,
      'must be clear, green, amber, amber+strict or red',
    )
    .optional(),
});
