/**
 * V8 flags that the `corroborate` command runs with (bin/corroborate.js reads them from the build and starts node
 * with them) and that the bench's ingest runs use.
 *
 * Young objects live in a semi-space of 16 MB by default. During ingest the main thread holds up to two batches of
 * articles (texts, features, claims' bytes) that outlive several collections of it, each of which copies them again.
 * With 32 MB the same 100k articles used 3.4% less CPU, side by side (most of it in V8's collector threads), for
 * 100 MB more peak memory; 64 MB gained no more and took 355 MB more.
 */
export const NODE_FLAGS: readonly string[] = ['--max-semi-space-size=32'];
