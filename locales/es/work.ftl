# The call-work chunk (also the contacts page and the transfer dialog): the selected call,
# its transcript, transfer and help request, the contact editor, the call's case, the
# wrap-up card and the note's progress, the open message thread, quick replies, contacts.

## Shared buttons

work-save = Guardar
work-cancel = Cancelar
work-retry = Reintentar
work-try-again = Reintentar
work-remove = Quitar
work-edit = Editar
work-reload = Recargar

## Message threads

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

## The selected call: its panel, controls and what they said

desk-close = Cerrar
desk-phase-unknown = Desconocido
desk-call = Llamada
desk-via-queue = vía { $queue }
desk-handled-by = Atendida por { $name }
desk-call-time = Duración
desk-phone-controls-hint = Hable, silencie, ponga en espera, marque y cuelgue con el teléfono de arriba. Transferir y grabar es para supervisores.
desk-call-controls = Controles de llamada
desk-mute = Silenciar
desk-unmute = Activar micrófono
desk-hold = En espera
desk-resume = Reanudar
desk-record = Grabar
desk-stop-recording = Detener grabación
desk-transfer = Transferir
desk-voicemail = Buzón de voz
desk-hang-up = Colgar
desk-voicemail-why = Buzón de voz: la API de VoIPBIN no permite enviar al buzón de voz; transfiera a un número de buzón de voz.
desk-hangup-again = Pulse H otra vez para colgar.
desk-ended-transferred = Ya no está en esta llamada (transferida). Su grabación y transcripción quedan aquí para el cierre de llamada.
desk-ended-by-caller = El llamante terminó la llamada. Queda aquí dos minutos para el cierre de llamada.
desk-ended-by-us = La llamada se terminó desde este lado. Queda aquí dos minutos para el cierre de llamada.
desk-ended = Llamada terminada. Queda aquí dos minutos para el cierre de llamada.
desk-op-hangup-progress = Colgando…
desk-op-mute-progress = Silenciando…
desk-op-unmute-progress = Activando micrófono…
desk-op-hold-progress = Poniendo en espera…
desk-op-resume-progress = Reanudando…
desk-op-record-progress = Iniciando grabación…
desk-op-stop-record-progress = Deteniendo grabación…
desk-op-hangup-sent = Colgar enviado. Esperando la confirmación de VoIPBIN…
desk-op-mute-sent = Silenciar enviado. Esperando la confirmación de VoIPBIN…
desk-op-unmute-sent = Activar micrófono enviado. Esperando la confirmación de VoIPBIN…
desk-op-record-sent = Iniciar grabación enviado. Esperando la confirmación de VoIPBIN…
desk-op-stop-record-sent = Detener grabación enviado. Esperando la confirmación de VoIPBIN…
desk-op-hangup-failed = No se pudo colgar.
desk-op-mute-failed = No se pudo silenciar.
desk-op-unmute-failed = No se pudo activar el micrófono.
desk-op-hold-failed = No se pudo poner la llamada en espera.
desk-op-resume-failed = No se pudo reanudar la llamada.
desk-op-record-failed = No se pudo iniciar la grabación.
desk-op-stop-record-failed = No se pudo detener la grabación.

## Transcript and recordings

desk-transcript-title = Transcripción en vivo
desk-transcript = Transcripción
desk-transcript-supervisors-only = Solo supervisores
desk-transcript-live = En vivo
desk-transcript-finished = Terminada
desk-transcript-not-started = Sin iniciar
desk-transcript-waiting = Esperando a que VoIPBIN transcriba esta llamada…
desk-transcript-not-for-agents = VoIPBIN envía las transcripciones en vivo solo a cuentas de administrador y gerente (sus eventos no indican agente), así que esta cuenta no puede mostrarlas.
desk-speaker-you = Usted
desk-speaker-agent = Agente
desk-speaker-caller = Llamante
desk-recordings = Grabaciones
desk-recording-ready = Grabación lista · { $length } · { $format }
desk-recording-ready-audio = Grabación lista · { $length } · audio
desk-recording-open = Reproducir o descargar
desk-recording-open-hint = Abre el archivo de grabación de VoIPBIN en una pestaña nueva
desk-recording-since = Grabando desde { $time }

