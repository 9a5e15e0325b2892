import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from '../config/diagnostics.js';
import { TOOL_VERSION } from '../version.js';
import type { Plan, PlannedChange } from './model.js';

export const PLAN_FILE_VERSION = 1;

/**
 * The reviewed plan, saved by `plan --plan-file` and executed by `apply --plan-file`. It carries the
 * digest of the estate it was computed from, so apply can refuse when Azure changed since the review
 * (dflook/terraform-github-actions' "apply only the reviewed plan"), and the digest of the config text.
 */
export interface PlanFile {
  schemaVersion: typeof PLAN_FILE_VERSION;
  kind: 'aks-backup-guard-plan';
  toolVersion: string;
  createdAt: string;
  config: string;
  configDigest: string;
  estateDigest: string;
  options: { allowReplace: boolean; prune: boolean };
  changes: PlannedChange[];
}

export function toPlanFile(
  plan: Plan,
  estateDigest: string,
  config: { file: string; text: string },
  createdAt: Date,
  options: PlanFile['options'],
): PlanFile {
  return {
    schemaVersion: PLAN_FILE_VERSION,
    kind: 'aks-backup-guard-plan',
    toolVersion: TOOL_VERSION,
    createdAt: createdAt.toISOString(),
    config: config.file,
    configDigest: `sha256:${createHash('sha256').update(config.text).digest('hex')}`,
    estateDigest,
    options,
    // Only what apply will do: no-ops are the absence of work.
    changes: plan.changes.filter((c) => c.action !== 'noop'),
  };
}

export function writePlanFile(file: string, planFile: PlanFile): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(planFile, null, 2)}\n`);
  } catch (error) {
    throw new InputError([{ file, message: `cannot write the plan file: ${(error as Error).message}` }]);
  }
}
