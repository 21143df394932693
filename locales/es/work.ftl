# After-call work: wrap-up, case notes, messages, quick replies, contacts.

## Shared buttons

work-save = Guardar
work-cancel = Cancelar
work-dismiss = Cerrar
work-retry = Reintentar
work-try-again = Reintentar
work-remove = Quitar
work-edit = Editar
work-reload = Recargar

## Message threads

work-messages-title = Mensajes
work-unread = { $count ->
    [one] { $count } sin leer
    [many] { $count } sin leer
   *[other] { $count } sin leer
}
work-messages-empty = Aún no hay conversaciones. Aquí aparecen los mensajes de los clientes que tiene asignados.
work-conversations = Conversaciones
work-threads-hint = J / K: conversación siguiente o anterior
work-peer-unknown = Desconocido
work-assigned-to-another-agent = Asignada a otro agente
work-assigned-to = Asignada a { $name }
work-load-older = { $count ->
    [one] Cargar mensajes anteriores ({ $count } más)
    [many] Cargar mensajes anteriores ({ $count } más)
   *[other] Cargar mensajes anteriores ({ $count } más)
}
work-messages-with = Mensajes con { $name }
work-delivery-received = Recibido
work-delivery-sending = Enviando…
work-delivery-queued = En cola
work-delivery-sent = Enviado
work-delivery-delivered = Entregado
work-delivery-failed = No entregado
work-send-again = Reenviar
work-reply-not-sent-forbidden = No enviado: su cuenta no tiene permiso para enviar mensajes. Consulte a un supervisor.
work-reply-not-sent-gone = No enviado: el servidor ya no conoce esta conversación.
work-reply-not-sent-network = No enviado: no se puede conectar con el servidor. Compruebe la conexión e inténtelo de nuevo.
work-reply-not-sent-expired = No enviado: la sesión ha caducado. Vuelva a iniciar sesión.
work-reply-not-sent-other = No enviado: { $reason }.
work-discard = Descartar
work-reply = Respuesta
work-reply-to = Responder a { $name }
work-reply-to-placeholder = Responder a { $name }…
work-send = Enviar
work-reply-keys = Intro envía · Mayús+Intro nueva línea · / para escribir
work-reply-length = { $chars ->
    [one] { $chars } carácter · { $parts } SMS
    [many] { $chars } caracteres · { $parts } SMS
   *[other] { $chars } caracteres · { $parts } SMS
}

## Quick replies

work-quick-replies = Respuestas rápidas
work-quick-replies-kept = Sus respuestas rápidas, guardadas en este navegador.
work-quick-reply-number-label = Respuesta rápida { $number }
work-quick-reply-remove-label = Quitar la respuesta rápida { $number }
work-quick-reply-add = Añadir respuesta
work-quick-replies-edit = Editar respuestas rápidas
work-quick-reply-thanks = ¡Gracias por escribirnos! Ya lo estoy revisando.
work-quick-reply-number = ¿Podría indicarme su número de cuenta o de pedido, por favor?
work-quick-reply-passed-on = He trasladado su consulta al equipo adecuado; le responderán en un plazo de un día hábil.
work-quick-reply-anything-else = ¿Hay algo más en lo que pueda ayudarle hoy?

## Contacts

work-contacts = Contactos
work-contact = Contacto
work-contacts-search = Buscar contactos
work-contacts-search-placeholder = Nombre, empresa, número o correo
work-contacts-unreadable = No se pudieron leer los contactos: { $reason }
work-contacts-reading = Leyendo contactos…
work-contacts-no-match = Ningún contacto coincide.
work-contact-first-name = Nombre
work-contact-last-name = Apellidos
work-contact-company = Empresa
work-contact-job-title = Cargo
work-contact-notes = Notas
work-contact-primary = (principal)
work-contact-not-saved = No se pudo guardar: { $reason }
work-timeline = Historial
work-timeline-reading = Leyendo el historial…
work-timeline-empty = Sin registros.

## The call's case

work-case = Caso
work-case-looking = Buscando el caso de esta llamada…
work-case-unreadable = No se pudo leer el caso de esta llamada: { $reason }
work-case-open = Abierto
work-case-closed = Cerrado ({ $reason })
work-case-assign-me = Asignármelo
work-case-attach-caller = Vincular al llamante
work-case-close = Cerrar caso
work-case-no-notes = Aún no hay notas.
work-case-note-system = Sistema
work-case-note-agent = Agente

## Wrap-up

work-wrap-up = Cierre
work-wrap-up-left = Quedan { $time }
work-wrap-up-until-done = hasta que pulse Listo
work-wrap-up-extend = +30 s (máx. { $max })
work-wrap-up-extend-hint = Añade 30 s, hasta { $max } de cierre de llamada en total
work-wrap-up-note = Nota sobre la llamada
work-wrap-up-note-placeholder = De qué se trató y qué se acordó
work-wrap-up-close-case = Cerrar el caso
work-wrap-up-then = Después
work-next-available = Disponible
work-next-away = Ausente
work-next-offline = Desconectado
work-wrap-up-done = Listo
work-wrap-up-time = Tiempo de cierre
work-wrap-up-seconds = segundos tras cada llamada contestada (0: hasta que pulse Listo)
work-call-note = Nota de la llamada
work-notice-phone-unregistered = Sigue ocupado, no se ha puesto disponible: su teléfono no está registrado, así que los llamantes no pueden comunicarse con usted.

## The note's progress after Done

work-note-not-sent = no enviada: { $reason }
work-note-sent-case-not-closed = enviada; el caso no se cerró: { $reason }
work-note-sent-to-contact = enviada (añadida a las notas del contacto)
work-note-sent = enviada
work-note-sending = enviando…
work-note-saved-no-target = guardada en este dispositivo: no se conoce ningún caso ni contacto para esta llamada
work-note-saved-offline = guardada en este dispositivo: sin conexión, se enviará cuando vuelva la conexión
work-note-saved-retrying = { $count ->
    [one] guardada en este dispositivo: el servidor no la aceptó, se reintentará en { $count } s
    [many] guardada en este dispositivo: el servidor no la aceptó, se reintentará en { $count } s
   *[other] guardada en este dispositivo: el servidor no la aceptó, se reintentará en { $count } s
}
work-note-saved = guardada en este dispositivo
