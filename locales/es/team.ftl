# Team talk and asking for help.

team-name = Equipo
team-unread-count = { $count ->
    [one] { $count } sin leer
    [many] { $count } sin leer
   *[other] { $count } sin leer
}
team-notify-title = Equipo · { $chat }
team-notify-untitled = Mensaje del equipo
team-opening = Abriendo Equipo…
team-load-failed-text = Equipo no se pudo cargar (red o servidor); el escritorio sigue funcionando.
team-retry-load = Reintentar
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
team-file-too-big = El archivo ocupa { $size } MB; { -brand } admite como máximo { $max } MB.

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

team-failed-read-chat = No se pudo leer el chat. { $reason }
team-failed-read-older = No se pudieron leer los mensajes anteriores. { $reason }
team-failed-upload = No se pudo subir el archivo. { $reason }
team-failed-react = No se pudo añadir la reacción. { $reason }
team-failed-start-chat = No se pudo iniciar el chat. { $reason }
team-failed-create-group = No se pudo crear el grupo. { $reason }
team-failed-read-channels = No se pudieron leer los canales. { $reason }
team-failed-join-channel = No se pudo unir al canal. { $reason }
team-failed-open-help = No se puede abrir el canal Help. { $reason }
team-failed-ask-help = No se pudo pedir ayuda. { $reason }
team-failed-take-request = No se pudo atender la solicitud. { $reason }
team-failed-say-ended = No se pudo avisar de que la llamada terminó. { $reason }
team-why-network = No se puede conectar con el servidor. Compruebe la conexión e inténtelo de nuevo.
team-why-session = La sesión ha caducado. Inicie sesión de nuevo.
team-why-forbidden = Su cuenta no tiene permiso para hacerlo.
team-why-not-found = El servidor no lo encuentra (puede que se haya eliminado).
team-why-status = El servidor respondió { $code }: { $detail }
team-why-decode = No se pudo leer la respuesta del servidor.

team-help-reason-label = Por qué necesita ayuda (opcional)
team-help-reason-placeholder = Motivo (opcional)
team-help-ask = Pedir ayuda
team-help-asking = Pidiendo…
team-help-pending = Ayuda solicitada: esperando a un supervisor…
team-help-taken = { $name } se encarga.
team-help-taken-unknown = Un supervisor se encarga.
team-help-closed = Solicitud de ayuda cerrada: la llamada terminó.

team-help-line-agent = 🙋 { $agent } pide ayuda en una llamada
team-help-line-anonymous = 🙋 Un agente pide ayuda en una llamada
team-help-line-caller = Llamante: { $caller }
team-help-line-caller-unknown = Llamante: desconocido
team-help-line-queue = Cola: { $queue }
team-help-line-waited = Esperó: { $waited }
team-help-line-case = Caso: { $case }
team-help-line-listen = Escuchar: { $link }
team-help-line-reason = Motivo: { $reason }
team-help-on-it-name = Me encargo: { $name }
team-help-on-it = Me encargo: un supervisor
team-help-call-ended = La llamada terminó.
