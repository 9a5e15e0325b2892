/**
 * Worker side of the read benchmark: `readEstate`, exactly as `plan` calls it against Azure, timed from
 * the first request (sign-in included) to the snapshot in memory.
 */
import { readEstate } from '../src/azure/read-estate.js';
import { connectTo } from './emulator-connection.js';
import { startRequestLog } from './request-log.js';
import { maxRssMb, type ReadResult, type ReadTask } from './tasks.js';

export async function runReadTask(task: ReadTask): Promise<ReadResult> {
  const connection = connectTo(task.emulator);
  const log = startRequestLog();
  const started = performance.now();
  const snapshot = await readEstate(
    { scope: { subscriptions: task.subscriptions }, recoveryPoints: task.recoveryPoints },
    // The generated estate's clock, so the 14-day job window selects what the generator wrote.
    { ...connection, now: () => new Date(task.capturedAt), concurrency: task.concurrency },
  );
  const wallMs = performance.now() - started;
  return { wallMs, resources: snapshot.resources.length, requests: log.stop(), maxRssMb: maxRssMb() };
}
