import { openStore } from './connect.ts';
import { describeStoreContract } from './testing/contract.ts';

// PostgreSQL dialect without a server: PGlite in WebAssembly (cold start takes a few seconds).
describeStoreContract('PGlite (PostgreSQL dialect in WebAssembly)', () =>
  openStore('pglite:memory'),
);
