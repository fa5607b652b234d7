// What the shell says on its own about a private file, a message's picture and after an
// erasure (the core says everything else).
import { defineMessages } from '../../src/core/public.ts';

export const shellMessages = defineMessages({
  fileSaved: {
    fr: 'Fichier enregistré (lisible seulement par le compte qui fait tourner Maillage) : {path}',
    en: 'File saved (readable only by the account running Maillage): {path}',
  },
  fileFailed: {
    fr: "Le fichier n'a pas pu être enregistré dans {dir} ({code}) : vérifiez que ce dossier est accessible en écriture, puis recommencez.",
    en: 'The file could not be saved in {dir} ({code}): check that this directory is writable, then try again.',
  },
  pictureSaved: {
    fr: 'Image enregistrée : {path} — {alt}',
    en: 'Picture saved: {path} — {alt}',
  },
  pictureFailed: {
    fr: "L'image n'a pas pu être enregistrée dans {dir} ({code}) — {alt}",
    en: 'The picture could not be saved in {dir} ({code}) — {alt}',
  },
  pictureNoDataDir: {
    fr: "Ce shell n'a pas de dossier de données : l'image n'a pas été enregistrée — {alt}",
    en: 'This shell has no data directory: the picture was not saved — {alt}',
  },
  erasedSelf: {
    fr: 'Vos données sont effacées : la session se termine. Relancez Maillage pour y revenir comme nouveau membre.',
    en: 'Your data is erased: the session ends. Start Maillage again to come back as a new member.',
  },
  noDataDir: {
    fr: "Ce shell n'a pas de dossier de données : le fichier n'a pas été enregistré.",
    en: 'This shell has no data directory: the file was not saved.',
  },
});
