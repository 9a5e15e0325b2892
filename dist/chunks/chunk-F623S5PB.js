import { createRequire as __aksbgCreateRequire } from 'node:module'; const require = __aksbgCreateRequire(import.meta.url);
import {
  getClient,
  pipelineOptions
} from "./chunk-OWBDLMQC.js";
import {
  DEFAULT_RETRY_POLICY,
  REAL_TIMER,
  isTransient,
  withRetries
} from "./chunk-4PGEURHB.js";
import {
  createClientLogger,
  delay
} from "./chunk-GF2QCEFB.js";

// src/azure/azure-error.ts
var AzureRequestError = class extends Error {
  constructor(message, statusCode, code, azureMessage) {
    super(message);
    this.statusCode = statusCode;
    this.code = code;
    this.azureMessage = azureMessage;
    this.name = "AzureRequestError";
  }
  statusCode;
  code;
  azureMessage;
};
var ADVICE_BY_CODE = [
  [
    /MissingRequiredPermissions|MSIMissingPermissions/i,
    "assign the missing role (apply does this when role assignments are planned); new assignments take minutes to propagate, so re-run apply later if they were just made (AZURE-FACTS.md \xA72.4)"
  ],
  [
    /^PrincipalNotFound$/,
    "the identity was created moments ago and Entra has not replicated it yet: re-run apply in a minute"
  ],
  [
    /^ScenarioPluginInvalidWorkflowDataRequest$/,
    "the backup instance was sent without dataSourceSetInfo, or the extension cannot reach its storage: check the instance body and the extension"
  ],
  [
    /KubernetesBackupExtension/i,
    "check the backup extension on the cluster (a Failed one must be deleted and reinstalled) and retry"
  ],
  [/TrustedAccess/i, "create a trusted-access role binding from the vault to the cluster, then retry"],
  [
    /InvalidInput|InvalidRequestContent|InvalidParameter/i,
    "the request was refused as invalid: check the values named above in the desired state"
  ],
  [
    /^AuthorizationFailed$|LinkedAuthorizationFailed/i,
    "the signed-in identity may not do this: grant it Backup Contributor on the vault, Contributor on the cluster, and Owner or User Access Administrator where role assignments are written"
  ],
  [
    /CloudDosTimeboudLimitReached/i,
    "the daily limit of on-demand operations for this instance is reached: wait before trying again (AZURE-FACTS.md \xA74.7)"
  ]
];
function adviceForCode(code) {
  if (code === void 0) return void 0;
  return ADVICE_BY_CODE.find(([pattern]) => pattern.test(code))?.[1];
}
function adviceFor(status, code) {
  const byCode = adviceForCode(code);
  if (byCode !== void 0) return byCode;
  if (status === void 0) return "check the network path to Azure and re-run";
  if (status === 401)
    return "the credential was refused: check tenant-id, client-id and the secret or federated credential";
  if (status === 403) return adviceForCode("AuthorizationFailed");
  if (status === 404) return "it does not exist (any more): re-run plan to see the current state";
  if (status === 406) {
    return "Azure answered 406 with no details, which is how it reports an invalid request when the Accept header is unusual (AZURE-FACTS.md \xA74.10 item 7): report this as a bug of this tool";
  }
  if (status === 409)
    return "another operation on this resource is in progress or conflicts: wait and re-run apply";
  if (status === 429) return "Azure is throttling this subscription: lower concurrency and re-run";
  if (status >= 500)
    return "Azure had a transient failure: re-run apply, which continues where this run stopped";
  return "check the values named above";
}
function azureError(operation, status, body, fallback) {
  const error = body?.error;
  const code = typeof error?.code === "string" ? error.code : void 0;
  const message = typeof error?.message === "string" ? error.message : fallback;
  const said = [
    status !== void 0 ? `HTTP ${status}` : void 0,
    code,
    message && `${code ? ": " : ""}${message}`
  ].filter(Boolean).join(" ").replace(" : ", ": ");
  const text = `${operation} failed${said ? `: ${said}` : ""}. What to do: ${adviceFor(status, code)}.`;
  return new AzureRequestError(text, status, code, message);
}
function operationFailed(operation, error) {
  const detail = error;
  const code = typeof detail?.code === "string" ? detail.code : void 0;
  const message = typeof detail?.message === "string" ? detail.message : void 0;
  const said = [code, message].filter(Boolean).join(": ");
  return new AzureRequestError(
    `${operation} failed while Azure carried it out${said ? `: ${said}` : ""}. What to do: ${adviceForCode(code) ?? "re-run apply, which continues where this run stopped; if it fails again, look at the resource in the portal"}.`,
    void 0,
    code,
    message
  );
}

