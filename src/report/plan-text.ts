import type { Change, ChangeAction } from './model.js';

/** Terraform's plan symbols, which reviewers read fastest (hashicorp/terraform internal/command/views/plan.go). */
export const SYMBOL: Record<ChangeAction, string> = {
  create: '+',
  update: '~',
  replace: '-/+',
  delete: '-',
  noop: ' ',
};

const VERB: Record<ChangeAction, string> = {
  create: 'will be created',
  update: 'will be updated in place',
  replace: 'must be replaced',
  delete: 'will be destroyed',
  noop: 'is up to date',
};

const KIND_LABEL: Record<Change['kind'], string> = {
  providerRegistration: 'provider registration',
  extension: 'backup extension',
  trustedAccessBinding: 'trusted access binding',
  roleAssignment: 'role assignment',
  backupPolicy: 'backup policy',
  backupInstance: 'backup instance',
};

/** The resource's own name and what it belongs to, short enough to scan. */
export function shortName(change: Change): string {
  const name = change.id.slice(change.id.lastIndexOf('/') + 1);
  return change.cluster && change.kind !== 'backupInstance' ? `${change.cluster}/${name}` : name;
}

/** The block of changes, as `terraform plan` prints it; no-ops are left out. */
export function renderChanges(changes: readonly Change[]): string[] {
  const acting = changes.filter((c) => c.action !== 'noop');
  if (acting.length === 0) return ['No changes. Azure matches the desired state.'];
  const lines = ['AKS Backup Guard will perform the following actions:', ''];
  for (const change of acting) {
    lines.push(`  # ${KIND_LABEL[change.kind]} ${shortName(change)} ${VERB[change.action]}`);
    lines.push(`${SYMBOL[change.action].padStart(3)} ${change.kind} "${change.id}"`);
    for (const reason of change.reasons) {
      const marker = reason.includes('(forces replacement)') ? '# ' : '';
      lines.push(`      ${marker}${reason}`);
    }
    lines.push('');
  }
  return lines;
}

export function planCounts(changes: readonly Change[]): Record<ChangeAction, number> {
  const counts: Record<ChangeAction, number> = { create: 0, update: 0, replace: 0, delete: 0, noop: 0 };
  for (const change of changes) counts[change.action]++;
  return counts;
}
