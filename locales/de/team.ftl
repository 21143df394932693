# Team talk and asking for help.

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
team-new-chat = Neuer Chat
team-new-group-button = Neue Gruppe
team-channels-button = Kanäle
team-close-panel = Team schließen
team-dismiss = Schließen
team-chat-list = Chats
team-no-chats = Noch keine Chats: Starten Sie einen mit einem Teammitglied oder treten Sie einem Kanal bei.
team-pick-chat = Wählen Sie einen Chat.
team-you = Sie
team-teammate = Teammitglied
team-direct-chat = Direktchat
team-chat-untitled = Chat

team-back-to-chat = ← Zurück zum Chat
team-older-messages = Ältere Nachrichten
team-offline-note = Offline: Was Sie senden, wartet und geht raus, sobald die Verbindung wieder steht.
team-out-queued = Wartet auf Versand…
team-out-sending = Wird gesendet…
team-out-failed = Nicht gesendet. { $reason }
team-discard = Verwerfen
team-reply-placeholder = Im Thread antworten…
team-message-placeholder = Nachricht…
team-input-label = Nachricht an das Team
team-attach-file = Anhängen
team-send-message = Senden
team-deleted = Diese Nachricht wurde gelöscht.
team-react-with = Mit { $emoji } reagieren
team-reply-in-thread = Im Thread antworten
team-replies = { $count ->
    [one] { $count } Antwort
   *[other] { $count } Antworten
}
team-attachment = Anhang
team-attached-image = Angehängtes Bild
team-file-too-big = Die Datei hat { $size } MB; { -brand } nimmt höchstens { $max } MB an.

team-chat-with-teammate = Mit Teammitglied chatten
team-reading-team = Team wird geladen…
team-group-name-label = Name
team-create-group = Gruppe erstellen
team-public-channels = Öffentliche Kanäle
team-reading-channels = Kanäle werden geladen…
team-member-count = { $count ->
    [one] { $count } Mitglied
   *[other] { $count } Mitglieder
}
team-open-channel = Öffnen
team-join-channel = Beitreten

team-failed-read-chat = Der Chat konnte nicht geladen werden. { $reason }
team-failed-read-older = Ältere Nachrichten konnten nicht geladen werden. { $reason }
team-failed-upload = Die Datei konnte nicht hochgeladen werden. { $reason }
team-failed-react = Die Reaktion konnte nicht hinzugefügt werden. { $reason }
team-failed-start-chat = Der Chat konnte nicht gestartet werden. { $reason }
team-failed-create-group = Die Gruppe konnte nicht erstellt werden. { $reason }
team-failed-read-channels = Die Kanäle konnten nicht geladen werden. { $reason }
team-failed-join-channel = Dem Kanal konnte nicht beigetreten werden. { $reason }
team-failed-open-help = Der Help-Kanal lässt sich nicht öffnen. { $reason }
team-failed-ask-help = Hilfe konnte nicht angefordert werden. { $reason }
team-failed-take-request = Die Anfrage konnte nicht übernommen werden. { $reason }
team-failed-say-ended = Das Ende des Anrufs konnte nicht gemeldet werden. { $reason }
team-why-network = Der Server ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.
team-why-session = Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.
team-why-forbidden = Ihr Konto hat dafür keine Berechtigung.
team-why-not-found = Der Server kennt es nicht (es wurde vielleicht entfernt).
team-why-status = Der Server antwortete { $code }: { $detail }
team-why-decode = Die Antwort des Servers war nicht lesbar.

team-help-reason-label = Warum Sie Hilfe brauchen (optional)
team-help-reason-placeholder = Grund (optional)
team-help-ask = Hilfe anfordern
team-help-asking = Wird angefordert…
team-help-pending = Hilfe angefordert: wartet auf einen Supervisor…
team-help-taken = { $name } übernimmt.
team-help-taken-unknown = Ein Supervisor übernimmt.
team-help-closed = Hilfeanfrage geschlossen: Der Anruf ist beendet.

team-help-line-agent = 🙋 { $agent } bittet bei einem Anruf um Hilfe
team-help-line-anonymous = 🙋 Ein Agent bittet bei einem Anruf um Hilfe
team-help-line-caller = Anrufer: { $caller }
team-help-line-caller-unknown = Anrufer: unbekannt
team-help-line-queue = Warteschlange: { $queue }
team-help-line-waited = Gewartet: { $waited }
team-help-line-case = Fall: { $case }
team-help-line-listen = Mithören: { $link }
team-help-line-reason = Grund: { $reason }
team-help-on-it-name = Übernehme: { $name }
team-help-on-it = Übernehme: ein Supervisor
team-help-call-ended = Der Anruf ist beendet.
