import { InputError } from '../config/diagnostics.js';
import { loadDesiredState } from '../config/load.js';
import type { DesiredState } from '../config/model.js';
import { existsSync } from 'node:fs';
import { buildReport } from '../report/build.js';
import type { Report } from '../report/model.js';
import { writeSnapshot } from '../estate/write-snapshot.js';
import type { CommandContext } from './context.js';
import { readEstateFor } from './estate-source.js';

/**
 * `export`: reads the live estate and writes it as a snapshot (schema/estate.schema.json) that `--estate`
 * reads back: for offline plans, for review of what Azure held at a moment, and as emulator input.
 * The scope is --scope, or the subscriptions the desired state names.
 */
export async function exportCommand(context: CommandContext): Promise<Report> {
  const { settings, now, log } = context;
  if (!settings.output) {
    throw new InputError([
      {
        file: 'command line',
        message: 'export needs --output FILE (action input output): where to write the snapshot',
      },
    ]);
  }
  // The config only narrows the scope; with --scope none is needed.
  const state: DesiredState | undefined =
    settings.scope.length === 0 || existsSync(settings.config)
      ? loadDesiredState(settings.config)
      : undefined;
  const snapshot = await readEstateFor(state, context);
  writeSnapshot(settings.output, snapshot);
  log.info(`wrote ${snapshot.resources.length} resources to ${settings.output}`);
  const count = (type: string): number =>
    snapshot.resources.filter((r) => r.type.toLowerCase() === type).length;
  return buildReport({
    command: 'export',
    failOn: settings.failOn,
    now,
    ...(state ? { config: settings.config } : {}),
    stats: {
      resources: snapshot.resources.length,
      clusters: count('microsoft.containerservice/managedclusters'),
      backupInstances: count('microsoft.dataprotection/backupvaults/backupinstances'),
      subscriptions: Object.keys(snapshot.providers).length,
    },
  });
}
