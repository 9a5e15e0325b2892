/**
 * The child-process side: receive one task over IPC, run it, send the result back, exit. A fresh process
 * per measurement keeps peak RSS honest and JIT state cold, as a CLI run would find it.
 */
import { runApplyTask } from './apply-task.js';
import { runNaiveReadTask } from './naive-reader.js';
import { runPlanTask } from './plan-task.js';
import { runReadTask } from './read-task.js';
import type { WorkerReply, WorkerResult, WorkerTask } from './tasks.js';

export function runWorker(): void {
  process.once('message', (task: WorkerTask) => {
    execute(task).then(
      (result) => reply({ ok: true, result }),
      (error: unknown) => reply({ ok: false, error: (error as Error)?.stack ?? String(error) }),
    );
  });
}

async function execute(task: WorkerTask): Promise<WorkerResult> {
  switch (task.kind) {
    case 'read':
      return runReadTask(task);
    case 'naive-read':
      return runNaiveReadTask(task);
    case 'plan':
      return runPlanTask(task);
    case 'apply':
      return runApplyTask(task);
  }
}

function reply(message: WorkerReply): void {
  // Exit only once the message is flushed: large results would otherwise be cut off.
  process.send!(message, () => process.exit(message.ok ? 0 : 1));
}
