import { describe, expect, it } from 'vitest';
import { dateFromUrl, datelineDate, toIsoDate } from './metadata-dates.js';

describe('toIsoDate', () => {
  it('keeps machine dates, normalising the time zone', () => {
    expect(toIsoDate('2019-11-19T05:44:00.000Z')).toBe('2019-11-19T05:44:00Z');
    expect(toIsoDate('2019-11-19 05:44:00 +0530')).toBe('2019-11-19T05:44:00+05:30');
    expect(toIsoDate('2019-11-19T05:44+00:00')).toBe('2019-11-19T05:44:00Z');
    expect(toIsoDate('2019-11-19')).toBe('2019-11-19');
    expect(toIsoDate('20191119')).toBe('2019-11-19');
  });

  it('reads dates written in words', () => {
    expect(toIsoDate('Nov. 19, 2019')).toBe('2019-11-19');
    expect(toIsoDate('Tuesday 19 November 2019 10:32 GMT')).toBe('2019-11-19T10:32:00Z');
  });

  it('rejects impossible or partial dates', () => {
    expect(toIsoDate('2019-13-40')).toBeNull();
    expect(toIsoDate('November 19')).toBeNull();
    expect(toIsoDate('')).toBeNull();
    expect(toIsoDate(null)).toBeNull();
  });
});

describe('dateFromUrl', () => {
  it('finds /yyyy/mm/dd/, yyyy-mm-dd and /yyyymmdd/ in the path', () => {
    expect(dateFromUrl('https://a.example/2019/11/19/story')).toBe('2019-11-19');
    expect(dateFromUrl('https://a.example/news/2019-11-19-story.html')).toBe('2019-11-19');
    expect(dateFromUrl('https://a.example/20191119/story')).toBe('2019-11-19');
  });

  it('does not read a date from ids, a year and month alone, or the host', () => {
    expect(dateFromUrl('https://a.example/story/30279001.html')).toBeNull();
    expect(dateFromUrl('https://a.example/2019/11/story')).toBeNull();
    expect(dateFromUrl('not a url')).toBeNull();
  });
});

describe('datelineDate', () => {
  it('reads the date of a dateline at the start of the text only', () => {
    expect(datelineDate('LONDON, March 3, 2024 (Reuters) - Shares fell.')).toBe('2024-03-03');
    expect(datelineDate(`${'Filler text. '.repeat(60)}It happened on March 3, 2024.`)).toBeNull();
  });
});
