/**
 * Connects the project's real Azure clients to a running emulator: the cloud pointed at it, the test CA
 * trusted per client (TOOLCHAIN.md pitfall 5), and a client-secret credential from the emulator's test
 * tenant — the same path `--arm-endpoint` / `--authority-host` / AZURE_* take in the CLI.
 */
import { readFileSync } from 'node:fs';
import type { TokenCredential } from '@azure/core-auth';
import type { EstateSnapshot } from '../../src/estate/snapshot.js';
import { resolveCloud, type CloudEndpoints } from '../../src/azure/clouds.js';
import { createCredential } from '../../src/azure/credentials.js';
import type { TransportOptions } from '../../src/azure/transport.js';
import type { RetryPolicy, Timer } from '../../src/azure/retry.js';
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET, TEST_TENANT_ID } from './entra.js';
import type { Emulator } from './server.js';
import { repoPath } from '../support/fixtures.js';

export interface Connection {
  cloud: CloudEndpoints;
  credential: TokenCredential;
  transport: TransportOptions;
}

/** SDK retries with short delays, so injected 5xx and resets cost milliseconds, not seconds. */
export const FAST_SDK_RETRIES: TransportOptions['retryOptions'] = {
  maxRetries: 4,
  retryDelayInMs: 5,
  maxRetryDelayInMs: 50,
};

/** The project's own retry loop, shortened the same way. */
export const FAST_RETRY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 5, maxDelayMs: 100, jitterMs: 5 };

export function connect(emulator: Emulator, transport: TransportOptions = {}): Connection {
  const cloud = resolveCloud({ cloud: 'AzureCloud', armEndpoint: emulator.url, authorityHost: emulator.url });
  const fullTransport: TransportOptions = { tlsOptions: { ca: emulator.caPem }, ...transport };
  const { credential } = createCredential(
    { auth: 'environment', audience: 'api://AzureADTokenExchange' },
    cloud,
    {
      env: {
        AZURE_TENANT_ID: TEST_TENANT_ID,
        AZURE_CLIENT_ID: TEST_CLIENT_ID,
        AZURE_CLIENT_SECRET: TEST_CLIENT_SECRET,
      },
      transport: fullTransport,
    },
  );
  return { cloud, credential, transport: fullTransport };
}

/** A timer that records the waits it is asked for and returns at once. */
export function recordingTimer(): Timer & { waits: number[] } {
  const waits: number[] = [];
  return {
    waits,
    sleep: async (ms) => {
      waits.push(ms);
    },
    now: () => Date.now(),
    random: () => 0.5,
  };
}

export function loadFixture(name: string): EstateSnapshot {
  return JSON.parse(readFileSync(repoPath('test', 'fixtures', 'emulator', name), 'utf8')) as EstateSnapshot;
}

export function loadManagementGroups(): Record<string, string[]> {
  return JSON.parse(
    readFileSync(repoPath('test', 'fixtures', 'emulator', 'management-groups.json'), 'utf8'),
  ) as Record<string, string[]>;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: unknown;
}

/** A plain HTTPS request, for checking the emulator's own behaviour below the SDK. */
export async function rawRequest(
  emulator: Emulator,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: unknown; token?: string } = {},
): Promise<RawResponse> {
  const { request } = await import('node:https');
  const body =
    options.body === undefined
      ? undefined
      : typeof options.body === 'string'
        ? options.body
        : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = request(
      `${emulator.url}${path}`,
      {
        method: options.method ?? 'GET',
        ca: emulator.caPem,
        agent: false,
        headers: {
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = text === '' ? undefined : JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** An ARM token from the emulator through the real credential. */
export async function armToken(connection: Connection): Promise<string> {
  const token = await connection.credential.getToken(connection.cloud.tokenScope);
  if (token === null) throw new Error('no token');
  return token.token;
}
