export { type Feed, type FeedItem, type Opml, parseXmlSource, type XmlSource } from './feed.js';
export { emptyWatchState, type FeedState, nextFeedState, type WatchState } from './feed-state.js';
export { feedDocuments, itemDocument } from './item-documents.js';
export { type FeedReport, type PollOptions, type PollResult, pollFeeds, reportLine } from './poll.js';
