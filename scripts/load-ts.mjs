// Loads one of the project's TypeScript modules from a script, by bundling it in memory with esbuild.
import { build } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// Bundled CommonJS packages (yaml, ajv's runtime) call `require`, which an ES module loaded from a data:
// URL lacks: give it one that resolves from the project root.
const REQUIRE = [
  "import { createRequire as createRequireForBundle } from 'node:module';",
  `const require = createRequireForBundle(${JSON.stringify(pathToFileURL(join(process.cwd(), 'package.json')).href)});`,
].join('\n');

export async function importTs(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'silent',
    banner: { js: REQUIRE },
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
