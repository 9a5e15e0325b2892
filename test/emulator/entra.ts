/**
 * A Microsoft Entra slice, enough for the real @azure/identity (MSAL) client-credential flows:
 * the tenant's OpenID configuration (MSAL reads it before the first token request and checks that its
 * `issuer` has the authority's host) and the v2 token endpoint for client secrets and client assertions
 * (GitHub OIDC federation). Instance discovery is not served: it goes to login.microsoftonline.com, so
 * clients pointed here pass `disableInstanceDiscovery: true` (src/azure/credentials.ts does).
 *
 * Tokens are opaque random strings, remembered with their client and scope; ARM endpoints accept only
 * those. Federated assertions are decoded but not signature-checked: this is a test double.
 */
import { randomBytes } from 'node:crypto';
import type { Reply } from './http.js';

export const TEST_TENANT_ID = '72f988bf-0000-4000-8000-00000000e1a7';
export const TEST_CLIENT_ID = '0c1e4a3b-0000-4000-8000-0000000c11e7';
export const TEST_CLIENT_SECRET = 'emulator-test-secret';
export const TEST_FEDERATED_CLIENT_ID = '0c1e4a3b-0000-4000-8000-0000000f0dc0';
export const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';
export const FEDERATION_AUDIENCE = 'api://AzureADTokenExchange';

export interface EmulatorClient {
  clientId: string;
  /** Accepted client secret. */
  secret?: string;
  /** Accepted federated assertion: issuer, audience and (optionally) subject. */
  federated?: { issuer: string; audience: string; subject?: string };
}

export const DEFAULT_CLIENTS: EmulatorClient[] = [
  { clientId: TEST_CLIENT_ID, secret: TEST_CLIENT_SECRET },
  {
    clientId: TEST_FEDERATED_CLIENT_ID,
    federated: { issuer: GITHUB_OIDC_ISSUER, audience: FEDERATION_AUDIENCE },
  },
];

export interface IssuedToken {
  clientId: string;
  scope: string;
  expiresAt: number;
}

const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const TOKEN_LIFETIME_S = 3599;

export class EntraEmulator {
  private readonly tokens = new Map<string, IssuedToken>();

  constructor(
    private readonly tenantId: string,
    private readonly clients: EmulatorClient[],
  ) {}

  /** Handles `/{tenant}/...` identity routes; undefined when the path is not one of them. */
  handle(method: string, path: string, origin: string, body: string): Reply | undefined {
    const match =
      /^\/([^/]+)\/(v2\.0\/\.well-known\/openid-configuration|\.well-known\/openid-configuration|oauth2\/v2\.0\/token)$/i.exec(
        path,
      );
    if (!match) return undefined;
    const [, tenant, route] = match as unknown as [string, string, string];
    if (tenant.toLowerCase() !== this.tenantId && tenant.toLowerCase() !== 'organizations') {
      return oauthError(400, 'invalid_tenant', `AADSTS90002: Tenant '${tenant}' not found.`, 90002);
    }
    if (route.toLowerCase().endsWith('openid-configuration')) {
      if (method !== 'GET') return oauthError(405, 'invalid_request', 'use GET', 0);
      return { status: 200, body: openIdConfiguration(origin, this.tenantId) };
    }
    if (method !== 'POST') return oauthError(405, 'invalid_request', 'use POST', 0);
    return this.token(new URLSearchParams(body));
  }

  /** The token's record when `authorization` carries a live token this emulator issued. */
  authenticate(authorization: string | undefined, now = Date.now()): IssuedToken | undefined {
    const match = /^Bearer (\S+)$/.exec(authorization ?? '');
    const token = match ? this.tokens.get(match[1]!) : undefined;
    return token !== undefined && token.expiresAt > now ? token : undefined;
  }

