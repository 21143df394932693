# El teléfono: registro, dispositivos, teclado, llamadas.

## Por qué el teléfono no está registrado, o no hay teléfono
phone-signed-out-of-server = sesión cerrada en el servidor telefónico
phone-wrong-password = el servidor telefónico rechazó la contraseña de esta extensión
phone-forbidden = el servidor telefónico no permite esta extensión aquí
phone-server-silent = el servidor telefónico no respondió
phone-registration-refused = el servidor telefónico rechazó el registro ({ $status } { $reason })
phone-server-unreachable = no se puede conectar con el servidor telefónico; nuevo intento en { $seconds } s
phone-extension-unreadable = no se pudo leer la extensión de este agente ({ $error })
phone-no-extension = este agente no tiene extensión: un administrador puede añadirla a las direcciones del agente
phone-turned-off = desactivado al iniciar sesión: las llamadas suenan en su otro teléfono
phone-server-not-set = no hay servidor telefónico: inicie sesión de nuevo con la dirección SIP wss:// de su instalación
phone-server-invalid = el servidor telefónico "{ $server }" no es una dirección wss:// o ws:// ni una ruta
phone-not-registered-blocks = su teléfono no está registrado ({ $why }), así que los llamantes no pueden contactarle

## Problemas con llamadas, audio y dispositivos
phone-hold-refused = el servidor telefónico rechazó poner en espera o reanudar la llamada ({ $status })
phone-cannot-dial-unregistered = el teléfono no está registrado: ahora no se pueden hacer llamadas
phone-finish-call-first = termine la llamada actual antes de hacer otra
phone-audio-failed = no se pudo preparar el audio de la llamada ({ $detail })
phone-mic-refused = el navegador no tiene permiso para usar el micrófono: permítalo en la configuración del sitio de la barra de direcciones y vuelva a intentarlo
phone-mic-missing = no se encontró ningún micrófono: conecte unos auriculares y vuelva a intentarlo
phone-mic-busy = el micrófono lo usa otro programa o no se puede abrir
phone-mic-unsupported = este navegador no puede usar un micrófono aquí (se necesita https o localhost)
phone-mic-failed = no se pudo abrir el micrófono
phone-device-unnamed = Dispositivo { $number }

## Por qué terminó una llamada
phone-ended-you = Usted colgó
phone-ended-other-side = La otra parte colgó
phone-ended-caller-gone = El llamante ya no está (colgó o se contestó en otro lugar)
phone-ended-declined = Rechazada
phone-ended-busy = Ocupado
phone-ended-not-found = Ese número o extensión no existe
phone-ended-refused = Rechazada ({ $status } { $reason })
phone-ended-timeout = Sin respuesta del servidor telefónico
phone-ended-transport-lost = Se perdió la conexión con el servidor telefónico

## Calidad de la llamada
phone-quality-no-audio = no llega audio del llamante
phone-quality-loss = se pierde el { $percent } % del audio del llamante: la red está perdiendo paquetes
phone-quality-jitter = el audio llega de forma irregular ({ $jitter } ms de jitter): la red está congestionada
phone-quality-slow = la línea es lenta ({ $round_trip } ms de ida y vuelta): el llamante puede hablar a la vez que usted
phone-quality-measuring = Midiendo la línea…
phone-quality-line = MOS { $mos } · ida y vuelta { $rtt } ms · jitter { $jitter } ms · pérdida { $loss } %
phone-quality-line-no-rtt = MOS { $mos } · ida y vuelta – · jitter { $jitter } ms · pérdida { $loss } %
phone-quality-with-reason = { $line } — { $reason }

## El panel de la llamada
phone-state-far-ringing = Sonando…
phone-state-calling = Llamando…
phone-state-connecting = Conectando…
phone-state-on-hold = En espera
phone-state-in-call = En llamada
phone-state-in-call-outgoing = En llamada (saliente)
phone-state-ringing = Sonando
phone-queue = Cola
phone-call-time = Duración
phone-controls = Controles del teléfono
phone-mute = Silenciar
phone-unmute = Activar micrófono
phone-hold = En espera
phone-resume = Reanudar
phone-hang-up = Colgar
phone-cancel = Cancelar
phone-mic = Micro
phone-mic-muted = Silenciado: el llamante no oye nada
phone-mic-heard = Le oímos
phone-mic-quiet = Silencio
phone-digits-sent = Enviado:

## Llamar a un número, dispositivos, teclado
phone-call-number = Llamar a { $number }
phone-call-number-hint = Llamar a este número con el teléfono del escritorio
phone-audio-devices = Dispositivos de audio
phone-microphone = Micrófono
phone-speaker = Altavoz
phone-ringer = Timbre
phone-device-default = Predeterminado del navegador
phone-check-start = Probar el micrófono
phone-check-stop = Detener la prueba
phone-check-heard = Le oímos ({ $level } dBFS)
phone-check-not-heard = Aún no se oye nada ({ $level } dBFS): hable o elija otro micrófono
phone-check-opening = Abriendo el micrófono…
phone-keypad = Teclado
phone-dialpad = Marcador
phone-dial-label = Número, extensión o agente
phone-dial-placeholder = +15551234567, 2002 o un agente
phone-call = Llamar
phone-keys = Teclas
phone-dismiss = Cerrar

## Alrededor del teléfono: salir, ausente, el timbre
phone-leave-warning = Hay una llamada en curso. Si sale, se colgará.
phone-set-away = Se le puso como ausente: { $why }.
phone-ring-blocked = El navegador retiene el timbre hasta que haga clic en la página.
phone-ring-enable = Activar el timbre

