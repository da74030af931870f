// Worker-thread entry for a background rebuild. Workers do not inherit tsx's loader from the main
// thread, so this plain-JS file registers it before loading the TypeScript worker body.
import { register } from 'tsx/esm/api';

register();
await import('./desk-rebuild-worker.ts');
