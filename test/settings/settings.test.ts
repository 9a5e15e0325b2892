import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../src/config/diagnostics.js';
import { INPUTS, type InputName } from '../../src/settings/inputs.js';
import { resolveSettings } from '../../src/settings/settings.js';

const from = (values: Partial<Record<InputName, string>>) => (name: InputName) => values[name] ?? '';

function problems(values: Partial<Record<InputName, string>>, origin: 'input' | 'flag' = 'input'): string[] {
  try {
    resolveSettings(from(values), origin);
  } catch (error) {
    if (error instanceof InputError) return error.diagnostics.map((d) => d.message);
    throw error;
  }
  return [];
}

describe('resolveSettings', () => {
  it('applies the documented defaults', () => {
    const settings = resolveSettings(from({}), 'flag');
    expect(settings).toMatchObject({
      command: 'validate',
      config: '.github/aks-backup.yaml',
      failOn: 'error',
      format: 'text',
      auth: 'auto',
      audience: 'api://AzureADTokenExchange',
      cloud: 'AzureCloud',
      allowReplace: false,
      prune: false,
      concurrency: 8,
      comment: true,
      auditIssue: false,
      auditIssueLabel: 'aks-backup-guard',
      scope: [],
    });
    // A workflow expression default is the runner's to fill, never a literal value.
    expect(settings.githubToken).toBeUndefined();
  });

  it('parses shards, scopes, booleans and numbers', () => {
    const settings = resolveSettings(
      from({
        shard: '2/8',
        scope: 'a, b\nc',
        prune: 'yes',
        concurrency: '16',
        'arm-endpoint': 'https://127.0.0.1:8443',
      }),
      'input',
    );
    expect(settings.shard).toEqual({ index: 2, count: 8 });
    expect(settings.scope).toEqual(['a', 'b', 'c']);
    expect(settings.prune).toBe(true);
    expect(settings.concurrency).toBe(16);
    expect(settings.armEndpoint).toBe('https://127.0.0.1:8443');
  });

  it('names each bad input and what it accepts, all at once', () => {
    expect(
      problems({
        command: 'plna',
        'fail-on': 'fatal',
        prune: 'maybe',
        concurrency: '0',
        shard: '0/4',
        'authority-host': 'http://login',
      }),
    ).toEqual([
      "input 'shard' must be 'i/n' with 1 <= i <= n, e.g. 2/8; got '0/4'",
      "input 'authority-host' must be an https:// URL; got 'http://login' (Azure refuses bearer tokens over plain http)",
      "input 'command' must be one of validate, plan, apply, audit, backup, restore-test, export, rules; got 'plna' (did you mean 'plan'?)",
      "input 'fail-on' must be one of error, warning, info; got 'fatal'",
      "input 'prune' must be true or false; got 'maybe'",
      "input 'concurrency' must be a whole number from 1 to 64; got '0'",
    ]);
  });

  it('speaks of flags on the command line', () => {
    expect(problems({ 'fail-on': 'x' }, 'flag')).toEqual([
      "--fail-on must be one of error, warning, info; got 'x'",
    ]);
  });

  it('takes one GitHub label for the audit issue: at most 50 characters, no comma (the list filter splits on commas)', () => {
    expect(
      resolveSettings(from({ 'audit-issue': 'true', 'audit-issue-label': 'backup-audit' }), 'input'),
    ).toMatchObject({
      auditIssue: true,
      auditIssueLabel: 'backup-audit',
    });
    expect(problems({ 'audit-issue-label': 'a,b' })).toEqual([
      "input 'audit-issue-label' must be one GitHub label: at most 50 characters, no comma; got 'a,b'",
    ]);
    expect(problems({ 'audit-issue-label': 'x'.repeat(51) })).toHaveLength(1);
  });

  it('has a description and a kebab-case name for every input', () => {
    for (const input of INPUTS) {
      expect(input.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(input.description.length).toBeGreaterThan(10);
    }
  });
});
