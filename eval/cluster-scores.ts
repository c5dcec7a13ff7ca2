/** B-cubed and pairwise clustering scores (used by eval:clustering and the stories bench). */

export interface ClusterScores {
  bcubedPrecision: number;
  bcubedRecall: number;
  pairPrecision: number;
  pairRecall: number;
}

/** B-cubed and pairwise scores of `predicted` against `gold` (parallel arrays of cluster labels). */
export function scoreClusters(predicted: readonly string[], gold: readonly string[]): ClusterScores {
  const joint = new Map<string, number>();
  const predictedSize = new Map<string, number>();
  const goldSize = new Map<string, number>();
  for (let i = 0; i < predicted.length; i++) {
    const key = `${predicted[i]}\u0000${gold[i]}`;
    joint.set(key, (joint.get(key) ?? 0) + 1);
    predictedSize.set(predicted[i], (predictedSize.get(predicted[i]) ?? 0) + 1);
    goldSize.set(gold[i], (goldSize.get(gold[i]) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (let i = 0; i < predicted.length; i++) {
    const both = joint.get(`${predicted[i]}\u0000${gold[i]}`)!;
    precision += both / predictedSize.get(predicted[i])!;
    recall += both / goldSize.get(gold[i])!;
  }
  const pairs = (sizes: Iterable<number>) => {
    let sum = 0;
    for (const n of sizes) sum += (n * (n - 1)) / 2;
    return sum;
  };
  const together = pairs(joint.values());
  const predictedPairs = pairs(predictedSize.values());
  const goldPairs = pairs(goldSize.values());
  const n = predicted.length || 1;
  return {
    bcubedPrecision: precision / n,
    bcubedRecall: recall / n,
    pairPrecision: predictedPairs === 0 ? 1 : together / predictedPairs,
    pairRecall: goldPairs === 0 ? 1 : together / goldPairs,
  };
}
