#!/usr/bin/env node
// The `tonus` command. Sources are TypeScript; tsx (a runtime dependency) loads them, so the
// installed command and `npm start` run exactly the same code.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
