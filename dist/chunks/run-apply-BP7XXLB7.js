import { createRequire as __aksbgCreateRequire } from 'node:module'; const require = __aksbgCreateRequire(import.meta.url);
import {
  BACKUP_EXTENSION_NAME,
  MANAGED_TAG,
  SYMBOL,
  computePlan,
  estateDigest,
  missingPermission,
  refusalFor,
  shortName
} from "./chunk-LEEMSPS5.js";
import {
  buildEstate
} from "./chunk-DXYLSLI5.js";
import {
  idKey
} from "./chunk-7EMEIYIE.js";
import "./chunk-E45LEVXN.js";

// src/apply/dependencies.ts
var EXTENSIONS = "/providers/microsoft.kubernetesconfiguration/extensions/";
var BINDINGS = "/trustedaccessrolebindings/";
var ROLE_ASSIGNMENTS = "/providers/microsoft.authorization/roleassignments/";
function dependenciesOf(changes) {
  const facts = changes.map(factsOf);
  return changes.map((change, i) => {
    const mine = facts[i];
    const needs = /* @__PURE__ */ new Set();
    const soft = /* @__PURE__ */ new Set();
    changes.forEach((other, j) => {
      if (j === i || other.phase >= change.phase) return;
      const theirs = facts[j];
      if (other.kind === "providerRegistration" && (theirs.subscription === mine.subscription || theirs.subscription === mine.clusterSubscription)) {
        needs.add(j);
      } else if (mine.clusterKey !== void 0 && theirs.clusterKey === mine.clusterKey && // Only the instance needs everything on its cluster; the extension identity's role needs the
      // extension; a binding or an extension needs nothing of the cluster's.
      (change.kind === "backupInstance" || change.kind === "roleAssignment" && other.kind === "extension")) {
        needs.add(j);
      } else if (change.kind === "backupInstance") {
        if (other.kind === "backupPolicy" && mine.policyKey === idKey(other.id)) needs.add(j);
        if (other.kind === "roleAssignment" && theirs.scopeKey !== void 0 && mine.scopes.has(theirs.scopeKey))
          soft.add(j);
      }
    });
    return { hard: needs, soft };
  });
}
function factsOf(change) {
  const key = idKey(change.id);
  const facts = { subscription: subscriptionOf(key), scopes: /* @__PURE__ */ new Set() };
  let cluster;
  if (change.kind === "extension") cluster = key.slice(0, key.indexOf(EXTENSIONS));
  if (change.kind === "trustedAccessBinding") cluster = key.slice(0, key.indexOf(BINDINGS));
  if (change.kind === "roleAssignment") {
    facts.scopeKey = key.slice(0, key.indexOf(ROLE_ASSIGNMENTS));
    if (change.principal?.kind === "extension") cluster = idKey(change.principal.clusterId);
  }
  if (change.kind === "backupInstance") {
    const properties = change.body?.properties;
    const resourceId = properties?.dataSourceInfo?.resourceID;
    if (resourceId) cluster = idKey(resourceId.startsWith("/") ? resourceId : `/${resourceId}`);
    const policyId = properties?.policyInfo?.policyId;
    if (policyId) facts.policyKey = idKey(policyId);
    const group = properties?.policyInfo?.policyParameters?.dataStoreParametersList?.[0]?.resourceGroupId;
    if (group) facts.scopes.add(idKey(group));
  }
  if (cluster === void 0 && change.clusterId && change.kind !== "roleAssignment")
    cluster = idKey(change.clusterId);
  if (cluster !== void 0 && cluster !== "") {
    facts.clusterKey = cluster;
    facts.clusterSubscription = subscriptionOf(cluster);
    facts.scopes.add(cluster);
  }
  return facts;
}
function subscriptionOf(id) {
  return /^\/subscriptions\/([^/]+)/i.exec(id)?.[1]?.toLowerCase();
}

// src/apply/limiter.ts
var KeyedLimiter = class {
  constructor(limit) {
    this.limit = limit;
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`limit must be a positive integer; got ${limit}`);
  }
  limit;
  running = /* @__PURE__ */ new Map();
  waiting = /* @__PURE__ */ new Map();
  async run(key, task) {
    await this.acquire(key);
    try {
      return await task();
    } finally {
      this.release(key);
    }
  }
  /** Tasks running now under `key`. */
  active(key) {
    return this.running.get(key) ?? 0;
  }
  acquire(key) {
    const count = this.running.get(key) ?? 0;
    if (count < this.limit) {
      this.running.set(key, count + 1);
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const queue = this.waiting.get(key) ?? [];
      queue.push(() => {
        this.running.set(key, (this.running.get(key) ?? 0) + 1);
        resolve();
      });
      this.waiting.set(key, queue);
    });
  }
  release(key) {
    this.running.set(key, (this.running.get(key) ?? 1) - 1);
    const next = this.waiting.get(key)?.shift();
    if (next) next();
  }
};

