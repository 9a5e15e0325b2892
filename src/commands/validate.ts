import { loadDesiredState } from '../config/load.js';
import { buildReport } from '../report/build.js';
import type { Report } from '../report/model.js';
import { evaluate, loadCatalogue, staticSubjects } from '../rules/index.js';
import type { CommandContext } from './context.js';

/**
 * `validate`: the schema, then every rule the desired-state file alone can answer (schedule intervals,
 * retention bounds, namespace counts, volume types, storage subscription, exemptions). Reads nothing from
 * Azure, so it runs in fork pull requests with no credentials; rules that need the estate stay silent.
 */
export async function validateCommand(context: CommandContext): Promise<Report> {
  const { settings, now, log } = context;
  const state = loadDesiredState(settings.config);
  const catalogue = loadCatalogue(settings.policies ? { organisationFolder: settings.policies } : {});
  const selectors = state.clusters.filter((c) => c.target.kind === 'selector').length;
  log.debug(`loaded ${settings.config}: ${state.clusters.length} cluster entries (${selectors} selectors)`);
  const findings = evaluate(catalogue, staticSubjects(state), {
    now,
    matrix: catalogue.matrix,
    options: {
      roleSet: state.options.roleSet,
      allowAzureFiles: state.options.allowAzureFiles,
      allowReplace: settings.allowReplace,
    },
    exemptions: state.exemptions,
  });
  return buildReport({
    command: 'validate',
    failOn: settings.failOn,
    now,
    config: settings.config,
    findings,
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
