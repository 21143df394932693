-brand = VoIPBIN

language-label = Sprache
language-failed = { $language } konnte nicht geladen werden ({ $reason }). Die Oberfläche bleibt in der bisherigen Sprache.
