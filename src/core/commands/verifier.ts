// Dry run of the confidentiality guard: says what it would refuse or warn about in a
// text, and stores nothing (nothing is logged either).

import { textOf } from '../grammar/values.ts';
import { guardAdvice, guardKindLabel } from '../guard/guard-messages.ts';
import { checkText } from '../guard/index.ts';
import { defineMessages } from '../i18n/index.ts';
import { privateMessage, text } from '../message.ts';
import { ok } from '../result.ts';
import { type CommandContext, type CommandResult, defineCommand } from './command.ts';

const messages = defineMessages({
  missing: {
    fr: 'Donnez le texte à vérifier, par exemple : `verifier "Appeler la mère au 06 12 34 56 78"`.',
    en: 'Give the text to check, for example: `check "Call the mother on 06 12 34 56 78"`.',
  },
  pass: {
    fr: 'Rien à signaler : ce texte pourrait être enregistré.',
    en: 'Nothing to report: this text could be saved.',
  },
  refuse: {
    fr: 'Ce texte serait **refusé** :',
    en: 'This text would be **refused**:',
  },
  warn: {
    fr: 'Ce texte demanderait une **confirmation** (il semble décrire une personne accompagnée) :',
    en: 'This text would need a **confirmation** (it seems to describe a person you support):',
  },
  finding: {
    fr: '• {what} : « {excerpt} ». {advice}',
    en: '• {what}: "{excerpt}". {advice}',
  },
  footer: {
    fr: "Rien n'a été enregistré.",
    en: 'Nothing was saved.',
  },
});

/** What the guard would say of the text; nothing is stored, nothing logged. */
async function dryRun(ctx: CommandContext, typed: string): Promise<CommandResult> {
  const verdict = checkText(typed);
  const say = ctx.say;
  if (verdict.verdict === 'pass') return ok([privateMessage(text(say(messages.pass)))]);
  const lines = verdict.findings.map((f) =>
    say(messages.finding, {
      what: guardKindLabel(f.kind, ctx.locale),
      excerpt: f.excerpt,
      advice: guardAdvice(f.kind, ctx.locale),
    }),
  );
  const head = verdict.verdict === 'refuse' ? messages.refuse : messages.warn;
  return ok([privateMessage(text(say(head)), text(lines.join('\n')), text(say(messages.footer)))]);
}

export const verifier = defineCommand({
  names: ['verifier', 'check', 'vérifier'],
  help: {
    fr: {
      summary: 'vérifier, sans rien enregistrer, si un texte contient des données personnelles.',
      examples: [
        'verifier "Rappeler Mme Martin au 06 12 34 56 78"',
        'verifier "Réunion le 12/03 à 14h, salle 204"',
      ],
    },
    en: {
      summary: 'check, without saving anything, whether a text contains personal data.',
      examples: ['check "Call Mrs Martin on 06 12 34 56 78"', 'check "Meeting on 12/03 at 2pm, room 204"'],
    },
  },
  messages,
  verbs: [
    {
      help: { fr: 'Vérifier un texte', en: 'Check a text' },
      args: [
        {
          key: 'text',
          names: ['texte', 'text'],
          help: { fr: 'Le texte à vérifier', en: 'The text to check' },
          type: { kind: 'text', max: 4000 },
          read: { by: 'rest' },
          required: true,
          messages: { missing: messages.missing, tooLong: 'error.too-long' },
        },
      ],
      run: (ctx, values) => dryRun(ctx, textOf(values, 'text') ?? ''),
    },
  ],
});
