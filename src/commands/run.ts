import { InputError } from '../config/diagnostics.js';
import { buildReport } from '../report/build.js';
import type { CommandName, Report } from '../report/model.js';
import type { CommandContext } from './context.js';
import { applyCommand } from './apply.js';
import { rulesCommand } from './rules.js';
import { auditCommand } from './audit.js';
import { backupCommand } from './backup.js';
import { restoreTestCommand } from './restore-test.js';
import { exportCommand } from './export.js';
import { planCommand } from './plan.js';
import { validateCommand } from './validate.js';

type Command = (context: CommandContext) => Promise<Report>;

/** Every command; a complete table, so adding a name to COMMANDS in report/model.ts without one fails to compile. */
const COMMANDS: Record<CommandName, Command> = {
  validate: validateCommand,
  plan: planCommand,
  apply: applyCommand,
  export: exportCommand,
  audit: auditCommand,
  backup: backupCommand,
  'restore-test': restoreTestCommand,
  rules: rulesCommand,
};

/**
 * The one entry both front doors call. Bad input becomes a report with errors and exit code 1; any other
 * failure becomes the same with its message, never a stack trace.
 */
export async function runCommand(context: CommandContext): Promise<Report> {
  const { settings, now } = context;
  const command = COMMANDS[settings.command];
  const failed = (errors: Report['errors']): Report =>
    buildReport({ command: settings.command, failOn: settings.failOn, now, config: settings.config, errors });
  try {
    return await command(context);
  } catch (error) {
    if (error instanceof InputError) return failed([...error.diagnostics]);
    context.log.debug((error as Error)?.stack ?? String(error));
    return failed([
      { file: settings.config, message: `unexpected error: ${(error as Error)?.message ?? String(error)}` },
    ]);
  }
}
