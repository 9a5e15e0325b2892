/**
 * Backup instances, as the az CLI creates them (CLI-CUS, AZURE-FACTS.md §4.6): validateForBackup at vault
 * scope with the unwrapped properties (Traps 2), retried while new role assignments propagate (§2.4,
 * Traps 10); then the PUT, an LRO that is done at `Provisioned` (Traps 1); then a direct ARM GET, and a
 * wait for `ProtectionConfigured` — `ProtectionError` there is a failure with Azure's reason, and an
 * instance still `ConfiguringProtection` when the wait ends is reported done but pending.
 *
 * Replace (policy or snapshot resource group changed, §1.1 "Modification"): validate the new instance,
 * delete the old one and confirm by ARM GET that it is gone (a 404, never Resource Graph, Traps 6), then
 * create the new one. Nothing is replaced without allow-replace, nothing deleted without prune.
 */
import type { ArmResource } from '../../estate/snapshot.js';
import { MANAGED_TAG } from '../../plan/bodies.js';
import type { PlannedChange } from '../../plan/model.js';
import type { StepContext, StepOutcome } from '../context.js';
import { sleep, withWriteRetries } from '../retries.js';
import { provisioningState, signal, VerificationError } from './cluster-steps.js';

export async function applyInstance(change: PlannedChange, ctx: StepContext): Promise<StepOutcome> {
  switch (change.action) {
    case 'create':
      await validate(change, ctx);
      return create(change, ctx);
    case 'update':
      return create(change, ctx);
    case 'replace': {
      if (!ctx.options.allowReplace)
        throw new VerificationError('replacing needs allow-replace; nothing was changed');
      const old = change.replaces ?? change.id;
      await validate(change, ctx);
      await remove(old, ctx);
      return create(change, ctx);
    }
    case 'delete':
      return prune(change, ctx);
    case 'noop':
      return {};
  }
}

async function validate(change: PlannedChange, ctx: StepContext): Promise<void> {
  const dp = ctx.writers.dataProtection;
  const properties = (change.body as { properties?: unknown } | undefined)?.properties;
  await withWriteRetries(
    () => dp.validateForBackup(vaultOf(change.id), properties, signal(ctx)),
    { propagation: ctx.timing.propagation, transient: ctx.timing.transient },
    ctx.timer,
    ctx.signal,
    (failure, error, waitMs) =>
      ctx.log.debug(
        `validateForBackup for ${change.id}: ${failure}; again in ${Math.round(waitMs)}ms: ${(error as Error).message}`,
      ),
  );
}

async function create(change: PlannedChange, ctx: StepContext): Promise<StepOutcome> {
  const dp = ctx.writers.dataProtection;
  await withWriteRetries(
    () => dp.putInstance(change.id, change.body, signal(ctx)),
    { propagation: ctx.timing.propagation, transient: ctx.timing.transient },
    ctx.timer,
    ctx.signal,
    (failure, error) => ctx.log.debug(`PUT ${change.id}: ${failure}, retrying: ${(error as Error).message}`),
  );
  let instance = await dp.getInstance(change.id, signal(ctx));
  const state = provisioningState(instance);
  if (!/^(provisioned|succeeded)$/i.test(state ?? '')) {
    throw new VerificationError(
      `after the write, ARM shows the instance ${instance ? `in state ${state}` : 'missing'}`,
    );
  }
  const deadline = ctx.timer.now() + ctx.timing.protectionTimeoutMs;
  for (;;) {
    const protection = protectionState(instance);
    if (/^(ProtectionError|ConfiguringProtectionFailed)$/i.test(protection ?? '')) {
      const details = (
        instance?.properties as { protectionErrorDetails?: { code?: string; message?: string } }
      )?.protectionErrorDetails;
      throw new VerificationError(
        `the instance was created but protection failed: ${protection}${details?.code ? `, ${details.code}` : ''}${details?.message ? `: ${details.message}` : ''}`,
      );
    }
    if (!/^(ConfiguringProtection|UpdatingProtection|NotProtected)?$/i.test(protection ?? '')) return {};
    if (ctx.timer.now() >= deadline) {
      return { note: `protection is still being configured (${protection}); check again later` };
    }
    await sleep(ctx.timer, ctx.timing.pollIntervalMs, ctx.signal);
    instance = await dp.getInstance(change.id, signal(ctx));
    if (instance === undefined)
      throw new VerificationError('the instance disappeared while its protection was being configured');
  }
}

/**
 * Prune: decided by a direct ARM read, never by Resource Graph alone (§5.5, Traps 6) — an instance ARM no
 * longer has is already gone, and one without this tool's managed-by tag is never deleted.
 */
async function prune(change: PlannedChange, ctx: StepContext): Promise<StepOutcome> {
  if (!ctx.options.prune) throw new VerificationError('deleting needs prune; nothing was changed');
  const current = await ctx.writers.dataProtection.getInstance(change.id, signal(ctx));
  if (current === undefined) return { note: 'already gone (ARM answered 404)' };
  const managed = Object.entries(current.tags ?? {}).some(
    ([key, value]) =>
      key.toLowerCase() === MANAGED_KEY && String(value).toLowerCase() === MANAGED_TAG[MANAGED_KEY],
  );
  if (!managed) {
    throw new VerificationError(
      `ARM shows no ${MANAGED_KEY}: ${MANAGED_TAG[MANAGED_KEY]} tag on it; this tool deletes only what it created`,
    );
  }
  await remove(change.id, ctx);
  return {};
}

async function remove(id: string, ctx: StepContext): Promise<void> {
  const dp = ctx.writers.dataProtection;
  await withWriteRetries(
    () => dp.deleteInstance(id, signal(ctx)),
    { transient: ctx.timing.transient },
    ctx.timer,
    ctx.signal,
  );
  if ((await dp.getInstance(id, signal(ctx))) !== undefined) {
    throw new VerificationError(`after the delete, ARM still shows ${id}`);
  }
}

const MANAGED_KEY = 'managed-by';

function protectionState(instance: ArmResource | undefined): string | undefined {
  const state = (instance?.properties as { currentProtectionState?: unknown } | undefined)
    ?.currentProtectionState;
  return typeof state === 'string' ? state : undefined;
}

function vaultOf(instanceId: string): string {
  return instanceId.slice(0, instanceId.toLowerCase().indexOf('/backupinstances/'));
}
