import { INPUTS, type InputSpec } from '../settings/inputs.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

const COMMAND_HELP: [string, string][] = [
  ['validate', 'check the desired-state file: schema, references, ids, durations, exemptions (no Azure)'],
  ['plan', 'diff desired state against Azure (or --estate) and print a Terraform-style plan'],
  ['apply', 'make Azure match the reviewed plan'],
  ['audit', 'estate-wide compliance: unprotected clusters, unhealthy instances, stale recovery points'],
  ['backup', 'pre-upgrade gate: ensure a recovery point younger than --max-age exists'],
  ['restore-test', 'restore drill: restore the latest recovery point to the drill target and measure it'],
  ['export', 'write the live estate to a snapshot file that --estate reads back'],
  ['rules', 'list the rule catalogue'],
];

export function helpText(): string {
  const width = Math.max(...INPUTS.map((i) => i.name.length)) + 4;
  const flags = (INPUTS as readonly InputSpec[])
    .filter((i) => i.name !== 'command' && !i.actionOnly)
    .map((i) => {
      const def = i.default && !i.default.startsWith('${{') ? ` (default: ${i.default})` : '';
      return `  --${i.name.padEnd(width)}${i.description}${def}`;
    });
  return [
    `${TOOL_NAME} ${TOOL_VERSION}: keeps Azure Kubernetes Service backups honest.`,
    '',
    `Usage: ${TOOL_NAME} <command> [options]`,
    '',
    'Commands:',
    ...COMMAND_HELP.map(([name, text]) => `  ${name.padEnd(14)}${text}`),
    '',
    'Options (the same names as the GitHub Action inputs):',
    ...flags,
    '',
    'Exit codes: 0 compliant and nothing to change; 1 error; 2 changes pending or findings at or above --fail-on.',
    '',
  ].join('\n');
}