// src/apply/retries.ts
var PROPAGATION_CODES = /MissingRequiredPermissions|MSIMissingPermissions|PermissionsNotConfigured|KubernetesBackupExtensionUnhealthy/i;
var PROPAGATION_TEXT = /role propagation|wait for some time before retrying|permissions have already been assigned/i;
var USER_ERROR = /^(BMS)?UserError|^Invalid|^BadRequest|Authorization|NotFound$|^Conflict$|^RoleAssignment/i;
var TRANSIENT_CODES = /InternalServerError|InternalError|ServiceUnavailable|ServerBusy|Timeout|TooManyRequests|Throttl|Retryable|AnotherOperationInProgress|TransientError|^(ECONNRESET|ETIMEDOUT|ESOCKETTIMEDOUT|ECONNREFUSED|EPIPE|EAI_AGAIN|ENOTFOUND)$/i;
function classifyFailure(error) {
  const e = error ?? {};
  const code = e.code ?? "";
  if (code === "PrincipalNotFound") return "principal-not-found";
  if (PROPAGATION_CODES.test(code) || PROPAGATION_TEXT.test(e.message ?? "")) return "propagation";
  if (code !== "" && USER_ERROR.test(code)) return "final";
  if (e.statusCode !== void 0) {
    const s = e.statusCode;
    return s === 408 || s === 429 || s >= 500 && s !== 501 && s !== 505 ? "transient" : "final";
  }
  if (code === "" || TRANSIENT_CODES.test(code)) return "transient";
  return "final";
}
async function withWriteRetries(attempt, budget, timer, signal2, onRetry) {
  const used = {
    propagation: 0,
    "principal-not-found": 0,
    transient: 0,
    final: 0
  };
  for (; ; ) {
    signal2?.throwIfAborted();
    try {
      return await attempt();
    } catch (error) {
      if (signal2?.aborted) throw error;
      const failure = classifyFailure(error);
      const backoff = failure === "propagation" ? budget.propagation : failure === "principal-not-found" ? budget.principalNotFound : failure === "transient" ? budget.transient : void 0;
      used[failure]++;
      if (backoff === void 0 || used[failure] >= backoff.attempts) throw error;
      const delay = Math.min(backoff.firstDelayMs * 2 ** (used[failure] - 1), backoff.maxDelayMs);
      const waitMs = delay * (0.75 + 0.25 * timer.random());
      onRetry?.(failure, error, waitMs);
      await sleep(timer, waitMs, signal2);
    }
  }
}
async function sleep(timer, ms, signal2) {
  if (signal2 === void 0) return timer.sleep(ms);
  signal2.throwIfAborted();
  let onAbort;
  try {
    await Promise.race([
      timer.sleep(ms),
      new Promise((_, reject) => {
        onAbort = () => reject(signal2.reason);
        signal2.addEventListener("abort", onAbort, { once: true });
      })
    ]);
  } finally {
    if (onAbort) signal2.removeEventListener("abort", onAbort);
  }
}

