// Replaces the generated sections of a Markdown file: everything between
// `<!-- generated:NAME:start -->` and `<!-- generated:NAME:end -->`, markers kept.

export function markers(name) {
  return { start: `<!-- generated:${name}:start -->`, end: `<!-- generated:${name}:end -->` };
}

/**
 * Returns `document` with the section `name` replaced by `body`. Throws, naming the marker, when the
 * section is missing, duplicated or its markers are out of order: a generator must never guess where
 * its output goes.
 */
export function replaceSection(document, name, body, file = 'README.md') {
  const { start, end } = markers(name);
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from === -1 || to === -1) {
    throw new Error(
      `${file} has no '${from === -1 ? start : end}' marker: put the pair where the section belongs`,
    );
  }
  if (document.indexOf(start, from + 1) !== -1 || document.indexOf(end, to + 1) !== -1) {
    throw new Error(`${file} has the '${name}' markers more than once`);
  }
  if (to < from) throw new Error(`${file}: '${end}' comes before '${start}'`);
  return `${document.slice(0, from + start.length)}\n${body.trim()}\n${document.slice(to)}`;
}

/** The text between a section's markers (for tests), or undefined when it is missing. */
export function readSection(document, name) {
  const { start, end } = markers(name);
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from === -1 || to === -1 || to < from) return undefined;
  return document.slice(from + start.length, to);
}
