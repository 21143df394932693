-brand = VoIPBIN

language-label = Langue
language-failed = Impossible de charger { $language } ({ $reason }). Le poste reste dans la langue actuelle.

## VoIPBIN's agent statuses (the status menu, the team list, the dashboard)
agent-status-available = Disponible
agent-status-away = Absent
agent-status-busy = Occupé
agent-status-offline = Hors ligne
agent-status-ringing = Sonnerie
agent-status-none = Aucun statut
