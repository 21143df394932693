# desk

## The desk's frame
desk-title = Mesa do agente
desk-phone = Telefone
desk-loading = Carregando…
desk-try-again = Tentar de novo
desk-part-load-failed = Esta parte da mesa não chegou (rede ou servidor); suas chamadas, anotações e mensagens estão seguras.
desk-edit = Editar

## Why an action failed
desk-error-forbidden = Sua conta não tem permissão para isso (o VoIPBIN dá os controles de chamada a administradores e gerentes). Use seu telefone ou peça a um supervisor.
desk-error-not-found = O servidor não conhece mais esta chamada (ela pode ter terminado).
desk-error-network = Não é possível acessar o servidor. Verifique a conexão e tente de novo.
desk-error-session = Sua sessão expirou. Entre novamente.

## Queue alert
desk-alerts-none = Nenhum chamador aguardando você
desk-alerts-waiting = { $count ->
    [one] { $count } chamador aguardando
    [many] { $count } chamadores aguardando
   *[other] { $count } chamadores aguardando
}
desk-title-call = Chamada: { $caller }
desk-title-waiting = { $count ->
    [one] { $count } chamador aguardando
    [many] { $count } chamadores aguardando
   *[other] { $count } chamadores aguardando
}
desk-alert-gone = { $caller } não está mais aguardando.
desk-announce-ringing = Chamada tocando para você de { $caller }. Pressione A para aceitar, X para dispensar.
desk-announce-waiting-in = { $caller } está aguardando em { $queue }. Pressione A para aceitar, X para dispensar.
desk-announce-waiting = { $caller } está aguardando. Pressione A para aceitar, X para dispensar.
desk-notify-ringing = Chamada tocando para você
desk-notify-waiting = Chamador aguardando
desk-ring-sound-hint = Toque para chamadores recebidos
desk-ring-sound-on = Toque ligado
desk-ring-sound-off = Toque desligado
desk-watch-all = Avisar-me de chamadores em todas as filas
desk-incoming-callers = Chamadores recebidos
desk-ringing-for-you = Tocando para você
desk-ringing-for-you-in = Tocando para você · { $queue }
desk-waiting = Aguardando em uma fila
desk-waiting-at = Aguardando em uma fila · posição { $position }
desk-waiting-in = Aguardando em { $queue }
desk-waiting-in-at = Aguardando em { $queue } · posição { $position }
desk-alert-waited = aguardando
desk-accept = Aceitar
desk-dismiss = Dispensar
desk-dismiss-hint = Oculta este alerta nesta mesa (a chamada em si não é recusada)
desk-accept-working = Deixando você disponível…
desk-accept-how-ringing-on = Tocando em { $address }. O VoIPBIN não tem botão de atender: atenda no seu telefone ou softphone. Aceitar silencia este alerta.
desk-accept-how-ringing = Tocando no seu telefone. O VoIPBIN não tem botão de atender: atenda no seu telefone ou softphone. Aceitar silencia este alerta.
desk-accept-how-queue = Aceitar deixa você disponível, para que a fila possa passar este chamador para o seu telefone.
desk-accept-how-floor = Você não atende esta fila: o VoIPBIN encaminha o chamador aos agentes dela.
desk-accepted-ringing = Atenda agora no seu telefone ou softphone. Este alerta fecha assim que você estiver conectado.
desk-accepted-available = Você está disponível: quando a fila encaminhar este chamador a você, seu telefone toca. Atenda lá.
desk-accepted-now-available = Agora você está disponível: a fila pode passar este chamador para o seu telefone. Atenda lá.
desk-failed-available = Não foi possível deixar você disponível.

## Desktop notifications
desk-notify-region = Notificações da área de trabalho
desk-notify-offer = Receber uma notificação quando um chamador estiver aguardando e esta aba estiver em segundo plano?
desk-notify-enable = Ativar notificações
desk-notify-later = Agora não

