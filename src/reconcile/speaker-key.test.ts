import { describe, expect, it } from 'vitest';
import { isNewsOutlet, speakerKey, speakersMatch, speakersMayMatch } from './speaker-key.js';

describe('speakerKey', () => {
  it('keys a speaker by family name, however fully named', () => {
    expect(speakerKey('Ana Sola')).toBe('sola');
    expect(speakerKey('Mayor Ana Sola')).toBe('sola');
    expect(speakerKey('Sola Monday')).toBe('sola');
  });

  it('keys names the same whatever their apostrophes and accents', () => {
    expect(speakerKey('Liam O’Hara')).toBe(speakerKey("Liam O'Hara"));
    expect(speakerKey('Inés Peña')).toBe(speakerKey('Ines Pena'));
    expect(speakersMatch('Mr. O’Hara', "Liam O'Hara")).toBe(true);
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

describe('isNewsOutlet', () => {
  it('tells an outlet or wire service from a person', () => {
    expect(isNewsOutlet('The Harbour Times')).toBe(true);
    expect(isNewsOutlet('Reuters')).toBe(true);
    expect(isNewsOutlet('Coast Radio')).toBe(true);
    expect(isNewsOutlet('Ana Sola')).toBe(false);
    expect(isNewsOutlet(null)).toBe(false);
  });
});
