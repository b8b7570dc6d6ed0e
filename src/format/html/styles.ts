import { SEVERITY_LEVELS } from '../../report/severity';
import { SEVERITIES } from '../../rule/types';

/** The severity badge colours of one scheme as CSS variables, two severities a line. */
function severityColours(scheme: 'light' | 'dark'): string {
  const pairs = SEVERITIES.map((s) => {
    const { background, text } = SEVERITY_LEVELS[s][scheme];
    return `--sev-${s}-bg:${background};--sev-${s}-fg:${text}`;
  });
  const lines: string[] = [];
  for (let i = 0; i < pairs.length; i += 2) lines.push(pairs.slice(i, i + 2).join(';'));
  return lines.join(';\n');
}

/**
 * The report's style sheet, inline so the file stands alone. Colours are chosen for a contrast
 * of at least 4.5:1 in both schemes; layout is one column on a phone, two from 48rem. A function,
 * not a constant built at load, so that apps which never write HTML neither build nor ship it.
 */
export function styleSheet(): string {
  return `
:root{color-scheme:light dark;--bg:#ffffff;--fg:#1b1f24;--muted:#525a63;--card:#f4f6f8;--line:#d0d5db;
--accent:#0b57d0;--good:#12703a;--warn:#8a5300;--bad:#b3261e;--track:#e3e7eb;
${severityColours('light')}}
@media (prefers-color-scheme:dark){:root{--bg:#121417;--fg:#e6e8eb;--muted:#a9b1ba;--card:#1d2126;
--line:#39414a;--accent:#8ab4f8;--good:#6dd58c;--warn:#f2b451;--bad:#ff8a80;--track:#2c3238;
${severityColours('dark')}}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:60rem;margin:0 auto;padding:1rem}
a{color:var(--accent)}
h1{font-size:1.6rem;margin:.5rem 0 0}
h2{font-size:1.25rem;margin:0 0 .75rem}
h3{font-size:1.05rem;margin:1.25rem 0 .5rem}
h4{font-size:1rem;margin:0}
.muted{color:var(--muted)}
.grid{display:grid;gap:1rem;grid-template-columns:minmax(0,1fr)}
@media (min-width:48rem){.grid{grid-template-columns:repeat(2,minmax(0,1fr))}}
section{margin:1.25rem 0}
.panel{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:1rem;overflow-x:auto}
.summary{display:flex;gap:1.25rem;align-items:center;flex-wrap:wrap}
.gauge{width:8rem;height:8rem}
.gauge text{fill:var(--fg);font-weight:700}
.rating{font-size:1.2rem;font-weight:700;text-transform:capitalize}
.rating-healthy{color:var(--good)}.rating-at-risk{color:var(--warn)}.rating-critical{color:var(--bad)}
.stroke-healthy{stroke:var(--good)}.stroke-at-risk{stroke:var(--warn)}.stroke-critical{stroke:var(--bad)}
.track{stroke:var(--track)}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.3rem .4rem;border-bottom:1px solid var(--line);vertical-align:middle}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.bar{height:.7rem;background:var(--track);border-radius:.35rem;overflow:hidden;min-width:4rem}
.bar span{display:block;height:100%;background:var(--accent)}
@media (max-width:30rem){.barcol{display:none}}
.chart{width:100%;height:auto;max-height:14rem}
.chart .col{fill:var(--accent)}
.chart .axis{stroke:var(--line)}
.chart text{fill:var(--muted);font-size:14px}
.chart .line{fill:none;stroke:var(--accent);stroke-width:2}
.chart .dot{fill:var(--accent)}
.cards{list-style:none;margin:0;padding:0;display:grid;gap:.75rem}
.card{background:var(--card);border:1px solid var(--line);border-left-width:.4rem;border-radius:.5rem;padding:.75rem 1rem}
.card header{display:flex;gap:.5rem;align-items:baseline;flex-wrap:wrap}
.card p{margin:.4rem 0}
.badge{font-size:.8rem;font-weight:700;border-radius:1rem;padding:.05rem .55rem;white-space:nowrap}
${SEVERITIES.map(
  (s) =>
    `.sev-${s} .badge{background:var(--sev-${s}-bg);color:var(--sev-${s}-fg)}.sev-${s}{border-left-color:var(--sev-${s}-fg)}`,
).join('\n')}
.actions{margin:.4rem 0;padding-left:1.2rem}
.actions li{margin:.2rem 0}
.cal{font-size:.9rem;margin-left:.4rem;white-space:nowrap}
details{margin-top:.4rem}
summary{cursor:pointer;color:var(--accent)}
code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.85rem;overflow-wrap:anywhere}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.change-up{color:var(--good)}.change-down{color:var(--bad)}
footer{margin:2rem 0 1rem;font-size:.875rem}
@media print{:root{--bg:#fff;--fg:#000;--muted:#333;--card:#fff;--line:#999}
main{max-width:none;padding:0}.cal,summary{display:none}details>*{display:block}
details::details-content{content-visibility:visible;display:block}.card,.panel,section{break-inside:avoid}
a{color:inherit;text-decoration:none}}
`.trim();
}
