// What the grammar says when words or values do not fit a command's declaration. Commands
// may declare their own messages per argument; these are the shared ones.
import { defineMessages } from '../i18n/index.ts';

export const grammarMessages = defineMessages({
  stray: {
    fr: 'Je ne sais pas quoi faire de « {words} ». Voyez la syntaxe ci-dessous.',
    en: 'I do not know what to do with "{words}". See the syntax below.',
  },
  unknownVerb: {
    fr: 'Je ne comprends pas « {word} » ici. Voyez la syntaxe ci-dessous.',
    en: 'I do not understand "{word}" here. See the syntax below.',
  },
  twice: {
    fr: '« {word} » est donné deux fois : gardez-en un.',
    en: '"{word}" is given twice: keep one.',
  },
  valueMissing: {
    fr: 'Donnez une valeur après « {word} », par exemple : `{example}`.',
    en: 'Give a value after "{word}", for example: `{example}`.',
  },
  missing: {
    fr: 'Il manque « {name} », par exemple : `{example}`.',
    en: '"{name}" is missing, for example: `{example}`.',
  },
  tooLong: {
    fr: '« {name} » est trop long ({length} caractères) : {max} au maximum.',
    en: '"{name}" is too long ({length} characters): {max} at most.',
  },
  tooMany: {
    fr: 'Trop de « {name} » ({count}) : {max} au plus.',
    en: 'Too many "{name}" ({count}): {max} at most.',
  },
  notANumber: {
    fr: '« {name} » doit être un nombre entre {min} et {max}, pas « {word} ».',
    en: '"{name}" must be a number from {min} to {max}, not "{word}".',
  },
  notAChoice: {
    fr: '« {word} » ne convient pas pour « {name} » : {choices}.',
    en: '"{word}" does not fit "{name}": {choices}.',
  },
});
