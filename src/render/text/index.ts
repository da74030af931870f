export { type AskTextOptions, renderAskText } from './ask.js';
export { type QuoteTextOptions, renderQuoteText } from './quote.js';
export { sourceLine, type TextRenderOptions } from './source.js';
export { ansiStyle, cleanText, highlight, plainStyle, styleFor, type TextStyle } from './style.js';
export { renderTownText, type TownTextOptions } from './town.js';
