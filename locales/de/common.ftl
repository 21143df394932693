-brand = VoIPBIN

language-label = Sprache
language-failed = { $language } konnte nicht geladen werden ({ $reason }). Die Oberfläche bleibt in der bisherigen Sprache.

## VoIPBIN's agent statuses (the status menu, the team list, the dashboard)
agent-status-available = Verfügbar
agent-status-away = Abwesend
agent-status-busy = Beschäftigt
agent-status-offline = Offline
agent-status-ringing = Klingelt
agent-status-none = Kein Status
