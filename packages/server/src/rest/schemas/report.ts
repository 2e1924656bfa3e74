/**
 * @module rest/schemas/report
 * The report download's query.
 */
import { z } from 'zod';

export const reportQuery = z.object({
  format: z
    .enum(['html', 'pdf'], { error: 'must be html or pdf' })
    .optional()
    .meta({ description: 'html (default) or pdf' }),
  tlp: z
    .string()
    .regex(
      /^(clear|green|amber|amber\+strict|red)$/i,
      'must be clear, green, amber, amber+strict or red',
    )
    .optional()
    .meta({ description: 'TLP label printed on the report' }),
  // Checked by the app's chooseLanguage (one rule with the CLI's --lang), not here.
  lang: z
    .string()
    .optional()
    .meta({ description: 'language of the report (en, ru); default: Accept-Language, else en' }),
});

/** The case report's query: the same format and language as the assessment report's. */
export const caseReportQuery = reportQuery.pick({ format: true, lang: true });
