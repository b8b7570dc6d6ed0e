import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      calendar: 'src/calendar/index.ts',
      model: 'src/model/index.ts',
      node: 'src/node/index.ts',
      import: 'src/import/index.ts',
      'json-rules-engine': 'src/json-rules-engine/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // Both builds run at once: this one's clean must spare the CLI the other one writes.
    clean: ['!cli.js', '!cli.js.map'],
    target: 'node20',
    platform: 'neutral',
    external: [/^zod(\/|$)/, 'json-rules-engine'],
    // ESM-only and small: bundled (string-width only into the CommonJS build, see below), so the
    // CommonJS build needs no require() of an ES module.
    // date-fns too: bundled, the few functions used are one file, where Node would otherwise
    // load some 150 of its modules at start-up.
    noExternal: ['string-width', 'strip-ansi', 'ansi-regex', 'get-east-asian-width', 'date-fns'],
    // The ES module build imports string-width instead: bundled into a shared chunk, its set-up
    // at load (a segmenter, Unicode regexes, width tables) would stay in every browser bundle of
    // the main entry, where a bundler drops the package itself when no formatter is used.
    esbuildOptions(options, { format }) {
      if (format === 'esm') options.external = [...(options.external ?? []), 'string-width'];
    },
    publicDir: 'schema',
  },
  {
    // The CLI is an ES module script only (it uses top-level await): no CommonJS build, no types.
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    external: [/^zod(\/|$)/, 'json-rules-engine'],
    noExternal: ['string-width', 'strip-ansi', 'ansi-regex', 'get-east-asian-width', 'date-fns'],
  },
]);
