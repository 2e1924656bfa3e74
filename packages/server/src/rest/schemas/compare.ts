/**
 * @module rest/schemas/compare
 * The regional comparison's query: one GCI edition, or the change between two (both given).
 */
import { z } from 'zod';
import { queryInt } from './common.ts';

const edition = queryInt(2000, 2100);

export const compareQuery = z
  .object({
    edition: edition.meta({ description: 'One GCI edition' }),
    from: edition.meta({ description: 'First edition (with to)' }),
    to: edition.meta({ description: 'Second edition (with from)' }),
  })
  .superRefine((q, ctx) => {
    if ((q.from === undefined) !== (q.to === undefined))
      ctx.addIssue({
        code: 'custom',
        path: [q.from === undefined ? 'from' : 'to'],
        message: 'give both from and to, or neither',
      });
  });
