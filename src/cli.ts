#!/usr/bin/env node
import { main } from './cli/main';

// A reader that closes the pipe early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
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
