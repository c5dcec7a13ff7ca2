/**
 * Runs `task` over `inputs` with at most `limit` in flight and yields the results in input order, so output stays
 * deterministic however the network answers.
 */
export async function* mapOrdered<T, R>(
  inputs: Iterable<T>,
  limit: number,
  task: (input: T, index: number) => Promise<R>,
): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  let index = 0;
  for (const input of inputs) {
    pending.push(task(input, index++));
    if (pending.length >= Math.max(1, limit)) yield await pending.shift()!;
  }
  while (pending.length > 0) yield await pending.shift()!;
}
