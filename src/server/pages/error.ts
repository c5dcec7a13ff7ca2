import { html } from '../html.js';
import { layout } from './layout.js';

export function renderErrorPage(status: number, message: string): string {
  const title = status === 404 ? 'Not found' : status >= 500 ? 'Something went wrong' : 'Bad request';
  return layout({
    title,
    section: null,
    body: html`<h1>${title}</h1><p class="lede">${message}</p><p><a href="/">Back to the stories</a></p>`,
  });
}
