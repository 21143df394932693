# desk

## The desk's frame
desk-title = Agenten-Desk
desk-phone = Telefon
desk-loading = Wird geladen…
desk-try-again = Erneut versuchen
desk-part-load-failed = Dieser Teil des Desks kam nicht an (Netzwerk oder Server); Ihre Anrufe, Notizen und Nachrichten sind sicher.
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

## The agent's calls: the list (the selected call is in work.ftl)
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
desk-inbound = eingehend
desk-outbound = ausgehend

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

## Team talk: the button in the top bar, its notifications, the panel while it loads
## (the panel's own words are in team.ftl)
team-name = Team
team-unread-count = { $count ->
    [one] { $count } ungelesen
   *[other] { $count } ungelesen
}
team-notify-title = Team · { $chat }
team-notify-untitled = Team-Nachricht
team-opening = Team wird geöffnet…
team-load-failed-text = Team wurde nicht geladen (Netzwerk oder Server); alles andere läuft weiter.
team-retry-load = Erneut versuchen

## Message threads: the list (the open thread's words are in work.ftl)
work-messages-title = Nachrichten
work-unread = { $count ->
    [one] { $count } ungelesen
   *[other] { $count } ungelesen
}
work-messages-empty = Noch keine Unterhaltungen. Nachrichten von Kunden, die Ihnen zugewiesen sind, erscheinen hier.
work-conversations = Unterhaltungen
work-threads-hint = J / K: nächste oder vorherige Unterhaltung

## Wrap-up on the desk: the header's indicator, the agent's wrap-up time, notices
## (the wrap-up card's words are in work.ftl)
work-dismiss = Schließen
work-wrap-up = Nachbearbeitung
work-wrap-up-time = Nachbearbeitungszeit
work-wrap-up-seconds = Sekunden nach jedem angenommenen Anruf (0: bis Sie auf Fertig klicken)
work-call-note = Anrufnotiz
work-notice-phone-unregistered = Weiter beschäftigt, nicht auf verfügbar gesetzt: Ihr Telefon ist nicht registriert, Anrufer können Sie also nicht erreichen.