## La llamada entrante
phone-ring-title = Llamada: { $caller }
phone-ring-body = Llamada entrante. Conteste en el escritorio.
phone-ring-body-queue = Llamada entrante de { $queue }. Conteste en el escritorio.
phone-ring-announce = Llamada entrante de { $caller }.
phone-ring-announce-queue = Llamada entrante de { $caller } desde { $queue }.
phone-waited = esperó { $duration }
phone-incoming = Llamada entrante
phone-answer = Contestar
phone-decline = Rechazar

## El estado del teléfono en la barra superior
phone-ready = Teléfono listo
phone-connecting = Conectando teléfono…
phone-offline = Teléfono desconectado
phone-none = Sin teléfono
phone-elsewhere = Teléfono en otra pestaña
phone-elsewhere-why = otra pestaña de este navegador tiene el teléfono; las llamadas suenan allí
phone-take-over = Usarlo aquí
phone-retry = Reintentar

## El estado del agente
shell-my-status = Mi estado
shell-status-available-hint = Disponible (1)
shell-status-away-hint = Ausente (2)
shell-status-busy-hint = Ocupado (3)
shell-status-offline-hint = Desconectado (4)
shell-status-not-available = No se puso como disponible: { $why }.
shell-status-change-failed = No se pudo cambiar el estado: { $error }

## La barra superior
shell-sign-out-in-call = Hay una llamada en curso. ¿Cerrar sesión y colgarla?
shell-skip = Ir al contenido
shell-pages = Páginas
shell-nav-desk = Escritorio
shell-nav-contacts = Contactos
shell-nav-dashboard = Panel
shell-nav-settings = Configuración
shell-nav-inspector = Inspector
shell-shortcuts = Atajos de teclado
shell-shortcuts-hint = Atajos de teclado (?)
shell-theme = Cambiar tema
shell-theme-hint = Tema claro u oscuro
shell-sign-out = Cerrar sesión
shell-dismiss = Cerrar

## La conexión
shell-live = En vivo
shell-syncing = Sincronizando…
shell-connecting = Conectando…
shell-reconnecting-in = Reconectando en { $seconds } s
shell-reconnecting = Reconectando…
shell-offline = Desconectado
shell-signed-out = Sesión cerrada
shell-last-event = último evento { $time }
shell-no-events = aún no hay eventos
shell-retry-now = Reintentar ahora

## Avisos de la conexión en vivo
shell-refused-permission = Su cuenta no puede recibir estos eventos, así que esta parte del escritorio no se actualizará en vivo.
shell-refused-topic = El servidor no aceptó un tema que pidió el escritorio.
shell-refused-message = El servidor no pudo leer un mensaje del escritorio.
shell-refused-rate = El servidor está limitando las suscripciones; el escritorio se suscribe de nuevo al reconectar.
shell-refused-other = El servidor rechazó una suscripción.
shell-refused-notice = { $explained } { $code }: { $message } ({ $topics })
shell-resync-skipped = { $count ->
    [one] resincronización: { $path }: no se pudo leer { $count } elemento
    [many] resincronización: { $path }: no se pudieron leer { $count } elementos
   *[other] resincronización: { $path }: no se pudieron leer { $count } elementos
}
shell-resync-failed = resincronización: { $path }: { $error }

## Los atajos de teclado
shell-shortcuts-title = Atajos de teclado
shell-close = Cerrar
shell-key-shortcuts = Mostrar u ocultar esta lista
shell-key-accept = Atender al llamante en espera
shell-key-dismiss = Descartar la alerta
shell-key-hangup = Colgar la llamada activa
shell-key-transfer = Transferir la llamada activa
shell-key-mute = Silenciar o activar micrófono
shell-key-hold = En espera o reanudar
shell-key-record = Iniciar o detener la grabación
shell-key-help = Pedir ayuda en la llamada
shell-key-available = Estado: disponible
shell-key-away = Estado: ausente
shell-key-busy = Estado: ocupado
shell-key-offline = Estado: desconectado
shell-key-reply = Escribir una respuesta
shell-key-next = Conversación siguiente
shell-key-close = Cerrar diálogos
shell-key-previous = Conversación anterior
shell-key-keypad = Tonos del teclado durante una llamada

## Páginas que se cargan al abrirlas
shell-loading-dashboard = Cargando el panel…
shell-loading-settings = Cargando la configuración…
shell-loading-inspector = Cargando el inspector de eventos…
shell-loading-contacts = Cargando los contactos…
shell-failed-dashboard = No se pudo cargar el panel
shell-failed-settings = No se pudo cargar la configuración
shell-failed-inspector = No se pudo cargar el inspector de eventos
shell-failed-contacts = No se pudieron cargar los contactos
shell-failed-detail = Esta parte de la aplicación no llegó (red o servidor). El escritorio, la conexión y el teléfono siguen funcionando.
shell-try-again = Reintentar
shell-nothing-here = No hay nada aquí.
shell-party-unknown = desconocido

## Errores del servidor
shell-error-network = no se puede conectar con el servidor: { $detail }
shell-error-unauthorized = sesión no iniciada: { $detail }
shell-error-forbidden = no permitido: { $detail }
shell-error-not-found = no encontrado: { $detail }
shell-error-status = error del servidor { $code }: { $detail }
shell-error-decode = respuesta inesperada: { $detail }
shell-error-timeout = sin respuesta en { $seconds } s
shell-error-no-token = el servidor respondió sin token
shell-error-not-agent = service_agents/me no es un agente
shell-error-not-object = la respuesta no es un objeto JSON