// src/azure/arm-http.ts
var ARM_HOSTS = /* @__PURE__ */ new Set([
  "management.azure.com",
  "management.windowsazure.com",
  "management.usgovcloudapi.net",
  "management.chinacloudapi.cn"
]);
var ARM_RETRY = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 1e3 };
var ArmHttp = class {
  client;
  origin;
  retry;
  timer;
  constructor(options) {
    this.origin = new URL(options.cloud.armEndpoint).origin;
    this.retry = options.retry ?? ARM_RETRY;
    this.timer = options.timer ?? REAL_TIMER;
    this.client = getClient(options.cloud.armEndpoint, options.credential, {
      credentials: { scopes: [options.cloud.tokenScope] },
      ...pipelineOptions(options.transport)
    });
  }
  /** The absolute URL of a target, checked. */
  urlOf(target) {
    if ("path" in target) {
      return `${this.origin}${target.path}?api-version=${encodeURIComponent(target.apiVersion)}`;
    }
    let url;
    try {
      url = new URL(target.url);
    } catch {
      throw new AzureRequestError(
        `Azure returned an invalid URL to follow: ${target.url}`,
        void 0,
        void 0,
        void 0
      );
    }
    if (url.protocol !== "https:" || url.origin !== this.origin && !ARM_HOSTS.has(url.hostname.toLowerCase())) {
      throw new AzureRequestError(
        `Azure asked to follow ${url.origin}, which is neither ${this.origin} nor a Resource Manager host; refusing to send the token there`,
        void 0,
        void 0,
        void 0
      );
    }
    if (!url.searchParams.has("api-version")) {
      throw new AzureRequestError(
        `the URL ${target.url} has no api-version`,
        void 0,
        void 0,
        void 0
      );
    }
    return url.toString();
  }
  /**
   * One request, retried while the answer is transient (408, 429, 5xx other than 501/505, dropped
   * connections). Returns any other answer, including 4xx; throws AzureRequestError when retries run out.
   */
  async call(method, target, options) {
    const url = this.urlOf(target);
    return withRetries(
      async () => {
        options.signal?.throwIfAborted();
        let response;
        try {
          response = await this.client.pathUnchecked(url)[methodName(method)]({
            headers: { accept: "application/json" },
            // Monitor URLs and ids are sent as Azure gave them (opaque operation ids may hold '=').
            skipUrlEncoding: true,
            ...options.body !== void 0 ? { body: options.body, contentType: "application/json" } : {},
            ...options.signal ? { abortSignal: options.signal } : {}
          });
        } catch (error) {
          if (options.signal?.aborted) throw error;
          const code = error.code;
          if (code !== void 0 && isTransient({ code })) {
            throw Object.assign(
              azureError(options.operation, void 0, void 0, error.message),
              { code }
            );
          }
          throw azureError(options.operation, void 0, void 0, error.message);
        }
        const status = Number(response.status);
        const headers = lowerCaseHeaders(response.headers);
        if (isTransient({ statusCode: status })) {
          throw Object.assign(azureError(options.operation, status, response.body), {
            retryAfterMs: retryAfterMs(headers)
          });
        }
        return { status, headers, body: response.body, method, url };
      },
      (error) => {
        if (options.signal?.aborted) return { retry: false };
        const e = error;
        const transient = isTransient(e);
        return transient && e.retryAfterMs !== void 0 ? { retry: true, waitMs: e.retryAfterMs } : { retry: transient };
      },
      this.retry,
      this.timer
    );
  }
  /** A GET that must answer 200; 404 gives undefined. */
  async read(target, operation, signal) {
    const response = await this.call("GET", target, { operation, ...signal ? { signal } : {} });
    if (response.status === 404) return void 0;
    if (response.status !== 200) throw azureError(operation, response.status, response.body);
    return response.body;
  }
};
function methodName(method) {
  return method.toLowerCase();
}
function lowerCaseHeaders(headers) {
  const result = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (typeof value === "string") result[name.toLowerCase()] = value;
  }
  return result;
}
function retryAfterMs(headers) {
  const value = headers["retry-after"];
  if (value === void 0) return void 0;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1e3;
  const date = Date.parse(value);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - Date.now());
}

