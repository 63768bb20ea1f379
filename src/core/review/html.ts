/**
 * The HTML report: one self-contained page (inline style, no script, a
 * content security policy that forbids any fetch), the aligned pair side by
 * side with each finding beside its row, and a summary table. Every piece of
 * text from the corpus, the findings or the notes is sanitized and escaped.
 */
import { sanitize } from '../text/sanitize.js';
import type { ReportJson } from './report.js';
import { summary } from './report.js';
import type { QaReport } from './run.js';
import { SEVERITIES } from './types.js';

/** Text as HTML: sanitized (terminal controls made visible) and every markup character escaped. */
export function escapeHtml(text: string | null | undefined): string {
  return sanitize(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
body { font: 15px/1.45 system-ui, sans-serif; margin: 2em; color: #1b1b1b; background: #fff; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 2em; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #ccc; padding: 4px 8px; vertical-align: top; text-align: left; }
th { background: #f2f2f2; }
td.num { text-align: right; white-space: nowrap; color: #666; }
tr.finding td.seg { background: #fff7e0; }
tr.finding.error td.seg { background: #fde8e8; }
.sev-error { color: #b00020; font-weight: bold; } .sev-warning { color: #8a5a00; font-weight: bold; } .sev-info { color: #2b5797; }
ul.findings { margin: 0; padding-left: 1.1em; } .verdict { font-weight: bold; } .comment { font-style: italic; }
table.summary { width: auto; }
`;

/** The report page; `json` holds the findings with their notes, `report` the aligned pairs. */
export function reportHtml(report: QaReport, json: ReportJson): string {
  const byRow = new Map<number, string[]>();
  const byId = new Map(json.findings.map((f) => [f.id, f]));
  for (const f of report.findings) {
    const shown = byId.get(f.id)!;
    const note = shown.review
      ? ` <span class="verdict">${shown.review.verdict === 'accepted' ? '✓ accepted' : shown.review.verdict === 'fix' ? '✗ to fix' : ''}</span>${shown.review.comment ? ` <span class="comment">“${escapeHtml(shown.review.comment)}”</span>` : ''}`
      : '';
    const item = `<li id="${escapeHtml(f.id)}" data-check="${escapeHtml(f.check)}"><span class="sev-${f.severity}">${f.severity}</span> ${escapeHtml(f.check)}: ${escapeHtml(f.message)}${note}</li>`;
    const list = byRow.get(f.rows[0]!) ?? [];
    byRow.set(f.rows[0]!, [...list, item]);
  }
  const para = (n: number | undefined) => (n === undefined ? '' : `¶${n}`);
  const rows = report.pairs.map((p) => {
    const items = byRow.get(p.row);
    const worst = items ? (report.findings.some((f) => f.rows[0] === p.row && f.severity === 'error') ? ' error' : '') : '';
    return `<tr id="row-${p.row}"${items ? ` class="finding${worst}"` : ''}><td class="num">${p.row + 1}</td><td class="num">${para(p.paraA)}</td><td class="seg" lang="${escapeHtml(langOf(report, 'a'))}">${escapeHtml(p.a)}</td><td class="num">${para(p.paraB)}</td><td class="seg" lang="${escapeHtml(langOf(report, 'b'))}">${escapeHtml(p.b)}</td><td>${items ? `<ul class="findings">${items.join('')}</ul>` : ''}</td></tr>`;
  });
  const sum = summary(report.findings);
  const total = (s: (typeof SEVERITIES)[number]) => report.findings.filter((f) => f.severity === s).length;
  const summaryRows = sum.map((r) => `<tr><td>${escapeHtml(r.check)}</td>${SEVERITIES.map((s) => `<td class="num">${r.counts[s]}</td>`).join('')}</tr>`).join('');
  const reviewed = json.findings.filter((f) => f.review?.verdict).length;
  const orphaned = json.orphaned.length
    ? `<h2>Orphaned notes (${json.orphaned.length})</h2><p>Notes on segments that have changed since, or findings no longer reported.</p><ul class="orphaned">${json.orphaned
        .map(
          (n) =>
            `<li>${escapeHtml(n.check)}: ${escapeHtml(n.message)}${n.verdict ? ` <span class="verdict">${n.verdict === 'accepted' ? '✓ accepted' : '✗ to fix'}</span>` : ''}${n.comment ? ` <span class="comment">“${escapeHtml(n.comment)}”</span>` : ''}<br><small>A: ${escapeHtml(n.a)}<br>B: ${escapeHtml(n.b)}</small></li>`,
        )
        .join('')}</ul>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>QA report: ${escapeHtml(report.a)} → ${escapeHtml(report.b)}</title>
<style>${STYLE}</style></head>
<body>
<h1>QA report: ${escapeHtml(report.a)} → ${escapeHtml(report.b)}</h1>
<p>${report.findings.length} finding${report.findings.length === 1 ? '' : 's'} on ${report.pairs.length} aligned rows; ${reviewed} reviewed.</p>
<h2>Summary</h2>
<table class="summary"><thead><tr><th>check</th>${SEVERITIES.map((s) => `<th>${s}</th>`).join('')}</tr></thead>
<tbody>${summaryRows}</tbody><tfoot><tr><th>total</th>${SEVERITIES.map((s) => `<th class="num">${total(s)}</th>`).join('')}</tr></tfoot></table>
<h2>Aligned pair</h2>
<table class="pairs"><thead><tr><th>#</th><th></th><th>${escapeHtml(report.a)}</th><th></th><th>${escapeHtml(report.b)}</th><th>findings</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>
${orphaned}
</body></html>
`;
}

function langOf(report: QaReport, side: 'a' | 'b'): string {
  return side === 'a' ? report.langA : report.langB;
}
