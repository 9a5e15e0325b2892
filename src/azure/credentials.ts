/**
 * How the project signs in to Azure, always with the cloud's authority host:
 *  - `oidc`: GitHub OIDC federation. A ClientAssertionCredential whose assertion is a GitHub ID token for
 *    the configured audience (default api://AzureADTokenExchange); the action passes core.getIDToken.
 *  - `environment`: a client secret from AZURE_TENANT_ID / AZURE_CLIENT_ID / AZURE_CLIENT_SECRET.
 *  - `azure-cli`: the session azure/login leaves behind (`az account get-access-token`).
 *  - `auto`: the first of those whose inputs are present.
 * Nothing here logs or returns a token; errors name what is missing, never a secret.
 */
import { AzureCliCredential, ClientAssertionCredential, ClientSecretCredential } from '@azure/identity';
import type { TokenCredential } from '@azure/core-auth';
import type { CloudEndpoints } from './clouds.js';
import type { TransportOptions } from './transport.js';

export type AuthMethod = 'auto' | 'oidc' | 'azure-cli' | 'environment';

export interface CredentialSettings {
  auth: AuthMethod;
  tenantId?: string;
  clientId?: string;
  /** Audience of the GitHub ID token (input `audience`). */
  audience: string;
}

export interface CredentialDependencies {
  /** Returns a GitHub OIDC ID token for an audience (core.getIDToken in the action). */
  getIdToken?: (audience: string) => Promise<string>;
  /** Environment variables to read; process.env by default. */
  env?: Record<string, string | undefined>;
  transport?: TransportOptions;
}

export class CredentialConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CredentialConfigurationError';
  }
}

export interface SelectedCredential {
  method: Exclude<AuthMethod, 'auto'>;
  credential: TokenCredential;
}

export function createCredential(
  settings: CredentialSettings,
  cloud: CloudEndpoints,
  deps: CredentialDependencies = {},
): SelectedCredential {
  const env = deps.env ?? process.env;
  const method = settings.auth === 'auto' ? chooseMethod(settings, env, deps) : settings.auth;
  const common = {
    authorityHost: cloud.authorityHost,
    disableInstanceDiscovery: cloud.disableInstanceDiscovery,
    ...(deps.transport?.tlsOptions ? { tlsOptions: deps.transport.tlsOptions } : {}),
  };
  switch (method) {
    case 'oidc': {
      const getIdToken = deps.getIdToken;
      if (getIdToken === undefined) {
        throw new CredentialConfigurationError(
          'auth "oidc" needs a GitHub ID token: run inside GitHub Actions with `permissions: id-token: write`',
        );
      }
      const { tenantId, clientId } = requireIds(settings, env, 'oidc');
      const audience = settings.audience;
      return {
        method,
        credential: new ClientAssertionCredential(tenantId, clientId, () => getIdToken(audience), common),
      };
    }
    case 'environment': {
      const tenantId = settings.tenantId ?? env.AZURE_TENANT_ID;
      const clientId = settings.clientId ?? env.AZURE_CLIENT_ID;
      const secret = env.AZURE_CLIENT_SECRET;
      const missing = [
        tenantId ? undefined : 'AZURE_TENANT_ID',
        clientId ? undefined : 'AZURE_CLIENT_ID',
        secret ? undefined : 'AZURE_CLIENT_SECRET',
      ].filter((name): name is string => name !== undefined);
      if (missing.length > 0) {
        throw new CredentialConfigurationError(`auth "environment" needs ${missing.join(', ')} to be set`);
      }
      return { method, credential: new ClientSecretCredential(tenantId!, clientId!, secret!, common) };
    }
    case 'azure-cli':
      // The CLI picks its own cloud (`az cloud set`); only the tenant can be steered from here.
      return {
        method,
        credential: new AzureCliCredential(settings.tenantId ? { tenantId: settings.tenantId } : {}),
      };
  }
}

function chooseMethod(
  settings: CredentialSettings,
  env: Record<string, string | undefined>,
  deps: CredentialDependencies,
): Exclude<AuthMethod, 'auto'> {
  const clientId = settings.clientId ?? env.AZURE_CLIENT_ID;
  const tenantId = settings.tenantId ?? env.AZURE_TENANT_ID;
  // The runner only offers an ID token when the job has `id-token: write`.
  if (deps.getIdToken && env.ACTIONS_ID_TOKEN_REQUEST_URL && clientId && tenantId) return 'oidc';
  if (env.AZURE_CLIENT_SECRET && clientId && tenantId) return 'environment';
  return 'azure-cli';
}

function requireIds(
  settings: CredentialSettings,
  env: Record<string, string | undefined>,
  method: string,
): { tenantId: string; clientId: string } {
  const tenantId = settings.tenantId ?? env.AZURE_TENANT_ID;
  const clientId = settings.clientId ?? env.AZURE_CLIENT_ID;
  if (!tenantId || !clientId) {
    throw new CredentialConfigurationError(
      `auth "${method}" needs tenant-id and client-id (inputs, or AZURE_TENANT_ID / AZURE_CLIENT_ID)`,
    );
  }
  return { tenantId, clientId };
}
