import * as core from '@actions/core';
import type { Logger } from '../commands/context.js';
import type { InputName, OutputName } from '../settings/inputs.js';

/** The only place that reads action inputs (STYLE.md: one place reads inputs). */
export function readInput(name: InputName): string {
  return core.getInput(name);
}

/** Sets an output; a runner that cannot take it (no GITHUB_OUTPUT file) gets a warning, not a crash. */
export function setOutput(name: OutputName, value: string | number): void {
  try {
    core.setOutput(name, value);
  } catch (error) {
    core.warning(`output '${name}' not set: ${(error as Error).message}`);
  }
}

export const actionLogger: Logger = {
  info: (message) => core.info(message),
  debug: (message) => core.debug(message),
  warning: (message) => core.warning(message),
};

/** Appends to the job summary; a runner without one (local runs) just skips it. */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown, true).write();
}
