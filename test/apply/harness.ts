/**
 * apply in-process against the emulator: the real clients over HTTPS (test CA trusted per client), the real
 * estate read (Resource Graph + ARM) and plan, with pacing shortened so a run takes a second, not minutes.
 * The estate is examples/estate.json and the desired state examples/aks-backup.yaml, as in the CLI.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger, type Logger } from '../../src/commands/context.js';
import { planCommand } from '../../src/commands/plan.js';
import { ArmWriter } from '../../src/azure/arm-writer.js';
import { DataProtectionClient } from '../../src/azure/data-protection.js';
import { readEstate } from '../../src/azure/read-estate.js';
import { REAL_TIMER } from '../../src/azure/retry.js';
import { loadDesiredState, parseDesiredState } from '../../src/config/load.js';
import type { DesiredState } from '../../src/config/model.js';
import { readTextFile } from '../../src/config/read-file.js';
import { buildEstate } from '../../src/estate/build-estate.js';
import type { ArmResource, EstateSnapshot } from '../../src/estate/snapshot.js';
import type { ApplyTiming } from '../../src/apply/model.js';
import { runApply, type ApplyOutcome, type ApplyRequest } from '../../src/apply/run-apply.js';
import { estateDigest } from '../../src/plan/digest.js';
import { computePlan } from '../../src/plan/diff.js';
import type { Plan } from '../../src/plan/model.js';
import type { PlanFile } from '../../src/plan/plan-file.js';
import type { Report } from '../../src/report/model.js';
import { loadCatalogue } from '../../src/rules/index.js';
import { resolveSettings } from '../../src/settings/settings.js';
import { startEmulator, type Emulator, type EmulatorOptions } from '../emulator/server.js';
import { connect, FAST_RETRY, FAST_SDK_RETRIES, type Connection } from '../emulator/testing.js';
import { readRepoFile, repoPath } from '../support/fixtures.js';

export const CONFIG_FILE = repoPath('examples', 'aks-backup.yaml');
export const exampleEstate = (): EstateSnapshot =>
  JSON.parse(readRepoFile('examples', 'estate.json')) as EstateSnapshot;

export const FAST_TIMING: ApplyTiming = {
  pollIntervalMs: 5,
  propagation: { attempts: 10, firstDelayMs: 5, maxDelayMs: 20 },
  principalNotFound: { attempts: 5, firstDelayMs: 5, maxDelayMs: 10 },
  transient: { attempts: 8, firstDelayMs: 5, maxDelayMs: 20 },
  registrationTimeoutMs: 3000,
  extensionTimeoutMs: 3000,
  protectionTimeoutMs: 3000,
};

export async function startExampleEmulator(options: Partial<EmulatorOptions> = {}): Promise<Emulator> {
  return startEmulator({
    snapshot: exampleEstate(),
    lro: { steps: 1, stepMs: 2 },
    graphLagMs: 50,
    // Tests read the estate many times in a row; the default 15 queries per 5 s would pace them.
    quota: { limit: 10_000, windowMs: 5000 },
    ...options,
  });
}

export interface Harness {
  emulator: Emulator;
  connection: Connection;
  state: DesiredState;
  configText: string;
  lines: string[];
  log: Logger;
  /** A live read of the estate, as apply and plan do it. */
  read(): Promise<EstateSnapshot>;
  plan(allowReplace: boolean): Promise<Plan>;
  /**
   * `plan` as the command runs it, findings and exit code included: over a snapshot of the estate read
   * now (as `export` then `plan --estate` do), judged at the harness's clock.
   */
  planReport(allowReplace: boolean): Promise<Report>;
  /** The plan with the digest of the estate it was computed from, as `plan --plan-file` saves it. */
  planWithDigest(allowReplace: boolean): Promise<{ plan: Plan; estateDigest: string }>;
  apply(
    options?: Partial<ApplyRequest['options']> & {
      signal?: AbortSignal;
      saved?: { file: string; plan: PlanFile };
      approve?: () => Promise<boolean>;
    },
  ): Promise<ApplyOutcome>;
}

/**
 * `configText` replaces the text of examples/aks-backup.yaml (same file name in messages). `now` is the
 * clock of the estate reads (capture time, jobs window) and of `planReport`; the real one by default.
 */
