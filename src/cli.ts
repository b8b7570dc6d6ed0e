#!/usr/bin/env node
import { EXIT } from './cli/errors';
import { main } from './cli/main';
import { writeFailure } from './cli/write';

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
