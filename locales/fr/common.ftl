-brand = VoIPBIN

language-label = Langue
language-failed = Impossible de charger { $language } ({ $reason }). Le poste reste dans la langue actuelle.
