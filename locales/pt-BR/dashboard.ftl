# The supervisor's dashboard.

dash-title = Painel do supervisor
dash-forbidden = O painel mostra toda a central de atendimento, e o { -brand } só compartilha essas informações com administradores e gerentes. Sua conta tem permissão de agente; se precisar, peça a um administrador a permissão de gerente.

## Headline tiles
dash-tiles-label = Agora
dash-tile-active-calls = Chamadas ativas
dash-tile-agent-legs = { $count ->
    [one] incl. { $count } perna de agente
    [many] incl. { $count } pernas de agente
   *[other] incl. { $count } pernas de agente
}
dash-tile-waiting = Chamadores aguardando
dash-tile-longest-wait = Maior espera
dash-tile-oldest-caller = chamador mais antigo na fila
dash-tile-nobody-waiting = ninguém aguardando
dash-tile-available = Disponível
dash-tile-on-call = Em chamada
dash-tile-busy = { $busy } ocupados
dash-tile-busy-ringing = { $busy } ocupados · { $ringing } tocando
dash-tile-away = Ausente
dash-tile-offline = Offline
dash-tile-serviced = Atendidas hoje
dash-tile-of-queued = de { $queued } na fila
dash-tile-abandoned = Abandonadas hoje
dash-tile-abandoned-share = { $share } das encerradas
dash-tile-service-level = Nível de serviço
dash-sl-before = em{ " " }
dash-sl-after = { " " }s
dash-sl-threshold = Limite do nível de serviço em segundos

## Queues
dash-queues-title = Filas
dash-queues-age-hint = O { -brand } não envia eventos de fila: as filas são lidas a cada 5 s, e os eventos de chamadas na fila atualizam os números entre as leituras
dash-queues-reading = Lendo filas…
dash-queues-read = Lidas há { $seconds } s
dash-queues-read-retrying = Lidas há { $seconds } s, tentando de novo
dash-queues-col-queue = Fila
dash-queues-col-waiting-short = Aguard.
dash-queues-col-waiting = Aguardando
dash-queues-col-waiting-hint = Chamadores aguardando
dash-queues-col-longest-short = Máx.
dash-queues-col-longest = Maior espera
dash-queues-col-in-service-short = Ativos
dash-queues-col-in-service = Em atendimento
dash-queues-col-in-service-hint = Chamadores falando com um agente
dash-queues-col-serviced-short = Atend.
dash-queues-col-serviced = Atendidas
dash-queues-col-serviced-hint = Chamadores atendidos (total da fila)
dash-queues-col-abandoned-short = Perd.
dash-queues-col-abandoned = Abandonadas
dash-queues-col-abandoned-hint = Chamadores que desligaram enquanto aguardavam
dash-queues-col-callers = Chamadores aguardando há mais tempo
dash-queues-empty = Ainda não há filas.
dash-queues-more = { $count ->
    [one] +{ $count } a mais
    [many] +{ $count } a mais
   *[other] +{ $count } a mais
}
dash-chip-connecting = O telefone de um agente está tocando
dash-chip-waiting = Aguardando
dash-caller-unnamed = chamador

## Agents
dash-agents-title = Agentes
dash-agents-filter = Mostrar agentes
dash-filter-all = Todos
dash-filter-available = Disponível
dash-filter-on-call = Em chamada
dash-filter-away = Ausente
dash-filter-offline = Offline
dash-hand-raised = Pede ajuda
dash-showing = Mostrando { $shown } de { $total }
dash-show-more = Mostrar mais
dash-set-status = Status…
dash-set-status-custom = Outro…
dash-set-status-of = Definir o status de { $name }
dash-custom-status-for = Status personalizado de { $name }
dash-custom-status-set = Definir este status
dash-custom-status-cancel = Cancelar
dash-set-status-failed = Não foi possível definir { $name } como { $status }: { $reason }
dash-stuck-busy = Ocupado sem chamada · tornar disponível
dash-stuck-busy-hint = Ocupado sem chamada há mais de um minuto: o { -brand } não torna os agentes disponíveis após uma chamada

## Active calls
dash-calls-title = Chamadas ativas
dash-calls-filter = Filtrar chamadas
dash-calls-filter-hint = Filtro: número, nome, agente, fila
dash-calls-status = Status
dash-calls-any-status = Qualquer status
dash-calls-direction = Direção
dash-calls-any-direction = Entrada e saída
dash-calls-incoming = Entrada
dash-calls-outgoing = Saída
dash-col-direction = Dir.
dash-col-from = De
dash-col-to = Para
dash-col-status = Status
dash-col-duration = Duração
dash-col-agent = Agente
dash-col-queue = Fila
dash-direction-in = ↘ entr.
dash-direction-out = ↗ saída
dash-call-dialing = Discando
dash-call-ringing = Tocando
dash-call-talking = Em conversa
dash-call-ending = Encerrando
dash-call-canceling = Cancelando
dash-call-ended = Encerrada
dash-showing-matching = Mostrando { $shown } de { $total } correspondentes ({ $active } ativas)
dash-show-n-more = { $count ->
    [one] Mostrar mais { $count }
    [many] Mostrar mais { $count }
   *[other] Mostrar mais { $count }
}
dash-show-all = Mostrar todas
dash-show-fewer = Mostrar menos

