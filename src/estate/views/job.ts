import { idKey, parentKey } from '../arm-id.js';
import type { ErrorSummary, JobOutcome, JobView } from '../model.js';
import { asBoolean, asErrorSummary, asArray, field, stringAt } from '../read-fields.js';
import type { ArmResource } from '../snapshot.js';
import { sharedString } from '../shared-values.js';
import { parseInstant, parseJobDuration } from '../time.js';
import { baseView, propertiesOf } from './base.js';

const NO_ERRORS: readonly ErrorSummary[] = Object.freeze([]);

/** A backup job (AzureBackupJob; AZURE-FACTS.md §4.9). Resource Graph keeps jobs for 14 days. */
export function jobView(raw: ArmResource): JobView {
  const base = baseView(raw);
  const properties = propertiesOf(raw);
  const status = sharedString(stringAt(properties, 'status'));
  const startTime = stringAt(properties, 'startTime');
  const endTime = stringAt(properties, 'endTime');
  const startMs = parseInstant(startTime);
  const instanceId = stringAt(properties, 'backupInstanceId');
  const errorDetails = asArray(field(properties, 'errorDetails'));
  return {
    id: base.id,
    key: base.key,
    name: base.name,
    vaultKey: parentKey(base.key, 'backupjobs'),
    instanceKey: instanceId === undefined ? undefined : idKey(instanceId),
    operation: sharedString(stringAt(properties, 'operation')),
    operationCategory: sharedString(stringAt(properties, 'operationCategory')),
    status,
    outcome: jobOutcome(status),
    isUserTriggered: asBoolean(field(properties, 'isUserTriggered')),
    startTime,
    startMs,
    endTime,
    duration: stringAt(properties, 'duration'),
    policyName: sharedString(stringAt(properties, 'policyName')),
    // Most jobs have none: one shared empty list instead of two new ones each.
    errors:
      errorDetails.length === 0
        ? NO_ERRORS
        : errorDetails.map(asErrorSummary).filter((error): error is ErrorSummary => error !== undefined),
  };
}

/**
 * How long the job ran: its `duration` (ISO 8601 or .NET TimeSpan), else end minus start. Worked out
 * when asked, not for each of an estate's 50,000 jobs while it is read.
 */
export function jobDurationSeconds(job: JobView): number | undefined {
  const written = job.duration === undefined ? undefined : parseJobDuration(job.duration)?.seconds;
  if (written !== undefined) return written;
  const endMs = parseInstant(job.endTime);
  return job.startMs !== undefined && endMs !== undefined ? (endMs - job.startMs) / 1000 : undefined;
}

const SUCCEEDED = new Set(['completed', 'completedwithwarnings', 'succeeded']);
const FAILED = new Set(['failed', 'cancelled', 'canceled']);

/**
 * §4.9: success = Completed | CompletedWithWarnings | Succeeded; failure = Failed | Cancelled (and the
 * American `Canceled` that LRO statuses use); anything else, including `Started` and unknown values,
 * is still running — an open enum must never be read as a verdict it does not state.
 */
export function jobOutcome(status: string | undefined): JobOutcome {
  const lower = status?.trim().toLowerCase() ?? '';
  if (SUCCEEDED.has(lower)) return 'succeeded';
  if (FAILED.has(lower)) return 'failed';
  return 'running';
}
