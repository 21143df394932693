# The call-work chunk (also the contacts page and the transfer dialog): the selected call,
# its transcript, transfer and help request, the contact editor, the call's case, the
# wrap-up card and the note's progress, the open message thread, quick replies, contacts.

## Shared buttons

work-save = Speichern
work-cancel = Abbrechen
work-retry = Wiederholen
work-try-again = Erneut versuchen
work-remove = Entfernen
work-edit = Bearbeiten
work-reload = Neu laden

## Message threads

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

## The selected call: its panel, controls and what they said

desk-close = Schließen
desk-phase-unknown = Unbekannt
desk-call = Anruf
desk-via-queue = über { $queue }
desk-handled-by = Bearbeitet von { $name }
desk-call-time = Gesprächsdauer
desk-phone-controls-hint = Sprechen, stummschalten, halten, Tastenfeld und auflegen mit dem Telefon oben. Weiterleiten und Aufzeichnen sind Supervisoren vorbehalten.
desk-call-controls = Anrufsteuerung
desk-mute = Stumm
desk-unmute = Ton an
desk-hold = Halten
desk-resume = Fortsetzen
desk-record = Aufzeichnen
desk-stop-recording = Aufzeichnung stoppen
desk-transfer = Weiterleiten
desk-voicemail = Voicemail
desk-hang-up = Auflegen
desk-voicemail-why = Voicemail: Die API von VoIPBIN kann nicht an die Voicemail senden; leiten Sie stattdessen an eine Voicemail-Nummer weiter.
desk-hangup-again = Drücken Sie H erneut zum Auflegen.
desk-ended-transferred = Sie sind nicht mehr in diesem Anruf (weitergeleitet). Aufzeichnung und Transkript bleiben hier für die Nachbearbeitung.
desk-ended-by-caller = Der Anrufer hat aufgelegt. Der Anruf bleibt zwei Minuten für die Nachbearbeitung hier.
desk-ended-by-us = Von dieser Seite beendet. Der Anruf bleibt zwei Minuten für die Nachbearbeitung hier.
desk-ended = Anruf beendet. Er bleibt zwei Minuten für die Nachbearbeitung hier.
desk-op-hangup-progress = Wird aufgelegt…
desk-op-mute-progress = Stummschalten…
desk-op-unmute-progress = Ton an…
desk-op-hold-progress = Wird gehalten…
desk-op-resume-progress = Fortsetzen…
desk-op-record-progress = Aufzeichnung startet…
desk-op-stop-record-progress = Aufzeichnung wird gestoppt…
desk-op-hangup-sent = Auflegen gesendet. Warten auf Bestätigung von VoIPBIN…
desk-op-mute-sent = Stummschalten gesendet. Warten auf Bestätigung von VoIPBIN…
desk-op-unmute-sent = Ton an gesendet. Warten auf Bestätigung von VoIPBIN…
desk-op-record-sent = Aufzeichnungsstart gesendet. Warten auf Bestätigung von VoIPBIN…
desk-op-stop-record-sent = Aufzeichnungsstopp gesendet. Warten auf Bestätigung von VoIPBIN…
desk-op-hangup-failed = Auflegen nicht möglich.
desk-op-mute-failed = Stummschalten nicht möglich.
desk-op-unmute-failed = Ton an nicht möglich.
desk-op-hold-failed = Der Anruf konnte nicht gehalten werden.
desk-op-resume-failed = Der Anruf konnte nicht fortgesetzt werden.
desk-op-record-failed = Die Aufzeichnung konnte nicht starten.
desk-op-stop-record-failed = Aufzeichnung stoppen nicht möglich.

## Transcript and recordings

desk-transcript-title = Live-Transkript
desk-transcript = Transkript
desk-transcript-supervisors-only = Nur Supervisoren
desk-transcript-live = Live
desk-transcript-finished = Fertig
desk-transcript-not-started = Nicht gestartet
desk-transcript-waiting = Warten, bis VoIPBIN diesen Anruf transkribiert…
desk-transcript-not-for-agents = VoIPBIN sendet Live-Transkripte nur an Admin- und Manager-Konten (die Ereignisse nennen keinen Agenten), daher kann dieses Konto sie nicht zeigen.
desk-speaker-you = Sie
desk-speaker-agent = Agent
desk-speaker-caller = Anrufer
desk-recordings = Aufzeichnungen
desk-recording-ready = Aufzeichnung bereit · { $length } · { $format }
desk-recording-ready-audio = Aufzeichnung bereit · { $length } · Audio
desk-recording-open = Abspielen oder laden
desk-recording-open-hint = Öffnet die Aufzeichnungsdatei von VoIPBIN in einem neuen Tab
desk-recording-since = Aufzeichnung seit { $time }

