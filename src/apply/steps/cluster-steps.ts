/**
 * Steps for what lives on the cluster: provider registration in its subscription, the backup extension,
 * and the vault's trusted-access binding. Each writes, then verifies with a direct ARM GET (never
 * Resource Graph, AZURE-FACTS.md §5.5).
 */
import type { ArmResource } from '../../estate/snapshot.js';
import { idKey } from '../../estate/arm-id.js';
import type { PlannedChange } from '../../plan/model.js';
import type { StepContext, StepOutcome } from '../context.js';
import { sleep, withWriteRetries } from '../retries.js';

export class VerificationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VerificationError';
  }
}

/** `POST …/register`, then read `registrationState` until `Registered` (up to 10 min, MAN26). */
export async function registerProvider(change: PlannedChange, ctx: StepContext): Promise<StepOutcome> {
  const match = /^\/subscriptions\/([^/]+)\/providers\/([^/]+)$/i.exec(change.id);
  if (!match) throw new VerificationError(`${change.id} is not a provider id`);
  const [, subscription, namespace] = match as unknown as [string, string, string];
  const arm = ctx.writers.arm;
  let state = await withWriteRetries(
    () => arm.registerProvider(subscription, namespace, signal(ctx)),
    { transient: ctx.timing.transient },
    ctx.timer,
    ctx.signal,
  );
  const deadline = ctx.timer.now() + ctx.timing.registrationTimeoutMs;
  while ((state ?? '').toLowerCase() !== 'registered') {
    if (ctx.timer.now() >= deadline) {
      throw new VerificationError(
        `${namespace} is still ${state ?? 'in an unknown state'} after ${Math.round(ctx.timing.registrationTimeoutMs / 1000)}s; registration can take 10 minutes: re-run apply later`,
      );
    }
    await sleep(ctx.timer, ctx.timing.pollIntervalMs, ctx.signal);
    state = await arm.providerState(subscription, namespace, signal(ctx));
  }
  return {};
}

/**
 * Install (PUT), re-apply (PUT over a Failed one) or update (PATCH of its settings) the extension;
 * verified Succeeded, its identity remembered.
 */
export async function applyExtension(change: PlannedChange, ctx: StepContext): Promise<StepOutcome> {
  const arm = ctx.writers.arm;
  await withWriteRetries(
    () =>
      change.action === 'update' && change.method !== 'PUT'
        ? arm.patchExtension(change.id, change.body, signal(ctx))
        : arm.putExtension(change.id, change.body, signal(ctx)),
    { transient: ctx.timing.transient },
    ctx.timer,
    ctx.signal,
  );
  const extension = await arm.getExtension(change.id, signal(ctx));
  const state = provisioningState(extension);
  if (state?.toLowerCase() !== 'succeeded') {
    throw new VerificationError(
      `after the write, ARM shows the extension ${state ? `in state ${state}` : 'missing'}`,
    );
  }
  const wanted = (
    change.body as { properties?: { configurationSettings?: Record<string, string> } } | undefined
  )?.properties?.configurationSettings;
  const have = (extension?.properties as { configurationSettings?: Record<string, string> } | undefined)
    ?.configurationSettings;
  for (const [key, value] of Object.entries(wanted ?? {})) {
    if ((have?.[key] ?? '').toLowerCase() !== value.toLowerCase()) {
      throw new VerificationError(
        `after the write, ARM shows ${key} = ${have?.[key] ?? '(unset)'}, not ${value}`,
      );
    }
  }
  const principal = (extension?.properties as { aksAssignedIdentity?: { principalId?: string } } | undefined)
    ?.aksAssignedIdentity?.principalId;
  if (principal) ctx.extensionPrincipals.set(clusterKeyOfExtension(change.id), principal);
  return {};
}

/**
 * PUT the binding (a new one, a roles update, or the same binding again over a Failed one, which runs its
 * provisioning again); verified Succeeded with the vault as source (matched by sourceResourceId, Traps 13).
 */
export async function applyTrustedAccess(change: PlannedChange, ctx: StepContext): Promise<StepOutcome> {
  const arm = ctx.writers.arm;
  await withWriteRetries(
    () => arm.putTrustedAccessBinding(change.id, change.body, signal(ctx)),
    { transient: ctx.timing.transient },
    ctx.timer,
    ctx.signal,
  );
  const binding = await arm.getTrustedAccessBinding(change.id, signal(ctx));
  const state = provisioningState(binding);
  const source = (binding?.properties as { sourceResourceId?: string } | undefined)?.sourceResourceId;
  const wanted = (change.body as { properties?: { sourceResourceId?: string } } | undefined)?.properties
    ?.sourceResourceId;
  if (state?.toLowerCase() !== 'succeeded' || idKey(source ?? '') !== idKey(wanted ?? '')) {
    throw new VerificationError(
      `after the write, ARM shows the binding ${binding ? `in state ${state} from ${source}` : 'missing'}`,
    );
  }
  return {};
}

export function provisioningState(doc: ArmResource | undefined): string | undefined {
  const state = (doc?.properties as { provisioningState?: unknown } | undefined)?.provisioningState;
  return typeof state === 'string' ? state : undefined;
}

export function clusterKeyOfExtension(extensionId: string): string {
  const key = idKey(extensionId);
  return key.slice(0, key.indexOf('/providers/microsoft.kubernetesconfiguration/extensions/'));
}

export function signal(ctx: StepContext): { signal?: AbortSignal } {
  return ctx.signal ? { signal: ctx.signal } : {};
}
