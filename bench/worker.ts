/**
 * The child-process side: receive one task over IPC, run it, send the result back, exit. A fresh process
 * per measurement keeps peak RSS honest and JIT state cold, as a CLI run would find it. Each task's code
 * is imported when the task arrives, so a process holds what its task needs and nothing more.
 */
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
      return (await import('./read-task.js')).runReadTask(task);
    case 'naive-read':
      return (await import('./naive-reader.js')).runNaiveReadTask(task);
    case 'plan':
      return (await import('./plan-task.js')).runPlanTask(task);
    case 'apply':
      return (await import('./apply-task.js')).runApplyTask(task);
  }
}

function reply(message: WorkerReply): void {
  // Exit only once the message is flushed: large results would otherwise be cut off.
  process.send!(message, () => process.exit(message.ok ? 0 : 1));
}