## Transfer (opened from the selected call; the dialog is a chunk of its own)

desk-cancel = Abbrechen
desk-transfer-opening = Weiterleitung wird geöffnet…
desk-transfer-load-failed = Der Weiterleitungsdialog kam nicht an (Netzwerk oder Server); der Anruf läuft weiter.
desk-transfer-title = Diesen Anruf weiterleiten
desk-transfer-how = Art
desk-transfer-blind = Blind — sofort übergeben
desk-transfer-attended = Mit Rückfrage — erst sprechen
desk-transfer-no-agents = Keine Agentenliste für dieses Konto (VoIPBIN zeigt Agenten nur Admins und Managern): Geben Sie eine Durchwahl oder Nummer ein.
desk-transfer-to-agent = An einen Agenten
desk-transfer-choose-agent = Agent wählen…
desk-transfer-to-number = Oder Nummer, Durchwahl oder SIP-Adresse
desk-transfer-number-example = +15550100200, 2003 oder sip:name@host
desk-transferring = Wird weitergeleitet…
desk-transfer-pick = Wählen Sie einen Agenten oder geben Sie eine Nummer ein.
desk-transferred-blind = Weitergeleitet: Bei { $name } klingelt es. Sie sind nicht mehr im Anruf.
desk-transferred-attended = Rückfrage bei { $name }: Der Anrufer wird verbunden, sobald angenommen wird.
desk-failed-transfer = Weiterleiten nicht möglich.
desk-agent-available = verfügbar
desk-agent-away = abwesend
desk-agent-busy = beschäftigt
desk-agent-offline = offline
desk-agent-ringing = klingelt
desk-agent-unknown = unbekannt
desk-destination-empty = Geben Sie eine Nummer, Durchwahl oder SIP-Adresse ein.
desk-destination-bad-sip = Keine gültige SIP-Adresse (name@host).
desk-destination-bad-length = Eine Telefonnummer braucht + und 8 bis 15 Ziffern, z. B. +15550100200.
desk-destination-no-plus = Beginnen Sie die Nummer mit + und der Ländervorwahl, z. B. +15550100200.
desk-destination-unknown = Keine Telefonnummer, Durchwahl oder SIP-Adresse.

## What the contact editor and the case's actions could not do

desk-failed-create-contact = Kontakt konnte nicht angelegt werden.
desk-failed-save-contact = Kontakt konnte nicht gespeichert werden.
desk-failed-link-number = Nummer konnte nicht verknüpft werden.
desk-failed-attach-contact = Kontakt konnte nicht zugeordnet werden.
desk-failed-assign-case = Fall konnte nicht zugewiesen werden.
desk-failed-close-case = Fall konnte nicht geschlossen werden.

## Asking for help on a call (in the selected call's panel)

team-help-reason-label = Warum Sie Hilfe brauchen (optional)
team-help-reason-placeholder = Grund (optional)
team-help-ask = Hilfe anfordern
team-help-asking = Wird angefordert…
team-help-pending = Hilfe angefordert: wartet auf einen Supervisor…
team-help-taken = { $name } übernimmt.
team-help-taken-unknown = Ein Supervisor übernimmt.
team-help-closed = Hilfeanfrage geschlossen: Der Anruf ist beendet.

## The help request as posted in the Help channel: the agent's words, one line each
## (the machine line after them is not translated)

team-help-line-agent = 🙋 { $agent } bittet bei einem Anruf um Hilfe
team-help-line-anonymous = 🙋 Ein Agent bittet bei einem Anruf um Hilfe
team-help-line-caller = Anrufer: { $caller }
team-help-line-caller-unknown = Anrufer: unbekannt
team-help-line-queue = Warteschlange: { $queue }
team-help-line-waited = Gewartet: { $waited }
team-help-line-case = Fall: { $case }
team-help-line-listen = Mithören: { $link }
team-help-line-reason = Grund: { $reason }
team-help-call-ended = Der Anruf ist beendet.

## Why the server's answer to a sent reply could not be read (shell-error-decode's $detail)

shell-error-not-message = die Antwort ist keine Nachricht einer Unterhaltung
