import type { GazetteerPlace } from './gazetteer.js';

/**
 * What a place mention is, the one constructor every pass makes it with, and what the passes note about an
 * article while they read it (its people's words, the names it gives things). Its own module because every
 * pass, `resolve.ts` and `index.ts` share these shapes, while none of them needs another's rules.
 */

export type MentionCue = 'dateline' | 'name' | 'pattern' | 'seat' | 'suffix' | 'list';

export interface RawMention {
  paragraph: number;
  name: string;
  start: number;
  end: number;
  isDateline: boolean;
  cue: MentionCue;
  /** Gazetteer places the name may be; empty when only the text says it is a place. */
  candidates: GazetteerPlace[];
  /** A country or region the text puts it in (`Lockerbie, Scotland`). */
  within?: GazetteerPlace;
  /** Kept only if the article names the same place more plainly elsewhere. */
  weak?: boolean;
  /** Found by its name alone, with nothing around it that says it is a place (see `analysePlaces`). */
  unplaced?: boolean;
  /** Named for its team (`Chelsea manager`): evidence, across the corpus, that the bare name is the town's. */
  team?: boolean;
  /** Weak, and no plainer mention in the article backs it: `analysePlaces` keeps it only on the corpus's word. */
  unbacked?: boolean;
  /** A phrase calls it a town or a district (`the village of Wanba`, `the Tremé neighborhood`): wherever the article names it again, it is that place. */
  introducedAsPlace?: boolean;
}

/**
 * The one gazetteer place a mention's name can be, which then tells its country. A constituency's
 * namesakes tell nothing (`Ashfield`, a suburb of Sydney, is no evidence for Australia): the seat lies in
 * its parliament's country whatever else shares its name.
 */
export function soleNamesake(mention: RawMention): GazetteerPlace | undefined {
  return mention.cue === 'seat' || mention.candidates.length !== 1 ? undefined : mention.candidates[0];
}

/**
 * Every mention is made here, with every field set in one order, so that setting `weak`, `unplaced` or
 * `within` later keeps one hidden class: code the JIT compiled for one shape is not thrown away for another.
 */
export function newMention(
  paragraph: number,
  name: string,
  start: number,
  end: number,
  cue: MentionCue,
  candidates: GazetteerPlace[],
  isDateline = false,
): RawMention {
  return {
    paragraph,
    name,
    start,
    end,
    isDateline,
    cue,
    candidates,
    within: undefined,
    weak: false,
    unplaced: false,
    team: false,
    unbacked: false,
    introducedAsPlace: false,
  };
}

export interface ArticleContext {
  /** Surnames and other words seen in people's names in this article (`Koussa`, `Carney`). */
  personWords: Set<string>;
  /** Words the article capitalises somewhere other than at a sentence's start: names' words (`Borussia`). */
  midSentenceWords: Set<string>;
  /** The article's paragraphs, which `isAboutSpace` reads. */
  paragraphs: readonly string[];
  /**
   * Whether the article is about space (`planet`, `orbit`, `NASA`), where `Titan` and `Jupiter` are no towns;
   * undefined until `isAboutSpace` first needs it.
   */
  aboutSpace: boolean | undefined;
  /** Names the article gives a craft, a pipeline or a pollster (`the shuttle Atlantis`, `a Gallup poll`): no place anywhere in it. */
  thingNames: Set<string>;
  /** The town the dateline names (`ORLANDO, Fla. —`), by its loose key: a place wherever the article names it alone. */
  filedFrom: string | undefined;
}

/** Whether any of the mentions covers part of `start`–`end` in the paragraph. */
export function overlapsAny(mentions: readonly RawMention[], paragraph: number, start: number, end: number): boolean {
  return mentions.some((other) => other.paragraph === paragraph && other.start < end && start < other.end);
}

export const NO_MENTIONS: RawMention[] = [];