// node_modules/@azure/core-lro/dist/esm/logger.js
var logger = createClientLogger("core-lro");

// node_modules/@azure/core-lro/dist/esm/poller/constants.js
var POLL_INTERVAL_IN_MS = 2e3;
var terminalStates = ["succeeded", "canceled", "failed"];

// node_modules/@azure/core-lro/dist/esm/poller/operation.js
function deserializeState(serializedState) {
  try {
    return JSON.parse(serializedState).state;
  } catch (e) {
    throw new Error(`Unable to deserialize input state: ${serializedState}`, { cause: e });
  }
}
function setStateError(inputs) {
  const { state, isOperationError: isOperationError2 } = inputs;
  return (error) => {
    if (isOperationError2(error)) {
      state.error = error;
      state.status = "failed";
    }
    throw error;
  };
}
function appendReadableErrorMessage(currentMessage, innerMessage) {
  let message = currentMessage;
  if (message.slice(-1) !== ".") {
    message = message + ".";
  }
  return message + " " + innerMessage;
}
function simplifyError(err) {
  let message = err.message;
  let code = err.code;
  let curErr = err;
  while (curErr.innererror) {
    curErr = curErr.innererror;
    code = curErr.code;
    message = appendReadableErrorMessage(message, curErr.message);
  }
  return {
    code,
    message
  };
}
async function processOperationStatus(result) {
  const { state, status, isDone, processResult, getError, response, setErrorAsResult } = result;
  switch (status) {
    case "succeeded": {
      state.status = "succeeded";
      break;
    }
    case "failed": {
      const err = getError?.(response);
      let postfix = "";
      if (err) {
        const { code, message } = simplifyError(err);
        postfix = `. ${code}. ${message}`;
      }
      const errStr = `The long-running operation has failed${postfix}`;
      state.error = new Error(errStr);
      state.status = "failed";
      logger.warning(errStr);
      break;
    }
    case "canceled": {
      state.status = "canceled";
      break;
    }
  }
  if (isDone?.(response, state) || isDone === void 0 && ["succeeded", "canceled"].concat(setErrorAsResult ? [] : ["failed"]).includes(status)) {
    state.result = await buildResult({
      response,
      state,
      processResult
    });
  }
}
async function buildResult(inputs) {
  const { processResult, response, state } = inputs;
  return processResult ? processResult(response, state) : response;
}
async function initOperation(inputs) {
  const { init, processResult, getOperationStatus: getOperationStatus2, withOperationLocation, setErrorAsResult } = inputs;
  const { operationLocation, resourceLocation, initialRequestUrl, requestMethod, metadata, response } = await init();
  if (operationLocation)
    withOperationLocation?.(operationLocation, false);
  const config = {
    metadata,
    operationLocation,
    resourceLocation,
    initialRequestUrl,
    requestMethod
  };
  logger.verbose(`LRO: Operation description:`, config);
  const state = { status: "running", config };
  const status = getOperationStatus2({ response, state, operationLocation });
  await processOperationStatus({
    state,
    status,
    response,
    setErrorAsResult,
    processResult
  });
  return state;
}
async function pollOperationHelper(inputs) {
  const { poll, state, operationLocation, getOperationStatus: getOperationStatus2, getResourceLocation: getResourceLocation2, isOperationError: isOperationError2, options } = inputs;
  const response = await poll(operationLocation, options).catch(setStateError({
    state,
    isOperationError: isOperationError2
  }));
  const status = getOperationStatus2(response, state);
  logger.verbose(`LRO: Status:
	Polling from: ${state.config.operationLocation}
	Operation status: ${status}
	Polling status: ${terminalStates.includes(status) ? "Stopped" : "Running"}`);
  if (status === "succeeded") {
    const resourceLocation = getResourceLocation2(response, state);
    if (resourceLocation !== void 0) {
      return {
        response: await poll(resourceLocation).catch(setStateError({ state, isOperationError: isOperationError2 })),
        status
      };
    }
  }
  return { response, status };
}
async function pollOperation(inputs) {
  const { poll, state, options, getOperationStatus: getOperationStatus2, getResourceLocation: getResourceLocation2, getOperationLocation: getOperationLocation2, isOperationError: isOperationError2, withOperationLocation, getPollingInterval, processResult, getError, updateState, setDelay, isDone, setErrorAsResult } = inputs;
  const { operationLocation } = state.config;
  if (operationLocation !== void 0) {
    const { response, status } = await pollOperationHelper({
      poll,
      getOperationStatus: getOperationStatus2,
      state,
      operationLocation,
      getResourceLocation: getResourceLocation2,
      isOperationError: isOperationError2,
      options
    });
    await processOperationStatus({
      status,
      response,
      state,
      isDone,
      processResult,
      getError,
      setErrorAsResult
    });
    if (!terminalStates.includes(status)) {
      const intervalInMs = getPollingInterval?.(response);
      if (intervalInMs)
        setDelay(intervalInMs);
      const location = getOperationLocation2?.(response, state);
      if (location !== void 0) {
        const isUpdated = operationLocation !== location;
        state.config.operationLocation = location;
        withOperationLocation?.(location, isUpdated);
      } else
        withOperationLocation?.(operationLocation, false);
    }
    updateState?.(state, response);
  }
}

