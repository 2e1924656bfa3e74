/**
 * @module web/test/overlap
 * Text labels of the dashboard's charts and graphs that overlap each other (issue 14, item 12).
 * ECharts draws with its SVG renderer in the dashboard (charts/Chart.tsx), so chart labels are
 * SVG `<text>` elements whose bounding boxes the browser measures; labels ECharts hid
 * (hideOverlap) are not in the DOM or have opacity 0. The STIX graph is cytoscape on a canvas:
 * its label boxes come from the cytoscape instance (`boundingBox({ includeLabels: true })`),
 * which StixGraph exposes on its container for this purpose.
 */
import type { Page } from 'playwright-core';

export interface Overlap {
  readonly where: string;
  readonly a: string;
  readonly b: string;
}

/** Every pair of visible, overlapping chart or graph labels on the page (2 px tolerance). */
export async function overlappingLabels(page: Page): Promise<Overlap[]> {
  // tsx (esbuild keepNames) wraps the named helpers below in __name(), which the page lacks.
  await page.evaluate('window.__name = (f) => f');
  return page.evaluate(() => {
    interface Box {
      readonly text: string;
      readonly left: number;
      readonly top: number;
      readonly right: number;
      readonly bottom: number;
    }
    const TOLERANCE = 2;
    const hidden = (el: Element): boolean => {
      for (let e: Element | null = el; e !== null && e.tagName !== 'svg'; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.display === 'none' || style.visibility === 'hidden') return true;
        for (const attr of ['opacity', 'fill-opacity'])
          if (e.getAttribute(attr) === '0' || Number(style.getPropertyValue(attr)) === 0)
            return true;
      }
      return false;
    };
    const pairs = (where: string, boxes: Box[]) => {
      const out: { where: string; a: string; b: string }[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i];
          const b = boxes[j];
          if (a === undefined || b === undefined) continue;
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > TOLERANCE && h > TOLERANCE) out.push({ where, a: a.text, b: b.text });
        }
      return out;
    };
    const found: { where: string; a: string; b: string }[] = [];
    document.querySelectorAll('.chart').forEach((chart, n) => {
      const where = chart.getAttribute('aria-label') ?? `chart ${n + 1}`;
      const boxes: Box[] = [];
      chart.querySelectorAll('svg text').forEach((t) => {
        const text = t.textContent?.trim() ?? '';
        if (text === '' || hidden(t)) return;
        const r = t.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return;
        boxes.push({ text, left: r.left, top: r.top, right: r.right, bottom: r.bottom });
      });
      found.push(...pairs(where, boxes));
    });
    document.querySelectorAll('.graph').forEach((graph, n) => {
      const cy = (graph as Element & { cy?: CyLike }).cy;
      if (cy === undefined) return;
      const boxes: Box[] = [];
      for (const e of cy.elements().toArray()) {
        const label = e.data('label');
        const text = typeof label === 'string' ? label.trim() : '';
        if (text === '') continue;
        const bb = e.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
        if (bb.w === 0 || bb.h === 0) continue;
        boxes.push({ text, left: bb.x1, top: bb.y1, right: bb.x2, bottom: bb.y2 });
      }
      found.push(...pairs(`graph ${n + 1}`, boxes));
    });
    interface CyLike {
      elements(): {
        toArray(): {
          data(key: string): unknown;
          boundingBox(o: object): {
            x1: number;
            y1: number;
            x2: number;
            y2: number;
            w: number;
            h: number;
          };
        }[];
      };
    }
    return found;
  });
}

/** Legends that page ("1/2"): some entries are hidden behind arrows. */
export async function pagedLegends(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.chart svg text')]
      .map((t) => t.textContent?.trim() ?? '')
      .filter((t) => /^\d+\/\d+$/.test(t)),
  );
}
