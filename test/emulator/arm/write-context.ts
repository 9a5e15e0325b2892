/**
 * What every write handler shares: the state, the operation store and timeline, the request-body
 * validator, role propagation, seeded write faults, and the log of writes tests inspect.
 */
import { createHash } from 'node:crypto';
import type { ArmResource } from '../../../src/estate/snapshot.js';
import type { EmulatorState } from '../state.js';
import { Propagation, type ReadinessOptions } from './backup-readiness.js';
import type { OperationFailure, OperationStore } from './operations.js';
import { RequestBodyValidator } from './request-validation.js';
import type { Timeline } from './timeline.js';

export interface WriteSettings extends ReadinessOptions {
  /** How long a new backup instance stays `ConfiguringProtection` after its PUT completed (default 0). */
  protectionDelayMs: number;
  /** Retry-After seconds on the first response of a write, as the examples show (ignored by core-lro). */
  initialRetryAfterSeconds: number;
  /**
   * Monitor headers of a backup-instance PUT: `both` (Azure-AsyncOperation + Location, as the PUT example
   * and the script), `location` (the spec's 201: Location + Retry-After) or `none` (a plain 200/201,
   * so a client polls the instance itself until `Provisioned`). AZURE-FACTS.md §4.3: handle either.
   */
  instanceMonitors: 'both' | 'location' | 'none';
}

/** One write as the router hands it to a handler. */
export interface WriteRequest {
  method: string;
  /** The URL path, without query. */
  path: string;
  apiVersion: string;
}

export interface WriteLogEntry {
  at: number;
  method: string;
  path: string;
  status: number;
  /** e.g. `put:backupinstances`, `post:validateforbackup`. */
  kind: string;
}

/**
 * Why a backup or restore job failed, as the job's `errorDetails[]` carries it (`UserFacingError`, SPEC;
 * AZURE-FACTS.md §4.9).
 */
export interface JobFailure {
  code: string;
  message: string;
  isRetryable?: boolean;
  isUserError?: boolean;
  recommendedAction?: string[];
}

/**
 * The default scripted job failure: the one the example estate's failed scheduled job carries, an
 * unhealthy backup extension (README Troubleshooting, `UserErrorKubernetesBackupExtensionUnhealthy`).
 */
export const EXTENSION_UNHEALTHY: JobFailure = {
  code: 'UserErrorKubernetesBackupExtensionUnhealthy',
  message:
    'The Backup extension pods in the cluster are not in a healthy state. Check the extension and retry.',
  isRetryable: false,
  isUserError: true,
  recommendedAction: ['Check the health of the backup extension and retry the operation.'],
};

/** Decides, per write, whether its long-running operation fails with a transient service error. */
export type OperationFaults = (identity: string) => boolean;

export class WriteSide {
  readonly validator = new RequestBodyValidator();
  readonly propagation: Propagation;
  readonly log: WriteLogEntry[] = [];
  /** principalId (lower-case) -> role assignment PUTs still answered PrincipalNotFound. */
  private readonly unreplicated = new Map<string, number>();
  private scriptedOperationFailures = 0;
  private readonly scriptedJobFailures: JobFailure[] = [];
  /** Long-running operations failed on purpose so far (scripted or by the `lro` fault rate). */
  transientFailures = 0;
  private readonly listeners: ((entry: WriteLogEntry) => void)[] = [];

  constructor(
    readonly state: EmulatorState,
    readonly operations: OperationStore,
    readonly timeline: Timeline,
    readonly settings: WriteSettings,
    readonly tenantId: string,
    private readonly upsert: (doc: ArmResource) => void,
    private readonly remove: (id: string) => void,
    private readonly operationFaults: OperationFaults,
  ) {
    this.propagation = new Propagation(() => this.settings.propagationChecks);
  }

  put(doc: ArmResource): void {
    this.upsert(doc);
  }

  delete(id: string): void {
    this.remove(id);
  }

  /** The next `count` role assignment PUTs for `principalId` fail with PrincipalNotFound (replication lag). */
  principalNotReplicated(principalId: string, count = 1): void {
    this.unreplicated.set(principalId.toLowerCase(), count);
  }

  /** True (and one use consumed) when the principal is not yet visible to Authorization. */
  consumeUnreplicated(principalId: string): boolean {
    const key = principalId.toLowerCase();
    const left = this.unreplicated.get(key) ?? 0;
    if (left <= 0) return false;
    this.unreplicated.set(key, left - 1);
    return true;
  }

  /** The next `count` long-running operations end `Failed` with a transient error. */
  failNextOperations(count = 1): void {
    this.scriptedOperationFailures += count;
  }

  /**
   * The next `count` jobs that ad hoc backups and restores start end `Failed` with `failure` as their
   * `errorDetails`, while the operation that started them succeeds: in Azure the trigger only queues the
   * job and returns its id, and the job fails later on its own, so a client must read the job to know.
   */
  failNextJobs(count = 1, failure: JobFailure = EXTENSION_UNHEALTHY): void {
    for (let i = 0; i < count; i++) this.scriptedJobFailures.push(failure);
  }

  /** The failure a job starting now will end with, if one was scripted (one use consumed). */
  takeJobFailure(): JobFailure | undefined {
    return this.scriptedJobFailures.shift();
  }

  /** A transient failure for this operation, scripted or drawn from the seeded `lro` fault rate. */
  transientFailure(identity: string): OperationFailure | undefined {
    if (this.scriptedOperationFailures > 0 || this.operationFaults(identity)) {
      this.scriptedOperationFailures = Math.max(0, this.scriptedOperationFailures - 1);
      this.transientFailures++;
      return TRANSIENT;
    }
    return undefined;
  }

  record(entry: WriteLogEntry): void {
    this.log.push(entry);
    for (const listener of this.listeners) listener(entry);
  }

  /** Called after every write the emulator answered (used by tests that interrupt a client mid-apply). */
  onWrite(listener: (entry: WriteLogEntry) => void): void {
    this.listeners.push(listener);
  }
}

/** A service-side failure a retry gets past (the LRO-fault of AZURE-FACTS.md §6.4 "Emulator script"). */
const TRANSIENT: OperationFailure = {
  httpStatus: 500,
  code: 'InternalServerError',
  message: 'The operation failed because of an internal error (emulator fault). Retry the operation.',
};

/** A stable GUID from a seed string: managed identities the emulator creates keep their ids across runs. */
export function stableGuid(seed: string): string {
  const hex = createHash('sha256').update(seed.toLowerCase()).digest('hex').slice(0, 32).split('');
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
