/**
 * `npm run bench [-- --quick] [-- --json]`: the benchmark (issue 9, BENCHMARKS.md). The same bundle is
 * the suite and, started with the worker flag, the child process each measurement runs in. Each side
 * imports its own code when it starts (scripts/run-ts.mjs puts it in chunks of its own), so a worker
 * measuring a plan has not also loaded the emulator, the estate generator and the Azure SDK, which the
 * product's `plan --estate` never loads: ~20 MB of RSS that was counted as the plan's.
 */
import { WORKER_FLAG } from './tasks.js';

if (process.argv[2] === WORKER_FLAG) {
  const { runWorker } = await import('./worker.js');
  runWorker();
} else {
  const { parseOptions, USAGE } = await import('./options.js');
  const { renderJson, renderText } = await import('./report.js');
  const { runSuite } = await import('./suite.js');
  let options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n${USAGE}\n`);
    process.exit(1);
  }
  const results = await runSuite(options);
  process.stdout.write(`${options.json ? renderJson(results) : renderText(results)}\n`);
}