// node_modules/@azure/core-lro/dist/esm/http/operation.js
function getOperationLocationPollingUrl(inputs) {
  const { azureAsyncOperation, operationLocation } = inputs;
  return operationLocation ?? azureAsyncOperation;
}
function getLocationHeader(rawResponse) {
  return rawResponse.headers["location"];
}
function getOperationLocationHeader(rawResponse) {
  return rawResponse.headers["operation-location"];
}
function getAzureAsyncOperationHeader(rawResponse) {
  return rawResponse.headers["azure-asyncoperation"];
}
function findResourceLocation(inputs) {
  const { location, requestMethod, requestPath, resourceLocationConfig, skipFinalGet } = inputs;
  if (skipFinalGet) {
    return void 0;
  }
  switch (requestMethod) {
    case "PUT": {
      return requestPath;
    }
    case "DELETE": {
      return void 0;
    }
    case "PATCH": {
      return getDefault() ?? requestPath;
    }
    default: {
      return getDefault();
    }
  }
  function getDefault() {
    switch (resourceLocationConfig) {
      case "operation-location":
      case "azure-async-operation": {
        return void 0;
      }
      case "original-uri": {
        return requestPath;
      }
      case "location":
      default: {
        return location;
      }
    }
  }
}
function inferLroMode(rawResponse, resourceLocationConfig, skipFinalGet) {
  const requestPath = rawResponse.request.url;
  const requestMethod = rawResponse.request.method;
  const operationLocation = getOperationLocationHeader(rawResponse);
  const azureAsyncOperation = getAzureAsyncOperationHeader(rawResponse);
  const pollingUrl = getOperationLocationPollingUrl({ operationLocation, azureAsyncOperation });
  const location = getLocationHeader(rawResponse);
  const normalizedRequestMethod = requestMethod?.toLocaleUpperCase();
  if (pollingUrl !== void 0) {
    return {
      mode: "OperationLocation",
      operationLocation: pollingUrl,
      resourceLocation: findResourceLocation({
        requestMethod: normalizedRequestMethod,
        location,
        requestPath,
        resourceLocationConfig,
        skipFinalGet
      }),
      initialRequestUrl: requestPath,
      requestMethod
    };
  } else if (location !== void 0) {
    return {
      mode: "ResourceLocation",
      operationLocation: location,
      initialRequestUrl: requestPath,
      requestMethod
    };
  } else if (normalizedRequestMethod === "PUT" && requestPath) {
    return {
      mode: "Body",
      operationLocation: requestPath,
      initialRequestUrl: requestPath,
      requestMethod
    };
  } else {
    return void 0;
  }
}
function transformStatus(inputs) {
  const { status, statusCode } = inputs;
  if (typeof status !== "string" && status !== void 0) {
    throw new Error(`Polling was unsuccessful. Expected status to have a string value or no value but it has instead: ${status}. This doesn't necessarily indicate the operation has failed. Check your Azure subscription or resource status for more information.`);
  }
  logger.verbose(`LRO: Transforming status: ${status} with status code: ${statusCode}.`);
  const lowerCaseStatus = status?.toLocaleLowerCase();
  if (!lowerCaseStatus) {
    return toOperationStatus(statusCode);
  }
  if (lowerCaseStatus.includes("succeeded")) {
    return "succeeded";
  }
  if (lowerCaseStatus.includes("fail")) {
    return "failed";
  }
  if (["canceled", "cancelled"].includes(lowerCaseStatus)) {
    return "canceled";
  }
  return "running";
}
function getStatus(rawResponse) {
  const { status } = rawResponse.body ?? {};
  return transformStatus({ status, statusCode: rawResponse.statusCode });
}
function getProvisioningState(rawResponse) {
  const { properties, provisioningState } = rawResponse.body ?? {};
  const status = properties?.provisioningState ?? provisioningState;
  return transformStatus({ status, statusCode: rawResponse.statusCode });
}
function toOperationStatus(statusCode) {
  if (statusCode === 202) {
    return "running";
  } else if (statusCode < 300) {
    return "succeeded";
  } else {
    return "failed";
  }
}
function parseRetryAfter({ rawResponse }) {
  const retryAfter = rawResponse.headers["retry-after"];
  if (retryAfter !== void 0) {
    const retryAfterInSeconds = parseInt(retryAfter);
    return isNaN(retryAfterInSeconds) ? calculatePollingIntervalFromDate(new Date(retryAfter)) : retryAfterInSeconds * 1e3;
  }
  return void 0;
}
function getErrorFromResponse(response) {
  const error = accessBodyProperty(response, "error");
  if (!error) {
    logger.warning(`The long-running operation failed but there is no error property in the response's body`);
    return;
  }
  if (!error.code || !error.message) {
    logger.warning(`The long-running operation failed but the error property in the response's body doesn't contain code or message`);
    return;
  }
  return error;
}
function calculatePollingIntervalFromDate(retryAfterDate) {
  const timeNow = Math.floor((/* @__PURE__ */ new Date()).getTime());
  const retryAfterTime = retryAfterDate.getTime();
  if (timeNow < retryAfterTime) {
    return retryAfterTime - timeNow;
  }
  return void 0;
}
function getStatusFromInitialResponse(inputs) {
  const { response, state, operationLocation } = inputs;
  function helper() {
    const mode = state.config.metadata?.["mode"];
    switch (mode) {
      case void 0:
        return toOperationStatus(response.rawResponse.statusCode);
      case "Body":
        return getOperationStatus(response, state);
      default:
        return "running";
    }
  }
  const status = helper();
  return status === "running" && operationLocation === void 0 ? "succeeded" : status;
}
function getOperationLocation({ rawResponse }, state) {
  const mode = state.config.metadata?.["mode"];
  switch (mode) {
    case "OperationLocation": {
      return getOperationLocationPollingUrl({
        operationLocation: getOperationLocationHeader(rawResponse),
        azureAsyncOperation: getAzureAsyncOperationHeader(rawResponse)
      });
    }
    case "ResourceLocation": {
      return getLocationHeader(rawResponse);
    }
    case "Body":
    default: {
      return void 0;
    }
  }
}
function getOperationStatus({ rawResponse }, state) {
  const mode = state.config.metadata?.["mode"];
  switch (mode) {
    case "OperationLocation": {
      return getStatus(rawResponse);
    }
    case "ResourceLocation": {
      return toOperationStatus(rawResponse.statusCode);
    }
    case "Body": {
      return getProvisioningState(rawResponse);
    }
    default:
      throw new Error(`Internal error: Unexpected operation mode: ${mode}`);
  }
}
function accessBodyProperty({ flatResponse, rawResponse }, prop) {
  return flatResponse?.[prop] ?? rawResponse.body?.[prop];
}
function getResourceLocation(res, state) {
  const loc = accessBodyProperty(res, "resourceLocation");
  if (loc && typeof loc === "string") {
    state.config.resourceLocation = loc;
  }
  return state.config.resourceLocation;
}
function isOperationError(e) {
  return e.name === "RestError";
}

