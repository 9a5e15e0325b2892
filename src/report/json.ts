import type { Report } from './model.js';

/** The JSON form of a report: stable key order, two-space indent, trailing newline. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
