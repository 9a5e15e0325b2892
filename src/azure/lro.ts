/**
 * Long-running ARM operations through @azure/core-lro's `createHttpPoller`, the poller Microsoft's
 * generated SDKs use (AZURE-FACTS.md §6.4), fed by ArmHttp so polls get the same auth, retries and URL
 * checks as every other request:
 *  - the mode comes from the first response: `Azure-AsyncOperation`/`Operation-Location` (poll it, read
 *    `status`), else `Location` (202 = running), else a PUT's own URL (read `provisioningState`);
 *  - monitor URLs are followed verbatim (Traps 9); the final resource comes from where the operation's
 *    `final-state-via` says (`location` for Data Protection, `azure-async-operation` for extensions and
 *    trusted access, SPEC/EXTSPEC/AKSSPEC); a PUT always ends with a GET of its own URL;
 *  - core-lro treats any status it does not know as still running (§6.4 item 2), so a backup instance
 *    that reports `Provisioned` would be polled for ever (Traps 1): `doneStates` names the states that
 *    mean done for the resource at hand, and a poll that reports one of them is read as `Succeeded`;
 *  - a failed operation becomes an AzureRequestError with the operation's own `error` code and message.
 */
import { createHttpPoller, type OperationResponse, type ResourceLocationConfig } from '@azure/core-lro';
import type { ArmHttp, ArmResponse, ArmTarget, HttpMethod } from './arm-http.js';
import { azureError, AzureRequestError, operationFailed } from './azure-error.js';

export interface LongRunningRequest {
  method: Exclude<HttpMethod, 'GET'>;
  target: ArmTarget;
  body?: unknown;
  /** `final-state-via` of the operation in its spec. */
  finalStateVia: ResourceLocationConfig;
  /** Statuses of the first response that are not errors (from the spec's responses). */
  accepted: readonly number[];
  /** Provisioning states, besides `Succeeded`, that mean the resource is done (e.g. `Provisioned`). */
  doneStates?: readonly string[];
  /** For messages: `PUT backup instance aks-prod-weu-1a2b3c4d`. */
  operation: string;
}

export interface LongRunningOptions {
  /** Wait between polls when the server sends no Retry-After (core-lro default 2 s). */
  pollIntervalMs: number;
  signal?: AbortSignal;
}

export interface LongRunningResult {
  /** HTTP status of the first response. */
  initialStatus: number;
  /** Body of the first response (a PUT returns the resource as accepted). */
  initialBody: unknown;
  /** The final body: the resource, an OperationJobExtendedInfo, or the last status for a DELETE. */
  result: unknown;
}

export async function runLongRunning(
  http: ArmHttp,
  request: LongRunningRequest,
  options: LongRunningOptions,
): Promise<LongRunningResult> {
  const doneStates = new Set((request.doneStates ?? []).map((s) => s.toLowerCase()));
  let initial: ArmResponse | undefined;
  const toOperationResponse = (response: ArmResponse): OperationResponse => ({
    flatResponse: response.body,
    rawResponse: {
      statusCode: response.status,
      request: { method: response.method, url: response.url },
      headers: response.headers,
      body: presentDone(response.body, doneStates),
    },
  });
  const signal = options.signal;

  const poller = createHttpPoller(
    {
      sendInitialRequest: async () => {
        const response = await http.call(request.method, request.target, {
          operation: request.operation,
          ...(request.body !== undefined ? { body: request.body } : {}),
          ...(signal ? { signal } : {}),
        });
        if (!request.accepted.includes(response.status)) {
          throw azureError(request.operation, response.status, response.body, emptyBodyNote(response));
        }
        initial = response;
        return toOperationResponse(response);
      },
      sendPollRequest: async (url: string) => {
        const response = await http.call(
          'GET',
          { url },
          {
            operation: `${request.operation} (polling ${new URL(url).pathname})`,
            ...(signal ? { signal } : {}),
          },
        );
        // Location monitors answer a failed operation with its error status (ARMASYNC); a status
        // monitor that errors is a failure of its own. Either way the CloudError says why.
        if (response.status >= 400) throw azureError(request.operation, response.status, response.body);
        return toOperationResponse(response);
      },
    },
    {
      resourceLocationConfig: request.finalStateVia,
      intervalInMs: options.pollIntervalMs,
    },
  );
  let result: unknown;
  try {
    result = await poller.pollUntilDone(signal ? { abortSignal: signal } : {});
  } catch (error) {
    if (error instanceof AzureRequestError || signal?.aborted) throw error;
    // core-lro's own failure: `The long-running operation has failed. {code}. {message}` (§6.4 item 5).
    throw operationFailed(request.operation, failureDetail(error));
  }
  return { initialStatus: initial?.status ?? 0, initialBody: initial?.body, result };
}

/** A copy of a resource body whose provisioning state is one of `doneStates`, shown as `Succeeded`. */
function presentDone(body: unknown, doneStates: ReadonlySet<string>): unknown {
  if (doneStates.size === 0 || body === null || typeof body !== 'object') return body;
  const properties = (body as { properties?: { provisioningState?: unknown } }).properties;
  const state = properties?.provisioningState;
  if (typeof state !== 'string' || !doneStates.has(state.toLowerCase())) return body;
  return { ...body, properties: { ...properties, provisioningState: 'Succeeded' } };
}

/** The code and message core-lro took from the failed status body's `error`. */
function failureDetail(error: unknown): { code?: string; message?: string } {
  const message = (error as Error)?.message ?? String(error);
  // core-lro formats it as "The long-running operation has failed. {code}. {message}".
  const match = /^The long-running operation has failed\. ([^.]+)\. ([\s\S]*)$/.exec(message);
  if (match) return { code: match[1]!, message: match[2]! };
  return { message };
}

function emptyBodyNote(response: ArmResponse): string | undefined {
  return response.body === undefined || response.body === '' ? 'Azure sent no details' : undefined;
}
