import { describe, expect, it } from '@jest/globals';
import { readRepoFile } from '../support/fixtures.js';
import { runBundle } from '../support/run-bundle.js';

/** The README's set-up must stay true: its commands run, and what it says they print is what they print. */
const readme = readRepoFile('README.md');
const setUp = /## Set-up \(two commands\)[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)![1]!;
const commands = setUp
  .split('\n')
  .map((line) => line.replace(/\s+#.*$/, '').trim())
  .filter((line) => line !== '');

describe('README set-up', () => {
  it('has exactly two commands: the main job on the example, and the tests', () => {
    expect(commands).toHaveLength(2);
    expect(commands[0]).toMatch(/^npm install && node dist\/cli\.js /);
    expect(commands[1]).toBe('npm test');
  });

  it('the main job prints the closing line the README quotes, with the exit code it explains', () => {
    const args = commands[0]!.replace(/^npm install && node dist\/cli\.js /, '').split(/\s+/);
    const run = runBundle('cli.js', args, { AKS_BACKUP_GUARD_NOW: '2026-11-21T12:00:00Z' });
    const quoted = /It ends with\n\n```\n(.*)\n```/.exec(readme)![1]!;
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(quoted);
    expect(readme).toContain(`exits with code ${run.status}`);
  });
});
