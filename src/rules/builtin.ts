import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The tool's own `policies/` folder. This module runs from `src/rules/` (tests, scripts) or from a bundle
 * in `dist/`; both sit below the package root that holds `policies/`, so walk up until it appears.
 */
export function builtInPoliciesFolder(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'policies');
    if (existsSync(join(candidate, 'support-matrix.yaml'))) return (cached = candidate);
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`the built-in policies folder was not found above ${fileURLToPath(import.meta.url)}`);
}
