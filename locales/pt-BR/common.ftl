-brand = VoIPBIN

language-label = Idioma
language-failed = Não foi possível carregar { $language } ({ $reason }). A mesa continua no idioma anterior.
