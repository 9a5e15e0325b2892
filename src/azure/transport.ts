import type { ClientOptions } from '@azure-rest/core-client';

/**
 * Transport settings shared by every Azure client the project builds: extra trusted CAs (the emulator's
 * test CA, TOOLCHAIN.md pitfall 5) and the SDK's own retry policy. Production passes nothing.
 */
export interface TransportOptions {
  /** Passed to Node's TLS agent, e.g. `{ ca: emulator.caPem }`. */
  tlsOptions?: { ca?: string };
  /** The SDK retry policy (core-rest-pipeline defaults: 3 retries, 1 s base, 64 s cap; AZURE-FACTS.md §6.3). */
  retryOptions?: { maxRetries?: number; retryDelayInMs?: number; maxRetryDelayInMs?: number };
}

/** Client options for @azure-rest/core-client and the clients built on it. */
export function pipelineOptions(
  transport: TransportOptions | undefined,
): Pick<ClientOptions, 'tlsOptions' | 'retryOptions' | 'userAgentOptions'> {
  return {
    ...(transport?.tlsOptions ? { tlsOptions: transport.tlsOptions } : {}),
    ...(transport?.retryOptions ? { retryOptions: transport.retryOptions } : {}),
    userAgentOptions: { userAgentPrefix: 'aks-backup-guard' },
  };
}
