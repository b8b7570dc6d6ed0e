#!/usr/bin/env node
// zod is a peer dependency: without it (or with a zod older than 3.25, which lacks zod/v4/mini) say
// so in one line instead of a module-resolution stack trace.
try {
  await import('zod/v4/mini');
} catch {
  process.stderr.write(
    'error: job-search-health needs zod 3.25 or later (zod 4 recommended): run "npm install zod"\n',
  );
  process.exit(2);
}
const { main } = await import('./cli/main');
const { EXIT } = await import('./cli/errors');
const { writeFailure } = await import('./cli/write');

// A reader that closes the pipe early (`| head`) is not an error; a full disk is, with its code.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  process.stderr.write(`error: ${writeFailure('standard output', error).message}\n`);
  process.exit(EXIT.output);
});

void main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  // The build copies the schema files next to the bundled CLI (dist/).
  schemaDir: new URL('./', import.meta.url),
}).then((code) => {
  process.exitCode = code;
});
