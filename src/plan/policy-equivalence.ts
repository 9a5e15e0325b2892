import type { DesiredPolicy } from '../config/model.js';
import { formatDuration } from '../config/duration.js';
import type { PolicyView } from '../estate/model.js';
import { backupSchedule } from '../estate/views/policy.js';

/**
 * What a backup policy means, independent of how it is written: the service reorders keys, adds tag
 * ids and drops empty arrays on GET (AZURE-FACTS.md §4.5), Terraform names the rule BackupIntervals and
 * the CLI BackupHourly, and `R/2023-01-04T09:00:00+00:00/PT4H` is the same schedule as a start of 01:00.
 */
export interface PolicyMeaning {
  everySeconds?: number;
  /** When in each period a backup starts: the start's offset from midnight UTC, modulo the period. */
  phaseSeconds?: number;
  timeZone: string;
  operationalSeconds?: number;
  vaultSeconds?: number;
}

const UTC_NAMES = new Set(['', 'utc', 'coordinated universal time', 'etc/utc', 'gmt']);

function normaliseZone(zone: string | undefined): string {
  const lower = (zone ?? '').trim().toLowerCase();
  return UTC_NAMES.has(lower) ? 'UTC' : lower;
}

export function meaningOfDesired(policy: DesiredPolicy): PolicyMeaning {
  const [h, m] = policy.schedule.at.split(':').map(Number) as [number, number];
  const every = policy.schedule.every.seconds;
  return {
    everySeconds: every,
    phaseSeconds: (h * 3600 + m * 60) % every,
    timeZone: normaliseZone(policy.schedule.timeZone),
    operationalSeconds: policy.retention.operational.seconds,
    ...(policy.retention.vault ? { vaultSeconds: policy.retention.vault.seconds } : {}),
  };
}

export function meaningOfExisting(policy: PolicyView): PolicyMeaning {
  const schedule = backupSchedule(policy);
  const interval = schedule?.interval;
  const every = interval?.every?.seconds;
  const meaning: PolicyMeaning = { timeZone: normaliseZone(schedule?.rule.timeZone) };
  if (every !== undefined) meaning.everySeconds = every;
  if (every !== undefined && interval?.startMs !== undefined) {
    meaning.phaseSeconds = (((Math.floor(interval.startMs / 1000) % 86400) % every) + every) % every;
  }
  const operational = policy.retentionByDataStore.OperationalStore?.seconds;
  const vault = policy.retentionByDataStore.VaultStore?.seconds;
  if (operational !== undefined) meaning.operationalSeconds = operational;
  if (vault !== undefined) meaning.vaultSeconds = vault;
  return meaning;
}

/** Differences as plan reasons (`schedule: every 8h → 4h`); empty when the two mean the same. */
export function policyDifferences(existing: PolicyMeaning, desired: PolicyMeaning): string[] {
  const show = (seconds: number | undefined): string =>
    seconds === undefined ? '(none)' : formatDuration(seconds);
  const reasons: string[] = [];
  if (existing.everySeconds !== desired.everySeconds)
    reasons.push(`schedule: every ${show(existing.everySeconds)} → ${show(desired.everySeconds)}`);
  else if (existing.phaseSeconds !== desired.phaseSeconds) {
    reasons.push(
      `schedule: starts at ${clock(existing.phaseSeconds)} → ${clock(desired.phaseSeconds)} (UTC)`,
    );
  }
  if (existing.timeZone !== desired.timeZone)
    reasons.push(`schedule: time zone ${existing.timeZone} → ${desired.timeZone}`);
  if (existing.operationalSeconds !== desired.operationalSeconds) {
    reasons.push(
      `retention: operational ${show(existing.operationalSeconds)} → ${show(desired.operationalSeconds)}`,
    );
  }
  if (existing.vaultSeconds !== desired.vaultSeconds)
    reasons.push(`retention: vault ${show(existing.vaultSeconds)} → ${show(desired.vaultSeconds)}`);
  return reasons;
}

function clock(seconds: number | undefined): string {
  if (seconds === undefined) return '(unknown)';
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
