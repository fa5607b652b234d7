import type { CatalogKey } from './catalog-fr.ts';

export const en: Record<CatalogKey, string> = {
  'help.title': 'Maillage — commands',
  'help.intro-shell': 'Type a command, as it is written after `/coop` in Slack or Discord. A few examples:',
  'help.intro': 'Type `/coop` followed by a command. A few examples:',
  'help.footer': 'For the details of a command: `help COMMAND` (for example `help config`).',
  'help.command.title': 'Command {name}',
  'help.usage': 'Usage',
  'help.examples': 'Examples',
  'help.aliases': 'Also:',
  'help.facilitator-only': "For the network's facilitators only.",

  'error.unknown-command': 'I don\'t know the command "{name}".',
  'error.did-you-mean': 'Did you mean: {suggestions}?',
  'error.see-help': 'Type `help` for the list of commands.',
  'error.unclosed-quote': 'A quote is not closed. Close it, for example: `config name "Cergy network"`.',
  'error.invalid-arguments': "I didn't understand this command.",
  'error.try': 'Try for example: {example}',
  'error.facilitator-only':
    "This command is for the network's facilitators. Ask one of them: {facilitators}.",
  'error.no-facilitator': 'no facilitator named yet',
  'error.internal':
    'Sorry, something went wrong on our side. Nothing was saved; please try again in a moment.',
  'error.database-unavailable':
    "Maillage's database is not answering right now: nothing was changed. Try again in a moment.",
  'error.unconfirmed':
    'The connection to the database was cut while saving: it cannot be confirmed whether it was saved. ' +
    'Check before trying again (for example `log list`, `poll list`, `glossary list`, `profile`).',
  'error.unknown-member': 'I can\'t find a member "{name}" in this network.',
  'error.unknown-member-suggest':
    'I can\'t find a member "{name}" in this network. Close matches: {suggestions}.',
  'error.too-long': 'This text is too long ({length} characters): {max} at most.',
  'error.empty': 'This text is empty.',

  'config.title': 'Network settings',
  'config.name': 'Name',
  'config.locale': 'Language',
  'config.timezone': 'Time zone',
  'config.facilitators': 'Facilitators',
  'config.platform-admins': "and the space's admins",
  'config.hint':
    'To change: `config name "Cergy network"`, `config language en`, `config timezone Europe/Paris`, `config facilitator add @Name`, `config facilitator remove @Name`.',
  'config.name-set': 'The network is now called "{value}".',
  'config.locale-set': "The network's language is now: {value}.",
  'config.timezone-set': "The network's time zone is now {value}.",
  'config.facilitator-added': '{name} is now a facilitator of the network.',
  'config.facilitator-removed': '{name} is no longer a facilitator of the network.',
  'config.facilitator-already': '{name} is already a facilitator.',
  'config.facilitator-not': '{name} was not a facilitator.',
  'config.error.name': 'Give a name of 1 to 80 characters, for example: `config name "Cergy network"`.',
  'config.error.locale': 'Possible languages: `fr` or `en`. For example: `config language en`.',
  'config.error.timezone':
    'Unknown time zone. Use a name such as `Europe/Paris`, `America/Cayenne` or `Indian/Reunion`.',
  'config.error.member': 'Name the member with a mention, for example: `config facilitator add @Marie`.',
  'config.language.fr': 'French',
  'config.language.en': 'English',
  'config.error.setting': 'Possible settings: `name`, `language`, `timezone`, `facilitator`.',

  'guard.confirm-button': 'Save anyway',

  'shell.welcome': 'Maillage — network "{network}", you are {member}. Type `help` to start, `quit` to leave.',
  'shell.as': 'You are now acting as {member}.',
  'shell.as-back': 'You are {member} again.',
  'shell.as-error':
    'Give a name of 1 to 80 characters, for example: `as "Marie Dupont"`. `as` alone brings you back.',
  'shell.demo-offer': 'First start: would you like to create a small demo network to try things out? (y/N) ',
  'shell.demo-created':
    'Demo network ready: {organisations} organisations, {members} members, {exchanges} exchanges, one shared goal. You are in it, as {member}. Type `demo exit` to go back to your network.',
  'shell.demo-entered':
    'You are in the demo network, as {member}. Type `demo exit` to go back to your network.',
  'shell.demo-left': 'Back to your network "{network}".',
  'shell.demo-error': 'Type `demo` to enter the demo network, `demo exit` to leave it.',
  'shell.private-to': '(private message to {member})',
  'shell.bye': 'See you soon.',
  'shell.help.as': '`as NAME`: act as another member (`as` alone brings you back)',
  'shell.help.demo': '`demo`: enter the demo network (creating it if needed); `demo exit` to come back',
  'shell.help.quit': '`quit`: leave',
  'shell.help.as-details':
    '`as NAME` acts as another member of the local network: the one with that name, or the only one with that first name; otherwise a new member (not a facilitator), for example: `as "Marie Dupont"`. `as` alone brings you back. Terminal only.',
  'shell.help.demo-details':
    '`demo` enters the demo network (5 organisations, 5 members, 3 exchanges, one shared goal), created on first use; `demo exit` brings you back to your network. Terminal only.',
  'shell.help.quit-details': "`quit` (or `quitter`) closes Maillage's terminal, wherever you are.",
};
