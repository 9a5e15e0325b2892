import { createRequire as __aksbgCreateRequire } from 'node:module'; const require = __aksbgCreateRequire(import.meta.url);
import {
  DEFAULT_RETRY_POLICY,
  REAL_TIMER,
  isTransient,
  withRetries
} from "./chunk-4PGEURHB.js";
import {
  bearerTokenAuthenticationPolicy,
  createPipelineFromOptions,
  createRestError,
  getClient,
  isObjectWithProperties,
  operationOptionsToRequestParameters
} from "./chunk-GF2QCEFB.js";

// src/azure/safe-input.ts
var UnsafeInputError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UnsafeInputError";
  }
};
var GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
var MANAGEMENT_GROUP = /^[A-Za-z0-9_().-]{0,89}[A-Za-z0-9_()-]$/;
var ARM_ID = /^\/subscriptions\/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(\/[A-Za-z0-9._()-]+)+$/;
var PROVIDER_NAMESPACE = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)+$/;
var LOCATION = /^[a-z][a-z0-9]{1,63}$/;
var KQL_LITERAL = /^[A-Za-z0-9 ._()/:+-]*$/;
function show(value) {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}\u2026` : value);
}
function checkSubscriptionId(value) {
  if (!GUID.test(value)) throw new UnsafeInputError(`${show(value)} is not a subscription id (a GUID)`);
  return value.toLowerCase();
}
function checkManagementGroupId(value) {
  if (!MANAGEMENT_GROUP.test(value)) {
    throw new UnsafeInputError(
      `${show(value)} is not a management group id (1-90 letters, digits, '-', '_', '(', ')' or '.', not ending in '.')`
    );
  }
  return value;
}
function checkArmId(value) {
  if (!ARM_ID.test(value) || value.split("/").some((segment) => segment === "." || segment === "..")) {
    throw new UnsafeInputError(`${show(value)} is not an Azure resource id under /subscriptions/<guid>/...`);
  }
  return value;
}
function checkProviderNamespace(value) {
  if (!PROVIDER_NAMESPACE.test(value)) {
    throw new UnsafeInputError(
      `${show(value)} is not a resource provider namespace such as Microsoft.DataProtection`
    );
  }
  return value;
}
function checkLocation(value) {
  const folded = value.replace(/\s+/g, "").toLowerCase();
  if (!LOCATION.test(folded))
    throw new UnsafeInputError(`${show(value)} is not an Azure location name such as westeurope`);
  return folded;
}
function isLocationName(value) {
  return LOCATION.test(value);
}
function kqlString(value) {
  if (!KQL_LITERAL.test(value))
    throw new UnsafeInputError(`${show(value)} cannot be used in a Resource Graph query`);
  return `'${value}'`;
}
function kqlDatetime(instant) {
  if (Number.isNaN(instant.getTime())) throw new UnsafeInputError("invalid date for a Resource Graph query");
  return `datetime(${instant.toISOString()})`;
}

// node_modules/@azure-rest/core-client/dist/esm/restError.js
function createRestError2(messageOrResponse, response) {
  if (typeof messageOrResponse === "string") {
    return createRestError(messageOrResponse, response);
  } else {
    return createRestError(messageOrResponse);
  }
}

// node_modules/@azure/core-auth/dist/esm/keyCredential.js
function isKeyCredential(credential) {
  return isObjectWithProperties(credential, ["key"]) && typeof credential.key === "string";
}

// node_modules/@azure/core-auth/dist/esm/tokenCredential.js
function isTokenCredential(credential) {
  const castCredential = credential;
  return castCredential && typeof castCredential.getToken === "function" && (castCredential.signRequest === void 0 || castCredential.getToken.length > 0);
}

// node_modules/@azure-rest/core-client/dist/esm/apiVersionPolicy.js
var apiVersionPolicyName = "ApiVersionPolicy";
function apiVersionPolicy(options) {
  return {
    name: apiVersionPolicyName,
    sendRequest: (req, next) => {
      const url = new URL(req.url);
      if (!url.searchParams.get("api-version") && options.apiVersion) {
        req.url = `${req.url}${url.searchParams.size > 0 ? "&" : "?"}api-version=${options.apiVersion}`;
      }
      return next(req);
    }
  };
}

// node_modules/@azure-rest/core-client/dist/esm/keyCredentialAuthenticationPolicy.js
var keyCredentialAuthenticationPolicyName = "keyCredentialAuthenticationPolicy";
function keyCredentialAuthenticationPolicy(credential, apiKeyHeaderName) {
  return {
    name: keyCredentialAuthenticationPolicyName,
    sendRequest(request, next) {
      request.headers.set(apiKeyHeaderName, credential.key);
      return next(request);
    }
  };
}

// node_modules/@azure-rest/core-client/dist/esm/clientHelpers.js
function addCredentialPipelinePolicy(pipeline, endpoint, options = {}) {
  const { credential, clientOptions } = options;
  if (!credential) {
    return;
  }
  if (isTokenCredential(credential)) {
    const tokenPolicy = bearerTokenAuthenticationPolicy({
      credential,
      scopes: clientOptions?.credentials?.scopes ?? `${endpoint}/.default`
    });
    pipeline.addPolicy(tokenPolicy);
  } else if (isKeyCredential2(credential)) {
    if (!clientOptions?.credentials?.apiKeyHeaderName) {
      throw new Error(`Missing API Key Header Name`);
    }
    const keyPolicy = keyCredentialAuthenticationPolicy(credential, clientOptions?.credentials?.apiKeyHeaderName);
    pipeline.addPolicy(keyPolicy);
  }
}
function createDefaultPipeline(endpoint, credential, options = {}) {
  const pipeline = createPipelineFromOptions(options);
  pipeline.addPolicy(apiVersionPolicy(options));
  addCredentialPipelinePolicy(pipeline, endpoint, { credential, clientOptions: options });
  return pipeline;
}
function isKeyCredential2(credential) {
  return typeof credential === "object" && credential !== null && "key" in credential && typeof credential.key === "string";
}

// node_modules/@azure-rest/core-client/dist/esm/operationOptionHelpers.js
function operationOptionsToRequestParameters2(options) {
  const compatibilityOptions = options;
  const tspRequestParameters = operationOptionsToRequestParameters(options);
  return {
    ...tspRequestParameters,
    headers: mergeHeaders(compatibilityOptions.requestOptions?.customHeaders, tspRequestParameters.headers),
    tracingOptions: options.tracingOptions
  };
}
function mergeHeaders(...headerSets) {
  const headers = /* @__PURE__ */ new Map();
  for (const headerSet of headerSets) {
    for (const [name, value] of Object.entries(headerSet ?? {})) {
      headers.set(name.toLowerCase(), value);
    }
  }
  return Object.fromEntries(headers);
}

// node_modules/@azure-rest/core-client/dist/esm/getClient.js
function wrapRequestParameters(parameters) {
  if (parameters.onResponse) {
    return {
      ...parameters,
      onResponse(rawResponse, error) {
        parameters.onResponse?.(rawResponse, error, error);
      }
    };
  }
  return parameters;
}
function getClient2(endpoint, credentialsOrPipelineOptions, clientOptions = {}) {
  let credentials;
  if (credentialsOrPipelineOptions) {
    if (isCredential(credentialsOrPipelineOptions)) {
      credentials = credentialsOrPipelineOptions;
    } else {
      clientOptions = credentialsOrPipelineOptions ?? {};
    }
  }
  const pipeline = clientOptions.pipeline ?? createDefaultPipeline(endpoint, credentials, clientOptions);
  const tspClient = getClient(endpoint, {
    ...clientOptions,
    pipeline
  });
  const client = (path, ...args) => {
    return {
      get: (requestOptions = {}) => {
        return tspClient.path(path, ...args).get(wrapRequestParameters(requestOptions));
      },
      post: (requestOptions = {}) => {
        return tspClient.path(path, ...args).post(wrapRequestParameters(requestOptions));
      },
      put: (requestOptions = {}) => {
        return tspClient.path(path, ...args).put(wrapRequestParameters(requestOptions));
      },
      patch: (requestOptions = {}) => {
        return tspClient.path(path, ...args).patch(wrapRequestParameters(requestOptions));
      },
      delete: (requestOptions = {}) => {
        return tspClient.path(path, ...args).delete(wrapRequestParameters(requestOptions));
      },
      head: (requestOptions = {}) => {
        return tspClient.path(path, ...args).head(wrapRequestParameters(requestOptions));
      },
      options: (requestOptions = {}) => {
        return tspClient.path(path, ...args).options(wrapRequestParameters(requestOptions));
      },
      trace: (requestOptions = {}) => {
        return tspClient.path(path, ...args).trace(wrapRequestParameters(requestOptions));
      }
    };
  };
  return {
    path: client,
    pathUnchecked: client,
    pipeline: tspClient.pipeline
  };
}
function isCredential(param) {
  return isKeyCredential(param) || isTokenCredential(param);
}

// src/azure/transport.ts
function pipelineOptions(transport) {
  return {
    ...transport?.tlsOptions ? { tlsOptions: transport.tlsOptions } : {},
    ...transport?.retryOptions ? { retryOptions: transport.retryOptions } : {},
    userAgentOptions: { userAgentPrefix: "aks-backup-guard" }
  };
}

// src/azure/arm-reader.ts
var API_VERSIONS = {
  trustedAccess: "2026-03-01",
  /** ManagedClusters_ListKubernetesVersions: the AKS spec saved in shared/azure-specs (AKSSPEC). */
  kubernetesVersions: "2026-03-01",
  /** The project's Data Protection default (AZURE-FACTS.md §4.1). */
  dataProtection: "2025-07-01",
  providers: "2021-04-01"
};
var ArmReadError = class extends Error {
  constructor(message, statusCode, code, armMessage) {
    super(message);
    this.statusCode = statusCode;
    this.code = code;
    this.armMessage = armMessage;
    this.name = "ArmReadError";
  }
  statusCode;
  code;
  armMessage;
};
var REFUSALS = /* @__PURE__ */ new Set([400, 403, 404, 409]);
var ARM_RETRY = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 1e3 };
var ArmReader = class {
  client;
  origin;
  concurrency;
  retry;
  timer;
  maxPages;
  constructor(options) {
    this.origin = new URL(options.cloud.armEndpoint).origin;
    this.concurrency = options.concurrency ?? 8;
    this.retry = options.retry ?? ARM_RETRY;
    this.timer = options.timer ?? REAL_TIMER;
    this.maxPages = options.maxPages ?? 1e3;
    this.client = getClient2(options.cloud.armEndpoint, options.credential, {
      credentials: { scopes: [options.cloud.tokenScope] },
      ...pipelineOptions(options.transport)
    });
  }
  /** Bindings of each cluster; a cluster that has gone since Resource Graph listed it has none. */
  async trustedAccessBindings(clusterIds) {
    const lists = await this.forEach(
      clusterIds.map(checkArmId),
      (id) => this.list(`${id}/trustedAccessRoleBindings`, API_VERSIONS.trustedAccess)
    );
    return lists.flatMap((list) => list ?? []);
  }
  /** Recovery points of each backup instance. */
  async recoveryPoints(instanceIds) {
    const lists = await this.forEach(
      instanceIds.map(checkArmId),
      (id) => this.list(`${id}/recoveryPoints`, API_VERSIONS.dataProtection)
    );
    return lists.flatMap((list) => list ?? []);
  }
  /** `registrationState` per subscription and namespace: { sub: { namespace: state } }. */
  async providerStates(subscriptionIds, namespaces) {
    const pairs = subscriptionIds.map(checkSubscriptionId).flatMap((sub) => namespaces.map((ns) => ({ sub, ns: checkProviderNamespace(ns) })));
    const states = await this.forEach(pairs, async ({ sub, ns }) => {
      const body = await this.get(`/subscriptions/${sub}/providers/${ns}`, API_VERSIONS.providers);
      const state = body?.registrationState;
      if (typeof state !== "string")
        throw new ArmReadError(`no registrationState for ${ns} in subscription ${sub}`);
      return state;
    });
    const result = {};
    pairs.forEach(({ sub, ns }, i) => {
      (result[sub] ??= {})[ns] = states[i];
    });
    return result;
  }
  /**
   * The Kubernetes versions AKS offers in each location, asked through the subscription given for it: the
   * 200 body verbatim (`{values: [...]}`, AKSSPEC KubernetesVersionListResult), or ARM's refusal when the
   * caller may not read it (403), the provider is not registered there (409 MissingSubscriptionRegistration,
   * https://learn.microsoft.com/azure/azure-resource-manager/troubleshooting/error-register-resource-provider)
   * or the location is not one AKS knows (400, 404). A refusal is recorded, not thrown: the versions are an
   * input to one warning rule, and the rest of the estate is worth having without them. Transient errors
   * are retried as every read is, and fail the read if they persist.
   */
  async kubernetesVersions(requests) {
    const checked = requests.map(({ location, subscriptionId }) => ({
      location: checkLocation(location),
      subscriptionId: checkSubscriptionId(subscriptionId)
    }));
    const answers = await this.forEach(checked, async ({ location, subscriptionId }) => {
      const path = `/subscriptions/${subscriptionId}/providers/Microsoft.ContainerService/locations/${location}/kubernetesVersions`;
      try {
        const body = await this.request(path, API_VERSIONS.kubernetesVersions, false);
        if (!Array.isArray(body?.values)) {
          throw new ArmReadError(`ARM returned no 'values' array for ${path}`);
        }
        return { values: body.values };
      } catch (error) {
        if (!(error instanceof ArmReadError) || !REFUSALS.has(error.statusCode ?? 0)) throw error;
        return {
          status: error.statusCode,
          error: {
            ...error.code !== void 0 ? { code: error.code } : {},
            ...error.armMessage !== void 0 ? { message: error.armMessage } : {}
          }
        };
      }
    });
    const result = {};
    checked.forEach(({ location }, i) => {
      result[location] = answers[i];
    });
    return result;
  }
  /** All pages of a list; undefined when ARM says the parent does not exist (404). */
  async list(path, apiVersion) {
    const items = [];
    let next = path;
    let first = true;
    for (let page = 0; next !== void 0; page++) {
      if (page >= this.maxPages) throw new ArmReadError(`more than ${this.maxPages} pages listing ${path}`);
      const body = await this.request(next, first ? apiVersion : void 0, first);
      if (body === void 0) return void 0;
      if (!Array.isArray(body.value)) throw new ArmReadError(`ARM returned no 'value' array listing ${path}`);
      items.push(...body.value);
      next = typeof body.nextLink === "string" && body.nextLink !== "" ? this.checkNextLink(body.nextLink, path) : void 0;
      first = false;
    }
    return items;
  }
  async get(path, apiVersion) {
    const body = await this.request(path, apiVersion, true);
    if (body === void 0) throw new ArmReadError(`${path} was not found`, 404, "NotFound");
    return body;
  }
  /** Bearer tokens follow the request: a nextLink must stay on the ARM endpoint. */
  checkNextLink(link, path) {
    let url;
    try {
      url = new URL(link);
    } catch {
      throw new ArmReadError(`invalid nextLink while listing ${path}`);
    }
    if (url.origin !== this.origin) {
      throw new ArmReadError(
        `nextLink for ${path} points to ${url.origin}, not ${this.origin}; refusing to send a token there`
      );
    }
    return link;
  }
  /** One GET with retries; undefined for a 404 when `notFoundIsEmpty`. */
  async request(pathOrUrl, apiVersion, notFoundIsEmpty) {
    return withRetries(
      async () => {
        const response = await this.client.pathUnchecked(pathOrUrl).get({
          headers: { accept: "application/json" },
          ...apiVersion !== void 0 ? { queryParameters: { "api-version": apiVersion } } : {}
        });
        const status = Number(response.status);
        if (status === 200) return response.body;
        if (status === 404 && notFoundIsEmpty) return void 0;
        const error = response.body?.error;
        throw new ArmReadError(
          `GET ${pathOrUrl.replace(this.origin, "")} failed: HTTP ${status}${error?.code ? ` ${error.code}` : ""}${error?.message ? `: ${error.message}` : ""}`,
          status,
          error?.code,
          error?.message
        );
      },
      (error) => ({ retry: isTransient(error) }),
      this.retry,
      this.timer
    );
  }
  async forEach(items, work) {
    const results = new Array(items.length);
    let nextIndex = 0;
    let failed = false;
    const worker = async () => {
      while (!failed && nextIndex < items.length) {
        const index = nextIndex++;
        try {
          results[index] = await work(items[index]);
        } catch (error) {
          failed = true;
          throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, items.length) }, worker));
    return results;
  }
};

export {
  createRestError2 as createRestError,
  operationOptionsToRequestParameters2 as operationOptionsToRequestParameters,
  getClient2 as getClient,
  UnsafeInputError,
  checkSubscriptionId,
  checkManagementGroupId,
  checkArmId,
  checkProviderNamespace,
  isLocationName,
  kqlString,
  kqlDatetime,
  pipelineOptions,
  API_VERSIONS,
  ArmReader
};