## Charts
dash-charts-title = Última hora
dash-chart-calls = Chamadas por minuto
dash-chart-calls-this-hour = { $count ->
    [one] { $count } nesta hora
    [many] { $count } nesta hora
   *[other] { $count } nesta hora
}
dash-chart-calls-label = { $count ->
    [one] Chamadas por minuto na última hora; { $count } chamada no total, no máximo { $max } em um minuto
    [many] Chamadas por minuto na última hora; { $count } de chamadas no total, no máximo { $max } em um minuto
   *[other] Chamadas por minuto na última hora; { $count } chamadas no total, no máximo { $max } em um minuto
}
dash-chart-minute-calls = { $count ->
    [one] { $time }: { $count } chamada
    [many] { $time }: { $count } de chamadas
   *[other] { $time }: { $count } chamadas
}
dash-chart-waiting = Chamadores aguardando
dash-chart-waiting-peak = pico por minuto
dash-chart-waiting-label = Chamadores aguardando na última hora, pico de { $max } em um minuto; { $current } neste minuto
dash-chart-waits = Tempos de espera
dash-chart-waits-now = aguardando agora
dash-chart-waits-answered = atendidos (recentes)
dash-chart-waits-label = Distribuição do tempo de espera. Aguardando agora: { $now }. Atendidos: { $answered }.
dash-chart-bin-count = { $bin } { $n }
dash-chart-bins-none = nenhum
dash-list-separator = { ", " }
dash-bin-under-15s = <15s
dash-bin-15-30s = 15–30s
dash-bin-30-60s = 30–60s
dash-bin-1-2m = 1–2min
dash-bin-2-5m = 2–5min
dash-bin-5-10m = 5–10min
dash-bin-over-10m = 10min+
dash-axis-hour-ago = −60 min
dash-axis-now = agora

## Feeds
dash-transcripts-title = Transcrição ao vivo
dash-transcripts-empty = Ninguém está sendo transcrito agora.
dash-speaker-caller = Chamador
dash-speaker-agent = Agente
dash-recordings-title = Gravações
dash-recordings-now = gravando agora
dash-recording-since = gravando
dash-recording-finished = terminou { $time } · { $length }
dash-flows-title = Fluxos em execução
dash-flow-step = etapa { $step }
dash-flow-ago = há { $duration }
dash-conferences-title = Conferências
dash-conference-participants = { $count ->
    [one] { $count } participante
    [many] { $count } de participantes
   *[other] { $count } participantes
}
dash-conferences-empty = Nenhuma conferência em andamento.

## Help requests
dash-help-title = Pedidos de ajuda
dash-help-empty = Ninguém está pedindo ajuda.
dash-help-an-agent = Um agente
dash-help-age = Aguardando ajuda desde
dash-help-open = Aberto
dash-help-taken = Assumido
dash-help-taken-by = Assumido por { $name }
dash-help-ended = Chamada encerrada
dash-help-take = Assumir

## Listening to a call
dash-listen = Ouvir
dash-listen-hint = Ouvir esta chamada
dash-listen-panel = Ouvindo uma chamada
dash-listen-call = chamada { $id }
dash-listen-caller-with-agent = { $caller } com { $agent }
dash-listen-connecting = Conectando…
dash-listen-listening = Ouvindo (não ouvem você)
dash-listen-barging = Ao vivo: as duas partes ouvem você
dash-listen-ended = A chamada terminou
dash-listen-error = Não é possível ouvir
dash-listen-live-banner = Você está ao vivo nesta chamada: o chamador e o agente ouvem você.
dash-listen-drops = { $count ->
    [one] o áudio caiu { $count } vez e voltou
    [many] o áudio caiu { $count } vezes e voltou
   *[other] o áudio caiu { $count } vezes e voltou
}
dash-listen-level = Nível do que você ouve
dash-barge-start = Falar com ambos
dash-barge-stop = Parar de falar
dash-listen-stop = Parar de ouvir
dash-whisper = Sussurrar
dash-whisper-hint = Sussurrar ao agente (só o agente ouve)
dash-listen-call-ended = A chamada terminou.
dash-listen-audio-failed = não foi possível iniciar o áudio: { $reason }
dash-listen-bad-address = o endereço de áudio da chamada não é válido
dash-listen-forbidden = não permitido: { $reason }
dash-listen-unauthorized = sem sessão iniciada: { $reason }
dash-listen-mic-failed = A fala foi interrompida: { $reason }
dash-whisper-no-agent = Não há agente nesta chamada para sussurrar.
dash-whisper-failed = O sussurro não foi enviado: { $reason }

## A supervisor taking a help request, as posted in the Help channel
team-help-on-it-name = Assumindo: { $name }
team-help-on-it = Assumindo: um supervisor
