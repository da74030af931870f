import { describe, expect, it } from 'vitest';
import { parseConsoleLine } from '../../src/cli/slash-command.js';

describe('parseConsoleLine', () => {
  it.each([
    ['/ask who defected', { name: 'ask', question: 'who defected' }],
    ['  /ASK   who defected  ', { name: 'ask', question: 'who defected' }],
    ['/ask question: who defected', { name: 'ask', question: 'who defected' }],
    ['who defected?', { name: 'ask', question: 'who defected?' }],
    ['/ask', { name: 'ask', question: '' }],
    ['/quote Bani', { name: 'quote', speaker: 'Bani' }],
    ['/quote Col. Ahmed Bani', { name: 'quote', speaker: 'Col. Ahmed Bani' }],
    ['/quote Bani about: weapons', { name: 'quote', speaker: 'Bani', about: 'weapons' }],
    ['/quote speaker: Bani about: the road south', { name: 'quote', speaker: 'Bani', about: 'the road south' }],
    ['/quote Bani --about weapons', { name: 'quote', speaker: 'Bani', about: 'weapons' }],
    ['/quote Bani about:', { name: 'quote', speaker: 'Bani' }],
    ['/quote Lebout', { name: 'quote', speaker: 'Lebout' }],
    ['/town Ras Lanuf', { name: 'town', place: 'Ras Lanuf' }],
    ['/town name: Brega', { name: 'town', place: 'Brega' }],
    ['/more', { name: 'more' }],
    ['/help', { name: 'help' }],
    ['/quit', { name: 'quit' }],
    ['exit', { name: 'quit' }],
    ['', { name: 'empty' }],
    ['/weather Brega', { name: 'unknown', command: '/weather' }],
  ])('reads %j', (line, command) => {
    expect(parseConsoleLine(line)).toEqual(command);
  });
});
