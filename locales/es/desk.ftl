# desk

## The desk's frame
desk-title = Escritorio del agente
desk-phone = Teléfono
desk-loading = Cargando…
desk-try-again = Reintentar
desk-part-load-failed = Esta parte del escritorio no llegó (red o servidor); sus llamadas, notas y mensajes están a salvo.
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

## The agent's calls: the list (the selected call is in work.ftl)
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
desk-inbound = entrante
desk-outbound = saliente

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

## Team talk: the button in the top bar, its notifications, the panel while it loads
## (the panel's own words are in team.ftl)
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

## Message threads: the list (the open thread's words are in work.ftl)
work-messages-title = Mensajes
work-unread = { $count ->
    [one] { $count } sin leer
    [many] { $count } sin leer
   *[other] { $count } sin leer
}
work-messages-empty = Aún no hay conversaciones. Aquí aparecen los mensajes de los clientes que tiene asignados.
work-conversations = Conversaciones
work-threads-hint = J / K: conversación siguiente o anterior

## Wrap-up on the desk: the header's indicator, the agent's wrap-up time, notices
## (the wrap-up card's words are in work.ftl)
work-dismiss = Cerrar
work-wrap-up = Cierre
work-wrap-up-time = Tiempo de cierre
work-wrap-up-seconds = segundos tras cada llamada contestada (0: hasta que pulse Listo)
work-call-note = Nota de la llamada
work-notice-phone-unregistered = Sigue ocupado, no se ha puesto disponible: su teléfono no está registrado, así que los llamantes no pueden comunicarse con usted.
