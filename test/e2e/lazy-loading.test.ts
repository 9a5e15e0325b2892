import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { EstateSnapshot } from '../../src/estate/snapshot.js';
import { startEmulator } from '../emulator/server.js';
import { runAction } from '../support/action-runner.js';
import { readRepoFile, repoPath } from '../support/fixtures.js';
import { EMULATOR_ENV, liveArgs } from '../support/live-cli.js';
import { runBundle, runBundleAsync, type BundleRun } from '../support/run-bundle.js';

/**
 * Commands that never talk to Azure or GitHub must not load the Azure SDKs or @actions/github: the source
 * reaches them only through dynamic import(), scripts/build.mjs splits what those imports bring into
 * chunks of their own under dist/chunks/, and Node reads a chunk only when its import() runs. Each run here
 * is started with a preloaded hook (test/support/record-loads.mjs) that writes down every module the
 * process loads; the dist/ files among them are then searched for the SDKs' code, recognised by the
 * module path comment esbuild writes above each bundled module (`// node_modules/@azure/identity/…`).
 * Nothing here depends on timing or memory, only on which files were loaded.
 */
jest.setTimeout(60_000);

/** The code that talks to Azure or GitHub: the SDK packages and src/azure/. */
const CLIENT_CODE =
  /^\/\/ (?:\S*\/)?node_modules\/(@azure\/[^/]+|@azure-rest\/[^/]+|@octokit\/[^/]+|@actions\/github)\/|^\/\/ (src\/azure)\//gm;
const HOOK = pathToFileURL(repoPath('test', 'support', 'record-loads.mjs')).href;
const NOW = { AKS_BACKUP_GUARD_NOW: '2026-11-21T12:00:00Z' };

/** What Azure or GitHub client code a file of dist/ holds: package names, and `src/azure`. */
function clientCodeIn(file: string): string[] {
  const found = new Set<string>();
  for (const match of readFileSync(file, 'utf8').matchAll(CLIENT_CODE)) found.add(match[1] ?? match[2]!);
  return [...found].sort();
}

function distFiles(): string[] {
  return readdirSync(repoPath('dist'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.js'))
    .map((name) => repoPath('dist', name));
}

let dir: string;
let runs = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'aksbg-lazy-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The environment that preloads the hook, and the file it records into (one per run). */
function recording(): { env: Record<string, string>; loadedFiles: () => string[] } {
  const record = join(dir, `loads-${++runs}.txt`);
  return {
    env: { NODE_OPTIONS: `--import=${HOOK}`, AKSBG_RECORD_LOADS: record },
    loadedFiles: () =>
      readFileSync(record, 'utf8')
        .split('\n')
        .filter((url) => url.startsWith('file:'))
        .map((url) => fileURLToPath(url)),
  };
}

/** The dist/ files a run loaded, each with the client code it holds (relative names, for messages). */
function loadedDist(loadedFiles: string[]): Record<string, string[]> {
  const dist = repoPath('dist');
  return Object.fromEntries(
    loadedFiles
      .filter((file) => !relative(dist, file).startsWith('..'))
      .map((file) => [relative(repoPath(), file), clientCodeIn(file)]),
  );
}

const withoutClientCode = (loaded: Record<string, string[]>) =>
  Object.fromEntries(Object.keys(loaded).map((file) => [file, []]));

describe('dist/ keeps the Azure and GitHub clients in chunks of their own', () => {
  it('the entry points hold none of them; chunks hold @azure/identity, Resource Graph and @actions/github', () => {
    const all = distFiles().flatMap(clientCodeIn);
    expect(all).toEqual(
      expect.arrayContaining(['@azure/identity', '@azure/arm-resourcegraph', '@actions/github', 'src/azure']),
    );
    expect(clientCodeIn(repoPath('dist', 'cli.js'))).toEqual([]);
    expect(clientCodeIn(repoPath('dist', 'index.js'))).toEqual([]);
  });
});

describe('offline commands of dist/cli.js load no Azure or GitHub client code', () => {
  const offline: [string, string[], number][] = [
    ['--help', ['--help'], 0],
    ['validate', ['validate', '--config', 'examples/aks-backup.yaml'], 0],
    ['rules', ['rules'], 0],
    [
      'plan --estate',
      ['plan', '--config', 'examples/aks-backup.yaml', '--estate', 'examples/estate.json'],
      2,
    ],
    [
      'audit --estate',
      ['audit', '--config', 'examples/aks-backup.yaml', '--estate', 'examples/estate.json'],
      2,
    ],
  ];
  it.each(offline)('%s', (_name, args, status) => {
    const { env, loadedFiles } = recording();
    const run: BundleRun = runBundle('cli.js', args, { ...NOW, ...env });
    expect(run.stderr).not.toMatch(/^error|unexpected error/m);
    expect(run.status).toBe(status);
    const loaded = loadedDist(loadedFiles());
    expect(Object.keys(loaded)).toContain(join('dist', 'cli.js'));
    expect(loaded).toEqual(withoutClientCode(loaded));
  });
});

describe('dist/index.js validate outside a pull request', () => {
  it('loads neither the Azure SDKs nor @actions/github (comment: true is the default)', () => {
    const { env, loadedFiles } = recording();
    const run = runAction({
      dir,
      inputs: { command: 'validate', config: 'examples/aks-backup.yaml', comment: 'true' },
      token: 'ghs_fake',
      env: { ...NOW, ...env },
    });
    expect(run.status).toBe(0);
    expect(run.outputs['exit-code']).toBe('0');
    const loaded = loadedDist(loadedFiles());
    expect(Object.keys(loaded)).toContain(join('dist', 'index.js'));
    expect(loaded).toEqual(withoutClientCode(loaded));
  });
});

describe('a live read does load them (the check above can see a loaded client)', () => {
  it('plan against the emulator loads @azure/identity and Resource Graph', async () => {
    const snapshot = JSON.parse(readRepoFile('examples', 'estate.json')) as EstateSnapshot;
    const emulator = await startEmulator({ snapshot });
    try {
      const { env, loadedFiles } = recording();
      const run = await runBundleAsync(
        'cli.js',
        ['plan', '--config', 'examples/aks-backup.yaml', ...liveArgs(emulator.url)],
        { AKS_BACKUP_GUARD_NOW: snapshot.capturedAt, ...EMULATOR_ENV, ...env },
      );
      expect(run.stderr).toContain(`reading the estate from ${emulator.url}`);
      expect(run.status).toBe(2);
      const clientCode = Object.values(loadedDist(loadedFiles())).flat();
      expect(clientCode).toEqual(expect.arrayContaining(['@azure/identity', '@azure/arm-resourcegraph']));
    } finally {
      await emulator.close();
    }
  });
});
