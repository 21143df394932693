# desk

## The desk's frame
desk-title = Escritorio del agente
desk-phone = Teléfono
desk-loading = Cargando…
desk-try-again = Reintentar
desk-part-load-failed = Esta parte del escritorio no llegó (red o servidor); sus llamadas, notas y mensajes están a salvo.
desk-cancel = Cancelar
desk-close = Cerrar
desk-edit = Editar

## Why an action failed
desk-error-forbidden = Su cuenta no tiene permiso (VoIPBIN da los controles de llamada a administradores y gerentes). Use su teléfono o pida ayuda a un supervisor.
desk-error-not-found = El servidor ya no conoce esta llamada (puede haber terminado).
desk-error-network = No se puede conectar con el servidor. Compruebe la conexión y vuelva a intentarlo.
desk-error-session = Su sesión ha caducado. Vuelva a iniciar sesión.

## Queue alert
desk-alerts-none = Ningún llamante le espera
desk-alerts-waiting = { $count ->
    [one] { $count } llamante en espera
    [many] { $count } llamantes en espera
   *[other] { $count } llamantes en espera
}
desk-title-call = Llamada: { $caller }
desk-title-waiting = { $count ->
    [one] { $count } llamante en espera
    [many] { $count } llamantes en espera
   *[other] { $count } llamantes en espera
}
desk-alert-gone = { $caller } ya no está en espera.
desk-announce-ringing = Llamada para usted de { $caller }. Pulse A para aceptar, X para descartar.
desk-announce-waiting-in = { $caller } está en espera en { $queue }. Pulse A para aceptar, X para descartar.
desk-announce-waiting = { $caller } está en espera. Pulse A para aceptar, X para descartar.
desk-notify-ringing = Llamada para usted
desk-notify-waiting = Llamante en espera
desk-ring-sound-hint = Tono de llamada para llamantes entrantes
desk-ring-sound-on = Tono activado
desk-ring-sound-off = Tono desactivado
desk-watch-all = Avisarme de llamantes en todas las colas
desk-incoming-callers = Llamantes entrantes
desk-ringing-for-you = Sonando para usted
desk-ringing-for-you-in = Sonando para usted · { $queue }
desk-waiting = En espera en una cola
desk-waiting-at = En espera en una cola · posición { $position }
desk-waiting-in = En espera en { $queue }
desk-waiting-in-at = En espera en { $queue } · posición { $position }
desk-alert-waited = espera
desk-accept = Aceptar
desk-dismiss = Descartar
desk-dismiss-hint = Oculta este aviso en este escritorio (la llamada no se rechaza)
desk-accept-working = Poniéndole disponible…
desk-accept-how-ringing-on = Sonando en { $address }. VoIPBIN no tiene botón para contestar: descuelgue en su teléfono o softphone. Aceptar silencia este aviso.
desk-accept-how-ringing = Sonando en su teléfono. VoIPBIN no tiene botón para contestar: descuelgue en su teléfono o softphone. Aceptar silencia este aviso.
desk-accept-how-queue = Aceptar le pone disponible, así la cola puede pasar este llamante a su teléfono.
desk-accept-how-floor = Usted no atiende esta cola: VoIPBIN pasa el llamante a sus agentes.
desk-accepted-ringing = Descuelgue ahora en su teléfono o softphone. Este aviso se cierra en cuanto esté conectado.
desk-accepted-available = Está disponible: cuando la cola le pase este llamante, sonará su teléfono. Conteste allí.
desk-accepted-now-available = Ahora está disponible: la cola puede pasar este llamante a su teléfono. Conteste allí.
desk-failed-available = No se pudo ponerle disponible.

## Desktop notifications
desk-notify-region = Notificaciones de escritorio
desk-notify-offer = ¿Recibir una notificación de escritorio cuando un llamante espere y esta pestaña esté en segundo plano?
desk-notify-enable = Activar notificaciones
desk-notify-later = Ahora no

## The agent's calls
desk-my-calls = Mis llamadas
desk-calls-count = llamadas
desk-no-calls = No hay llamadas ahora. Un llamante dirigido a usted aparece arriba del escritorio; cuando descuelgue en su teléfono, la llamada aparecerá aquí.
desk-on-the-floor = En la sala
desk-on-the-floor-hint = Llamadas de otros agentes. Abra una para seguir su transcripción e intervenir.
desk-another-agent = otro agente
desk-phase-ringing = Sonando
desk-phase-connected = Conectada
desk-phase-ending = Terminando…
desk-phase-ended = Terminada
desk-phase-unknown = Desconocido
desk-call = Llamada
desk-inbound = entrante
desk-outbound = saliente
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

## Transfer
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

## The customer beside the call
desk-customer = Cliente
desk-customer-empty = Seleccione una llamada para ver quién está en la línea, sus llamadas y mensajes anteriores.
desk-unknown-caller = Llamante desconocido
desk-earlier-calls = Llamadas anteriores
desk-no-earlier-calls = No hay llamadas anteriores registradas con este número.
desk-conversations = Conversaciones
desk-no-threads = No hay conversaciones con este número.
desk-open-thread-with = Abrir conversación con { $name }
desk-text-messages = SMS
desk-no-text-messages = No hay SMS registrados con este número.
desk-sms-from-them = Recibido
desk-sms-to-them = Enviado
desk-call-ended-reason = terminada ({ $reason })


## Who is calling (screen-pop)
desk-caller = Llamante
desk-looking-up = Buscando { $number }…
desk-lookup-failed = No se pudo buscar al llamante: { $detail }
desk-tags = Etiquetas
desk-open-cases = Casos abiertos
desk-no-open-case = Ningún caso abierto.
desk-last-interactions = Últimas interacciones
desk-nothing-on-record = Sin registros.
desk-no-number = Sin número
desk-not-in-contacts = No está en sus contactos
desk-create-contact = Crear contacto
desk-link-contact = Vincular contacto
desk-case-from = Caso de { $number }
desk-interaction-call = Llamada
desk-interaction-call-in = Llamada entrante
desk-interaction-call-out = Llamada saliente
desk-interaction-message = Mensaje
desk-interaction-message-in = Mensaje recibido
desk-interaction-message-out = Mensaje enviado
desk-interaction-conversation = Conversación
desk-interaction-conversation-in = Conversación entrante
desk-interaction-conversation-out = Conversación saliente
desk-failed-create-contact = No se pudo crear el contacto.
desk-failed-save-contact = No se pudo guardar el contacto.
desk-failed-link-number = No se pudo vincular el número.
desk-failed-attach-contact = No se pudo asociar el contacto.
desk-failed-assign-case = No se pudo asignar el caso.
desk-failed-close-case = No se pudo cerrar el caso.
