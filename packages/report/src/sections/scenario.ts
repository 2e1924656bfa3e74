/**
 * @module sections/scenario
 * The scenario: a simulated projection under an effort plan (the plan given, or the documented
 * default plan, said so), labelled simulated and estimated throughout; start values measured,
 * projected values estimates of a model whose every parameter is an assumption. The section
 * lists the plan's effort and the stated conventions; Appendix B lists every parameter.
 */
import { isComponentId } from '@coopsec/model';
import { mark, num, type RenderContext } from '../html/context.ts';
import { esc } from '../html/escape.ts';
import { section, table, unavailable } from '../html/parts.ts';
import type { ReportInput, ScenarioData } from '../input.ts';

type Assumption = ScenarioData['assumptions'][number];

/** A parameter's id as words: "Response of Human resources to effort". */
export function assumptionName(ctx: RenderContext, id: string): string {
  const a = ctx.m.scenario.assumptionNames;
  const node = (x: string): string =>
    isComponentId(x) ? ctx.m.components[x] : (ctx.m.scenario.nodes[x] ?? x);
  const stated = a.stated[id];
  if (stated !== undefined) return stated;
  const [head, ...rest] = id.split('.');
  const tail = rest.join('.');
  if (head === 'response' && isComponentId(tail)) return a.response(ctx.m.components[tail]);
  if (head === 'drift' && isComponentId(tail)) return a.drift(ctx.m.components[tail]);
  if (id === 'multiplier.strength') return a.multiplier;
  if (head === 'index' && rest[0] === 'weight' && isComponentId(rest[1] ?? ''))
    return a.indexWeight(ctx.m.components[rest[1] as keyof typeof ctx.m.components]);
  if (head === 'edge') {
    const [from = '', to = ''] = tail.split('->');
    return a.edge(node(from), node(to));
  }
  return id;
}

function assumptionValue(ctx: RenderContext, a: Assumption): string {
  const value = typeof a.value === 'number' ? ctx.m.format.number(a.value, 3) : a.value;
  const unit = a.unit === undefined ? '' : ` ${a.unit}`;
  const range =
    a.range === undefined
      ? ''
      : ` ${ctx.m.scenario.range(ctx.m.format.number(a.range[0], 3), ctx.m.format.number(a.range[1], 3))}`;
  return `${value}${unit}${range}`;
}

function effortText(ctx: RenderContext, s: ScenarioData): string {
  const { m } = ctx;
  const parts = s.effort.flatMap((e) => {
    const years = e.years.map((y) =>
      m.scenario.effortYear(String(y.year), m.format.number(y.effort, 2)),
    );
    if (e.default === 0 && years.length === 0) return [];
    const every = e.default === 0 ? [] : [m.scenario.effortEvery(m.format.number(e.default, 2))];
    return [`${m.components[e.component]}: ${[...every, ...years].join(', ')}`];
  });
  return parts.length === 0 ? m.scenario.noEffort : `${parts.join('; ')}. ${m.scenario.effortRest}`;
}

export function renderScenario(ctx: RenderContext, input: ReportInput): string {
  const { m } = ctx;
  const title = m.sections.scenario;
  if (input.scenario === undefined) return '';
  if (!input.scenario.available)
    return section({ id: 'scenario', title, body: unavailable(ctx, input.scenario.reason) });
  const s = input.scenario.data;
  const sim = mark(ctx, [s.sourceId]);
  const rows = s.results.map((r) => [
    esc(m.components[r.component]),
    `${num(ctx, r.start, { digits: 1 })}${mark(ctx, [r.startSourceId])}`,
    num(ctx, r.end, { digits: 1, estimated: true }),
    num(ctx, r.end - r.start, { digits: 1, signed: true, unit: 'pp', estimated: true }),
  ]);
  if (s.index !== undefined)
    rows.push([
      `<strong>${esc(m.scenario.index)}</strong>`,
      `${num(ctx, s.index.start, { digits: 1 })}${mark(ctx, [s.sourceId])}`,
      num(ctx, s.index.end, { digits: 1, estimated: true }),
      num(ctx, s.index.end - s.index.start, {
        digits: 1,
        signed: true,
        unit: 'pp',
        estimated: true,
      }),
    ]);
  const head = [
    esc(m.scenario.component),
    esc(m.scenario.start(String(s.from))),
    `${esc(m.scenario.end(String(s.to)))}${sim}`,
    `${esc(m.scenario.change)}${sim}`,
  ];
  const plan =
    s.defaultPlan === undefined
      ? m.scenario.givenPlan(s.name)
      : m.scenario.defaultPlan(s.name, s.defaultPlan);
  const stated = s.assumptions.filter((a) => typeof a.value === 'string');
  const conventions = table({
    head: [m.scenario.parameter, m.scenario.value, m.scenario.why].map(esc),
    rows: stated.map((a) => [
      esc(assumptionName(ctx, a.id)),
      esc(a.value === 'true' ? m.scenario.yes : assumptionValue(ctx, a)),
      esc(a.why),
    ]),
    cls: 'data assumptions',
    caption: `${esc(m.scenario.conventions)}${sim}`,
  });
  const warnings =
    s.warnings.length === 0
      ? ''
      : `<ul class="notes">${s.warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>`;
  const body = `<p class="simulated"><span class="badge sim">${esc(m.scenario.simulated)}</span> ${esc(m.scenario.label)}</p>
<p>${esc(plan)} ${esc(m.scenario.intro(String(s.from), String(s.to)))}</p>
<p><strong>${esc(m.scenario.effort)}</strong> ${esc(effortText(ctx, s))}</p>
${table({ head, rows, caption: esc(m.scenario.tableCaption(s.name, String(s.from), String(s.to))) })}
${warnings}${conventions}
<p class="note">${esc(m.scenario.appendixPointer)}</p>`;
  return section({ id: 'scenario', title, body });
}

export function renderScenarioAppendix(ctx: RenderContext, input: ReportInput): string {
  const { m } = ctx;
  if (input.scenario === undefined || !input.scenario.available) return '';
  const s = input.scenario.data;
  // The stated conventions are in the Scenario section; here every numeric parameter.
  const params = s.assumptions.filter((a) => typeof a.value === 'number');
  const rows = params.map((a) => [
    esc(assumptionName(ctx, a.id)),
    esc(assumptionValue(ctx, a)),
    esc(a.why),
  ]);
  const body = `<p>${esc(m.scenario.appendixIntro(String(params.length)))}</p>
${table({ head: [m.scenario.parameter, m.scenario.value, m.scenario.why].map(esc), rows, cls: 'data assumptions', caption: `${esc(m.scenario.assumptions)}${mark(ctx, [s.sourceId])}` })}`;
  return section({ id: 'appendix-scenario', title: m.sections.appendixScenario, body });
}
