/**
 * @module scenario/conclusions
 * A small language for the conclusions a user draws from a scenario, so that sensitivity
 * analysis can count in how many runs each one still holds. Grammar (tokens separated by
 * spaces, case-insensitive keywords):
 *
 *   conclusion := 'lowest'  COMPONENT 'in' YEAR          no other component is lower (ties hold)
 *               | 'highest' COMPONENT 'in' YEAR          no other component is higher (ties hold)
 *               | SUBJECT OP NUMBER 'in' YEAR            at that year
 *               | SUBJECT OP NUMBER 'by' YEAR            in some year from the first projected year up to YEAR
 *               | SUBJECT OP SUBJECT 'in' YEAR
 *   SUBJECT    := COMPONENT | 'index' | OUTCOME           (component ids as in components.ts)
 *   OP         := '>=' | '>' | '<=' | '<'
 *
 * @example
 * compileConclusion('lowest digital-literacy in 2030', ctx);
 * compileConclusion('index >= 85 by 2028', ctx);
 * compileConclusion('cooperation > regulatory in 2030', ctx);
 */
import { COMPONENT_IDS, isComponentId } from '../components.ts';
import { CoopsecError } from '../errors.ts';
import { INDEX_COLUMN } from './engine.ts';

export type ConclusionOp = '>=' | '>' | '<=' | '<';
const OPS: readonly ConclusionOp[] = ['>=', '>', '<=', '<'];

/** A compiled conclusion: column numbers and a row, evaluated on a trajectory buffer. */
export type Conclusion =
  | {
      readonly text: string;
      readonly kind: 'extreme';
      readonly which: 'lowest' | 'highest';
      readonly col: number;
      readonly row: number;
    }
  | {
      readonly text: string;
      readonly kind: 'threshold';
      readonly col: number;
      readonly op: ConclusionOp;
      readonly value: number;
      readonly row: number;
      readonly by: boolean;
    }
  | {
      readonly text: string;
      readonly kind: 'compare';
      readonly col: number;
      readonly op: ConclusionOp;
      readonly other: number;
      readonly row: number;
    };

export interface ConclusionContext {
  readonly baseYear: number;
  readonly horizonYear: number;
  /** Outcome node ids, in the kernel's column order after the index. */
  readonly outcomes: readonly string[];
  readonly stride: number;
}

function bad(text: string, message: string): CoopsecError {
  return new CoopsecError('BAD_INPUT', `cannot read conclusion "${text}": ${message}`, {
    details: [{ field: 'conclusion', record: text, message }],
  });
}

function subjectColumn(token: string | undefined, ctx: ConclusionContext, text: string): number {
  if (token === undefined) throw bad(text, 'a subject is missing');
  if (isComponentId(token)) return COMPONENT_IDS.indexOf(token);
  if (token.toLowerCase() === 'index') return INDEX_COLUMN;
  const o = ctx.outcomes.indexOf(token);
  if (o >= 0) return INDEX_COLUMN + 1 + o;
  throw bad(
    text,
    `unknown subject "${token}" (use a component: ${COMPONENT_IDS.join(', ')}; "index"; or an outcome: ${ctx.outcomes.join(', ') || 'none'})`,
  );
}

function yearRow(token: string | undefined, ctx: ConclusionContext, text: string): number {
  const year = token !== undefined && /^\d{4}$/.test(token) ? Number(token) : Number.NaN;
  if (!(year >= ctx.baseYear && year <= ctx.horizonYear)) {
    throw bad(
      text,
      `year must be within the projection ${ctx.baseYear}–${ctx.horizonYear}, got "${token ?? ''}"`,
    );
  }
  return year - ctx.baseYear;
}

function keyword(token: string | undefined, expected: readonly string[], text: string): string {
  const t = token?.toLowerCase();
  if (t === undefined || !expected.includes(t))
    throw bad(
      text,
      `expected ${expected.map((e) => `"${e}"`).join(' or ')}, got "${token ?? 'end of text'}"`,
    );
  return t;
}

export function compileConclusion(text: string, ctx: ConclusionContext): Conclusion {
  const t = text.trim().split(/\s+/);
  const first = t[0]?.toLowerCase();
  if (first === 'lowest' || first === 'highest') {
    if (t.length !== 4) throw bad(text, `expected "${first} <component> in <year>"`);
    const token = t[1] ?? '';
    if (!isComponentId(token))
      throw bad(
        text,
        `"${first}" compares components; "${token}" is not one (${COMPONENT_IDS.join(', ')})`,
      );
    keyword(t[2], ['in'], text);
    return {
      text,
      kind: 'extreme',
      which: first,
      col: COMPONENT_IDS.indexOf(token),
      row: yearRow(t[3], ctx, text),
    };
  }
  if (t.length !== 5)
    throw bad(
      text,
      'expected "<subject> <op> <number|subject> in|by <year>" or "lowest|highest <component> in <year>"',
    );
  const col = subjectColumn(t[0], ctx, text);
  const op = t[1] as ConclusionOp;
  if (!OPS.includes(op)) throw bad(text, `unknown operator "${t[1] ?? ''}" (use ${OPS.join(' ')})`);
  const rhs = t[2] ?? '';
  const when = keyword(t[3], ['in', 'by'], text);
  const row = yearRow(t[4], ctx, text);
  if (/^-?\d+(\.\d+)?$/.test(rhs)) {
    return { text, kind: 'threshold', col, op, value: Number(rhs), row, by: when === 'by' };
  }
  if (when === 'by') throw bad(text, '"by" is for thresholds; compare two subjects "in" a year');
  return { text, kind: 'compare', col, op, other: subjectColumn(rhs, ctx, text), row };
}

function holdsOp(a: number, op: ConclusionOp, b: number): boolean {
  switch (op) {
    case '>=':
      return a >= b;
    case '>':
      return a > b;
    case '<=':
      return a <= b;
    case '<':
      return a < b;
  }
}

/** Whether the conclusion holds on one trajectory buffer. Allocates nothing. */
export function conclusionHolds(c: Conclusion, out: Float64Array, stride: number): boolean {
  switch (c.kind) {
    case 'extreme': {
      const base = c.row * stride;
      const v = out[base + c.col] ?? Number.NaN;
      for (let j = 0; j < COMPONENT_IDS.length; j++) {
        const other = out[base + j] ?? Number.NaN;
        if (c.which === 'lowest' ? other < v : other > v) return false;
      }
      return true;
    }
    case 'threshold': {
      // "by": any year after the base year up to the stated one (the base year is measured, not reached).
      const from = c.by ? Math.min(1, c.row) : c.row;
      for (let r = from; r <= c.row; r++)
        if (holdsOp(out[r * stride + c.col] ?? Number.NaN, c.op, c.value)) return true;
      return false;
    }
    case 'compare':
      return holdsOp(
        out[c.row * stride + c.col] ?? Number.NaN,
        c.op,
        out[c.row * stride + c.other] ?? Number.NaN,
      );
  }
}
