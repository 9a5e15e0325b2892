/**
 * Progress for people watching an apply: one line when a change starts, one when it ends with how long it
 * took, and a closing summary — in the words and symbols of the plan (`+` create, `~` update, `-/+`
 * replace, `-` destroy; hashicorp/terraform's apply output: "Creating...", "Creation complete after 3s").
 */
import type { Logger } from '../commands/context.js';
import type { PlannedChange } from '../plan/model.js';
import { SYMBOL, shortName } from '../report/plan-text.js';
import type { ChangeResult } from './model.js';

export interface Progress {
  started(change: PlannedChange): void;
  ended(result: ChangeResult): void;
  skipped(result: ChangeResult): void;
}

const DOING: Record<PlannedChange['action'], string> = {
  create: 'creating',
  update: 'updating',
  replace: 'replacing',
  delete: 'destroying',
  noop: 'checking',
};

const DONE: Record<PlannedChange['action'], string> = {
  create: 'created',
  update: 'updated',
  replace: 'replaced',
  delete: 'destroyed',
  noop: 'checked',
};

export function label(change: PlannedChange): string {
  return `${SYMBOL[change.action]} ${change.kind} ${shortName(change)}`;
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

export function progressLines(log: Logger): Progress {
  return {
    started: (change) => log.info(`${label(change)}: ${DOING[change.action]}…`),
    ended: (result) => {
      const { change } = result;
      if (result.status === 'done') {
        log.info(
          `${label(change)}: ${DONE[change.action]} after ${seconds(result.elapsedMs)}${result.note ? ` (${result.note})` : ''}`,
        );
      } else {
        log.info(
          `${label(change)}: ${result.status} after ${seconds(result.elapsedMs)}: ${result.note ?? ''}`,
        );
      }
    },
    skipped: (result) => log.info(`${label(result.change)}: ${result.note ?? result.status}`),
  };
}

/** `Apply complete: 17 changes in 12.4s (15 added, 1 changed, 1 replaced, 0 destroyed).` or what is left. */
export function summaryLine(results: readonly ChangeResult[], elapsedMs: number): string {
  const count = (status: ChangeResult['status']): number => results.filter((r) => r.status === status).length;
  const done = results.filter((r) => r.status === 'done');
  const by = (action: PlannedChange['action']): number =>
    done.filter((r) => r.change.action === action).length;
  const tally = `${by('create')} added, ${by('update')} changed, ${by('replace')} replaced, ${by('delete')} destroyed`;
  if (done.length === results.length) {
    return `Apply complete: ${results.length} change${results.length === 1 ? '' : 's'} in ${seconds(elapsedMs)} (${tally}).`;
  }
  return `Apply incomplete after ${seconds(elapsedMs)}: ${done.length} of ${results.length} changes done (${tally}); ${count('failed')} failed, ${count('not-attempted')} not attempted, ${count('interrupted')} interrupted. Re-run apply to finish: it continues where this run stopped.`;
}
