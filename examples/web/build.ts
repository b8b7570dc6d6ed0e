// Builds the playground into examples/web/dist/: the page, its style sheet and one bundled
// script holding the library (the package's browser-safe main entry).
import { copyFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const HERE = new URL('./', import.meta.url);

/** The folder the playground is built into. */
export const OUT_DIR = fileURLToPath(new URL('dist/', HERE));

/** Builds the playground into {@link OUT_DIR} and returns that folder. */
export async function buildPlayground(): Promise<string> {
  await mkdir(OUT_DIR, { recursive: true });
  await build({
    entryPoints: [fileURLToPath(new URL('playground.ts', HERE))],
    outfile: `${OUT_DIR}playground.js`,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    // Resolves `job-search-health` to src/ through tsconfig paths, as the other examples do.
    tsconfig: fileURLToPath(new URL('../../tsconfig.json', HERE)),
    logLevel: 'warning',
  });
  for (const file of ['index.html', 'playground.css'])
    await copyFile(new URL(file, HERE), `${OUT_DIR}${file}`);
  return OUT_DIR;
}
