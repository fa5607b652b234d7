// Words of `diagnostic historique`, in French and English.
import { defineMessages } from '../i18n/index.ts';

export const pastMessages = defineMessages({
  title: { fr: 'Diagnostics publiés', en: 'Digests posted' },
  line: { fr: '• n° {ref} — {range}', en: '• #{ref} — {range}' },
  none: {
    fr: 'Aucun diagnostic n’a encore été publié selon son horaire. `diagnostic` en montre un aperçu.',
    en: 'No digest has been posted on its schedule yet. `digest` shows a preview.',
  },
  showButton: { fr: 'Revoir le n° {ref}', en: 'Show #{ref} again' },
  unknown: {
    fr: 'Il n’y a pas de diagnostic n° {ref}. `diagnostic historique` liste ceux qui ont été publiés.',
    en: 'There is no digest #{ref}. `digest history` lists those posted.',
  },
  again: {
    fr: '_Diagnostic n° {ref}, recalculé aujourd’hui pour les mêmes jours : une personne effacée ou un échange retiré depuis n’y figure plus._',
    en: '_Digest #{ref}, computed again today for the same days: someone erased or an exchange withdrawn since no longer appears._',
  },
  note: {
    fr: 'Diagnostic n° {ref} · `diagnostic historique {ref}` le montre à nouveau',
    en: 'Digest #{ref} · `digest history {ref}` shows it again',
  },
});
