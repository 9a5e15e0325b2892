/**
 * Worker side of the apply benchmark: `runApply` as `src/commands/apply.ts` wires it — a live read of the
 * estate, the plan, approval (given, as with auto-approve), then the writes through the project's Data
 * Protection and ARM clients, with production pacing except the poll interval, which the suite sets to
 * the emulator's LRO step.
 */
import { defaultTiming } from '../src/apply/timing.js';
import { runApply } from '../src/apply/run-apply.js';
import { ArmWriter } from '../src/azure/arm-writer.js';
import { DataProtectionClient } from '../src/azure/data-protection.js';
import { readEstate } from '../src/azure/read-estate.js';
import { REAL_TIMER } from '../src/azure/retry.js';
import { silentLogger } from '../src/commands/context.js';
import { parseDesiredState } from '../src/config/load.js';
import { loadCatalogue } from '../src/rules/index.js';
import { connectTo } from './emulator-connection.js';
import { startRequestLog } from './request-log.js';
import { maxRssMb, type ApplyResult, type ApplyTask } from './tasks.js';

export async function runApplyTask(task: ApplyTask): Promise<ApplyResult> {
  const connection = connectTo(task.emulator);
  const state = parseDesiredState('aks-backup.yaml', task.configText);
  const timing = defaultTiming(task.pollIntervalMs);
  const writerOptions = { ...connection, pollIntervalMs: timing.pollIntervalMs };
  const log = startRequestLog();
  const started = performance.now();
  const outcome = await runApply(
    {
      state,
      configText: task.configText,
      matrix: loadCatalogue().matrix,
      options: { allowReplace: false, prune: false, concurrency: task.concurrency },
    },
    {
      readEstate: () =>
        readEstate(
          { scope: { subscriptions: task.subscriptions } },
          { ...connection, concurrency: task.concurrency },
        ),
      writers: { dataProtection: new DataProtectionClient(writerOptions), arm: new ArmWriter(writerOptions) },
      approve: async () => true,
      log: silentLogger,
      timer: REAL_TIMER,
      timing,
    },
  );
  const wallMs = performance.now() - started;
  if (outcome.kind !== 'applied')
    throw new Error(`apply did not run: ${outcome.kind}${'reason' in outcome ? `: ${outcome.reason}` : ''}`);
  const failed = outcome.results.filter((r) => r.status !== 'done');
  return {
    wallMs,
    executeMs: outcome.elapsedMs,
    changes: outcome.changes.length,
    done: outcome.results.length - failed.length,
    failed: failed.length,
    ...(failed[0] ? { firstFailure: `${failed[0].status}: ${failed[0].note ?? ''}` } : {}),
    requests: log.stop(),
    maxRssMb: maxRssMb(),
  };
}
