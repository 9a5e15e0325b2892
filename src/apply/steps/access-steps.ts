/**
 * Role assignments and backup policies.
 *
 * A role assignment for the extension's identity is planned before that identity exists ("known after
 * apply"): its principal comes from the extension this run installed, or, when an earlier run installed
 * it, from a direct ARM GET of the extension. The request then carries `principalType` so a principal
 * that is not yet replicated does not fail the write (AZURE-FACTS.md §2.2); if it still does
 * (PrincipalNotFound), the write is retried with backoff (§2.4). `409 RoleAssignmentExists` means the
 * grant is already there under another name — the goal — so it counts as done without a duplicate.
 */
import { BACKUP_EXTENSION_NAME } from '../../plan/names.js';
import type { PlannedChange } from '../../plan/model.js';
import { idKey } from '../../estate/arm-id.js';
import type { StepContext, StepOutcome } from '../context.js';
import { sleep, withWriteRetries } from '../retries.js';
import { signal, VerificationError } from './cluster-steps.js';

export async function applyRoleAssignment(change: PlannedChange, ctx: StepContext): Promise<StepOutcome> {
  const principalId = await principalOf(change, ctx);
  const body = withPrincipal(change.body, principalId);
  const arm = ctx.writers.arm;
  const outcome = await withWriteRetries(
    () => arm.putRoleAssignment(change.id, body, signal(ctx)),
    { principalNotFound: ctx.timing.principalNotFound, transient: ctx.timing.transient },
    ctx.timer,
    ctx.signal,
    (failure, error) => ctx.log.debug(`${change.id}: ${failure}, retrying: ${(error as Error).message}`),
  );
  if (outcome.kind === 'exists') {
    return { note: 'already granted under another name (409 RoleAssignmentExists)' };
  }
  const read = await arm.getRoleAssignment(change.id, signal(ctx));
  const granted = (read?.properties as { principalId?: string } | undefined)?.principalId;
  if ((granted ?? '').toLowerCase() !== principalId.toLowerCase()) {
    throw new VerificationError(
      `after the write, ARM shows ${read ? `principal ${granted}` : 'no such assignment'}`,
    );
  }
  return {};
}

async function principalOf(change: PlannedChange, ctx: StepContext): Promise<string> {
  const ref = change.principal;
  if (ref === undefined || ref.kind === 'known') {
    const principal =
      ref?.principalId ?? (change.body as BodyWithPrincipal | undefined)?.properties?.principalId;
    if (!principal) throw new VerificationError('the plan names no principal for this role assignment');
    return principal;
  }
  const known = ctx.extensionPrincipals.get(idKey(ref.clusterId));
  if (known) return known;
  const extensionId = `${ref.clusterId}/providers/Microsoft.KubernetesConfiguration/extensions/${BACKUP_EXTENSION_NAME}`;
  const arm = ctx.writers.arm;
  // An extension an interrupted run started installing gets its identity when the install ends.
  const deadline = ctx.timer.now() + ctx.timing.extensionTimeoutMs;
  for (;;) {
    const extension = await arm.getExtension(extensionId, signal(ctx));
    const properties = extension?.properties as
      { aksAssignedIdentity?: { principalId?: string }; provisioningState?: string } | undefined;
    const principal = properties?.aksAssignedIdentity?.principalId;
    if (principal) {
      ctx.extensionPrincipals.set(idKey(ref.clusterId), principal);
      return principal;
    }
    const installing = /^(Creating|Updating|Accepted|Running)$/i.test(properties?.provisioningState ?? '');
    if (!installing || ctx.timer.now() >= deadline) {
      throw new VerificationError(
        `the backup extension of ${ref.clusterId} ${extension ? `has no identity (${properties?.provisioningState ?? 'no state'})` : 'is not installed'}: its role assignment needs the extension's identity`,
      );
    }
    await sleep(ctx.timer, ctx.timing.pollIntervalMs, ctx.signal);
  }
}

interface BodyWithPrincipal {
  properties?: { principalId?: string } & Record<string, unknown>;
}

function withPrincipal(body: unknown, principalId: string): unknown {
  const typed = (body ?? {}) as BodyWithPrincipal;
  return { ...typed, properties: { ...typed.properties, principalId } };
}

/** Policy PUT is synchronous (AZURE-FACTS.md §4.10 item 6); verified by reading it back. */
export async function applyPolicy(change: PlannedChange, ctx: StepContext): Promise<StepOutcome> {
  const dp = ctx.writers.dataProtection;
  await withWriteRetries(
    () => dp.putPolicy(change.id, change.body, signal(ctx)),
    { transient: ctx.timing.transient },
    ctx.timer,
    ctx.signal,
  );
  if ((await dp.getPolicy(change.id, signal(ctx))) === undefined) {
    throw new VerificationError('after the write, ARM does not find the policy');
  }
  return {};
}
