/**
 * @module html/styles
 * The report's only stylesheet, inlined into the document: screen and A4 print rules, no
 * external fonts or images (the report must open with no network). Text is set in the DejaVu
 * Sans embedded by html/fonts.ts.
 */
import { EMBEDDED_FAMILY } from './fonts.ts';

export const REPORT_CSS = `
:root{--ink:#1d2330;--muted:#5b6472;--line:#d6dbe3;--accent:#234e8c;--holds:#1e7d32;--fails:#b3261e;--undecided:#8a6d00}
*{box-sizing:border-box}
html{font-family:"${EMBEDDED_FAMILY}","DejaVu Sans",Arial,Helvetica,sans-serif;color:var(--ink);font-size:13px;line-height:1.45}
body{margin:0;background:#fff}
main{max-width:820px;margin:0 auto;padding:24px 28px 48px}
header.report-head{border-bottom:3px solid var(--accent);margin-bottom:12px;padding-bottom:8px}
header.report-head h1{font-size:22px;margin:0 0 4px;color:var(--accent)}
header.report-head p{margin:2px 0;color:var(--muted)}
.tlp{display:inline-block;font-weight:bold;font-family:"DejaVu Sans Mono","${EMBEDDED_FAMILY}",monospace;background:#000;padding:2px 8px;border-radius:3px}
.tlp-clear{color:#fff}.tlp-green{color:#33ff00}.tlp-amber,.tlp-amber-strict{color:#ffc000}.tlp-red{color:#ff2b2b}
nav.toc ol{columns:2;margin:4px 0 0;padding-left:20px}
h2{font-size:17px;color:var(--accent);border-bottom:1px solid var(--line);padding-bottom:3px;margin:26px 0 10px}
h3{font-size:14px;margin:14px 0 6px}
table{border-collapse:collapse;width:100%;margin:8px 0;font-size:12px}
caption{text-align:left;font-weight:bold;padding:4px 0}
th,td{border:1px solid var(--line);padding:4px 6px;vertical-align:top;text-align:left}
thead th{background:#eef2f8}
a{color:var(--accent)}
.num{font-variant-numeric:tabular-nums}
.num.est{color:#7a4b00}
sup.ref{font-size:9px;line-height:0;vertical-align:super;white-space:nowrap;margin-left:1px}
.ref a{text-decoration:none;color:var(--accent)}
span.ref-loc{font-size:11px;color:var(--muted)}
.badge.sim{color:#5a2d82;background:#f1e8fa;font-weight:bold}
p.simulated{border-left:4px solid #5a2d82;background:#faf6fd;padding:6px 10px}
.badge{display:inline-block;white-space:nowrap;font-size:10px;padding:0 5px;border-radius:8px;border:1px solid currentColor;vertical-align:1px}
.badge.est{color:#7a4b00;background:#fff4e0}
.badge.meas{color:#0b4f8a;background:#e6f0fa;font-weight:bold}
.badge.verdict.holds{color:var(--holds);background:#e7f5ea}
.badge.verdict.does-not-hold{color:var(--fails);background:#fdeceb}
.badge.verdict.cannot-be-decided{color:var(--undecided);background:#fdf6dc}
figure.chart{margin:10px 0 18px}
.chart-svg svg{max-width:100%;height:auto;display:block;margin:0 auto}
figcaption{font-size:12px;color:var(--muted);margin-top:6px}
details.alt{margin-top:6px}
details.alt summary{cursor:pointer;color:var(--accent);font-size:12px}
.note{color:var(--muted);font-size:12px}
.unavailable{border:1px dashed var(--muted);background:#f7f7f7;padding:8px 10px;color:var(--muted)}
table.claims{font-size:10.5px;table-layout:fixed}
table.claims tr>:nth-child(1){width:4%;text-align:right}
table.claims tr>:nth-child(2){width:20%}
table.claims tr>:nth-child(3){width:12%}
table.claims tr>:nth-child(4){width:20%}
table.claims tr>:nth-child(5){width:17%}
table.claims tr>:nth-child(6){width:27%}
table.claims q{font-style:italic}
table.compact{width:auto;font-size:11px}
table.assumptions{font-size:10.5px}
table.assumptions td:nth-child(1){width:24%}
table.assumptions td:nth-child(2){width:22%}
.level{color:var(--muted);white-space:nowrap}
.rules{display:block;margin-top:4px;font-size:11px}
article.claim{border-left:4px solid var(--line);padding:1px 10px;margin:6px 0;break-inside:avoid}
article.claim h3{margin:2px 0 2px;font-size:12px}
article.claim dl{display:grid;grid-template-columns:12em 1fr;gap:1px 10px;margin:0;font-size:10.5px;line-height:1.35}
article.claim dt{color:var(--muted)}
article.claim dd{margin:0}
article.claim.verdict-holds{border-color:var(--holds)}
article.claim.verdict-does-not-hold{border-color:var(--fails)}
article.claim.verdict-cannot-be-decided{border-color:var(--undecided)}
article.claim p{margin:4px 0}
table.numbers{width:auto;font-size:11px}
ol.sources{list-style:none;padding-left:0}
ol.sources li{margin:4px 0;padding-left:2.6em;text-indent:-2.6em}
.ref-no{display:inline-block;width:2.4em;text-indent:0;color:var(--accent)}
.locator{display:block;font-size:11px;color:var(--muted);text-indent:0}
ul.findings li{margin:3px 0}
.focus{font-weight:bold}
section#sec-summary{min-height:0}
@page{size:A4;margin:14mm 12mm}
@media print{
  main{max-width:none;padding:0}
  section#sec-summary{break-after:page}
  section.report-section{break-inside:auto}
  .chart-svg,tr,figcaption{break-inside:avoid}
  h2,h3,caption{break-after:avoid}
  h2+p,p.simulated{break-after:avoid}
  thead{display:table-header-group}
  details.alt>summary{display:none}
  details.alt::details-content{content-visibility:visible;display:block}
  a{color:inherit}
}
`;
