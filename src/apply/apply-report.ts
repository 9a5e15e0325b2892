/**
 * The report of an apply: each change it was to make with its outcome (`done`, `failed`, `not-attempted`,
 * `interrupted`, how long it took and why), one error per change not done, so the report says exactly
 * what was and was not done (schema/report.schema.json, `change.outcome`).
 */
import type { Diagnostic } from '../config/diagnostics.js';
import type { PlannedChange } from '../plan/model.js';
import { buildReport } from '../report/build.js';
import type { Change, Report, Severity } from '../report/model.js';
import type { ChangeResult } from './model.js';
import type { ApplyOutcome } from './run-apply.js';

export interface ApplyReportContext {
  now: Date;
  failOn: Severity;
  config: string;
  /** Where a refusal points: the plan file when one was given. */
  source: string;
}

export function applyReport(outcome: ApplyOutcome, context: ApplyReportContext): Report {
  const base = {
    command: 'apply' as const,
    failOn: context.failOn,
    now: context.now,
    config: context.config,
  };
  if (outcome.kind === 'refused') {
    return buildReport({
      ...base,
      changes: (outcome.plan?.changes ?? []).filter((c) => c.action !== 'noop').map(toChange),
      findings: outcome.plan?.findings ?? [],
      errors: [{ file: context.source, message: outcome.reason }],
    });
  }
  if (outcome.kind === 'nothing-to-do') {
    return buildReport({
      ...base,
      changes: outcome.plan.changes.map(toChange),
      findings: outcome.plan.findings,
      stats: { changes: 0, done: 0 },
    });
  }
  const errors: Diagnostic[] = outcome.results
    .filter((r) => r.status === 'failed')
    .map((r) => ({ file: 'Azure', message: `${r.change.kind} ${r.change.id}: ${r.note ?? 'failed'}` }));
  const notAttempted = outcome.results.filter((r) => r.status === 'not-attempted').length;
  const interrupted = outcome.results.filter((r) => r.status === 'interrupted').length;
  if (notAttempted > 0) {
    errors.push({
      file: 'Azure',
      message: `${notAttempted} change${notAttempted === 1 ? ' was' : 's were'} not attempted because a change they depend on was not done; fix the errors above and re-run apply`,
    });
  }
  if (interrupted > 0) {
    errors.push({
      file: 'Azure',
      message: `apply was interrupted with ${interrupted} change${interrupted === 1 ? '' : 's'} unfinished; re-run apply to finish (names are deterministic, so nothing is created twice)`,
    });
  }
  const count = (status: ChangeResult['status']): number =>
    outcome.results.filter((r) => r.status === status).length;
  return buildReport({
    ...base,
    changes: outcome.results.map((r) => ({
      ...toChange(r.change),
      outcome: {
        status: r.status,
        seconds: Math.round(r.elapsedMs / 100) / 10,
        ...(r.note ? { note: r.note } : {}),
      },
    })),
    findings: outcome.plan.findings,
    errors,
    stats: {
      changes: outcome.results.length,
      done: count('done'),
      failed: count('failed'),
      notAttempted,
      interrupted,
      seconds: Math.round(outcome.elapsedMs / 100) / 10,
    },
  });
}

function toChange(change: PlannedChange): Change {
  return {
    action: change.action,
    kind: change.kind,
    id: change.id,
    ...(change.cluster ? { cluster: change.cluster } : {}),
    reasons: change.reasons,
  };
}
