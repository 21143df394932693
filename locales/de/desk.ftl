# desk

## The desk's frame
desk-title = Agenten-Desk
desk-phone = Telefon
desk-loading = Wird geladen…
desk-try-again = Erneut versuchen
desk-part-load-failed = Dieser Teil des Desks kam nicht an (Netzwerk oder Server); Ihre Anrufe, Notizen und Nachrichten sind sicher.
desk-cancel = Abbrechen
desk-close = Schließen
desk-edit = Bearbeiten

## Why an action failed
desk-error-forbidden = Ihr Konto darf das nicht (VoIPBIN gibt Anrufsteuerung nur Admins und Managern). Nutzen Sie Ihr Telefon oder fragen Sie einen Supervisor.
desk-error-not-found = Der Server kennt diesen Anruf nicht mehr (er ist vielleicht beendet).
desk-error-network = Der Server ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.
desk-error-session = Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.

## Queue alert
desk-alerts-none = Keine Anrufer warten auf Sie
desk-alerts-waiting = { $count ->
    [one] { $count } Anrufer wartet
   *[other] { $count } Anrufer warten
}
desk-title-call = Anruf: { $caller }
desk-title-waiting = { $count ->
    [one] { $count } Anrufer wartet
   *[other] { $count } Anrufer warten
}
desk-alert-gone = { $caller } wartet nicht mehr.
desk-announce-ringing = Anruf für Sie von { $caller }. A zum Annehmen, X zum Ausblenden.
desk-announce-waiting-in = { $caller } wartet in { $queue }. A zum Annehmen, X zum Ausblenden.
desk-announce-waiting = { $caller } wartet. A zum Annehmen, X zum Ausblenden.
desk-notify-ringing = Anruf für Sie
desk-notify-waiting = Anrufer wartet
desk-ring-sound-hint = Klingelton für eingehende Anrufer
desk-ring-sound-on = Klingelton an
desk-ring-sound-off = Klingelton aus
desk-watch-all = Bei Anrufern in allen Warteschlangen benachrichtigen
desk-incoming-callers = Eingehende Anrufer
desk-ringing-for-you = Klingelt für Sie
desk-ringing-for-you-in = Klingelt für Sie · { $queue }
desk-waiting = In Warteschlange
desk-waiting-at = In Warteschlange · Position { $position }
desk-waiting-in = Wartet in { $queue }
desk-waiting-in-at = Wartet in { $queue } · Position { $position }
desk-alert-waited = wartet seit
desk-accept = Annehmen
desk-dismiss = Ausblenden
desk-dismiss-hint = Blendet diesen Hinweis an diesem Desk aus (der Anruf selbst wird nicht abgelehnt)
desk-accept-working = Sie werden verfügbar gesetzt…
desk-accept-how-ringing-on = Klingelt auf { $address }. VoIPBIN hat keine Annehmen-Taste: Heben Sie am Telefon oder Softphone ab. Annehmen schaltet diesen Hinweis stumm.
desk-accept-how-ringing = Klingelt auf Ihrem Telefon. VoIPBIN hat keine Annehmen-Taste: Heben Sie am Telefon oder Softphone ab. Annehmen schaltet diesen Hinweis stumm.
desk-accept-how-queue = Annehmen setzt Sie auf verfügbar, damit die Warteschlange diesen Anrufer zu Ihrem Telefon durchstellen kann.
desk-accept-how-floor = Sie bedienen diese Warteschlange nicht: VoIPBIN leitet den Anrufer an deren Agenten.
desk-accepted-ringing = Heben Sie jetzt am Telefon oder Softphone ab. Dieser Hinweis schließt sich, sobald Sie verbunden sind.
desk-accepted-available = Sie sind verfügbar: Wenn die Warteschlange diesen Anrufer an Sie leitet, klingelt Ihr Telefon. Nehmen Sie dort an.
desk-accepted-now-available = Sie sind jetzt verfügbar: Die Warteschlange kann diesen Anrufer zu Ihrem Telefon durchstellen. Nehmen Sie dort an.
desk-failed-available = Sie konnten nicht auf verfügbar gesetzt werden.

## Desktop notifications
desk-notify-region = Desktop-Benachrichtigungen
desk-notify-offer = Eine Desktop-Benachrichtigung erhalten, wenn ein Anrufer wartet, während dieser Tab im Hintergrund ist?
desk-notify-enable = Benachrichtigungen an
desk-notify-later = Nicht jetzt

## The agent's calls
desk-my-calls = Meine Anrufe
desk-calls-count = Anrufe
desk-no-calls = Gerade keine Anrufe. Ein zu Ihnen geleiteter Anrufer erscheint oben im Desk; sobald Sie am Telefon abheben, erscheint der Anruf hier.
desk-on-the-floor = Im Team
desk-on-the-floor-hint = Anrufe anderer Agenten. Öffnen Sie einen, um dem Transkript zu folgen und einzugreifen.
desk-another-agent = ein anderer Agent
desk-phase-ringing = Klingelt
desk-phase-connected = Verbunden
desk-phase-ending = Endet…
desk-phase-ended = Beendet
desk-phase-unknown = Unbekannt
desk-call = Anruf
desk-inbound = eingehend
desk-outbound = ausgehend
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

## Transfer
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

## The customer beside the call
desk-customer = Kunde
desk-customer-empty = Wählen Sie einen Anruf, um zu sehen, wer dran ist, und frühere Anrufe und Nachrichten.
desk-unknown-caller = Unbekannter Anrufer
desk-earlier-calls = Frühere Anrufe
desk-no-earlier-calls = Keine früheren Anrufe mit dieser Nummer erfasst.
desk-conversations = Unterhaltungen
desk-no-threads = Keine Nachrichtenverläufe mit dieser Nummer.
desk-open-thread-with = Verlauf mit { $name } öffnen
desk-text-messages = SMS
desk-no-text-messages = Keine SMS mit dieser Nummer erfasst.
desk-sms-from-them = Von ihnen
desk-sms-to-them = An sie
desk-call-ended-reason = beendet ({ $reason })


## Who is calling (screen-pop)
desk-caller = Anrufer
desk-looking-up = { $number } wird gesucht…
desk-lookup-failed = Anrufer konnte nicht gesucht werden: { $detail }
desk-tags = Tags
desk-open-cases = Offene Fälle
desk-no-open-case = Kein offener Fall.
desk-last-interactions = Letzte Kontakte
desk-nothing-on-record = Nichts erfasst.
desk-no-number = Keine Nummer
desk-not-in-contacts = Nicht in Ihren Kontakten
desk-create-contact = Kontakt anlegen
desk-link-contact = Kontakt verknüpfen
desk-case-from = Fall von { $number }
desk-interaction-call = Anruf
desk-interaction-call-in = Anruf ein
desk-interaction-call-out = Anruf aus
desk-interaction-message = Nachricht
desk-interaction-message-in = Nachricht ein
desk-interaction-message-out = Nachricht aus
desk-interaction-conversation = Unterhaltung
desk-interaction-conversation-in = Unterhaltung ein
desk-interaction-conversation-out = Unterhaltung aus
desk-failed-create-contact = Kontakt konnte nicht angelegt werden.
desk-failed-save-contact = Kontakt konnte nicht gespeichert werden.
desk-failed-link-number = Nummer konnte nicht verknüpft werden.
desk-failed-attach-contact = Kontakt konnte nicht zugeordnet werden.
desk-failed-assign-case = Fall konnte nicht zugewiesen werden.
desk-failed-close-case = Fall konnte nicht geschlossen werden.