## Transfer (opened from the selected call; the dialog is a chunk of its own)

desk-cancel = Cancelar
desk-transfer-opening = Abriendo la transferencia…
desk-transfer-load-failed = El diálogo de transferencia no llegó (red o servidor); la llamada continúa.
desk-transfer-title = Transferir esta llamada
desk-transfer-how = Modo
desk-transfer-blind = Directa — pasarla ya
desk-transfer-attended = Consultada — hablar antes
desk-transfer-no-agents = Esta cuenta no tiene lista de agentes (VoIPBIN la muestra a administradores y gerentes): escriba una extensión o un número.
desk-transfer-to-agent = A un agente
desk-transfer-choose-agent = Elija un agente…
desk-transfer-to-number = O un número, extensión o dirección SIP
desk-transfer-number-example = +15550100200, 2003 o sip:nombre@host
desk-transferring = Transfiriendo…
desk-transfer-pick = Elija un agente o escriba un número.
desk-transferred-blind = Transferida: está sonando para { $name }. Ya no está en la llamada.
desk-transferred-attended = Consultando a { $name }: el llamante se conecta cuando acepte.
desk-failed-transfer = No se pudo transferir.
desk-agent-available = disponible
desk-agent-away = ausente
desk-agent-busy = ocupado
desk-agent-offline = desconectado
desk-agent-ringing = sonando
desk-agent-unknown = desconocido
desk-destination-empty = Escriba un número, extensión o dirección SIP.
desk-destination-bad-sip = No es una dirección SIP válida (nombre@host).
desk-destination-bad-length = Un número de teléfono lleva + y de 8 a 15 dígitos, p. ej. +15550100200.
desk-destination-no-plus = Empiece el número con + y el código de país, p. ej. +15550100200.
desk-destination-unknown = No es un número de teléfono, extensión ni dirección SIP.

## What the contact editor and the case's actions could not do

desk-failed-create-contact = No se pudo crear el contacto.
desk-failed-save-contact = No se pudo guardar el contacto.
desk-failed-link-number = No se pudo vincular el número.
desk-failed-attach-contact = No se pudo asociar el contacto.
desk-failed-assign-case = No se pudo asignar el caso.
desk-failed-close-case = No se pudo cerrar el caso.

## Asking for help on a call (in the selected call's panel)

team-help-reason-label = Por qué necesita ayuda (opcional)
team-help-reason-placeholder = Motivo (opcional)
team-help-ask = Pedir ayuda
team-help-asking = Pidiendo…
team-help-pending = Ayuda solicitada: esperando a un supervisor…
team-help-taken = { $name } se encarga.
team-help-taken-unknown = Un supervisor se encarga.
team-help-closed = Solicitud de ayuda cerrada: la llamada terminó.

## The help request as posted in the Help channel: the agent's words, one line each
## (the machine line after them is not translated)

team-help-line-agent = 🙋 { $agent } pide ayuda en una llamada
team-help-line-anonymous = 🙋 Un agente pide ayuda en una llamada
team-help-line-caller = Llamante: { $caller }
team-help-line-caller-unknown = Llamante: desconocido
team-help-line-queue = Cola: { $queue }
team-help-line-waited = Esperó: { $waited }
team-help-line-case = Caso: { $case }
team-help-line-listen = Escuchar: { $link }
team-help-line-reason = Motivo: { $reason }
team-help-call-ended = La llamada terminó.

## Why the server's answer to a sent reply could not be read (shell-error-decode's $detail)

shell-error-not-message = la respuesta no es un mensaje de conversación
