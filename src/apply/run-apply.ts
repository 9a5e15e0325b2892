/**
 * apply, end to end and free of front-door concerns: read the estate from Azure, plan, check the plan
 * against a saved one, get approval, execute, and say what was and was not done. Every seam (the estate
 * read, the writers, approval, the clock, interruption) is injected, so tests run it against the emulator
 * and can stop it after any write.
 */
import type { Logger } from '../commands/context.js';
import type { DesiredState } from '../config/model.js';
import type { Timer } from '../azure/retry.js';
import { buildEstate } from '../estate/build-estate.js';
import type { EstateSnapshot } from '../estate/snapshot.js';
import { computePlan } from '../plan/diff.js';
import type { Plan, PlannedChange } from '../plan/model.js';
import type { PlanFile } from '../plan/plan-file.js';
import type { Shard } from '../plan/shard.js';
import type { SupportMatrix } from '../rules/support-matrix.js';
import type { AzureWriters } from './context.js';
import { executeChanges, type Step } from './execute.js';
import type { ApplyTiming, ChangeResult } from './model.js';
import { progressLines, summaryLine, type Progress } from './progress.js';
import { missingPermission, refusalFor } from './saved-plan.js';
import { estateDigest } from '../plan/digest.js';

export interface ApplyRequest {
  state: DesiredState;
  /** The desired-state text, for the saved plan's config digest. */
  configText: string;
  matrix: SupportMatrix;
  options: { allowReplace: boolean; prune: boolean; concurrency: number; shard?: Shard };
  /** A reviewed plan to execute instead of a fresh one. */
  saved?: { file: string; plan: PlanFile };
}

export interface ApplyDependencies {
  /** A fresh read of the estate from Azure (never a snapshot: apply must see Azure as it is now). */
  readEstate(): Promise<EstateSnapshot>;
  writers: AzureWriters;
  /** Shows the changes and says whether to go ahead. */
  approve(changes: readonly PlannedChange[]): Promise<boolean>;
  log: Logger;
  timer: Timer;
  timing: ApplyTiming;
  signal?: AbortSignal;
  progress?: Progress;
  /** Replaces change steps (tests). */
  steps?: Partial<Record<PlannedChange['kind'], Step>>;
}

export type ApplyOutcome =
  | { kind: 'refused'; reason: string; plan?: Plan }
  | { kind: 'nothing-to-do'; plan: Plan }
  | { kind: 'applied'; plan: Plan; changes: PlannedChange[]; results: ChangeResult[]; elapsedMs: number };

export async function runApply(request: ApplyRequest, deps: ApplyDependencies): Promise<ApplyOutcome> {
  const { saved } = request;
  // A saved plan is recomputed with its own options, so the digests compare like with like.
  const planned = saved?.plan.options ?? request.options;
  const estate = buildEstate(await deps.readEstate());
  const plan = computePlan(request.state, estate, {
    allowReplace: planned.allowReplace,
    prune: planned.prune ?? false,
    ...(request.options.shard ? { shard: request.options.shard } : {}),
    matrix: request.matrix,
  });

  let changes: PlannedChange[];
  if (saved) {
    const refusal = refusalFor(
      saved.plan,
      saved.file,
      request.configText,
      estateDigest(estate, plan.bindings),
    );
    if (refusal) return { kind: 'refused', reason: refusal, plan };
    changes = [...saved.plan.changes];
  } else {
    changes = plan.changes.filter((c) => c.action !== 'noop');
  }
  const missing = missingPermission(changes, request.options);
  if (missing) return { kind: 'refused', reason: missing, plan };
  if (changes.length === 0) {
    deps.log.info('No changes. Azure matches the desired state.');
    return { kind: 'nothing-to-do', plan };
  }
  if (!(await deps.approve(changes)))
    return { kind: 'refused', reason: 'apply cancelled: nothing was changed', plan };

  const begin = deps.timer.now();
  const results = await executeChanges(
    changes,
    {
      writers: deps.writers,
      timing: deps.timing,
      timer: deps.timer,
      ...(deps.signal ? { signal: deps.signal } : {}),
      log: deps.log,
      options: { allowReplace: request.options.allowReplace, prune: request.options.prune },
      extensionPrincipals: new Map(),
    },
    {
      concurrency: request.options.concurrency,
      progress: deps.progress ?? progressLines(deps.log),
      ...(deps.steps ? { steps: deps.steps } : {}),
    },
  );
  const elapsedMs = deps.timer.now() - begin;
  deps.log.info(summaryLine(results, elapsedMs));
  return { kind: 'applied', plan, changes, results, elapsedMs };
}