// node_modules/@azure/core-lro/dist/esm/poller/poller.js
function buildCreatePoller(inputs) {
  const { getOperationLocation: getOperationLocation2, getStatusFromInitialResponse: getStatusFromInitialResponse2, getStatusFromPollResponse, isOperationError: isOperationError2, getResourceLocation: getResourceLocation2, getPollingInterval, getError, resolveOnUnsuccessful } = inputs;
  return ({ init, poll }, options) => {
    const { processResult, updateState, withOperationLocation: withOperationLocationCallback, intervalInMs = POLL_INTERVAL_IN_MS, restoreFrom } = options || {};
    const withOperationLocation = withOperationLocationCallback ? /* @__PURE__ */ (() => {
      let called = false;
      return (operationLocation, isUpdated) => {
        if (isUpdated)
          withOperationLocationCallback(operationLocation);
        else if (!called)
          withOperationLocationCallback(operationLocation);
        called = true;
      };
    })() : void 0;
    let statePromise;
    let state;
    if (restoreFrom) {
      state = deserializeState(restoreFrom);
      statePromise = Promise.resolve(state);
    } else {
      statePromise = initOperation({
        init,
        processResult,
        getOperationStatus: getStatusFromInitialResponse2,
        withOperationLocation,
        setErrorAsResult: !resolveOnUnsuccessful
      }).then((s) => state = s);
    }
    let resultPromise;
    const abortController = new AbortController();
    const handlers = /* @__PURE__ */ new Map();
    const handleProgressEvents = async () => handlers.forEach((h) => h(state));
    const cancelErrMsg = "Operation was canceled";
    let currentPollIntervalInMs = intervalInMs;
    const poller = {
      get operationState() {
        return state;
      },
      get result() {
        return state?.result;
      },
      get isDone() {
        return ["succeeded", "failed", "canceled"].includes(state?.status ?? "");
      },
      onProgress: (callback) => {
        const s = /* @__PURE__ */ Symbol();
        handlers.set(s, callback);
        return () => handlers.delete(s);
      },
      serialize: async () => {
        await statePromise;
        return JSON.stringify({
          state
        });
      },
      submitted: async () => {
        await statePromise;
      },
      pollUntilDone: async (pollOptions) => {
        resultPromise ??= (async () => {
          await statePromise;
          if (!state) {
            throw new Error("Poller should be initialized but it is not!");
          }
          const { abortSignal: inputAbortSignal } = pollOptions || {};
          function abortListener() {
            abortController.abort();
          }
          const abortSignal = abortController.signal;
          if (inputAbortSignal?.aborted) {
            abortController.abort();
          } else if (!abortSignal.aborted) {
            inputAbortSignal?.addEventListener("abort", abortListener, { once: true });
          }
          try {
            if (!poller.isDone) {
              await poller.poll({ abortSignal });
              while (!poller.isDone) {
                await delay(currentPollIntervalInMs, { abortSignal });
                await poller.poll({ abortSignal });
              }
            }
          } finally {
            inputAbortSignal?.removeEventListener("abort", abortListener);
          }
          if (resolveOnUnsuccessful) {
            return poller.result;
          } else {
            switch (state.status) {
              case "succeeded":
                return poller.result;
              case "canceled":
                throw new Error(cancelErrMsg);
              case "failed":
                throw state.error;
              case "notStarted":
              case "running":
                throw new Error(`Polling completed without succeeding or failing`);
            }
          }
        })().finally(() => {
          resultPromise = void 0;
        });
        return resultPromise;
      },
      async poll(pollOptions) {
        await statePromise;
        if (!state) {
          throw new Error("Poller should be initialized but it is not!");
        }
        if (resolveOnUnsuccessful) {
          if (poller.isDone)
            return state;
        } else {
          switch (state.status) {
            case "succeeded":
              return state;
            case "canceled":
              throw new Error(cancelErrMsg);
            case "failed":
              throw state.error;
          }
        }
        await pollOperation({
          poll,
          state,
          getOperationLocation: getOperationLocation2,
          isOperationError: isOperationError2,
          withOperationLocation,
          getPollingInterval,
          getOperationStatus: getStatusFromPollResponse,
          getResourceLocation: getResourceLocation2,
          processResult,
          getError,
          updateState,
          options: pollOptions,
          setDelay: (pollIntervalInMs) => {
            currentPollIntervalInMs = pollIntervalInMs;
          },
          setErrorAsResult: !resolveOnUnsuccessful
        });
        await handleProgressEvents();
        if (!resolveOnUnsuccessful) {
          switch (state.status) {
            case "canceled":
              throw new Error(cancelErrMsg);
            case "failed":
              throw state.error;
          }
        }
        return state;
      },
      then(onfulfilled, onrejected) {
        return poller.pollUntilDone().then(onfulfilled, onrejected);
      },
      catch(onrejected) {
        return poller.pollUntilDone().catch(onrejected);
      },
      finally(onfinally) {
        return poller.pollUntilDone().finally(onfinally);
      },
      [Symbol.toStringTag]: "Poller"
    };
    return poller;
  };
}

