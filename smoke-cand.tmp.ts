import { syntheticStream } from './src/stories/synthetic-stream.js';
import { createStoryIndex, assignStory } from './src/stories/story-index.js';
const si = createStoryIndex();
let c = 0, n = 0, created = 0;
si.trace = (d) => { c += d.candidates.length; n++; if (d.created) created++; };
const truth = new Map<string, string>();
for (const a of syntheticStream({ articles: 10000 })) { assignStory(si, a, null); }
console.log('avg candidates', c / n, 'created', created, 'stories', si.nextStory);