// src/apply/steps/cluster-steps.ts
var VerificationError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "VerificationError";
  }
};
async function registerProvider(change, ctx) {
  const match = /^\/subscriptions\/([^/]+)\/providers\/([^/]+)$/i.exec(change.id);
  if (!match) throw new VerificationError(`${change.id} is not a provider id`);
  const [, subscription, namespace] = match;
  const arm = ctx.writers.arm;
  let state = await withWriteRetries(
    () => arm.registerProvider(subscription, namespace, signal(ctx)),
    { transient: ctx.timing.transient },
    ctx.timer,
    ctx.signal
  );
  const deadline = ctx.timer.now() + ctx.timing.registrationTimeoutMs;
  while ((state ?? "").toLowerCase() !== "registered") {
    if (ctx.timer.now() >= deadline) {
      throw new VerificationError(
        `${namespace} is still ${state ?? "in an unknown state"} after ${Math.round(ctx.timing.registrationTimeoutMs / 1e3)}s; registration can take 10 minutes: re-run apply later`
      );
    }
    await sleep(ctx.timer, ctx.timing.pollIntervalMs, ctx.signal);
    state = await arm.providerState(subscription, namespace, signal(ctx));
  }
  return {};
}
async function applyExtension(change, ctx) {
  const arm = ctx.writers.arm;
  await withWriteRetries(
    () => change.action === "update" && change.method !== "PUT" ? arm.patchExtension(change.id, change.body, signal(ctx)) : arm.putExtension(change.id, change.body, signal(ctx)),
    { transient: ctx.timing.transient },
    ctx.timer,
    ctx.signal
  );
  const extension = await arm.getExtension(change.id, signal(ctx));
  const state = provisioningState(extension);
  if (state?.toLowerCase() !== "succeeded") {
    throw new VerificationError(
      `after the write, ARM shows the extension ${state ? `in state ${state}` : "missing"}`
    );
  }
  const wanted = change.body?.properties?.configurationSettings;
  const have = extension?.properties?.configurationSettings;
  for (const [key, value] of Object.entries(wanted ?? {})) {
    if ((have?.[key] ?? "").toLowerCase() !== value.toLowerCase()) {
      throw new VerificationError(
        `after the write, ARM shows ${key} = ${have?.[key] ?? "(unset)"}, not ${value}`
      );
    }
  }
  const principal = extension?.properties?.aksAssignedIdentity?.principalId;
  if (principal) ctx.extensionPrincipals.set(clusterKeyOfExtension(change.id), principal);
  return {};
}
async function applyTrustedAccess(change, ctx) {
  const arm = ctx.writers.arm;
  await withWriteRetries(
    () => arm.putTrustedAccessBinding(change.id, change.body, signal(ctx)),
    { transient: ctx.timing.transient },
    ctx.timer,
    ctx.signal
  );
  const binding = await arm.getTrustedAccessBinding(change.id, signal(ctx));
  const state = provisioningState(binding);
  const source = binding?.properties?.sourceResourceId;
  const wanted = change.body?.properties?.sourceResourceId;
  if (state?.toLowerCase() !== "succeeded" || idKey(source ?? "") !== idKey(wanted ?? "")) {
    throw new VerificationError(
      `after the write, ARM shows the binding ${binding ? `in state ${state} from ${source}` : "missing"}`
    );
  }
  return {};
}
function provisioningState(doc) {
  const state = doc?.properties?.provisioningState;
  return typeof state === "string" ? state : void 0;
}
function clusterKeyOfExtension(extensionId) {
  const key = idKey(extensionId);
  return key.slice(0, key.indexOf("/providers/microsoft.kubernetesconfiguration/extensions/"));
}
function signal(ctx) {
  return ctx.signal ? { signal: ctx.signal } : {};
}

