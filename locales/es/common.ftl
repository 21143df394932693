-brand = VoIPBIN

language-label = Idioma
language-failed = No se pudo cargar { $language } ({ $reason }). El escritorio sigue en el idioma anterior.
