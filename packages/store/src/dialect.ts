/** The SQL dialects the store speaks. PGlite speaks `postgres`. */
export type Dialect = 'sqlite' | 'postgres';
