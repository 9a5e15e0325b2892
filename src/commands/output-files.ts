import type { Report } from '../report/model.js';
import { writeReportFiles, type ReportFiles } from '../report/write-files.js';
import { loadCatalogue } from '../rules/catalogue.js';
import { ruleDescriptors } from '../rules/catalogue-summary.js';
import type { Settings } from '../settings/settings.js';

/**
 * The report files the settings ask for, written the same way by the action and the CLI. The rule
 * catalogue (for SARIF's per-rule help) is loaded only when a SARIF file is wanted.
 */
export function writeRequestedFiles(report: Report, settings: Settings, baseDir: string): ReportFiles {
  const files: ReportFiles = {
    ...(settings.jsonFile ? { jsonFile: settings.jsonFile } : {}),
    ...(settings.sarifFile ? { sarifFile: settings.sarifFile } : {}),
    ...(settings.markdownFile ? { markdownFile: settings.markdownFile } : {}),
  };
  const rules = files.sarifFile
    ? ruleDescriptors(loadCatalogue(settings.policies ? { organisationFolder: settings.policies } : {}))
    : [];
  return writeReportFiles(report, files, rules, baseDir);
}
