// Small Markdown helpers for the generated README tables. Every cell is one line; pipes are escaped
// (GitHub splits table cells on `|` even inside code spans) and text that Markdown would read as HTML
// or emphasis is escaped, so a schema description such as `/subscriptions/<guid>` shows as written.

/** Plain text for a table cell. */
export function text(value) {
  return String(value)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/([\\*_[\]])/g, '\\$1')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|');
}

/** A code span for a table cell, with a fence longer than any backtick run inside it. */
export function code(value) {
  const s = String(value).replace(/\s*\n\s*/g, ' ');
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`.replace(/\|/g, '\\|');
}

/** A link whose text is escaped like a cell. */
export function link(label, href) {
  return `[${text(label)}](${href})`;
}

/** A GitHub-flavoured Markdown table; cells must already be escaped. */
export function table(headers, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}
