import { describe, expect, it } from 'vitest';
import { contentStemSet } from './content-words.js';
import { stemWeights, weightedCosine } from './stem-weights.js';

describe('stemWeights', () => {
  const story = [
    'The council met on the budget.',
    'The council voted on the budget again.',
    'The council will publish the budget.',
    'The ferry levy funds the lighthouse.',
  ];
  const weight = stemWeights(story);

  it('weighs a word every sentence uses less than a rare one', () => {
    expect(weight('counc')).toBeLessThan(weight('lighth'.slice(0, 5)));
    expect(weight('counc')).toBeGreaterThan(0);
  });

  it('scores two sentences sharing rare words above two sharing common ones', () => {
    const rare = weightedCosine(contentStemSet('ferry levy council'), contentStemSet('ferry levy budget'), weight);
    const common = weightedCosine(
      contentStemSet('council budget levy'),
      contentStemSet('council budget ferry'),
      weight,
    );
    expect(rare).toBeGreaterThan(common);
  });

  it('scores sets with nothing in common zero', () => {
    expect(weightedCosine(contentStemSet('ferry'), contentStemSet('budget'), weight)).toBe(0);
  });
});
