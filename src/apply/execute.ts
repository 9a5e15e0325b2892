/**
 * Runs planned changes: each starts once everything it depends on is done (dependencies.ts), at most
 * `concurrency` at once per subscription (limiter.ts), in plan order among those ready. A failure stops
 * only what depends on it; the rest goes on. An interrupted run (the signal aborts) starts nothing new,
 * and what was in flight is reported as interrupted — the next run re-plans from Azure and finishes it,
 * without duplicates because every name is deterministic (src/plan/names.ts).
 */
import type { PlannedChange } from '../plan/model.js';
import type { StepContext, StepOutcome } from './context.js';
import { dependenciesOf, subscriptionOf } from './dependencies.js';
import { KeyedLimiter } from './limiter.js';
import type { ChangeResult } from './model.js';
import type { Progress } from './progress.js';
import { applyPolicy, applyRoleAssignment } from './steps/access-steps.js';
import { applyExtension, applyTrustedAccess, registerProvider } from './steps/cluster-steps.js';
import { applyInstance } from './steps/instance-steps.js';

export type Step = (change: PlannedChange, ctx: StepContext) => Promise<StepOutcome>;

const STEPS: Record<PlannedChange['kind'], Step> = {
  providerRegistration: registerProvider,
  extension: applyExtension,
  trustedAccessBinding: applyTrustedAccess,
  roleAssignment: applyRoleAssignment,
  backupPolicy: applyPolicy,
  backupInstance: applyInstance,
};

export interface ExecuteOptions {
  /** Changes in flight per subscription (settings.concurrency). */
  concurrency: number;
  progress: Progress;
  /** Replaces the step of a kind (tests). */
  steps?: Partial<Record<PlannedChange['kind'], Step>>;
}

export async function executeChanges(
  changes: readonly PlannedChange[],
  ctx: StepContext,
  options: ExecuteOptions,
): Promise<ChangeResult[]> {
  const needs = dependenciesOf(changes);
  const results: (ChangeResult | undefined)[] = new Array(changes.length);
  const limiter = new KeyedLimiter(options.concurrency);
  const started = new Set<number>();
  const steps = { ...STEPS, ...options.steps };

  return new Promise<ChangeResult[]>((resolve) => {
    let running = 0;
    let resolved = false;
    const settle = (i: number, result: ChangeResult): void => {
      results[i] = result;
      if (result.status !== 'done' && !started.has(i)) options.progress.skipped(result);
    };

    const dispatch = (): void => {
      // Repeat until nothing changes: marking one change not attempted may decide its dependents.
      for (let progressed = true; progressed;) {
        progressed = false;
        changes.forEach((change, i) => {
          if (started.has(i) || results[i] !== undefined) return;
          const { hard, soft } = needs[i]!;
          // Interrupted dependencies block nothing: the change itself is then reported as interrupted.
          const blocker = [...hard].find(
            (j) => results[j]?.status === 'failed' || results[j]?.status === 'not-attempted',
          );
          if (blocker !== undefined) {
            settle(i, {
              change,
              status: 'not-attempted',
              elapsedMs: 0,
              note: `not attempted: it depends on ${changes[blocker]!.kind} ${shortId(changes[blocker]!.id)}, which was not done`,
            });
            progressed = true;
            return;
          }
          if (ctx.signal?.aborted || [...hard, ...soft].some((j) => results[j] === undefined)) return;
          started.add(i);
          running++;
          void limiter
            .run(subscriptionOf(change.id) ?? '', () =>
              runOne(change, steps[change.kind], ctx, options.progress),
            )
            .then((result) => {
              results[i] = result;
              running--;
              dispatch();
            });
        });
      }
      if (running > 0 || resolved) return;
      // Nothing runs and nothing can start: what is left was cut off by an interruption.
      changes.forEach((change, i) => {
        if (results[i] === undefined) {
          settle(i, {
            change,
            status: 'interrupted',
            elapsedMs: 0,
            note: 'not started: the run was interrupted',
          });
        }
      });
      resolved = true;
      resolve(results as ChangeResult[]);
    };
    dispatch();
  });
}

async function runOne(
  change: PlannedChange,
  step: Step,
  ctx: StepContext,
  progress: Progress,
): Promise<ChangeResult> {
  if (ctx.signal?.aborted) {
    return { change, status: 'interrupted', elapsedMs: 0, note: 'not started: the run was interrupted' };
  }
  const begin = ctx.timer.now();
  progress.started(change);
  try {
    const outcome = await step(change, ctx);
    const result: ChangeResult = {
      change,
      status: 'done',
      elapsedMs: ctx.timer.now() - begin,
      ...(outcome.note ? { note: outcome.note } : {}),
    };
    progress.ended(result);
    return result;
  } catch (error) {
    const interrupted = ctx.signal?.aborted === true;
    const result: ChangeResult = {
      change,
      status: interrupted ? 'interrupted' : 'failed',
      elapsedMs: ctx.timer.now() - begin,
      note: interrupted ? 'interrupted while in progress' : ((error as Error)?.message ?? String(error)),
    };
    progress.ended(result);
    return result;
  }
}

function shortId(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1);
}
