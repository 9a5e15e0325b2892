import { loadDesiredState } from '../config/load.js';
import { readTextFile } from '../config/read-file.js';
import { estateDigest } from '../plan/digest.js';
import { toPlanFile, writePlanFile } from '../plan/plan-file.js';
import { buildReport } from '../report/build.js';
import type { Report } from '../report/model.js';
import { assess, reportChanges } from './assess.js';
import type { CommandContext } from './context.js';

/**
 * `plan`: desired state against the estate (a snapshot with --estate, else Azure), every rule
 * evaluated, a Terraform-style plan out. Writes nothing to Azure. With --plan-file, saves the plan for
 * `apply` together with the digest of the estate it was computed from.
 */
export async function planCommand(context: CommandContext): Promise<Report> {
  const { settings, now, log } = context;
  const state = loadDesiredState(settings.config);
  const { estate, plan, findings } = await assess(state, context);
  if (settings.planFile) {
    const text = readTextFile(settings.config, 'desired-state file');
    writePlanFile(
      settings.planFile,
      // The digest is only worth its cost (a hash over every document the plan depends on) when saved.
      toPlanFile(plan, estateDigest(estate, plan.bindings), { file: settings.config, text }, now, {
        allowReplace: settings.allowReplace,
        prune: settings.prune,
      }),
    );
    log.info(`plan saved to ${settings.planFile}`);
  }
  return buildReport({
    command: 'plan',
    failOn: settings.failOn,
    now,
    config: settings.config,
    changes: reportChanges(plan),
    findings,
    stats: {
      clusters: plan.bindings.length,
      clustersInEstate: estate.clusters.length,
      backupInstances: estate.instances.length,
    },
  });
}
