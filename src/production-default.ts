/**
 * Imported first by the entry point: a service started without NODE_ENV runs in production mode.
 * graphql-js reads NODE_ENV once, when it loads, and outside production checks every `instanceof`
 * of its type system for a duplicate graphql module — the largest self time of graphql-js when it
 * completes a 3,600-object neighborhood. Set NODE_ENV=development to get those checks back.
 */
process.env.NODE_ENV ??= 'production';