// node_modules/@azure/core-lro/dist/esm/http/utils.js
function rewriteUrl({ url, baseUrl }) {
  if (!url) {
    return void 0;
  }
  if (!baseUrl) {
    return url;
  }
  let originalUrl;
  try {
    originalUrl = new URL(url);
  } catch {
    try {
      originalUrl = new URL(url, baseUrl);
    } catch (e) {
      throw new Error(`Invalid input URL provided: ${url}`, { cause: e });
    }
  }
  let newBase;
  try {
    newBase = new URL(baseUrl);
  } catch (e) {
    throw new Error(`Invalid base URL provided: ${baseUrl}`, { cause: e });
  }
  const rewrittenUrl = new URL(`${originalUrl.pathname}${originalUrl.search}${originalUrl.hash}`, newBase);
  return rewrittenUrl.toString();
}

// node_modules/@azure/core-lro/dist/esm/http/poller.js
function createHttpPoller(lro, options) {
  const { resourceLocationConfig, intervalInMs, processResult, restoreFrom, updateState, withOperationLocation, resolveOnUnsuccessful = false, baseUrl, skipFinalGet } = options || {};
  return buildCreatePoller({
    getStatusFromInitialResponse,
    getStatusFromPollResponse: getOperationStatus,
    isOperationError,
    getOperationLocation,
    getResourceLocation,
    getPollingInterval: parseRetryAfter,
    getError: getErrorFromResponse,
    resolveOnUnsuccessful
  })({
    init: async () => {
      const response = await lro.sendInitialRequest();
      const config = inferLroMode(response.rawResponse, resourceLocationConfig, skipFinalGet);
      return {
        response,
        operationLocation: rewriteUrl({ url: config?.operationLocation, baseUrl }),
        resourceLocation: rewriteUrl({ url: config?.resourceLocation, baseUrl }),
        initialRequestUrl: config?.initialRequestUrl,
        requestMethod: config?.requestMethod,
        ...config?.mode ? { metadata: { mode: config.mode } } : {}
      };
    },
    poll: lro.sendPollRequest
  }, {
    intervalInMs,
    withOperationLocation,
    restoreFrom,
    updateState,
    processResult: processResult ? ({ flatResponse }, state) => processResult(flatResponse, state) : ({ flatResponse }) => flatResponse
  });
}

