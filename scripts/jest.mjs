// Runs Jest with the flags ESM TypeScript needs (TOOLCHAIN.md pitfall 2), so that
// `npm test` is the one test command everywhere: README, CI and developers.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const jestBin = require.resolve('jest/bin/jest');
const nodeOptions = [
  process.env.NODE_OPTIONS ?? '',
  '--experimental-vm-modules',
  '--disable-warning=ExperimentalWarning',
]
  .join(' ')
  .trim();
const result = spawnSync(process.execPath, [jestBin, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: nodeOptions },
});
process.exit(result.status ?? 1);
