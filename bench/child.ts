/**
 * The suite side of a worker: fork this same bundle with the worker flag, hand it one task, wait for
 * its answer. The child's stdout and stderr go to the suite's stderr, so `--json` output stays clean.
 */
import { fork } from 'node:child_process';
import { WORKER_FLAG, type WorkerReply, type WorkerResult, type WorkerTask } from './tasks.js';

export function runInChild<R extends WorkerResult>(task: WorkerTask): Promise<R> {
  return new Promise((resolve, reject) => {
    const child = fork(process.argv[1]!, [WORKER_FLAG], { stdio: ['ignore', 2, 2, 'ipc'] });
    let reply: WorkerReply | undefined;
    child.once('message', (message: WorkerReply) => {
      reply = message;
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (reply?.ok) resolve(reply.result as R);
      else if (reply) reject(new Error(`the ${task.kind} worker failed: ${reply.error}`));
      else
        reject(new Error(`the ${task.kind} worker exited (${signal ?? `code ${code}`}) without an answer`));
    });
    child.send(task);
  });
}