export function harness(
  emulator: Emulator,
  options: { configText?: string; now?: () => Date } = {},
): Harness {
  const connection = connect(emulator, { retryOptions: FAST_SDK_RETRIES });
  const configText = options.configText ?? readTextFile(CONFIG_FILE, 'desired-state file');
  const state =
    options.configText === undefined
      ? loadDesiredState(CONFIG_FILE)
      : parseDesiredState(CONFIG_FILE, configText);
  const matrix = loadCatalogue().matrix;
  const lines: string[] = [];
  const log: Logger = {
    info: (m) => lines.push(m),
    debug: () => {},
    warning: (m) => lines.push(`warning: ${m}`),
  };
  const subscriptions = new Set<string>();
  for (const cluster of state.clusters) {
    if (cluster.target.kind === 'id') subscriptions.add(cluster.target.id.subscriptionId);
    else cluster.target.selector.subscriptions?.forEach((s) => subscriptions.add(s.toLowerCase()));
    subscriptions.add(cluster.vault.id.subscriptionId);
    subscriptions.add(cluster.storage.account.subscriptionId);
  }
  const read = (): Promise<EstateSnapshot> =>
    readEstate(
      { scope: { subscriptions: [...subscriptions].sort() } },
      {
        ...connection,
        graphRetry: FAST_RETRY,
        armRetry: FAST_RETRY,
        ...(options.now ? { now: options.now } : {}),
      },
    );
  const writerOptions = { ...connection, retry: FAST_RETRY, pollIntervalMs: FAST_TIMING.pollIntervalMs };
  const writers = {
    dataProtection: new DataProtectionClient(writerOptions),
    arm: new ArmWriter(writerOptions),
  };
  return {
    emulator,
    connection,
    state,
    configText,
    lines,
    log,
    read,
    plan: async (allowReplace) => computePlan(state, buildEstate(await read()), { allowReplace, matrix }),
    planReport: async (allowReplace) => {
      const dir = tempDir('aksbg-plan-');
      const estate = join(dir, 'estate.json');
      writeJson(estate, await read());
      let config = CONFIG_FILE;
      if (options.configText !== undefined) {
        config = join(dir, 'aks-backup.yaml');
        writeFileSync(config, options.configText);
      }
      const values: Record<string, string> = {
        command: 'plan',
        config,
        estate,
        'allow-replace': String(allowReplace),
      };
      const settings = resolveSettings((name) => values[name] ?? '', 'flag');
      return planCommand({ settings, now: options.now?.() ?? new Date(), log: silentLogger });
    },
    planWithDigest: async (allowReplace) => {
      const estate = buildEstate(await read());
      const plan = computePlan(state, estate, { allowReplace, matrix });
      return { plan, estateDigest: estateDigest(estate, plan.bindings) };
    },
    apply: (options = {}) =>
      runApply(
        {
          state,
          configText,
          matrix,
          options: {
            allowReplace: options.allowReplace ?? true,
            prune: options.prune ?? false,
            concurrency: options.concurrency ?? 8,
          },
          ...(options.saved ? { saved: options.saved } : {}),
        },
        {
          readEstate: read,
          writers,
          approve: options.approve ?? (async () => true),
          log,
          timer: REAL_TIMER,
          timing: FAST_TIMING,
          ...(options.signal ? { signal: options.signal } : {}),
        },
      ),
  };
}

/** Waits until Resource Graph shows every write (the `lag` fault delays some by graphLagMs). */
export async function graphSettled(emulator: Emulator): Promise<void> {
  emulator.settleAll();
  while (emulator.state.graphSettling()) await new Promise((resolve) => setTimeout(resolve, 10));
}

/**
 * What the end state holds that would be a duplicate: more than one backup instance per (cluster, vault),
 * more than one trusted-access binding per (cluster, vault), more than one role assignment per (principal,
 * role, scope), more than one backup extension per cluster.
 */
export function duplicates(emulator: Emulator): string[] {
  const docs = emulator.state.armDocuments();
  const counts = new Map<string, number>();
  const count = (key: string): void => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (const doc of docs) {
    const type = doc.type.toLowerCase();
    const p = (doc.properties ?? {}) as Record<string, unknown>;
    const lower = (v: unknown): string => String(v ?? '').toLowerCase();
    if (type === 'microsoft.dataprotection/backupvaults/backupinstances') {
      const vault = doc.id.toLowerCase().split('/backupinstances/')[0];
      count(`instance ${lower((p.dataSourceInfo as { resourceID?: string })?.resourceID)} in ${vault}`);
    } else if (type === 'microsoft.containerservice/managedclusters/trustedaccessrolebindings') {
      count(
        `binding ${doc.id.toLowerCase().split('/trustedaccessrolebindings/')[0]} from ${lower(p.sourceResourceId)}`,
      );
    } else if (type === 'microsoft.authorization/roleassignments') {
      count(
        `role ${lower(p.roleDefinitionId).split('/').at(-1)} for ${lower(p.principalId)} on ${lower(p.scope)}`,
      );
    } else if (
      type === 'microsoft.kubernetesconfiguration/extensions' &&
      lower(p.extensionType) === 'microsoft.dataprotection.kubernetes'
    ) {
      count(`extension on ${doc.id.toLowerCase().split('/providers/microsoft.kubernetesconfiguration/')[0]}`);
    }
  }
  return [...counts].filter(([, n]) => n > 1).map(([key, n]) => `${n}x ${key}`);
}

/**
 * The end state apply is judged by: every document apply can write, without volatile fields. Role
 * assignments are keyed by what they grant (principal, role, scope), not by name: a run that resumes after
 * the extension exists plans its identity's assignments under the name of the known principal, and Azure
 * answers 409 RoleAssignmentExists for the grant already made — the same end state.
 */
export function endState(emulator: Emulator): Record<string, unknown> {
  const kept = new Set([
    'microsoft.dataprotection/backupvaults/backupinstances',
    'microsoft.dataprotection/backupvaults/backuppolicies',
    'microsoft.containerservice/managedclusters/trustedaccessrolebindings',
    'microsoft.kubernetesconfiguration/extensions',
  ]);
  const volatile = new Set(['createdOn', 'updatedOn']);
  const strip = (doc: ArmResource): unknown =>
    JSON.parse(JSON.stringify(doc, (key, value: unknown) => (volatile.has(key) ? undefined : value)));
  const entries: [string, unknown][] = [];
  for (const doc of emulator.state.armDocuments()) {
    const type = doc.type.toLowerCase();
    if (kept.has(type)) entries.push([doc.id.toLowerCase(), strip(doc)]);
    if (type === 'microsoft.authorization/roleassignments') {
      const p = doc.properties as { roleDefinitionId: string; principalId: string; scope: string };
      const role = p.roleDefinitionId.split('/').at(-1)!.toLowerCase();
      entries.push([`grant ${role} to ${p.principalId.toLowerCase()} on ${p.scope.toLowerCase()}`, true]);
    }
  }
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeJson(file: string, value: unknown): void {
  writeFileSync(file, JSON.stringify(value, null, 2));
}
