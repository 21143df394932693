# After-call work: wrap-up, case notes, messages, quick replies, contacts.

## Shared buttons

work-save = Speichern
work-cancel = Abbrechen
work-dismiss = Schließen
work-retry = Wiederholen
work-try-again = Erneut versuchen
work-remove = Entfernen
work-edit = Bearbeiten
work-reload = Neu laden

## Message threads

work-messages-title = Nachrichten
work-unread = { $count ->
    [one] { $count } ungelesen
   *[other] { $count } ungelesen
}
work-messages-empty = Noch keine Unterhaltungen. Nachrichten von Kunden, die Ihnen zugewiesen sind, erscheinen hier.
work-conversations = Unterhaltungen
work-threads-hint = J / K: nächste oder vorherige Unterhaltung
work-peer-unknown = Unbekannt
work-assigned-to-another-agent = Einem anderen Agenten zugewiesen
work-assigned-to = Zugewiesen an { $name }
work-load-older = { $count ->
    [one] Ältere Nachrichten laden ({ $count } weitere)
   *[other] Ältere Nachrichten laden ({ $count } weitere)
}
work-messages-with = Nachrichten mit { $name }
work-delivery-received = Empfangen
work-delivery-sending = Wird gesendet…
work-delivery-queued = In Warteschlange
work-delivery-sent = Gesendet
work-delivery-delivered = Zugestellt
work-delivery-failed = Nicht zugestellt
work-send-again = Erneut senden
work-reply-not-sent-forbidden = Nicht gesendet: Ihr Konto darf keine Nachrichten senden. Wenden Sie sich an einen Supervisor.
work-reply-not-sent-gone = Nicht gesendet: Der Server kennt diese Unterhaltung nicht mehr.
work-reply-not-sent-network = Nicht gesendet: Der Server ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.
work-reply-not-sent-expired = Nicht gesendet: Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.
work-reply-not-sent-other = Nicht gesendet: { $reason }.
work-discard = Verwerfen
work-reply = Antwort
work-reply-to = Antwort an { $name }
work-reply-to-placeholder = Antwort an { $name }…
work-send = Senden
work-reply-keys = Enter sendet · Umschalt+Enter neue Zeile · / zum Schreiben
work-reply-length = { $chars ->
    [one] { $chars } Zeichen · { $parts } SMS
   *[other] { $chars } Zeichen · { $parts } SMS
}

## Quick replies

work-quick-replies = Schnellantworten
work-quick-replies-kept = Ihre Schnellantworten, in diesem Browser gespeichert.
work-quick-reply-number-label = Schnellantwort { $number }
work-quick-reply-remove-label = Schnellantwort { $number } entfernen
work-quick-reply-add = Antwort hinzufügen
work-quick-replies-edit = Schnellantworten bearbeiten
work-quick-reply-thanks = Danke für Ihre Nachricht! Ich kümmere mich gleich darum.
work-quick-reply-number = Könnten Sie mir bitte Ihre Kunden- oder Bestellnummer nennen?
work-quick-reply-passed-on = Ich habe Ihr Anliegen an das zuständige Team weitergegeben; Sie erhalten innerhalb eines Werktags eine Antwort.
work-quick-reply-anything-else = Kann ich Ihnen heute noch bei etwas anderem helfen?

## Contacts

work-contacts = Kontakte
work-contact = Kontakt
work-contacts-search = Kontakte suchen
work-contacts-search-placeholder = Name, Firma, Nummer oder E-Mail
work-contacts-unreadable = Die Kontakte konnten nicht gelesen werden: { $reason }
work-contacts-reading = Kontakte werden gelesen…
work-contacts-no-match = Kein Kontakt passt.
work-contact-first-name = Vorname
work-contact-last-name = Nachname
work-contact-company = Firma
work-contact-job-title = Position
work-contact-notes = Notizen
work-contact-primary = (primär)
work-contact-not-saved = Speichern fehlgeschlagen: { $reason }
work-timeline = Verlauf
work-timeline-reading = Verlauf wird gelesen…
work-timeline-empty = Keine Einträge.

## The call's case

work-case = Fall
work-case-looking = Fall zu diesem Anruf wird gesucht…
work-case-unreadable = Der Fall zu diesem Anruf konnte nicht gelesen werden: { $reason }
work-case-open = Offen
work-case-closed = Geschlossen ({ $reason })
work-case-assign-me = Mir zuweisen
work-case-attach-caller = Anrufer verknüpfen
work-case-close = Fall schließen
work-case-no-notes = Noch keine Notizen.
work-case-note-system = System
work-case-note-agent = Agent

## Wrap-up

work-wrap-up = Nachbearbeitung
work-wrap-up-left = Noch { $time }
work-wrap-up-until-done = bis Sie auf Fertig klicken
work-wrap-up-extend = +30 s (max. { $max })
work-wrap-up-extend-hint = Fügt 30 s hinzu, insgesamt bis zu { $max } Nachbearbeitung
work-wrap-up-note = Notiz zum Anruf
work-wrap-up-note-placeholder = Worum ging es, was wurde vereinbart
work-wrap-up-close-case = Fall schließen
work-wrap-up-then = Danach
work-next-available = Verfügbar
work-next-away = Abwesend
work-next-offline = Offline
work-wrap-up-done = Fertig
work-wrap-up-time = Nachbearbeitungszeit
work-wrap-up-seconds = Sekunden nach jedem angenommenen Anruf (0: bis Sie auf Fertig klicken)
work-call-note = Anrufnotiz
work-notice-phone-unregistered = Weiter beschäftigt, nicht auf verfügbar gesetzt: Ihr Telefon ist nicht registriert, Anrufer können Sie also nicht erreichen.

## The note's progress after Done

work-note-not-sent = nicht gesendet: { $reason }
work-note-sent-case-not-closed = gesendet; der Fall wurde nicht geschlossen: { $reason }
work-note-sent-to-contact = gesendet (zu den Notizen des Kontakts hinzugefügt)
work-note-sent = gesendet
work-note-sending = wird gesendet…
work-note-saved-no-target = auf diesem Gerät gespeichert: Zu diesem Anruf ist kein Fall und kein Kontakt bekannt
work-note-saved-offline = auf diesem Gerät gespeichert: offline, wird gesendet, sobald die Verbindung zurück ist
work-note-saved-retrying = { $count ->
    [one] auf diesem Gerät gespeichert: Der Server hat sie nicht angenommen, neuer Versuch in { $count } s
   *[other] auf diesem Gerät gespeichert: Der Server hat sie nicht angenommen, neuer Versuch in { $count } s
}
work-note-saved = auf diesem Gerät gespeichert