// src/apply/steps/access-steps.ts
async function applyRoleAssignment(change, ctx) {
  const principalId = await principalOf(change, ctx);
  const body = withPrincipal(change.body, principalId);
  const arm = ctx.writers.arm;
  const outcome = await withWriteRetries(
    () => arm.putRoleAssignment(change.id, body, signal(ctx)),
    { principalNotFound: ctx.timing.principalNotFound, transient: ctx.timing.transient },
    ctx.timer,
    ctx.signal,
    (failure, error) => ctx.log.debug(`${change.id}: ${failure}, retrying: ${error.message}`)
  );
  if (outcome.kind === "exists") {
    return { note: "already granted under another name (409 RoleAssignmentExists)" };
  }
  const read = await arm.getRoleAssignment(change.id, signal(ctx));
  const granted = read?.properties?.principalId;
  if ((granted ?? "").toLowerCase() !== principalId.toLowerCase()) {
    throw new VerificationError(
      `after the write, ARM shows ${read ? `principal ${granted}` : "no such assignment"}`
    );
  }
  return {};
}
async function principalOf(change, ctx) {
  const ref = change.principal;
  if (ref === void 0 || ref.kind === "known") {
    const principal = ref?.principalId ?? change.body?.properties?.principalId;
    if (!principal) throw new VerificationError("the plan names no principal for this role assignment");
    return principal;
  }
  const known = ctx.extensionPrincipals.get(idKey(ref.clusterId));
  if (known) return known;
  const extensionId = `${ref.clusterId}/providers/Microsoft.KubernetesConfiguration/extensions/${BACKUP_EXTENSION_NAME}`;
  const arm = ctx.writers.arm;
  const deadline = ctx.timer.now() + ctx.timing.extensionTimeoutMs;
  for (; ; ) {
    const extension = await arm.getExtension(extensionId, signal(ctx));
    const properties = extension?.properties;
    const principal = properties?.aksAssignedIdentity?.principalId;
    if (principal) {
      ctx.extensionPrincipals.set(idKey(ref.clusterId), principal);
      return principal;
    }
    const installing = /^(Creating|Updating|Accepted|Running)$/i.test(properties?.provisioningState ?? "");
    if (!installing || ctx.timer.now() >= deadline) {
      throw new VerificationError(
        `the backup extension of ${ref.clusterId} ${extension ? `has no identity (${properties?.provisioningState ?? "no state"})` : "is not installed"}: its role assignment needs the extension's identity`
      );
    }
    await sleep(ctx.timer, ctx.timing.pollIntervalMs, ctx.signal);
  }
}
function withPrincipal(body, principalId) {
  const typed = body ?? {};
  return { ...typed, properties: { ...typed.properties, principalId } };
}
async function applyPolicy(change, ctx) {
  const dp = ctx.writers.dataProtection;
  await withWriteRetries(
    () => dp.putPolicy(change.id, change.body, signal(ctx)),
    { transient: ctx.timing.transient },
    ctx.timer,
    ctx.signal
  );
  if (await dp.getPolicy(change.id, signal(ctx)) === void 0) {
    throw new VerificationError("after the write, ARM does not find the policy");
  }
  return {};
}

// src/apply/steps/instance-steps.ts
async function applyInstance(change, ctx) {
  switch (change.action) {
    case "create":
      await validate(change, ctx);
      return create(change, ctx);
    case "update":
      return create(change, ctx);
    case "replace": {
      if (!ctx.options.allowReplace)
        throw new VerificationError("replacing needs allow-replace; nothing was changed");
      const old = change.replaces ?? change.id;
      await validate(change, ctx);
      await remove(old, ctx);
      return create(change, ctx);
    }
    case "delete":
      return prune(change, ctx);
    case "noop":
      return {};
  }
}
async function validate(change, ctx) {
  const dp = ctx.writers.dataProtection;
  const properties = change.body?.properties;
  await withWriteRetries(
    () => dp.validateForBackup(vaultOf(change.id), properties, signal(ctx)),
    { propagation: ctx.timing.propagation, transient: ctx.timing.transient },
    ctx.timer,
    ctx.signal,
    (failure, error, waitMs) => ctx.log.debug(
      `validateForBackup for ${change.id}: ${failure}; again in ${Math.round(waitMs)}ms: ${error.message}`
    )
  );
}
async function create(change, ctx) {
  const dp = ctx.writers.dataProtection;
  await withWriteRetries(
    () => dp.putInstance(change.id, change.body, signal(ctx)),
    { propagation: ctx.timing.propagation, transient: ctx.timing.transient },
    ctx.timer,
    ctx.signal,
    (failure, error) => ctx.log.debug(`PUT ${change.id}: ${failure}, retrying: ${error.message}`)
  );
  let instance = await dp.getInstance(change.id, signal(ctx));
  const state = provisioningState(instance);
  if (!/^(provisioned|succeeded)$/i.test(state ?? "")) {
    throw new VerificationError(
      `after the write, ARM shows the instance ${instance ? `in state ${state}` : "missing"}`
    );
  }
  const deadline = ctx.timer.now() + ctx.timing.protectionTimeoutMs;
  for (; ; ) {
    const protection = protectionState(instance);
    if (/^(ProtectionError|ConfiguringProtectionFailed)$/i.test(protection ?? "")) {
      const details = instance?.properties?.protectionErrorDetails;
      throw new VerificationError(
        `the instance was created but protection failed: ${protection}${details?.code ? `, ${details.code}` : ""}${details?.message ? `: ${details.message}` : ""}`
      );
    }
    if (!/^(ConfiguringProtection|UpdatingProtection|NotProtected)?$/i.test(protection ?? "")) return {};
    if (ctx.timer.now() >= deadline) {
      return { note: `protection is still being configured (${protection}); check again later` };
    }
    await sleep(ctx.timer, ctx.timing.pollIntervalMs, ctx.signal);
    instance = await dp.getInstance(change.id, signal(ctx));
    if (instance === void 0)
      throw new VerificationError("the instance disappeared while its protection was being configured");
  }
}
async function prune(change, ctx) {
  if (!ctx.options.prune) throw new VerificationError("deleting needs prune; nothing was changed");
  const current = await ctx.writers.dataProtection.getInstance(change.id, signal(ctx));
  if (current === void 0) return { note: "already gone (ARM answered 404)" };
  const managed = Object.entries(current.tags ?? {}).some(
    ([key, value]) => key.toLowerCase() === MANAGED_KEY && String(value).toLowerCase() === MANAGED_TAG[MANAGED_KEY]
  );
  if (!managed) {
    throw new VerificationError(
      `ARM shows no ${MANAGED_KEY}: ${MANAGED_TAG[MANAGED_KEY]} tag on it; this tool deletes only what it created`
    );
  }
  await remove(change.id, ctx);
  return {};
}
async function remove(id, ctx) {
  const dp = ctx.writers.dataProtection;
  await withWriteRetries(
    () => dp.deleteInstance(id, signal(ctx)),
    { transient: ctx.timing.transient },
    ctx.timer,
    ctx.signal
  );
  if (await dp.getInstance(id, signal(ctx)) !== void 0) {
    throw new VerificationError(`after the delete, ARM still shows ${id}`);
  }
}
var MANAGED_KEY = "managed-by";
function protectionState(instance) {
  const state = instance?.properties?.currentProtectionState;
  return typeof state === "string" ? state : void 0;
}
function vaultOf(instanceId) {
  return instanceId.slice(0, instanceId.toLowerCase().indexOf("/backupinstances/"));
}

