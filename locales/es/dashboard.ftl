# The supervisor's dashboard.

dash-title = Panel del supervisor
dash-forbidden = El panel muestra todo el centro de contacto, y { -brand } solo comparte esa información con administradores y gerentes. Su cuenta tiene permiso de agente; si lo necesita, pida a un administrador el permiso de gerente.

## Headline tiles
dash-tiles-label = Ahora
dash-tile-active-calls = Llamadas activas
dash-tile-agent-legs = { $count ->
    [one] incl. { $count } tramo de agente
    [many] incl. { $count } tramos de agente
   *[other] incl. { $count } tramos de agente
}
dash-tile-waiting = Llamantes en espera
dash-tile-longest-wait = Espera máxima
dash-tile-oldest-caller = llamante más antiguo en cola
dash-tile-nobody-waiting = nadie en espera
dash-tile-available = Disponible
dash-tile-on-call = En llamada
dash-tile-busy = { $busy } ocupados
dash-tile-busy-ringing = { $busy } ocupados · { $ringing } sonando
dash-tile-away = Ausente
dash-tile-offline = Desconectado
dash-tile-serviced = Atendidas hoy
dash-tile-of-queued = de { $queued } en cola
dash-tile-abandoned = Abandonadas hoy
dash-tile-abandoned-share = { $share } de las finalizadas
dash-tile-service-level = Nivel de servicio
dash-sl-before = en{ " " }
dash-sl-after = { " " }s
dash-sl-threshold = Umbral del nivel de servicio en segundos

## Queues
dash-queues-title = Colas
dash-queues-age-hint = { -brand } no envía eventos de cola: las colas se leen cada 5 s y, entretanto, los eventos de llamadas en cola actualizan las cifras
dash-queues-reading = Leyendo colas…
dash-queues-read = Leídas hace { $seconds } s
dash-queues-read-retrying = Leídas hace { $seconds } s, reintentando
dash-queues-col-queue = Cola
dash-queues-col-waiting-short = Esp.
dash-queues-col-waiting = En espera
dash-queues-col-waiting-hint = Llamantes en espera
dash-queues-col-longest-short = Máx.
dash-queues-col-longest = Espera máxima
dash-queues-col-in-service-short = Activos
dash-queues-col-in-service = En atención
dash-queues-col-in-service-hint = Llamantes hablando con un agente
dash-queues-col-serviced-short = Atend.
dash-queues-col-serviced = Atendidas
dash-queues-col-serviced-hint = Llamantes atendidos (total de la cola)
dash-queues-col-abandoned-short = Perd.
dash-queues-col-abandoned = Abandonadas
dash-queues-col-abandoned-hint = Llamantes que colgaron mientras esperaban
dash-queues-col-callers = Llamantes con más espera
dash-queues-empty = Aún no hay colas.
dash-queues-more = { $count ->
    [one] +{ $count } más
    [many] +{ $count } más
   *[other] +{ $count } más
}
dash-chip-connecting = Está sonando el teléfono de un agente
dash-chip-waiting = En espera
dash-caller-unnamed = llamante

## Agents
dash-agents-title = Agentes
dash-agents-filter = Mostrar agentes
dash-filter-all = Todos
dash-filter-available = Disponible
dash-filter-on-call = En llamada
dash-filter-away = Ausente
dash-filter-offline = Desconectado
dash-hand-raised = Pide ayuda
dash-showing = Mostrando { $shown } de { $total }
dash-show-more = Mostrar más
dash-set-status = Estado…
dash-set-status-custom = Otro…
dash-set-status-of = Cambiar el estado de { $name }
dash-custom-status-for = Estado personalizado de { $name }
dash-custom-status-set = Aplicar este estado
dash-custom-status-cancel = Cancelar
dash-set-status-failed = No se pudo poner a { $name } en { $status }: { $reason }
dash-stuck-busy = Ocupado sin llamada · poner disponible
dash-stuck-busy-hint = Ocupado sin llamada durante más de un minuto: { -brand } no pone a los agentes disponibles tras una llamada

## Active calls
dash-calls-title = Llamadas activas
dash-calls-filter = Filtrar llamadas
dash-calls-filter-hint = Filtro: número, nombre, agente, cola
dash-calls-status = Estado
dash-calls-any-status = Cualquier estado
dash-calls-direction = Dirección
dash-calls-any-direction = Entrantes y salientes
dash-calls-incoming = Entrantes
dash-calls-outgoing = Salientes
dash-col-direction = Dir.
dash-col-from = De
dash-col-to = A
dash-col-status = Estado
dash-col-duration = Duración
dash-col-agent = Agente
dash-col-queue = Cola
dash-direction-in = ↘ entr.
dash-direction-out = ↗ sal.
dash-call-dialing = Marcando
dash-call-ringing = Sonando
dash-call-talking = Hablando
dash-call-ending = Finalizando
dash-call-canceling = Cancelando
dash-call-ended = Finalizada
dash-showing-matching = Mostrando { $shown } de { $total } coincidentes ({ $active } activas)
dash-show-n-more = { $count ->
    [one] Mostrar { $count } más
    [many] Mostrar { $count } más
   *[other] Mostrar { $count } más
}
dash-show-all = Mostrar todas
dash-show-fewer = Mostrar menos

