import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { GITHUB_OIDC_ISSUER } from '../emulator/entra.js';
import { readRepoFile, repoPath } from './fixtures.js';
import { runBundle, runBundleAsync, type BundleRun } from './run-bundle.js';

/**
 * dist/index.js started as the Actions runner starts a `node24` action: every input of action.yml as an
 * INPUT_<NAME> variable (upper-cased, hyphens kept) with its default unless the step gives one, and the
 * runner's files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY) created empty before the step. Asynchronous,
 * because the Azure and GitHub emulators answer from this process.
 */
const action = parse(readRepoFile('action.yml')) as { inputs: Record<string, { default: string }> };

export interface ActionRun extends BundleRun {
  outputs: Record<string, string>;
  summary: string;
}

export interface ActionStep {
  /** Where GITHUB_OUTPUT and GITHUB_STEP_SUMMARY go; one directory per run keeps runs apart. */
  dir: string;
  inputs: Record<string, string>;
  /** The rest of the runner's environment: GITHUB_EVENT_PATH, ACTIONS_ID_TOKEN_REQUEST_*, … */
  env?: Record<string, string>;
  /** What `${{ github.token }}` expands to; none unless the test gives one. */
  token?: string;
}

/** The environment the runner gives the step, with its output and summary files created empty. */
export function actionEnvironment(step: ActionStep): Record<string, string> {
  const env: Record<string, string> = {
    GITHUB_OUTPUT: join(step.dir, 'output'),
    GITHUB_STEP_SUMMARY: join(step.dir, 'summary.md'),
    GITHUB_WORKSPACE: repoPath(),
    GITHUB_REPOSITORY: 'contoso/platform',
    ...step.env,
  };
  writeFileSync(env.GITHUB_OUTPUT!, '');
  writeFileSync(env.GITHUB_STEP_SUMMARY!, '');
  for (const [name, spec] of Object.entries(action.inputs))
    env[`INPUT_${name.toUpperCase()}`] = spec.default.startsWith('${{') ? (step.token ?? '') : spec.default;
  for (const [name, value] of Object.entries(step.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return env;
}

/** What the step left behind: its outputs and job summary. */
export function stepResult<T extends BundleRun>(env: Record<string, string>, run: T): T & ActionRun {
  return {
    ...run,
    outputs: parseOutputs(readFileSync(env.GITHUB_OUTPUT!, 'utf8')),
    summary: readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8'),
  };
}

export async function runActionAsync(step: ActionStep): Promise<ActionRun> {
  const env = actionEnvironment(step);
  return stepResult(env, await runBundleAsync('index.js', [], env));
}

/** The same, blocking: for steps that need no emulator answering from this process. */
export function runAction(step: ActionStep): ActionRun {
  const env = actionEnvironment(step);
  return stepResult(env, runBundle('index.js', [], env));
}

/** GITHUB_OUTPUT holds `name<<delimiter` heredocs (actions/core file commands). */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]!);
    outputs[match[1]!] = value.join('\n');
  }
  return outputs;
}

/**
 * An unsigned JWT shaped like a GitHub Actions OIDC token, for the GitHub emulator to hand out; the Entra
 * emulator checks issuer, audience and subject, not signatures.
 */
export function githubIdToken(
  audience: string,
  subject = 'repo:contoso/platform:ref:refs/heads/main',
): string {
  const encode = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode({ iss: GITHUB_OIDC_ISSUER, aud: audience, sub: subject, iat: now, exp: now + 300 })}.c2ln`;
}
