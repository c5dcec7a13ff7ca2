/**
 * V8 flags that the `corroborate` command runs with (bin/corroborate.js reads them from the build and starts node
 * with them) and that the bench's ingest runs use.
 *
 * Young objects live in a semi-space of 16 MB by default. During ingest the main thread holds up to two batches of
 * articles (texts, features, claims' bytes) that outlive several collections of it, each of which copies them again.
 * With 32 MB the same 100k articles used 3.4% less CPU, side by side (most of it in V8's collector threads), for
 * 100 MB more peak memory; 64 MB gained no more and took 355 MB more.
 *
 * After a full collection V8 lets a heap grow by a factor it works out from how fast it collects, which for the
 * small heaps of the worker threads (tens of MB) and the main thread's (~130 MB once the indexes fill their window)
 * meant a full collection every 10-40 MB promoted: the prepare worker ran 88 of them per 100k articles, the main
 * thread 24, each marking the whole heap again on V8's helper threads. A fixed factor of 2 (`--heap-growing-percent`)
 * used 1.9% less CPU over 100k articles side by side, most of it in those helper threads, for 6 MB more peak memory;
 * a factor of 3 used 3.4% less for 110 MB more, too much of the 2 GB that a 1M-article run may take.
 */
export const NODE_FLAGS: readonly string[] = ['--max-semi-space-size=32', '--heap-growing-percent=100'];
