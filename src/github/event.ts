import { existsSync, readFileSync } from 'node:fs';

/**
 * The number of the pull request this run is for, or undefined when the event has none. Reads the event
 * payload as @actions/github's `context` does (the JSON file GITHUB_EVENT_PATH names; none when the
 * variable or the file is missing), so the action can tell whether it will comment before it loads
 * @actions/github.
 */
export function pullRequestNumber(env: NodeJS.ProcessEnv): number | undefined {
  const path = env.GITHUB_EVENT_PATH;
  if (!path || !existsSync(path)) return undefined;
  const payload = JSON.parse(readFileSync(path, 'utf8')) as { pull_request?: { number?: unknown } };
  const number = payload.pull_request?.number;
  return typeof number === 'number' ? number : undefined;
}
