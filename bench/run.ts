/**
 * `npm run bench [-- --quick] [-- --json]`: the benchmark (issue 9, BENCHMARKS.md). The same bundle is
 * the suite and, started with the worker flag, the child process each measurement runs in.
 */
import { parseOptions, USAGE } from './options.js';
import { renderJson, renderText } from './report.js';
import { runSuite } from './suite.js';
import { WORKER_FLAG } from './tasks.js';
import { runWorker } from './worker.js';

if (process.argv[2] === WORKER_FLAG) {
  runWorker();
} else {
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