## Charts
dash-charts-title = Última hora
dash-chart-calls = Llamadas por minuto
dash-chart-calls-this-hour = { $count ->
    [one] { $count } esta hora
    [many] { $count } esta hora
   *[other] { $count } esta hora
}
dash-chart-calls-label = { $count ->
    [one] Llamadas por minuto en la última hora; { $count } llamada en total, como máximo { $max } en un minuto
    [many] Llamadas por minuto en la última hora; { $count } de llamadas en total, como máximo { $max } en un minuto
   *[other] Llamadas por minuto en la última hora; { $count } llamadas en total, como máximo { $max } en un minuto
}
dash-chart-minute-calls = { $count ->
    [one] { $time }: { $count } llamada
    [many] { $time }: { $count } de llamadas
   *[other] { $time }: { $count } llamadas
}
dash-chart-waiting = Llamantes en espera
dash-chart-waiting-peak = pico por minuto
dash-chart-waiting-label = Llamantes en espera en la última hora, pico de { $max } en un minuto; { $current } en este minuto
dash-chart-waits = Tiempos de espera
dash-chart-waits-now = en espera ahora
dash-chart-waits-answered = atendidos (recientes)
dash-chart-waits-label = Distribución del tiempo de espera. En espera ahora: { $now }. Atendidos: { $answered }.
dash-chart-bin-count = { $bin } { $n }
dash-chart-bins-none = ninguno
dash-list-separator = { ", " }
dash-bin-under-15s = <15s
dash-bin-15-30s = 15–30s
dash-bin-30-60s = 30–60s
dash-bin-1-2m = 1–2min
dash-bin-2-5m = 2–5min
dash-bin-5-10m = 5–10min
dash-bin-over-10m = 10min+
dash-axis-hour-ago = −60 min
dash-axis-now = ahora

## Feeds
dash-transcripts-title = Transcripción en vivo
dash-transcripts-empty = No se está transcribiendo a nadie ahora.
dash-speaker-caller = Llamante
dash-speaker-agent = Agente
dash-recordings-title = Grabaciones
dash-recordings-now = grabando ahora
dash-recording-since = grabando
dash-recording-finished = terminó { $time } · { $length }
dash-flows-title = Flujos en curso
dash-flow-step = paso { $step }
dash-flow-ago = hace { $duration }
dash-conferences-title = Conferencias
dash-conference-participants = { $count ->
    [one] { $count } participante
    [many] { $count } de participantes
   *[other] { $count } participantes
}
dash-conferences-empty = No hay conferencias en curso.

## Help requests
dash-help-title = Solicitudes de ayuda
dash-help-empty = Nadie está pidiendo ayuda.
dash-help-an-agent = Un agente
dash-help-age = Esperando ayuda desde
dash-help-open = Abierta
dash-help-taken = Asumida
dash-help-taken-by = Asumida por { $name }
dash-help-ended = Llamada finalizada
dash-help-take = Asumir

## Listening to a call
dash-listen = Escuchar
dash-listen-hint = Escuchar esta llamada
dash-listen-panel = Escuchando una llamada
dash-listen-call = llamada { $id }
dash-listen-caller-with-agent = { $caller } con { $agent }
dash-listen-connecting = Conectando…
dash-listen-listening = Escuchando (no le oyen)
dash-listen-barging = En vivo: ambas partes le oyen
dash-listen-ended = La llamada terminó
dash-listen-error = No se puede escuchar
dash-listen-live-banner = Está en vivo en esta llamada: el llamante y el agente le oyen.
dash-listen-drops = { $count ->
    [one] el audio se cortó { $count } vez y volvió
    [many] el audio se cortó { $count } veces y volvió
   *[other] el audio se cortó { $count } veces y volvió
}
dash-listen-level = Nivel de lo que oye
dash-barge-start = Hablar a ambos
dash-barge-stop = Dejar de hablar
dash-listen-stop = Dejar de escuchar
dash-whisper = Susurrar
dash-whisper-hint = Susurrar al agente (solo lo oye el agente)
dash-listen-call-ended = La llamada terminó.
dash-listen-audio-failed = no se pudo iniciar el audio: { $reason }
dash-listen-bad-address = la dirección de audio de la llamada no es válida
dash-listen-forbidden = no permitido: { $reason }
dash-listen-unauthorized = sesión no iniciada: { $reason }
dash-listen-mic-failed = Se dejó de hablar: { $reason }
dash-whisper-no-agent = No hay ningún agente en esta llamada al que susurrar.
dash-whisper-failed = No se envió el susurro: { $reason }

## A supervisor taking a help request, as posted in the Help channel
team-help-on-it-name = Me encargo: { $name }
team-help-on-it = Me encargo: un supervisor
