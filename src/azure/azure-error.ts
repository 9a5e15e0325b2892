/**
 * Azure failures as messages a person can act on: what was being done, what Azure said (the CloudError
 * `code` and `message`, AZURE-FACTS.md §4.10 item 8, or the `error` of a failed long-running operation,
 * §6.4 item 5), and what to do next.
 */
export class AzureRequestError extends Error {
  constructor(
    message: string,
    /** HTTP status, when Azure answered. */
    readonly statusCode: number | undefined,
    /** CloudError or operation error code, when Azure gave one. */
    readonly code: string | undefined,
    /** Azure's own message, without this project's additions. */
    readonly azureMessage: string | undefined,
  ) {
    super(message);
    this.name = 'AzureRequestError';
  }
}

export interface CloudErrorBody {
  error?: { code?: unknown; message?: unknown };
}

/** What to do next, by code first and HTTP status second. */
const ADVICE_BY_CODE: [RegExp, string][] = [
  [
    /MissingRequiredPermissions|MSIMissingPermissions/i,
    'assign the missing role (apply does this when role assignments are planned); new assignments take minutes to propagate, so re-run apply later if they were just made (AZURE-FACTS.md §2.4)',
  ],
  [
    /^PrincipalNotFound$/,
    'the identity was created moments ago and Entra has not replicated it yet: re-run apply in a minute',
  ],
  [
    /^ScenarioPluginInvalidWorkflowDataRequest$/,
    'the backup instance was sent without dataSourceSetInfo, or the extension cannot reach its storage: check the instance body and the extension',
  ],
  [
    /KubernetesBackupExtension/i,
    'check the backup extension on the cluster (a Failed one must be deleted and reinstalled) and retry',
  ],
  [/TrustedAccess/i, 'create a trusted-access role binding from the vault to the cluster, then retry'],
  [
    /InvalidInput|InvalidRequestContent|InvalidParameter/i,
    'the request was refused as invalid: check the values named above in the desired state',
  ],
  [
    /^AuthorizationFailed$|LinkedAuthorizationFailed/i,
    'the signed-in identity may not do this: grant it Backup Contributor on the vault, Contributor on the cluster, and Owner or User Access Administrator where role assignments are written',
  ],
  [
    /CloudDosTimeboudLimitReached/i,
    'the daily limit of on-demand operations for this instance is reached: wait before trying again (AZURE-FACTS.md §4.7)',
  ],
];

function adviceForCode(code: string | undefined): string | undefined {
  if (code === undefined) return undefined;
  return ADVICE_BY_CODE.find(([pattern]) => pattern.test(code))?.[1];
}

function adviceFor(status: number | undefined, code: string | undefined): string {
  const byCode = adviceForCode(code);
  if (byCode !== undefined) return byCode;
  if (status === undefined) return 'check the network path to Azure and re-run';
  if (status === 401)
    return 'the credential was refused: check tenant-id, client-id and the secret or federated credential';
  if (status === 403) return adviceForCode('AuthorizationFailed')!;
  if (status === 404) return 'it does not exist (any more): re-run plan to see the current state';
  if (status === 406) {
    return 'Azure answered 406 with no details, which is how it reports an invalid request when the Accept header is unusual (AZURE-FACTS.md §4.10 item 7): report this as a bug of this tool';
  }
  if (status === 409)
    return 'another operation on this resource is in progress or conflicts: wait and re-run apply';
  if (status === 429) return 'Azure is throttling this subscription: lower concurrency and re-run';
  if (status >= 500)
    return 'Azure had a transient failure: re-run apply, which continues where this run stopped';
  return 'check the values named above';
}

/** `PUT …/backupInstances/x failed: HTTP 400 BMSUserErrorInvalidInput: <message>. What to do: …` */
export function azureError(
  operation: string,
  status: number | undefined,
  body: unknown,
  fallback?: string,
): AzureRequestError {
  const error = (body as CloudErrorBody | undefined)?.error;
  const code = typeof error?.code === 'string' ? error.code : undefined;
  const message = typeof error?.message === 'string' ? error.message : fallback;
  const said = [
    status !== undefined ? `HTTP ${status}` : undefined,
    code,
    message && `${code ? ': ' : ''}${message}`,
  ]
    .filter(Boolean)
    .join(' ')
    .replace(' : ', ': ');
  const text = `${operation} failed${said ? `: ${said}` : ''}. What to do: ${adviceFor(status, code)}.`;
  return new AzureRequestError(text, status, code, message);
}

/** A long-running operation that ended Failed: the status body's `error` carries the reason. */
export function operationFailed(operation: string, error: unknown): AzureRequestError {
  const detail = error as { code?: unknown; message?: unknown } | undefined;
  const code = typeof detail?.code === 'string' ? detail.code : undefined;
  const message = typeof detail?.message === 'string' ? detail.message : undefined;
  const said = [code, message].filter(Boolean).join(': ');
  return new AzureRequestError(
    `${operation} failed while Azure carried it out${said ? `: ${said}` : ''}. What to do: ${adviceForCode(code) ?? 're-run apply, which continues where this run stopped; if it fails again, look at the resource in the portal'}.`,
    undefined,
    code,
    message,
  );
}
