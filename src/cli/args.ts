import { InputError } from '../config/diagnostics.js';
import { INPUTS, type InputName, type InputSpec } from '../settings/inputs.js';
import { suggest } from '../util/suggest.js';

export interface ParsedArgs {
  values: Map<InputName, string>;
  help: boolean;
  version: boolean;
}

const BY_FLAG = new Map<string, InputSpec>();
for (const spec of INPUTS as readonly InputSpec[]) {
  BY_FLAG.set(spec.name, spec);
  for (const alias of spec.aliases ?? []) BY_FLAG.set(alias, spec);
}

/**
 * `aks-backup-guard <command> [--flag value | --flag=value | --bool | --no-bool]`. Flags are the action's
 * input names, so a workflow and a laptop say the same thing. Every problem is reported at once.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const values = new Map<InputName, string>();
  const problems: string[] = [];
  let help = false;
  let version = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help' || arg === 'help') {
      help = true;
      continue;
    }
    if (arg === '-v' || arg === '--version') {
      version = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      if (values.has('command'))
        problems.push(`unexpected argument '${arg}': give one command, then --flags`);
      else values.set('command', arg);
      continue;
    }
    const body = arg.slice(2);
    const eq = body.indexOf('=');
    let name = eq === -1 ? body : body.slice(0, eq);
    let value: string | undefined = eq === -1 ? undefined : body.slice(eq + 1);
    let spec = BY_FLAG.get(name);
    if (
      !spec &&
      name.startsWith('no-') &&
      BY_FLAG.get(name.slice(3))?.type === 'boolean' &&
      value === undefined
    ) {
      name = name.slice(3);
      spec = BY_FLAG.get(name);
      value = 'false';
    }
    if (!spec) {
      const guess = suggest(name, BY_FLAG.keys());
      problems.push(`unknown option '--${name}'${guess ? `; did you mean '--${guess}'?` : ''} (see --help)`);
      if (value === undefined && argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) i++;
      continue;
    }
    if (spec.actionOnly) {
      // Said plainly rather than ignored: a flag that silently does nothing looks like it worked.
      problems.push(
        `'--${spec.name}' is an input of the GitHub Action only: the CLI never writes to GitHub; write the report with --output-markdown or --output-json instead`,
      );
      if (
        value === undefined &&
        spec.type !== 'boolean' &&
        argv[i + 1] !== undefined &&
        !argv[i + 1]!.startsWith('--')
      )
        i++;
      continue;
    }
    if (value === undefined) {
      if (spec.type === 'boolean') value = 'true';
      else if (argv[i + 1] === undefined || argv[i + 1]!.startsWith('--')) {
        problems.push(`option '--${name}' needs a value`);
        continue;
      } else value = argv[++i]!;
    }
    if (values.has(spec.name as InputName) && spec.type !== 'list') {
      problems.push(`option '--${spec.name}' is given more than once`);
    }
    const previous = values.get(spec.name as InputName);
    values.set(spec.name as InputName, spec.type === 'list' && previous ? `${previous},${value}` : value);
  }
  if (problems.length > 0)
    throw new InputError(problems.map((message) => ({ file: 'command line', message })));
  return { values, help, version };
}
