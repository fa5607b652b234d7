// The page a web-view link answers with when it does not (or no longer) work. The reader's
// language is unknown when the token is bad: both languages, the asked one first.
import { localized } from '../../i18n/index.ts';
import type { Locale } from '../../locale.ts';
import { refusalMessages } from './web-messages.ts';
import { escapeHtml, htmlDocument } from './web-page.ts';

export type RefusalReason = 'expired' | 'invalid' | 'revoked' | 'not-found';

export function refusalPage(reason: RefusalReason, locale: Locale): string {
  const order: Locale[] = locale === 'en' ? ['en', 'fr'] : ['fr', 'en'];
  const parts = order.map((lang, i) => explanation(reason, lang, i === 0));
  const title = order.map((lang) => localized(lang, refusalMessages.title)).join(' · ');
  return htmlDocument(
    order[0] as Locale,
    title,
    `<main class="refusal">\n${parts.join('\n')}\n</main>`,
    false,
  );
}

function explanation(reason: RefusalReason, lang: Locale, first: boolean): string {
  const say = (key: keyof typeof refusalMessages) => withCode(localized(lang, refusalMessages[key]));
  const heading = first ? 'h1' : 'h2';
  return [
    `<section class="card" lang="${lang}">`,
    `<${heading}>${say('title')}</${heading}>`,
    `<p><strong>${say(reason)}</strong></p>`,
    // Why links end only explains an expired one.
    ...(reason === 'expired' ? [`<p>${say('why')}</p>`] : []),
    `<p>${say('what')}</p>`,
    '</section>',
  ].join('\n');
}

/** Escapes a message and shows its spans in backticks (commands to type) as code. */
const withCode = (text: string) => escapeHtml(text).replace(/`([^`]*)`/g, '<code>$1</code>');
