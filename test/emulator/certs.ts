/**
 * The emulator's TEST-ONLY TLS material (certs/README.md). HTTPS is not optional: the SDK's bearer-token
 * policy refuses plain http (AZURE-FACTS.md §6.2, TOOLCHAIN.md pitfall 5). The files are found next to
 * this module, or under test/emulator/certs from the working directory when bundled elsewhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface TlsMaterial {
  caPem: string;
  certPem: string;
  keyPem: string;
}

export function certsDirectory(): string {
  const candidates = [
    join(dirname(fileURLToPath(import.meta.url)), 'certs'),
    resolve('test', 'emulator', 'certs'),
  ];
  const found = candidates.find((dir) => existsSync(join(dir, 'ca.pem')));
  if (found === undefined) throw new Error(`emulator certificates not found in ${candidates.join(' or ')}`);
  return found;
}

export function loadTlsMaterial(): TlsMaterial {
  const dir = certsDirectory();
  return {
    caPem: readFileSync(join(dir, 'ca.pem'), 'utf8'),
    certPem: readFileSync(join(dir, 'server.pem'), 'utf8'),
    keyPem: readFileSync(join(dir, 'server.key'), 'utf8'),
  };
}

/** Path of the CA certificate, for NODE_EXTRA_CA_CERTS in child processes. */
export function caCertificatePath(): string {
  return join(certsDirectory(), 'ca.pem');
}
