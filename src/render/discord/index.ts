export { type PagedRenderOptions, renderAsk } from './ask.js';
export { type PageButton, pageButtonId, pageButtons, parsePageButton } from './buttons.js';
export { type DiscordReply, noMentions, reply } from './payload.js';
export { renderQuote } from './quote.js';
export { renderTown } from './town.js';
