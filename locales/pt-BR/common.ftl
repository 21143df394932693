-brand = VoIPBIN

language-label = Idioma
language-failed = Não foi possível carregar { $language } ({ $reason }). A mesa continua no idioma anterior.

## VoIPBIN's agent statuses (the status menu, the team list, the dashboard)
agent-status-available = Disponível
agent-status-away = Ausente
agent-status-busy = Ocupado
agent-status-offline = Offline
agent-status-ringing = Tocando
agent-status-none = Sem estado
