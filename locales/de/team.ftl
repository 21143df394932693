# Team talk: the Team panel (a chunk of its own; its button is in desk.ftl).

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
