import { describe, expect, it } from 'vitest';
import type { Entity } from '../records/claim.js';
import { layout } from './layout.js';
import { extractEntities, mentionTable } from './mentions.js';

function entities(text: string): Entity[] {
  return extractEntities(text, layout(text));
}
const surfaces = (text: string, e: Entity | undefined): string[] =>
  (e?.mentions ?? []).map((m) => text.slice(m.start, m.end));
const byName = (list: Entity[], name: string): Entity | undefined => list.find((e) => e.name === name);

describe('extractEntities', () => {
  it('links a titled full name, a later surname and a pronoun to one person named without the title', () => {
    const text =
      'NATO Secretary General Mark Rutte arrived in Brussels. Rutte met ministers. He said the alliance is united.';
    const list = entities(text);
    const rutte = byName(list, 'Mark Rutte');
    expect(rutte?.type).toBe('person');
    expect(surfaces(text, rutte)).toEqual(['Mark Rutte', 'Rutte', 'He']);
    expect(byName(list, 'NATO')?.type).toBe('organization');
    expect(byName(list, 'Brussels')?.type).toBe('place');
  });

  it('links a description to the person whose title it names', () => {
    const text = 'NATO Secretary General Mark Rutte arrived. Later the secretary general spoke to reporters.';
    const rutte = byName(entities(text), 'Mark Rutte');
    expect(surfaces(text, rutte)).toContain('the secretary general');
  });

  it('takes the fullest name when the surname comes first', () => {
    const text = 'Rutte said little. Then Mark Rutte spoke at length.';
    const list = entities(text);
    expect(list.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Mark Rutte']);
  });

  it('keeps two people with one surname apart and sends a surname to the one mentioned most', () => {
    const text =
      'Hillary Clinton spoke in Iowa. Hillary Clinton thanked voters. Her daughter Chelsea Clinton was there. Clinton left at noon.';
    const list = entities(text);
    const hillary = byName(list, 'Hillary Clinton');
    expect(byName(list, 'Chelsea Clinton')).toBeDefined();
    expect(surfaces(text, hillary)).toContain('Clinton');
  });

  it('matches he and she to a person of that gender', () => {
    const text = 'Hillary Clinton debated Donald Trump. She said the economy was growing. He disagreed.';
    const list = entities(text);
    expect(surfaces(text, byName(list, 'Hillary Clinton'))).toContain('She');
    expect(surfaces(text, byName(list, 'Donald Trump'))).toContain('He');
  });

  it('never takes an antecedent from inside a quotation', () => {
    const text = '“I commend President Trump for his effort,” Rutte said. He then left the stage.';
    const list = entities(text);
    expect(surfaces(text, byName(list, 'Rutte'))).toContain('He');
    expect(surfaces(text, byName(list, 'Trump'))).not.toContain('He');
  });

  it('does not make people of a title-case heading', () => {
    const text = 'Remembering Bucha and Countering Russian Influence\nMarking the anniversary, Rutte spoke.';
    const people = entities(text).filter((e) => e.type === 'person');
    expect(people.map((e) => e.name)).toEqual(['Rutte']);
  });

  it('gives a mention table sorted by position with the kind of each mention', () => {
    const text = 'Mark Rutte spoke. He smiled.';
    const table = mentionTable(text, entities(text));
    expect(table.map((m) => [text.slice(m.start, m.end), m.kind])).toEqual([
      ['Mark Rutte', 'name'],
      ['He', 'pronoun'],
    ]);
  });
});

describe('extractEntities: second pass', () => {
  it('ends a name at a weekday', () => {
    const list = entities('President Barack Obama Monday signed the bill.');
    expect(list.map((e) => e.name)).toContain('Barack Obama');
    expect(list.some((e) => /Monday/.test(e.name))).toBe(false);
  });

  it('types wire services as organisations even when they speak', () => {
    const list = entities('Ukrinform said the talks ended. Interfax reported the same.');
    expect(byName(list, 'Ukrinform')?.type).toBe('organization');
    expect(byName(list, 'Interfax')?.type).toBe('organization');
  });

  it('types a name followed by "group" as an organisation and links "the group" to it', () => {
    const text = 'The Green Earth group held a rally. The group said the river was polluted.';
    const green = byName(entities(text), 'Green Earth');
    expect(green?.type).toBe('organization');
    expect(surfaces(text, green)).toEqual(['Green Earth', 'The group']);
  });

  it('does not let a topic phrase ("Of X,") be the antecedent of the pronoun after it', () => {
    const text = 'Senator Walt Brand toured a mill. Of Mayor Carl Hobb, he said little.';
    const list = entities(text);
    expect(surfaces(text, byName(list, 'Walt Brand'))).toContain('he');
    expect(surfaces(text, byName(list, 'Carl Hobb'))).not.toContain('he');
  });

  it('makes the one asked a person but not the subject ("Roe asked Smith")', () => {
    const text = 'Host John Roe asked Smith about the leak. He was calm.';
    const list = entities(text);
    expect(byName(list, 'Smith')?.type).toBe('person');
    expect(surfaces(text, byName(list, 'John Roe'))).toContain('He');
  });

  it('starts no name at a capital inside a word, but does after a space, a quote mark or a dash', () => {
    const text = 'Officials in McAllen met Émile Zola and O’Brien. The iPhone buyers cheered “Rossi” and —Verdi.';
    const names = entities(text).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['McAllen', 'Émile Zola', 'O’Brien', 'Rossi', 'Verdi']));
    expect(names).not.toContain('Allen');
    expect(names).not.toContain('Phone');
  });

  it('takes a role from an appositive for a later description', () => {
    const text = 'Bob Lane, a seven-term congressman, spoke. The congressman left early.';
    expect(surfaces(text, byName(entities(text), 'Bob Lane'))).toEqual(['Bob Lane', 'The congressman']);
  });
});