// src/apply/execute.ts
var STEPS = {
  providerRegistration: registerProvider,
  extension: applyExtension,
  trustedAccessBinding: applyTrustedAccess,
  roleAssignment: applyRoleAssignment,
  backupPolicy: applyPolicy,
  backupInstance: applyInstance
};
async function executeChanges(changes, ctx, options) {
  const needs = dependenciesOf(changes);
  const results = new Array(changes.length);
  const limiter = new KeyedLimiter(options.concurrency);
  const started = /* @__PURE__ */ new Set();
  const steps = { ...STEPS, ...options.steps };
  return new Promise((resolve) => {
    let running = 0;
    let resolved = false;
    const settle = (i, result) => {
      results[i] = result;
      if (result.status !== "done" && !started.has(i)) options.progress.skipped(result);
    };
    const dispatch = () => {
      for (let progressed = true; progressed; ) {
        progressed = false;
        changes.forEach((change, i) => {
          if (started.has(i) || results[i] !== void 0) return;
          const { hard, soft } = needs[i];
          const blocker = [...hard].find(
            (j) => results[j]?.status === "failed" || results[j]?.status === "not-attempted"
          );
          if (blocker !== void 0) {
            settle(i, {
              change,
              status: "not-attempted",
              elapsedMs: 0,
              note: `not attempted: it depends on ${changes[blocker].kind} ${shortId(changes[blocker].id)}, which was not done`
            });
            progressed = true;
            return;
          }
          if (ctx.signal?.aborted || [...hard, ...soft].some((j) => results[j] === void 0)) return;
          started.add(i);
          running++;
          void limiter.run(
            subscriptionOf(change.id) ?? "",
            () => runOne(change, steps[change.kind], ctx, options.progress)
          ).then((result) => {
            results[i] = result;
            running--;
            dispatch();
          });
        });
      }
      if (running > 0 || resolved) return;
      changes.forEach((change, i) => {
        if (results[i] === void 0) {
          settle(i, {
            change,
            status: "interrupted",
            elapsedMs: 0,
            note: "not started: the run was interrupted"
          });
        }
      });
      resolved = true;
      resolve(results);
    };
    dispatch();
  });
}
async function runOne(change, step, ctx, progress) {
  if (ctx.signal?.aborted) {
    return { change, status: "interrupted", elapsedMs: 0, note: "not started: the run was interrupted" };
  }
  const begin = ctx.timer.now();
  progress.started(change);
  try {
    const outcome = await step(change, ctx);
    const result = {
      change,
      status: "done",
      elapsedMs: ctx.timer.now() - begin,
      ...outcome.note ? { note: outcome.note } : {}
    };
    progress.ended(result);
    return result;
  } catch (error) {
    const interrupted = ctx.signal?.aborted === true;
    const result = {
      change,
      status: interrupted ? "interrupted" : "failed",
      elapsedMs: ctx.timer.now() - begin,
      note: interrupted ? "interrupted while in progress" : error?.message ?? String(error)
    };
    progress.ended(result);
    return result;
  }
}
function shortId(id) {
  return id.slice(id.lastIndexOf("/") + 1);
}

