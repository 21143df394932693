# desk

## The desk's frame
desk-title = Mesa do agente
desk-phone = Telefone
desk-loading = Carregando…
desk-try-again = Tentar de novo
desk-part-load-failed = Esta parte da mesa não chegou (rede ou servidor); suas chamadas, anotações e mensagens estão seguras.
desk-cancel = Cancelar
desk-close = Fechar
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

## The agent's calls
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
desk-phase-unknown = Desconhecido
desk-call = Chamada
desk-inbound = recebida
desk-outbound = efetuada
desk-via-queue = via { $queue }
desk-handled-by = Atendida por { $name }
desk-call-time = Duração
desk-phone-controls-hint = Fale, silencie, coloque em espera, use o teclado e desligue pelo telefone acima. Transferências e gravação são para supervisores.
desk-call-controls = Controles da chamada
desk-mute = Silenciar
desk-unmute = Ativar microfone
desk-hold = Em espera
desk-resume = Retomar
desk-record = Gravar
desk-stop-recording = Parar gravação
desk-transfer = Transferir
desk-voicemail = Correio de voz
desk-hang-up = Desligar
desk-voicemail-why = Correio de voz: a API do VoIPBIN não tem operação para enviar ao correio de voz; transfira para um número de correio de voz.
desk-hangup-again = Pressione H de novo para desligar.
desk-ended-transferred = Você saiu desta chamada (transferida). A gravação e a transcrição ficam aqui para o pós-atendimento.
desk-ended-by-caller = Chamada encerrada pelo chamador. Ela fica aqui por dois minutos para o pós-atendimento.
desk-ended-by-us = Chamada encerrada deste lado. Ela fica aqui por dois minutos para o pós-atendimento.
desk-ended = Chamada encerrada. Ela fica aqui por dois minutos para o pós-atendimento.
desk-op-hangup-progress = Desligando…
desk-op-mute-progress = Silenciando…
desk-op-unmute-progress = Ativando microfone…
desk-op-hold-progress = Colocando em espera…
desk-op-resume-progress = Retomando…
desk-op-record-progress = Iniciando gravação…
desk-op-stop-record-progress = Parando gravação…
desk-op-hangup-sent = Desligar enviado. Aguardando confirmação do VoIPBIN…
desk-op-mute-sent = Silenciar enviado. Aguardando confirmação do VoIPBIN…
desk-op-unmute-sent = Ativar microfone enviado. Aguardando confirmação do VoIPBIN…
desk-op-record-sent = Iniciar gravação enviado. Aguardando confirmação do VoIPBIN…
desk-op-stop-record-sent = Parar gravação enviado. Aguardando confirmação do VoIPBIN…
desk-op-hangup-failed = Não foi possível desligar.
desk-op-mute-failed = Não foi possível silenciar.
desk-op-unmute-failed = Não foi possível ativar o microfone.
desk-op-hold-failed = Não foi possível colocar a chamada em espera.
desk-op-resume-failed = Não foi possível retomar a chamada.
desk-op-record-failed = Não foi possível iniciar a gravação.
desk-op-stop-record-failed = Não foi possível parar a gravação.

## Transcript and recordings
desk-transcript-title = Transcrição ao vivo
desk-transcript = Transcrição
desk-transcript-supervisors-only = Só supervisores
desk-transcript-live = Ao vivo
desk-transcript-finished = Concluída
desk-transcript-not-started = Não iniciada
desk-transcript-waiting = Aguardando o VoIPBIN transcrever esta chamada…
desk-transcript-not-for-agents = O VoIPBIN envia transcrições ao vivo só para contas de administrador e gerente (seus eventos não indicam agente), então esta conta não pode exibi-las.
desk-speaker-you = Você
desk-speaker-agent = Agente
desk-speaker-caller = Chamador
desk-recordings = Gravações
desk-recording-ready = Gravação pronta · { $length } · { $format }
desk-recording-ready-audio = Gravação pronta · { $length } · áudio
desk-recording-open = Ouvir ou baixar
desk-recording-open-hint = Abre o arquivo de gravação do VoIPBIN em uma nova aba
desk-recording-since = Gravando desde { $time }

## Transfer
desk-transfer-opening = Abrindo a transferência…
desk-transfer-load-failed = A janela de transferência não chegou (rede ou servidor); a chamada continua.
desk-transfer-title = Transferir esta chamada
desk-transfer-how = Como
desk-transfer-blind = Direta — passar agora
desk-transfer-attended = Assistida — falar antes
desk-transfer-no-agents = Esta conta não tem lista de agentes (o VoIPBIN a mostra a administradores e gerentes): digite um ramal ou número.
desk-transfer-to-agent = Para um agente
desk-transfer-choose-agent = Escolha um agente…
desk-transfer-to-number = Ou um número, ramal ou endereço SIP
desk-transfer-number-example = +15550100200, 2003 ou sip:nome@host
desk-transferring = Transferindo…
desk-transfer-pick = Escolha um agente ou digite um número.
desk-transferred-blind = Transferida: { $name } está tocando. Você saiu da chamada.
desk-transferred-attended = Consultando { $name }: o chamador é conectado quando aceitarem.
desk-failed-transfer = Não foi possível transferir.
desk-agent-available = disponível
desk-agent-away = ausente
desk-agent-busy = ocupado
desk-agent-offline = offline
desk-agent-ringing = tocando
desk-agent-unknown = desconhecido
desk-destination-empty = Digite um número, ramal ou endereço SIP.
desk-destination-bad-sip = Endereço SIP inválido (nome@host).
desk-destination-bad-length = Um número de telefone precisa de + e 8 a 15 dígitos, ex.: +15550100200.
desk-destination-no-plus = Comece o número com + e o código do país, ex.: +15550100200.
desk-destination-unknown = Não é um número de telefone, ramal nem endereço SIP.

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
desk-failed-create-contact = Não foi possível criar o contato.
desk-failed-save-contact = Não foi possível salvar o contato.
desk-failed-link-number = Não foi possível vincular o número.
desk-failed-attach-contact = Não foi possível associar o contato.
desk-failed-assign-case = Não foi possível atribuir o caso.
desk-failed-close-case = Não foi possível fechar o caso.
