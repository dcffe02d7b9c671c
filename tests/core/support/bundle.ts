/**
 * Bundles a TypeScript entry into one ESM file with esbuild, so child processes start in plain Node
 * without a TypeScript loader (the crash test starts hundreds of them).
 */
import path from 'node:path';
import { build } from 'esbuild';

export async function bundleScript(entry: string, outDir: string): Promise<string> {
  const outfile = path.join(outDir, `${path.basename(entry, '.ts')}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // Some bundled CommonJS dependencies call require() for Node built-ins.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return outfile;
}