  private token(form: URLSearchParams): Reply {
    if (form.get('grant_type') !== 'client_credentials') {
      return oauthError(
        400,
        'unsupported_grant_type',
        'AADSTS70003: only client_credentials is emulated.',
        70003,
      );
    }
    const clientId = form.get('client_id') ?? '';
    const scope = form.get('scope') ?? '';
    const client = this.clients.find((c) => c.clientId === clientId);
    if (client === undefined) {
      return oauthError(
        400,
        'unauthorized_client',
        `AADSTS700016: Application '${clientId}' was not found.`,
        700016,
      );
    }
    if (!/\/\.default(\s|$)/.test(scope)) {
      return oauthError(
        400,
        'invalid_scope',
        'AADSTS1002012: a client-credential scope ends in /.default.',
        1002012,
      );
    }
    const secret = form.get('client_secret');
    const assertion = form.get('client_assertion');
    if (secret !== null) {
      if (client.secret === undefined || secret !== client.secret) {
        return oauthError(401, 'invalid_client', 'AADSTS7000215: Invalid client secret provided.', 7000215);
      }
    } else if (assertion !== null) {
      if (form.get('client_assertion_type') !== JWT_BEARER) {
        return oauthError(
          400,
          'invalid_request',
          'AADSTS50027: client_assertion_type must be jwt-bearer.',
          50027,
        );
      }
      const problem = checkFederatedAssertion(assertion, client);
      if (problem !== undefined) return oauthError(401, 'invalid_client', problem, 700213);
    } else {
      return oauthError(
        401,
        'invalid_client',
        'AADSTS7000216: client_secret or client_assertion is required.',
        7000216,
      );
    }
    const accessToken = `emu.${randomBytes(24).toString('base64url')}`;
    this.tokens.set(accessToken, {
      clientId,
      scope: scope.trim(),
      expiresAt: Date.now() + TOKEN_LIFETIME_S * 1000,
    });
    return {
      status: 200,
      body: {
        token_type: 'Bearer',
        expires_in: TOKEN_LIFETIME_S,
        ext_expires_in: TOKEN_LIFETIME_S,
        access_token: accessToken,
      },
    };
  }
}

function checkFederatedAssertion(assertion: string, client: EmulatorClient): string | undefined {
  if (client.federated === undefined)
    return 'AADSTS700213: no federated identity credential for this application.';
  const payload = decodeJwtPayload(assertion);
  if (payload === undefined) return 'AADSTS50027: the client assertion is not a JWT.';
  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if (payload.iss !== client.federated.issuer) {
    return `AADSTS700211: No matching federated identity record found for presented assertion issuer '${String(payload.iss)}'.`;
  }
  if (!audiences.includes(client.federated.audience)) {
    return `AADSTS700212: No matching federated identity record found for presented assertion audience.`;
  }
  if (client.federated.subject !== undefined && payload.sub !== client.federated.subject) {
    return `AADSTS700213: No matching federated identity record found for presented assertion subject '${String(payload.sub)}'.`;
  }
  if (typeof payload.exp !== 'number' || payload.exp * 1000 < Date.now()) {
    return 'AADSTS700024: Client assertion is not within its valid time range.';
  }
  return undefined;
}

function decodeJwtPayload(jwt: string): Record<string, unknown> | undefined {
  const parts = jwt.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const payload: unknown = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    return payload !== null && typeof payload === 'object' ? (payload as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function oauthError(status: number, error: string, description: string, code: number): Reply {
  return {
    status,
    body: {
      error,
      error_description: description,
      error_codes: [code],
      timestamp: new Date().toISOString(),
      trace_id: randomBytes(16).toString('hex'),
      correlation_id: randomBytes(16).toString('hex'),
    },
  };
}

function openIdConfiguration(origin: string, tenantId: string): Record<string, unknown> {
  const base = `${origin}/${tenantId}`;
  return {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${origin}/${tenantId}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `${base}/v2.0`,
    request_uri_parameter_supported: false,
    userinfo_endpoint: `${origin}/oidc/userinfo`,
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'tid'],
    tenant_region_scope: 'WW',
    cloud_instance_name: 'emulator.local',
    cloud_graph_host_name: 'graph.emulator.local',
    msgraph_host: 'graph.emulator.local',
  };
}
