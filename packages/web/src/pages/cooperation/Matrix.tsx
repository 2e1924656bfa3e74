/**
 * @module pages/cooperation/Matrix
 * A flow matrix as a heat-map table: rows are the giving side, columns the receiving side, each
 * cell the objects that flowed, shaded by its share of the largest cell. A pair with no flow
 * defined (no agreement, no peer link) is "—", not 0: nothing could flow there.
 */
import { MISSING } from './figures.ts';
import { useT } from '../../i18n/context.tsx';

export interface Flow {
  readonly from: string;
  readonly to: string;
  readonly objects: number;
}

export function Matrix({
  flows,
  rowLabel,
  caption,
  id,
}: {
  readonly flows: readonly Flow[];
  readonly rowLabel: string;
  readonly caption: string;
  readonly id: string;
}) {
  const { t } = useT();
  const rows = [...new Set(flows.map((f) => f.from))].sort();
  const cols = [...new Set(flows.map((f) => f.to))].sort();
  const cell = new Map(flows.map((f) => [`${f.from}\u0000${f.to}`, f.objects]));
  const max = Math.max(1, ...flows.map((f) => f.objects));
  return (
    <table className="grid heat" data-matrix={id}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowLabel}</th>
          {cols.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r}>
            <th scope="row" translate="no">
              {r}
            </th>
            {cols.map((c) => {
              const n = cell.get(`${r}\u0000${c}`);
              return (
                <td
                  key={c}
                  data-from={r}
                  data-to={c}
                  className={n === undefined ? 'missing' : 'num'}
                  style={
                    n === undefined
                      ? undefined
                      : {
                          background: `rgba(31, 119, 180, ${(0.08 + 0.72 * (n / max)).toFixed(2)})`,
                          color: n / max > 0.6 ? '#fff' : undefined,
                        }
                  }
                  title={n === undefined ? t('web.matrix.noFlow') : t('web.figures.objects', { n })}
                >
                  {n === undefined ? MISSING : n}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
