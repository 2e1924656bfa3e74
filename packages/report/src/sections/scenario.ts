/**
 * @module sections/scenario
 * Scenario results when a plan is given: start and projected scores (estimates, labelled) and
 * the assumptions they rest on.
 */
import { cite, num, type RenderContext } from '../html/context.ts';
import { esc } from '../html/escape.ts';
import { section, table, unavailable } from '../html/parts.ts';
import type { ReportInput } from '../input.ts';

export function renderScenario(ctx: RenderContext, input: ReportInput): string {
  const { m } = ctx;
  const title = m.sections.scenario;
  if (input.scenario === undefined)
    return section({
      id: 'scenario',
      title,
      body: `<p class="note">${esc(m.scenario.noPlan)}</p>`,
    });
  if (!input.scenario.available)
    return section({ id: 'scenario', title, body: unavailable(ctx, input.scenario.reason) });
  const s = input.scenario.data;
  const rows = s.results.map((r) => [
    esc(m.components[r.component]),
    num(ctx, r.start, s.sourceId, { digits: 1 }),
    num(ctx, r.end, s.sourceId, { digits: 1, estimated: true }),
    num(ctx, r.end - r.start, s.sourceId, { digits: 1, signed: true, estimated: true }),
  ]);
  const assumptions = s.assumptions.map((a) => [
    esc(a.id),
    cite(ctx, a.value, s.sourceId),
    cite(ctx, a.why, s.sourceId),
  ]);
  const body = `<p>${esc(m.scenario.intro(s.name, String(s.from), String(s.to)))}</p>
${table({ head: [m.scenario.component, m.scenario.start, m.scenario.end, m.scenario.change].map(esc), rows })}
<details class="alt" open><summary>${esc(m.scenario.assumptions)}</summary>
${table({ head: [m.scenario.parameter, m.scenario.value, m.scenario.why].map(esc), rows: assumptions })}
</details>`;
  return section({ id: 'scenario', title, body });
}
