import { buildReport } from '../report/build.js';
import type { Report } from '../report/model.js';
import { loadCatalogue } from '../rules/catalogue.js';
import { summariseCatalogue } from '../rules/catalogue-summary.js';
import type { CommandContext } from './context.js';

/**
 * `rules`: lists the catalogue, built-in rules plus the organisation's folder (`policies`), which is
 * loaded and compiled exactly as `plan` would, so a broken organisation rule fails here first. Reads
 * nothing from Azure. The list goes into the report's `rules` array; the terminal renderer prints it as a
 * table.
 */
export async function rulesCommand(context: CommandContext): Promise<Report> {
  const { settings, now } = context;
  const catalogue = loadCatalogue(settings.policies ? { organisationFolder: settings.policies } : {});
  const rules = summariseCatalogue(catalogue);
  const count = (predicate: (r: (typeof rules)[number]) => boolean): number => rules.filter(predicate).length;
  const report = buildReport({
    command: 'rules',
    failOn: settings.failOn,
    now,
    stats: {
      rules: rules.length,
      builtIn: count((r) => r.origin === 'built-in'),
      organisation: count((r) => r.origin === 'organisation'),
      error: count((r) => r.severity === 'error'),
      warning: count((r) => r.severity === 'warning'),
      info: count((r) => r.severity === 'info'),
    },
  });
  return { ...report, rules };
}
