# Team talk: the Team panel (a chunk of its own; its button is in desk.ftl).

team-new-chat = Nuevo chat
team-new-group-button = Nuevo grupo
team-channels-button = Canales
team-close-panel = Cerrar Equipo
team-dismiss = Cerrar
team-chat-list = Chats
team-no-chats = Aún no hay chats: inicie uno con un compañero o únase a un canal.
team-pick-chat = Elija un chat.
team-you = Usted
team-teammate = Compañero
team-direct-chat = Chat directo
team-chat-untitled = Chat

team-back-to-chat = ← Volver al chat
team-older-messages = Mensajes anteriores
team-offline-note = Sin conexión: lo que envíe esperará y saldrá cuando vuelva la conexión.
team-out-queued = Esperando para enviar…
team-out-sending = Enviando…
team-out-failed = No enviado. { $reason }
team-discard = Descartar
team-reply-placeholder = Responder en el hilo…
team-message-placeholder = Mensaje…
team-input-label = Mensaje para el equipo
team-attach-file = Adjuntar
team-send-message = Enviar
team-deleted = Este mensaje se eliminó.
team-react-with = Reaccionar con { $emoji }
team-reply-in-thread = Responder en hilo
team-replies = { $count ->
    [one] { $count } respuesta
    [many] { $count } respuestas
   *[other] { $count } respuestas
}
team-attachment = Adjunto
team-attached-image = Imagen adjunta

team-chat-with-teammate = Chatear con un compañero
team-reading-team = Cargando el equipo…
team-group-name-label = Nombre
team-create-group = Crear grupo
team-public-channels = Canales públicos
team-reading-channels = Cargando los canales…
team-member-count = { $count ->
    [one] { $count } miembro
    [many] { $count } miembros
   *[other] { $count } miembros
}
team-open-channel = Abrir
team-join-channel = Unirse
