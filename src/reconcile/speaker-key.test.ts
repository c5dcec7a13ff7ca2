import { describe, expect, it } from 'vitest';
import { speakerKey, speakersMatch, speakersMayMatch } from './speaker-key.js';

describe('speakerKey', () => {
  it('keys a speaker by family name, however fully named', () => {
    expect(speakerKey('Ana Sola')).toBe('sola');
    expect(speakerKey('Mayor Ana Sola')).toBe('sola');
    expect(speakerKey('Sola Monday')).toBe('sola');
  });

  it('treats descriptions as unnamed', () => {
    expect(speakerKey('the harbour board')).toBeNull();
    expect(speakerKey('The group')).toBeNull();
    expect(speakerKey(null)).toBeNull();
  });
});

describe('speakersMayMatch and speakersMatch', () => {
  it('lets an unnamed speaker match anyone but only names match for certain', () => {
    expect(speakersMayMatch('the statement', 'Karl Brandt')).toBe(true);
    expect(speakersMayMatch('Ana Sola', 'Karl Brandt')).toBe(false);
    expect(speakersMatch('Sola', 'Ana Sola')).toBe(true);
    expect(speakersMatch('the mayor', 'Ana Sola')).toBe(false);
  });
});
