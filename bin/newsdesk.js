#!/usr/bin/env node
// The `newsdesk` command. The code is TypeScript run through tsx, found next to this file, so the
// command works from any folder (`npx newsdesk ask "who defected"`).
import { register } from 'tsx/esm/api';

register();
await import(new URL('../src/cli/main.ts', import.meta.url).href);
