/**
 * The reviewed plan (`plan --plan-file`) as apply reads it, and the checks that make apply execute only
 * what was reviewed (dflook/terraform-github-actions "apply only the reviewed plan", AZURE-FACTS.md §8.3):
 * the desired-state file must be the one the plan was made from, and Azure must still be as it was then.
 */
import { createHash } from 'node:crypto';
import { InputError } from '../config/diagnostics.js';
import { readTextFile } from '../config/read-file.js';
import type { PlannedChange } from '../plan/model.js';
import { PLAN_FILE_VERSION, type PlanFile } from '../plan/plan-file.js';

const ACTIONS = new Set(['create', 'update', 'replace', 'delete']);
const KINDS = new Set([
  'providerRegistration',
  'extension',
  'trustedAccessBinding',
  'roleAssignment',
  'backupPolicy',
  'backupInstance',
]);

export function readPlanFile(file: string): PlanFile {
  const text = readTextFile(file, 'plan file');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InputError([{ file, message: `not a plan file: ${(error as Error).message}` }]);
  }
  const plan = parsed as Partial<PlanFile>;
  const problems: string[] = [];
  if (plan?.kind !== 'aks-backup-guard-plan')
    problems.push("not a plan file of this tool (kind is not 'aks-backup-guard-plan')");
  else if (plan.schemaVersion !== PLAN_FILE_VERSION)
    problems.push(
      `plan file version ${String(plan.schemaVersion)}; this version reads ${PLAN_FILE_VERSION}: re-run plan`,
    );
  if (typeof plan?.estateDigest !== 'string' || typeof plan.configDigest !== 'string')
    problems.push('the plan file has no digests');
  if (!Array.isArray(plan?.changes)) problems.push('the plan file has no changes list');
  else {
    plan.changes.forEach((change: Partial<PlannedChange>, i) => {
      if (
        !ACTIONS.has(String(change?.action)) ||
        !KINDS.has(String(change?.kind)) ||
        typeof change?.id !== 'string' ||
        typeof change?.phase !== 'number' ||
        (change?.method !== undefined && change.method !== 'PUT')
      ) {
        problems.push(`changes[${i}] is not a planned change (action, kind, id, phase, method)`);
      }
    });
  }
  if (problems.length > 0) throw new InputError(problems.map((message) => ({ file, message })));
  return plan as PlanFile;
}

/** The digest `plan` writes into the plan file for the desired-state text (src/plan/plan-file.ts). */
export function configDigestOf(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

/**
 * Why the saved plan may not be applied now, or undefined when it may. `currentEstateDigest` is the
 * digest of the estate just read, over the clusters of the plan recomputed with the plan file's options.
 */
export function refusalFor(
  saved: PlanFile,
  file: string,
  configText: string,
  currentEstateDigest: string,
): string | undefined {
  if (configDigestOf(configText) !== saved.configDigest) {
    return `the desired-state file changed since the plan in ${file} was made (it was ${saved.config}): run plan again, review it, then apply the new plan`;
  }
  if (schemeOf(currentEstateDigest) !== schemeOf(saved.estateDigest)) {
    return `the plan in ${file} was made by aks-backup-guard ${saved.toolVersion}, which digests the estate another way (${schemeOf(saved.estateDigest)}, now ${schemeOf(currentEstateDigest)}): run plan again with this version, review it, then apply the new plan`;
  }
  if (currentEstateDigest !== saved.estateDigest) {
    return `Azure changed since the plan in ${file} was made (estate digest ${short(saved.estateDigest)} then, ${short(currentEstateDigest)} now): run plan again, review it, then apply the new plan`;
  }
  return undefined;
}

/** Replacements and deletions in a saved plan need the matching permission at apply time too. */
export function missingPermission(
  changes: readonly PlannedChange[],
  options: { allowReplace: boolean; prune: boolean },
): string | undefined {
  const replaces = changes.filter((c) => c.action === 'replace').length;
  const deletes = changes.filter((c) => c.action === 'delete').length;
  if (replaces > 0 && !options.allowReplace) {
    return `the plan replaces ${replaces} backup instance${replaces === 1 ? '' : 's'} (delete, then create): give allow-replace to apply it`;
  }
  if (deletes > 0 && !options.prune) {
    return `the plan deletes ${deletes} resource${deletes === 1 ? '' : 's'}: give prune to apply it`;
  }
  return undefined;
}

function short(digest: string): string {
  return digest.slice(digest.indexOf(':') + 1).slice(0, 12);
}

/** `views2-sha256` of `views2-sha256:…` (plan/digest.ts); `sha256` for plans made before views were hashed. */
function schemeOf(digest: string): string {
  return digest.slice(0, Math.max(digest.indexOf(':'), 0));
}
