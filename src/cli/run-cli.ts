import { runCommand } from '../commands/run.js';
import type { Logger } from '../commands/context.js';
import { formatDiagnostic, InputError } from '../config/diagnostics.js';
import { renderJson } from '../report/json.js';
import { writeRequestedFiles } from '../commands/output-files.js';
import { renderTerminal } from '../report/terminal.js';
import { resolveSettings } from '../settings/settings.js';
import { pollIntervalFromEnv } from '../util/poll-interval.js';
import { TOOL_VERSION } from '../version.js';
import { helpText } from './help.js';
import { parseArgs } from './args.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  now: () => Date;
  /** Asks a yes/no question in the terminal; absent when there is no terminal (CI). */
  confirm?: (question: string) => Promise<boolean>;
}

/** The CLI front door. Returns the process exit code; never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const debug = io.env.AKS_BACKUP_GUARD_DEBUG === '1' || io.env.RUNNER_DEBUG === '1';
  const log: Logger = {
    info: (m) => io.stderr(`${m}\n`),
    warning: (m) => io.stderr(`warning: ${m}\n`),
    debug: (m) => (debug ? io.stderr(`debug: ${m}\n`) : undefined),
  };
  try {
    const args = parseArgs(argv);
    if (args.help) {
      io.stdout(helpText());
      return 0;
    }
    if (args.version) {
      io.stdout(`${TOOL_VERSION}\n`);
      return 0;
    }
    if (!args.values.has('command')) {
      io.stderr(helpText());
      io.stderr('error: give a command, e.g. validate\n');
      return 1;
    }
    const settings = resolveSettings((name) => args.values.get(name) ?? '', 'flag');
    const pollIntervalMs = pollIntervalFromEnv(io.env);
    const report = await runCommand({
      settings,
      now: io.now(),
      log,
      ...(pollIntervalMs !== undefined ? { azure: { pollIntervalMs } } : {}),
      ...(io.confirm ? { approval: { kind: 'terminal' as const, confirm: io.confirm } } : {}),
    });
    writeRequestedFiles(report, settings, process.cwd());
    io.stdout(settings.format === 'json' ? renderJson(report) : renderTerminal(report));
    return report.exitCode;
  } catch (error) {
    if (error instanceof InputError) {
      for (const d of error.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
    } else {
      io.stderr(`error: ${(error as Error)?.message ?? String(error)}\n`);
      log.debug((error as Error)?.stack ?? '');
    }
    return 1;
  }
}
