# Words used across the desk: the top bar, statuses, shared buttons, errors.
# Fluent syntax (https://projectfluent.org/fluent/guide/). Only what src/i18n/fluent.rs reads:
# messages, terms, { $variables }, { -terms }, and selects on plural categories.

-brand = VoIPBIN

language-label = Language
language-failed = { $language } could not be loaded ({ $reason }). The desk stays in the language it was in.

## VoIPBIN's agent statuses (the status menu, the team list, the dashboard)
agent-status-available = Available
agent-status-away = Away
agent-status-busy = Busy
agent-status-offline = Offline
agent-status-ringing = Ringing
agent-status-none = No status
