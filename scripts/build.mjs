// Bundles the two entry points with esbuild. `--outdir DIR` builds elsewhere so CI can
// compare a fresh build with the committed dist/ (the runner executes dist/, not src/).
//
// Code splitting: what src/ loads with a dynamic import() (the Azure SDKs and the code that uses them,
// @actions/github) lands in its own file under dist/chunks/, which Node reads only when that import()
// runs. Commands that never talk to Azure or GitHub (validate, rules, plan --estate) so never read,
// compile or evaluate those chunks. Chunk names carry a content hash, so the same source always gives
// the same files; a chunk this build did not write is removed, so a stale one cannot linger in dist/
// (CI compares the whole folder with a fresh build).
import { build } from 'esbuild';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });
const outdir = resolve(values.outdir);

const result = await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir,
  bundle: true,
  splitting: true,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  outExtension: { '.js': '.js' },
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  // Bundled CommonJS dependencies call require(); ESM output needs one defined (TOOLCHAIN.md pitfall 7).
  // esbuild puts the banner at the top of every output file, chunks included, and each file is its own
  // module scope, so every chunk gets its own `require`.
  banner: {
    js: "import { createRequire as __aksbgCreateRequire } from 'node:module'; const require = __aksbgCreateRequire(import.meta.url);",
  },
  external: ['kerberos'],
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
});

// Remove the chunks an earlier build left behind (hashes that changed, code no longer split out). Only
// chunks/ is pruned: the entry files keep their names and are overwritten.
const written = new Set(Object.keys(result.metafile.outputs).map((file) => resolve(file)));
const chunks = join(outdir, 'chunks');
for (const entry of existsSync(chunks) ? readdirSync(chunks, { withFileTypes: true }) : []) {
  const file = join(chunks, entry.name);
  if (!written.has(file)) {
    console.log(`removed stale ${relative('.', file)}`);
    rmSync(file, { recursive: true });
  }
}
