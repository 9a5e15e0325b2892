import type { DesiredState } from '../config/model.js';
import type { Estate } from '../estate/model.js';
import { computePlan } from '../plan/diff.js';
import type { Plan } from '../plan/model.js';
import { isFirstShard } from '../plan/shard.js';
import type { Change, Finding } from '../report/model.js';
import { evaluate, exemptionSubjects, loadCatalogue, type Catalogue } from '../rules/index.js';
import type { Subject } from '../rules/subjects.js';
import { subjectsOfPlan } from '../subjects/from-estate.js';
import type { CommandContext } from './context.js';
import { estateFor } from './estate-source.js';

export interface Assessment {
  estate: Estate;
  catalogue: Catalogue;
  plan: Plan;
  /** The plan's own findings, then every rule's. */
  findings: Finding[];
  /** When the estate was read: what ages are judged at. */
  estateTime: Date;
}

/**
 * The shared core of `plan` and `audit`: read the estate, compute the plan, evaluate every rule. The
 * estate is judged as it was when read (a snapshot's capturedAt), so a day-old snapshot does not make every
 * recovery point look a day late; the desired state's exemptions are judged against today.
 * `extraSubjects` lets audit add the clusters no entry covers.
 */
export async function assess(
  state: DesiredState,
  context: CommandContext,
  extraSubjects: (estate: Estate, plan: Plan, estateTime: Date) => Subject[] = () => [],
): Promise<Assessment> {
  const { settings, now, log } = context;
  const estate = await estateFor(state, context);
  log.debug(`estate: ${estate.clusters.length} clusters, ${estate.instances.length} backup instances`);
  const catalogue = loadCatalogue(settings.policies ? { organisationFolder: settings.policies } : {});
  const plan = computePlan(state, estate, {
    allowReplace: settings.allowReplace,
    prune: settings.prune,
    matrix: catalogue.matrix,
    ...(settings.shard ? { shard: settings.shard } : {}),
  });
  const estateTime = estateInstant(estate.capturedAt, now);
  const evaluationAt = (at: Date) => ({
    now: at,
    matrix: catalogue.matrix,
    options: {
      roleSet: state.options.roleSet,
      allowAzureFiles: state.options.allowAzureFiles,
      allowReplace: settings.allowReplace,
    },
    exemptions: state.exemptions,
  });
  const findings = [
    ...plan.findings,
    ...evaluate(
      catalogue,
      // Judged as they are made, never all in memory at once (subjectsOfPlan).
      (function* () {
        yield* subjectsOfPlan(state, estate, plan, estateTime, settings.shard);
        yield* extraSubjects(estate, plan, estateTime);
      })(),
      evaluationAt(estateTime),
    ),
    ...evaluate(catalogue, isFirstShard(settings.shard) ? exemptionSubjects(state) : [], evaluationAt(now)),
  ];
  return { estate, catalogue, plan, findings, estateTime };
}

/** The snapshot's capture time, unless it is missing, malformed or in the future. */
function estateInstant(capturedAt: string, now: Date): Date {
  const instant = new Date(capturedAt);
  return Number.isNaN(instant.getTime()) || instant > now ? now : instant;
}

/** The report carries what a reader needs; request bodies stay in the plan file. */
export function reportChanges(plan: Plan): Change[] {
  return plan.changes.map((c) => ({
    action: c.action,
    kind: c.kind,
    id: c.id,
    ...(c.cluster ? { cluster: c.cluster } : {}),
    reasons: c.reasons,
  }));
}
