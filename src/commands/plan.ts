import { loadDesiredState } from '../config/load.js';
import { readTextFile } from '../config/read-file.js';
import { buildEstate } from '../estate/build-estate.js';
import { computePlan } from '../plan/diff.js';
import { isFirstShard } from '../plan/shard.js';
import type { PlannedChange } from '../plan/model.js';
import { toPlanFile, writePlanFile } from '../plan/plan-file.js';
import { buildReport } from '../report/build.js';
import type { Change, Report } from '../report/model.js';
import { evaluate, exemptionSubjects, loadCatalogue } from '../rules/index.js';
import { subjectsOfPlan } from '../subjects/from-estate.js';
import type { CommandContext } from './context.js';
import { readEstateFor } from './estate-source.js';

/**
 * `plan`: desired state against the estate (a snapshot with --estate, else Azure), every rule
 * evaluated, a Terraform-style plan out. Writes nothing to Azure. With --plan-file, saves the plan for
 * `apply` together with the digest of the estate it was computed from.
 */
export async function planCommand(context: CommandContext): Promise<Report> {
  const { settings, now, log } = context;
  const state = loadDesiredState(settings.config);
  const snapshot = await readEstateFor(state, context);
  const estate = buildEstate(snapshot);
  log.debug(`estate: ${estate.clusters.length} clusters, ${estate.instances.length} backup instances`);
  const catalogue = loadCatalogue(settings.policies ? { organisationFolder: settings.policies } : {});
  const plan = computePlan(state, estate, {
    allowReplace: settings.allowReplace,
    prune: settings.prune,
    matrix: catalogue.matrix,
    ...(settings.shard ? { shard: settings.shard } : {}),
  });
  const options = {
    roleSet: state.options.roleSet,
    allowAzureFiles: state.options.allowAzureFiles,
    allowReplace: settings.allowReplace,
  };
  // The estate is judged as it was when read (a snapshot's capturedAt), so a day-old snapshot does not make
  // every recovery point look a day late; the desired state's exemptions are judged against today.
  const estateTime = estateInstant(snapshot.capturedAt, now);
  const findings = [
    ...evaluate(catalogue, subjectsOfPlan(state, estate, plan, estateTime, settings.shard), {
      now: estateTime,
      matrix: catalogue.matrix,
      options,
      exemptions: state.exemptions,
    }),
    ...evaluate(catalogue, isFirstShard(settings.shard) ? exemptionSubjects(state) : [], {
      now,
      matrix: catalogue.matrix,
      options,
      exemptions: state.exemptions,
    }),
  ];
  if (settings.planFile) {
    const text = readTextFile(settings.config, 'desired-state file');
    writePlanFile(
      settings.planFile,
      toPlanFile(plan, { file: settings.config, text }, now, {
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
    changes: plan.changes.map(toReportChange),
    findings: [...plan.findings, ...findings],
    stats: {
      clusters: plan.bindings.length,
      clustersInEstate: estate.clusters.length,
      backupInstances: estate.instances.length,
    },
  });
}

/** The report carries what a reader needs; request bodies stay in the plan file. */
function toReportChange(change: PlannedChange): Change {
  return {
    action: change.action,
    kind: change.kind,
    id: change.id,
    ...(change.cluster ? { cluster: change.cluster } : {}),
    reasons: change.reasons,
  };
}

/** The snapshot's capture time, unless it is missing, malformed or in the future. */
function estateInstant(capturedAt: string, now: Date): Date {
  const instant = new Date(capturedAt);
  return Number.isNaN(instant.getTime()) || instant > now ? now : instant;
}
