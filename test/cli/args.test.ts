import { describe, expect, it } from '@jest/globals';
import { parseArgs } from '../../src/cli/args.js';
import { InputError } from '../../src/config/diagnostics.js';

function problems(argv: string[]): string[] {
  try {
    parseArgs(argv);
  } catch (error) {
    if (error instanceof InputError) return error.diagnostics.map((d) => d.message);
    throw error;
  }
  return [];
}

describe('parseArgs', () => {
  it('takes the command and flags in either form', () => {
    const { values } = parseArgs(['plan', '--config', 'a.yaml', '--fail-on=warning']);
    expect(Object.fromEntries(values)).toEqual({ command: 'plan', config: 'a.yaml', 'fail-on': 'warning' });
  });

  it('treats a bare boolean flag as true and --no-<flag> as false', () => {
    const { values } = parseArgs(['apply', '--prune', '--no-auto-approve', '--allow-replace=false']);
    expect(values.get('prune')).toBe('true');
    expect(values.get('auto-approve')).toBe('false');
    expect(values.get('allow-replace')).toBe('false');
  });

  it('refuses the action-only inputs (they write to GitHub) by name, with what to use instead', () => {
    const refused = (argv: string[]) => {
      try {
        parseArgs(argv);
      } catch (error) {
        return (error as InputError).diagnostics.map((d) => d.message);
      }
      throw new Error('accepted');
    };
    expect(refused(['audit', '--audit-issue', '--github-token', 'ghs_x', '--no-comment'])).toEqual([
      "'--audit-issue' is an input of the GitHub Action only: the CLI never writes to GitHub; write the report with --output-markdown or --output-json instead",
      "'--github-token' is an input of the GitHub Action only: the CLI never writes to GitHub; write the report with --output-markdown or --output-json instead",
      "'--comment' is an input of the GitHub Action only: the CLI never writes to GitHub; write the report with --output-markdown or --output-json instead",
    ]);
  });

  it('accepts --output-json as another name for --json-file', () => {
    expect(parseArgs(['validate', '--output-json', 'r.json']).values.get('json-file')).toBe('r.json');
  });

  it('joins repeated list flags', () => {
    expect(parseArgs(['audit', '--scope', 'a', '--scope', 'b']).values.get('scope')).toBe('a,b');
  });

  it('recognises help and version anywhere', () => {
    expect(parseArgs(['validate', '-h']).help).toBe(true);
    expect(parseArgs(['--version']).version).toBe(true);
  });

  it('reports every problem at once', () => {
    expect(
      problems(['validate', 'extra', '--confg', 'x', '--config', '--fail-on', 'error', '--fail-on', 'info']),
    ).toEqual([
      "unexpected argument 'extra': give one command, then --flags",
      "unknown option '--confg'; did you mean '--config'? (see --help)",
      "option '--config' needs a value",
      "option '--fail-on' is given more than once",
    ]);
  });

  it('does not suggest anything for a flag far from every name', () => {
    expect(problems(['validate', '--zzzzzzzz'])).toEqual(["unknown option '--zzzzzzzz' (see --help)"]);
  });
});