// src/azure/lro.ts
async function runLongRunning(http, request, options) {
  const doneStates = new Set((request.doneStates ?? []).map((s) => s.toLowerCase()));
  let initial;
  const toOperationResponse = (response) => ({
    flatResponse: response.body,
    rawResponse: {
      statusCode: response.status,
      request: { method: response.method, url: response.url },
      headers: response.headers,
      body: presentDone(response.body, doneStates)
    }
  });
  const signal = options.signal;
  const poller = createHttpPoller(
    {
      sendInitialRequest: async () => {
        const response = await http.call(request.method, request.target, {
          operation: request.operation,
          ...request.body !== void 0 ? { body: request.body } : {},
          ...signal ? { signal } : {}
        });
        if (!request.accepted.includes(response.status)) {
          throw azureError(request.operation, response.status, response.body, emptyBodyNote(response));
        }
        initial = response;
        return toOperationResponse(response);
      },
      sendPollRequest: async (url) => {
        const response = await http.call(
          "GET",
          { url },
          {
            operation: `${request.operation} (polling ${new URL(url).pathname})`,
            ...signal ? { signal } : {}
          }
        );
        if (response.status >= 400) throw azureError(request.operation, response.status, response.body);
        return toOperationResponse(response);
      }
    },
    {
      resourceLocationConfig: request.finalStateVia,
      intervalInMs: options.pollIntervalMs
    }
  );
  let result;
  try {
    result = await poller.pollUntilDone(signal ? { abortSignal: signal } : {});
  } catch (error) {
    if (error instanceof AzureRequestError || signal?.aborted) throw error;
    throw operationFailed(request.operation, failureDetail(error));
  }
  return { initialStatus: initial?.status ?? 0, initialBody: initial?.body, result };
}
function presentDone(body, doneStates) {
  if (doneStates.size === 0 || body === null || typeof body !== "object") return body;
  const properties = body.properties;
  const state = properties?.provisioningState;
  if (typeof state !== "string" || !doneStates.has(state.toLowerCase())) return body;
  return { ...body, properties: { ...properties, provisioningState: "Succeeded" } };
}
function failureDetail(error) {
  const message = error?.message ?? String(error);
  const match = /^The long-running operation has failed\. ([^.]+)\. ([\s\S]*)$/.exec(message);
  if (match) return { code: match[1], message: match[2] };
  return { message };
}
function emptyBodyNote(response) {
  return response.body === void 0 || response.body === "" ? "Azure sent no details" : void 0;
}

export {
  azureError,
  ArmHttp,
  runLongRunning
};
