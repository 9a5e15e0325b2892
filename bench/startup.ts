/**
 * Cold start of the two bundles, per command: a new `node` process each run, timed from spawn to exit,
 * on the example files in the repository. The action is started as the runner starts it (INPUT_*
 * variables with action.yml's defaults, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files). One discarded run
 * per command first warms the file cache, so the numbers are process start-up, not disk reads.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { median } from './statistics.js';

export interface StartupCase {
  entry: 'node' | 'cli' | 'action';
  command: string;
  args: string[];
  inputs?: Record<string, string>;
  /** Exit codes that mean the command ran as intended (plan exits 2 when changes are pending). */
  expectedExit: number[];
  /**
   * For the action, the `exit-code` output it must report: its process exit is 1 both when it fails the
   * step on pending changes and when it breaks, so the output tells the two apart.
   */
  expectedReport?: string[];
}

export interface StartupMeasurement {
  entry: StartupCase['entry'];
  command: string;
  runs: number;
  medianMs: number;
  minMs: number;
  /** Set when a run exited with an unexpected code: the times are then not reported. */
  error?: string;
}

const CONFIG = 'examples/aks-backup.yaml';
const ESTATE = 'examples/estate.json';

export const STARTUP_CASES: StartupCase[] = [
  // Node itself, for scale: what no bundle can go below.
  { entry: 'node', command: 'node -e 0', args: ['-e', '0'], expectedExit: [0] },
  {
    entry: 'cli',
    command: 'validate',
    args: ['dist/cli.js', 'validate', '--config', CONFIG],
    expectedExit: [0],
  },
  { entry: 'cli', command: 'rules', args: ['dist/cli.js', 'rules'], expectedExit: [0] },
  {
    entry: 'cli',
    command: 'plan --estate',
    args: ['dist/cli.js', 'plan', '--config', CONFIG, '--estate', ESTATE],
    expectedExit: [0, 2],
  },
  { entry: 'cli', command: '--help', args: ['dist/cli.js', '--help'], expectedExit: [0] },
  {
    entry: 'action',
    command: 'validate',
    args: ['dist/index.js'],
    inputs: { command: 'validate', config: CONFIG },
    expectedExit: [0],
  },
  {
    entry: 'action',
    command: 'rules',
    args: ['dist/index.js'],
    inputs: { command: 'rules' },
    expectedExit: [0],
  },
  {
    entry: 'action',
    command: 'plan --estate',
    args: ['dist/index.js'],
    inputs: { command: 'plan', config: CONFIG, estate: ESTATE },
    // The example has pending changes: the action fails the step (exit 1) and reports exit-code 2.
    expectedExit: [0, 1],
    expectedReport: ['0', '2'],
  },
];

export function measureStartup(cases: readonly StartupCase[], runs: number): StartupMeasurement[] {
  const dir = mkdtempSync(join(tmpdir(), 'aksbg-bench-startup-'));
  try {
    return cases.map((c) => measureCase(c, runs, dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function measureCase(c: StartupCase, runs: number, dir: string): StartupMeasurement {
  const times: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const env = c.entry === 'action' ? actionEnvironment(c.inputs ?? {}, dir) : baseEnvironment();
    const started = performance.now();
    const result = spawnSync(process.execPath, c.args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    const elapsed = performance.now() - started;
    const reported = c.expectedReport && reportedExitCode(env.GITHUB_OUTPUT ?? '');
    if (
      result.status === null ||
      !c.expectedExit.includes(result.status) ||
      (c.expectedReport && !c.expectedReport.includes(reported ?? ''))
    ) {
      const stderr = result.stderr?.toString().trim().split('\n').slice(-3).join(' | ') ?? '';
      return {
        entry: c.entry,
        command: c.command,
        runs: 0,
        medianMs: NaN,
        minMs: NaN,
        error: `exit ${result.status ?? result.signal}${reported !== undefined ? ` (exit-code output ${reported})` : ''}: ${stderr}`,
      };
    }
    if (run > 0) times.push(elapsed);
  }
  return { entry: c.entry, command: c.command, runs, medianMs: median(times), minMs: Math.min(...times) };
}

/** The `exit-code` output from a GITHUB_OUTPUT file (`name<<delimiter` blocks, as @actions/core writes). */
function reportedExitCode(file: string): string | undefined {
  const text = file === '' ? '' : readFileSync(file, 'utf8');
  return /^exit-code<<(\S+)\n([^\n]*)\n\1$/m.exec(text)?.[2];
}

/** The caller's environment without anything the action or the CLI would read as an input. */
function baseEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(INPUT_|GITHUB_|AZURE_|RUNNER_|NODE_OPTIONS$)/.test(name)) env[name] = value;
  }
  return env;
}

let actionDefaults: Record<string, string> | undefined;

function actionEnvironment(inputs: Record<string, string>, dir: string): NodeJS.ProcessEnv {
  actionDefaults ??= readActionDefaults();
  const env = baseEnvironment();
  env.GITHUB_OUTPUT = join(dir, 'output');
  env.GITHUB_STEP_SUMMARY = join(dir, 'summary.md');
  env.GITHUB_WORKSPACE = process.cwd();
  env.GITHUB_REPOSITORY = 'contoso/platform';
  writeFileSync(env.GITHUB_OUTPUT, '');
  writeFileSync(env.GITHUB_STEP_SUMMARY, '');
  // The runner sets every declared input: the workflow's value or action.yml's default.
  for (const [name, value] of Object.entries({ ...actionDefaults, ...inputs })) {
    env[`INPUT_${name.toUpperCase()}`] = value;
  }
  return env;
}

function readActionDefaults(): Record<string, string> {
  const action = parse(readFileSync('action.yml', 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  return Object.fromEntries(
    Object.entries(action.inputs).map(([name, spec]) => {
      const value = spec.default ?? '';
      // Expressions such as `${{ github.token }}` are the runner's to expand; a placeholder stands in.
      return [name, value.startsWith('${{') ? 'ghs_benchmark_placeholder' : value];
    }),
  );
}
