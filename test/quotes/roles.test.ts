import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plausibleRole } from '../../src/analyse/quotes/index.js';
import { endsWithRole, roleForms, roleInApposition } from '../../src/analyse/quotes/roles.js';

/** The expressions the checks replaced (built per role word), kept as the reference they must agree with. */
function referencePatterns(noun: string): { role: RegExp; apposition: RegExp } {
  const written = `${noun}|${noun.charAt(0).toUpperCase()}${noun.slice(1)}|${noun.toUpperCase()}`;
  return {
    role: new RegExp(`\\b(?:${written})\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s+)*$`, 'u'),
    // (The earliest role word counts, and not after `of`: `a friend of the coach` is no coach.)
    apposition: new RegExp(`,\\s+((?:[^,.;]{0,50}?\\s)?)(?:${written})\\b`, 'y'),
  };
}

function agree(text: string, noun: string): void {
  const { role, apposition } = referencePatterns(noun);
  const forms = roleForms(noun);
  expect(endsWithRole(text, forms), `role before, in ${JSON.stringify(text)}`).toBe(role.test(text));
  for (let at = 0; at <= text.length; at++) {
    apposition.lastIndex = at;
    const match = apposition.exec(text);
    const expected = match !== null && !/(?:^|\s)of\s/.test(match[1] ?? '');
    expect(roleInApposition(text, at, forms), `apposition at ${at}, in ${JSON.stringify(text)}`).toBe(expected);
  }
}

describe('role words beside a name', () => {
  it.each([
    ['Wales coach ', 'coach'],
    ['said Wales Coach Mike ', 'coach'],
    ['the ex-coach ', 'coach'],
    ['the coaching staff ', 'coach'],
    ['COACH ', 'coach'],
    ['coach', 'coach'],
    ['coach of the ', 'coach'],
    ['Yukos spokesman Mr. O’Neill-Smith ', 'spokesman'],
    [', a Yukos spokesman, said', 'spokesman'],
    [', who was for years the club’s coach.', 'coach'],
    [', head of the firm; its chief executive', 'executive'],
    [',  the Gloucester fly-half', 'fly-half'],
    [', a spokesmanship', 'spokesman'],
    [`, ${'x'.repeat(49)} coach`, 'coach'],
    [`, ${'x'.repeat(50)} coach`, 'coach'],
    [`, ${'x'.repeat(51)} coach`, 'coach'],
    [', the ÉCOLE director', 'director'],
    [', the director\u00a0', 'director'],
    [', a friend of the coach, said', 'coach'],
    [', the coach of the club', 'coach'],
  ])('agree with the expressions they replaced: %j (%s)', (text, noun) => {
    agree(text, noun);
  });

  it('finds the role before the name and in the apposition', () => {
    const forms = roleForms('coach');
    expect(endsWithRole('said Wales coach ', forms)).toBe(true);
    expect(endsWithRole('the coaching ', forms)).toBe(false);
    expect(roleInApposition('Mike Rudd, the Wales coach, said', 9, forms)).toBe(true);
    expect(roleInApposition('Mike Rudd, who met the Wales coach', 9, forms)).toBe(true);
    expect(roleInApposition('Mike Rudd, 45. The coach', 9, forms)).toBe(false);
  });

  it('agree with the expressions on any text made of the characters that matter', () => {
    const pieces = fc.constantFrom(
      'coach', 'Coach', 'COACH', 'ex-', 'co', 'ach', 'Wales', 'O’Neill', 'Mr.', 'mike', 'É', 'é', '𝐀', '1', '_',
      ' ', '  ', '\u00a0', '\n', ',', '.', ';', '-', "'", 'xxxxxxxxxx', 'the ',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 24 }), (parts) => {
        agree(parts.join(''), 'coach');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('plausibleRole', () => {
  it('keeps noun phrases for a person and drops what an apposition or a subject only seemed to give', () => {
    for (const role of ['a senior rebel officer', 'the chairman and chief executive', 'London mayor', 'Tory leader', 'the Archbishop of Westminster', 'BBC correspondent', 'Chairman', 'prosecutor']) {
      expect(plausibleRole(role), role).toBe(true);
    }
    for (const role of [
      'the Middle East peace process and Northern Ireland',
      "Labour's",
      ':',
      'Last week',
      'for the Liberal Democrats',
      'ex-Home',
      'who said he would',
      'where some senior',
      'while some senior',
      'the sexist attitudes they came across',
      'As',
      'how',
      'the Financial Times',
      'Earlier',
      'Observes',
      'tearful',
      'angry',
    ]) {
      expect(plausibleRole(role), role).toBe(false);
    }
  });

  it('drops a clause, a time, someone else’s role or thing, a label, a word cut short or an adjective alone, read as a role from web news', () => {
    for (const role of ['House Minority Leader', 'Donald Trump’s former personal attorney', 'an Alabama Republican', 'the former Florida governor', 'Family spokesman', 'the newly appointed ambassador']) {
      expect(plausibleRole(role), role).toBe(true);
    }
    for (const role of [
      'Zuckerberg made the comment after',
      'transcript also shows',
      'the watchdog found',
      'part of what',
      'Shortly after those episodes',
      'During Pompeo’s visit',
      'his supervisor at the time',
      'a year ahead of her',
      'The office of the British prime minister',
      'A spokesperson for the Republican national committee chairman',
      "Mr Smith's departure",
      'Washington/ New Delhi: US President',
      'the former U',
      'former',
      'fellow',
      'elder',
      'usually brash',
      'openly disdainful of the bulletproof items',
      'sheepish',
      'an ally of Mr',
      'vying to challenge Democrat Sen',
      'set to retire on Friday',
      'Previously unseen papers show',
    ]) {
      expect(plausibleRole(role), role).toBe(false);
    }
  });
});
