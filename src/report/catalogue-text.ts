import type { RuleSummary } from './model.js';

/** A fixed-width table for terminals: id, severity, subject, name, source and date, docs. */
export function renderCatalogueText(rules: readonly RuleSummary[]): string {
  const rows = rules.map((r) => [
    r.id,
    r.severity,
    r.subject,
    r.name,
    `${r.source.citation.split(/[;,]/)[0]} ${r.source.date}`,
    r.docs,
  ]);
  const header = ['ID', 'SEVERITY', 'SUBJECT', 'NAME', 'SOURCE', 'DOCS'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}