// src/apply/progress.ts
var DOING = {
  create: "creating",
  update: "updating",
  replace: "replacing",
  delete: "destroying",
  noop: "checking"
};
var DONE = {
  create: "created",
  update: "updated",
  replace: "replaced",
  delete: "destroyed",
  noop: "checked"
};
function label(change) {
  return `${SYMBOL[change.action]} ${change.kind} ${shortName(change)}`;
}
function seconds(ms) {
  return `${(ms / 1e3).toFixed(1)}s`;
}
function progressLines(log) {
  return {
    started: (change) => log.info(`${label(change)}: ${DOING[change.action]}\u2026`),
    ended: (result) => {
      const { change } = result;
      if (result.status === "done") {
        log.info(
          `${label(change)}: ${DONE[change.action]} after ${seconds(result.elapsedMs)}${result.note ? ` (${result.note})` : ""}`
        );
      } else {
        log.info(
          `${label(change)}: ${result.status} after ${seconds(result.elapsedMs)}: ${result.note ?? ""}`
        );
      }
    },
    skipped: (result) => log.info(`${label(result.change)}: ${result.note ?? result.status}`)
  };
}
function summaryLine(results, elapsedMs) {
  const count = (status) => results.filter((r) => r.status === status).length;
  const done = results.filter((r) => r.status === "done");
  const by = (action) => done.filter((r) => r.change.action === action).length;
  const tally = `${by("create")} added, ${by("update")} changed, ${by("replace")} replaced, ${by("delete")} destroyed`;
  if (done.length === results.length) {
    return `Apply complete: ${results.length} change${results.length === 1 ? "" : "s"} in ${seconds(elapsedMs)} (${tally}).`;
  }
  return `Apply incomplete after ${seconds(elapsedMs)}: ${done.length} of ${results.length} changes done (${tally}); ${count("failed")} failed, ${count("not-attempted")} not attempted, ${count("interrupted")} interrupted. Re-run apply to finish: it continues where this run stopped.`;
}

// src/apply/run-apply.ts
async function runApply(request, deps) {
  const { saved } = request;
  const planned = saved?.plan.options ?? request.options;
  const estate = buildEstate(await deps.readEstate());
  const plan = computePlan(request.state, estate, {
    allowReplace: planned.allowReplace,
    prune: planned.prune ?? false,
    ...request.options.shard ? { shard: request.options.shard } : {},
    matrix: request.matrix
  });
  let changes;
  if (saved) {
    const refusal = refusalFor(
      saved.plan,
      saved.file,
      request.configText,
      estateDigest(estate, plan.bindings)
    );
    if (refusal) return { kind: "refused", reason: refusal, plan };
    changes = [...saved.plan.changes];
  } else {
    changes = plan.changes.filter((c) => c.action !== "noop");
  }
  const missing = missingPermission(changes, request.options);
  if (missing) return { kind: "refused", reason: missing, plan };
  if (changes.length === 0) {
    deps.log.info("No changes. Azure matches the desired state.");
    return { kind: "nothing-to-do", plan };
  }
  if (!await deps.approve(changes))
    return { kind: "refused", reason: "apply cancelled: nothing was changed", plan };
  const begin = deps.timer.now();
  const results = await executeChanges(
    changes,
    {
      writers: deps.writers,
      timing: deps.timing,
      timer: deps.timer,
      ...deps.signal ? { signal: deps.signal } : {},
      log: deps.log,
      options: { allowReplace: request.options.allowReplace, prune: request.options.prune },
      extensionPrincipals: /* @__PURE__ */ new Map()
    },
    {
      concurrency: request.options.concurrency,
      progress: deps.progress ?? progressLines(deps.log),
      ...deps.steps ? { steps: deps.steps } : {}
    }
  );
  const elapsedMs = deps.timer.now() - begin;
  deps.log.info(summaryLine(results, elapsedMs));
  return { kind: "applied", plan, changes, results, elapsedMs };
}
export {
  runApply
};
