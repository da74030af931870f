import { type APIActionRowComponent, type APIButtonComponentWithCustomId, ButtonStyle, ComponentType } from 'discord.js';
import type { Paging } from '../../answer/types.js';
import { DISCORD_LIMITS } from '../limits.js';

/** Which page a Previous/Next button asks for: `command:pageId:offset`, well under Discord's 100. */
export interface PageButton {
  command: string;
  pageId: string;
  offset: number;
}

const PAGE_BUTTON = /^([a-z0-9_-]{1,32}):([A-Za-z0-9_-]{1,24}):(\d{1,7})$/;

export function pageButtonId(button: PageButton): string {
  const id = `${button.command}:${button.pageId}:${button.offset}`;
  if (id.length > DISCORD_LIMITS.customId || !PAGE_BUTTON.test(id)) {
    throw new Error(`page button id "${id}" is not valid: command and page id must be short ids`);
  }
  return id;
}

export function parsePageButton(customId: string): PageButton | undefined {
  const match = PAGE_BUTTON.exec(customId);
  if (!match) return undefined;
  return { command: match[1] as string, pageId: match[2] as string, offset: Number(match[3]) };
}

/** Previous/Next buttons for a paged answer, or no row when everything fits on one page. */
export function pageButtons(
  command: string,
  pageId: string | undefined,
  paging: Paging,
  shown: number,
): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  if (pageId === undefined || (paging.offset === 0 && paging.total <= shown)) return [];
  const previous = Math.max(0, paging.offset - paging.limit);
  const next = paging.offset + Math.max(shown, 1);
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          label: 'Previous',
          custom_id: pageButtonId({ command, pageId, offset: previous }),
          disabled: paging.offset === 0,
        },
        {
          type: ComponentType.Button,
          style: ButtonStyle.Primary,
          label: 'Next',
          // Both buttons need distinct ids even when one is disabled.
          custom_id: pageButtonId({ command, pageId, offset: next === previous ? next + 1 : next }),
          disabled: paging.offset + shown >= paging.total,
        },
      ],
    },
  ];
}
