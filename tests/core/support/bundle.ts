/**
 * Bundles a TypeScript entry into one ESM file with esbuild, so child processes start in plain Node
 * without a TypeScript loader (the crash test starts hundreds of them).
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import { build, type Plugin } from 'esbuild';

/**
 * Packages that cannot be bundled stay external, imported from node_modules by absolute path (the
 * bundle lives in a temp folder): native addons (.node files) and packages that find their own files
 * through __dirname.
 */
const NATIVE_PACKAGES = ['@node-rs/argon2', 'sharp', 'tesseract.js'];
const nativeExternal: Plugin = {
  name: 'native-external',
  setup(b) {
    const resolve = createRequire(import.meta.url).resolve;
    b.onResolve({ filter: new RegExp(`^(${NATIVE_PACKAGES.map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`) }, (args) => ({ path: resolve(args.path), external: true }));
  },
};

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
    plugins: [nativeExternal],
    // Some bundled CommonJS dependencies call require() for Node built-ins.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return outfile;
}
