// The entry of each evaluation thread. On Node 20, worker threads do not inherit tsx's loader
// from the main thread, so this plain module registers it before loading the TypeScript worker.
// A service compiled to JavaScript would start its threads on the compiled worker directly.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
