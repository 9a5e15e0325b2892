import { idKey, parentKey } from '../arm-id.js';
import type { ErrorSummary, JobOutcome, JobView } from '../model.js';
import { asBoolean, asErrorSummary, asArray, field, stringAt } from '../read-fields.js';
import type { ArmResource } from '../snapshot.js';
import { parseInstant, parseJobDuration } from '../time.js';
import { identityOf, propertiesOf } from './base.js';

/** A backup job (AzureBackupJob; AZURE-FACTS.md §4.9). Resource Graph keeps jobs for 14 days. */
export function jobView(raw: ArmResource): JobView {
  const base = identityOf(raw);
  const properties = propertiesOf(raw);
  const status = stringAt(properties, 'status');
  const startTime = stringAt(properties, 'startTime');
  const endTime = stringAt(properties, 'endTime');
  const startMs = parseInstant(startTime);
  const endMs = parseInstant(endTime);
  const duration = stringAt(properties, 'duration');
  const instanceId = stringAt(properties, 'backupInstanceId');
  const dataSourceId = stringAt(properties, 'dataSourceId');
  return {
    ...base,
    vaultKey: parentKey(base.key, 'backupjobs'),
    instanceKey: instanceId === undefined ? undefined : idKey(instanceId),
    operation: stringAt(properties, 'operation'),
    operationCategory: stringAt(properties, 'operationCategory'),
    status,
    outcome: jobOutcome(status),
    isUserTriggered: asBoolean(field(properties, 'isUserTriggered')),
    startTime,
    startMs,
    endTime,
    endMs,
    durationSeconds:
      (duration === undefined ? undefined : parseJobDuration(duration)?.seconds) ??
      (startMs !== undefined && endMs !== undefined ? (endMs - startMs) / 1000 : undefined),
    dataSourceKey: dataSourceId === undefined ? undefined : idKey(dataSourceId),
    policyName: stringAt(properties, 'policyName'),
    errors: asArray(field(properties, 'errorDetails'))
      .map(asErrorSummary)
      .filter((error): error is ErrorSummary => error !== undefined),
  };
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
