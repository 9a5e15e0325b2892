import { loadDesiredState } from '../config/load.js';
import { buildReport } from '../report/build.js';
import type { Report } from '../report/model.js';
import { checkExemptions } from '../rules/exemption-validity.js';
import type { CommandContext } from './context.js';

/**
 * `validate`: schema and static checks on the desired-state file. Reads nothing from Azure, so it runs in
 * fork pull requests with no credentials.
 */
export async function validateCommand(context: CommandContext): Promise<Report> {
  const { settings, now, log } = context;
  const state = loadDesiredState(settings.config);
  const selectors = state.clusters.filter((c) => c.target.kind === 'selector').length;
  log.debug(`loaded ${settings.config}: ${state.clusters.length} cluster entries (${selectors} selectors)`);
  return buildReport({
    command: 'validate',
    failOn: settings.failOn,
    now,
    config: settings.config,
    findings: checkExemptions(state, now),
    stats: {
      clusters: state.clusters.length - selectors,
      selectors,
      vaults: state.vaults.size,
      storage: state.storage.size,
      policies: state.policies.size,
      exemptions: state.exemptions.length,
    },
  });
}
