import type { Change, Report } from './model.js';
import { SYMBOL, shortName } from './plan-text.js';

const MARK: Record<NonNullable<Change['outcome']>['status'], string> = {
  done: 'done',
  failed: 'FAILED',
  'not-attempted': 'not attempted',
  interrupted: 'interrupted',
};

/** What apply did, one line per change: `  + backupInstance aks-legacy-48af1a45: done (3.2s)`. */
export function renderApplyResults(changes: readonly Change[]): string[] {
  const acting = changes.filter((c) => c.outcome !== undefined);
  if (acting.length === 0) return [];
  const lines = ['AKS Backup Guard applied the plan:', ''];
  for (const change of acting) {
    const outcome = change.outcome!;
    const note = outcome.note ? `: ${outcome.note}` : '';
    lines.push(
      `${SYMBOL[change.action].padStart(3)} ${change.kind} ${shortName(change)}: ${MARK[outcome.status]} (${outcome.seconds.toFixed(1)}s)${note}`,
    );
  }
  lines.push('');
  return lines;
}

/** The closing line of an apply report. */
export function applyClosingLine(report: Report): string {
  const done = report.changes.filter((c) => c.outcome?.status === 'done');
  const by = (action: Change['action']): number => done.filter((c) => c.action === action).length;
  const tally = `${by('create')} added, ${by('update')} changed, ${by('replace')} replaced, ${by('delete')} destroyed`;
  const attempted = report.changes.filter((c) => c.outcome !== undefined);
  if (attempted.length === 0) {
    return report.errors.length > 0
      ? `Apply refused: nothing was changed (${report.errors.length} problem${report.errors.length === 1 ? '' : 's'} above).`
      : 'Apply complete: no changes. Azure matches the desired state.';
  }
  if (done.length === attempted.length) return `Apply complete: ${tally}.`;
  return `Apply incomplete: ${done.length} of ${attempted.length} changes done (${tally}); re-run apply to finish.`;
}
