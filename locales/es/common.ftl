-brand = VoIPBIN

language-label = Idioma
language-failed = No se pudo cargar { $language } ({ $reason }). El escritorio sigue en el idioma anterior.

## VoIPBIN's agent statuses (the status menu, the team list, the dashboard)
agent-status-available = Disponible
agent-status-away = Ausente
agent-status-busy = Ocupado
agent-status-offline = Desconectado
agent-status-ringing = Sonando
agent-status-none = Sin estado