## The agent's calls: the list (the selected call is in work.ftl)
desk-my-calls = Minhas chamadas
desk-calls-count = chamadas
desk-no-calls = Nenhuma chamada agora. Um chamador encaminhado a você aparece no topo da mesa; quando você atender no telefone, a chamada aparece aqui.
desk-on-the-floor = Na operação
desk-on-the-floor-hint = Chamadas de outros agentes. Abra uma para acompanhar a transcrição e intervir.
desk-another-agent = outro agente
desk-phase-ringing = Tocando
desk-phase-connected = Conectada
desk-phase-ending = Encerrando…
desk-phase-ended = Encerrada
desk-inbound = recebida
desk-outbound = efetuada

## The customer beside the call
desk-customer = Cliente
desk-customer-empty = Selecione uma chamada para ver quem está na linha, suas chamadas e mensagens anteriores.
desk-unknown-caller = Chamador desconhecido
desk-earlier-calls = Chamadas anteriores
desk-no-earlier-calls = Nenhuma chamada anterior registrada com este número.
desk-conversations = Conversas
desk-no-threads = Nenhuma conversa com este número.
desk-open-thread-with = Abrir conversa com { $name }
desk-text-messages = SMS
desk-no-text-messages = Nenhum SMS registrado com este número.
desk-sms-from-them = Recebida
desk-sms-to-them = Enviada
desk-call-ended-reason = encerrada ({ $reason })

## Who is calling (screen-pop)
desk-caller = Chamador
desk-looking-up = Buscando { $number }…
desk-lookup-failed = Não foi possível buscar o chamador: { $detail }
desk-tags = Etiquetas
desk-open-cases = Casos abertos
desk-no-open-case = Nenhum caso aberto.
desk-last-interactions = Últimas interações
desk-nothing-on-record = Nada registrado.
desk-no-number = Sem número
desk-not-in-contacts = Não está nos seus contatos
desk-create-contact = Criar contato
desk-link-contact = Vincular contato
desk-case-from = Caso de { $number }
desk-interaction-call = Chamada
desk-interaction-call-in = Chamada recebida
desk-interaction-call-out = Chamada efetuada
desk-interaction-message = Mensagem
desk-interaction-message-in = Mensagem recebida
desk-interaction-message-out = Mensagem enviada
desk-interaction-conversation = Conversa
desk-interaction-conversation-in = Conversa recebida
desk-interaction-conversation-out = Conversa enviada

## Team talk: the button in the top bar, its notifications, the panel while it loads
## (the panel's own words are in team.ftl)
team-name = Equipe
team-unread-count = { $count ->
    [one] { $count } não lida
    [many] { $count } não lidas
   *[other] { $count } não lidas
}
team-notify-title = Equipe · { $chat }
team-notify-untitled = Mensagem da equipe
team-opening = Abrindo Equipe…
team-load-failed-text = Equipe não carregou (rede ou servidor); o restante continua funcionando.
team-retry-load = Tentar de novo

## Message threads: the list (the open thread's words are in work.ftl)
work-messages-title = Mensagens
work-unread = { $count ->
    [one] { $count } não lida
    [many] { $count } não lidas
   *[other] { $count } não lidas
}
work-messages-empty = Ainda não há conversas. As mensagens dos clientes atribuídos a você aparecem aqui.
work-conversations = Conversas
work-threads-hint = J / K: conversa seguinte ou anterior

## Wrap-up on the desk: the header's indicator, the agent's wrap-up time, notices
## (the wrap-up card's words are in work.ftl)
work-dismiss = Fechar
work-wrap-up = Pós-atendimento
work-wrap-up-time = Tempo de pós-atendimento
work-wrap-up-seconds = segundos após cada chamada atendida (0: até você clicar em Concluir)
work-call-note = Anotação da chamada
work-notice-phone-unregistered = Ainda ocupado, não ficou disponível: seu telefone não está registrado, então os chamadores não conseguem falar com você.
