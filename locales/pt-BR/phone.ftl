# O telefone: registro, dispositivos, teclado, chamadas.

## Por que o telefone não está registrado, ou não há telefone
phone-signed-out-of-server = saiu do servidor de telefonia
phone-wrong-password = o servidor de telefonia recusou a senha deste ramal
phone-forbidden = o servidor de telefonia não permite este ramal aqui
phone-server-silent = o servidor de telefonia não respondeu
phone-registration-refused = o servidor de telefonia recusou o registro ({ $status } { $reason })
phone-server-unreachable = não foi possível alcançar o servidor de telefonia; nova tentativa em { $seconds } s
phone-extension-unreadable = não foi possível ler o ramal deste agente ({ $error })
phone-no-extension = este agente não tem ramal: um administrador pode adicioná-lo aos endereços do agente
phone-turned-off = desligado ao entrar: as chamadas tocam no seu outro telefone
phone-server-not-set = nenhum servidor de telefonia definido: entre novamente com o endereço SIP wss:// da sua instalação
phone-server-invalid = o servidor de telefonia "{ $server }" não é um endereço wss:// ou ws:// nem um caminho
phone-not-registered-blocks = seu telefone não está registrado ({ $why }), então os chamadores não conseguem falar com você

## Problemas com chamadas, áudio e dispositivos
phone-hold-refused = o servidor de telefonia recusou colocar em espera ou retomar a chamada ({ $status })
phone-cannot-dial-unregistered = o telefone não está registrado: não é possível fazer chamadas agora
phone-finish-call-first = encerre a chamada atual antes de fazer outra
phone-audio-failed = não foi possível preparar o áudio da chamada ({ $detail })
phone-mic-refused = o navegador não tem permissão para usar o microfone: permita nas configurações do site na barra de endereços e tente novamente
phone-mic-missing = nenhum microfone encontrado: conecte um headset e tente novamente
phone-mic-busy = o microfone está em uso por outro programa ou não pode ser aberto
phone-mic-unsupported = este navegador não pode usar um microfone aqui (é preciso https ou localhost)
phone-mic-failed = não foi possível abrir o microfone
phone-device-unnamed = Dispositivo { $number }

## Por que uma chamada terminou
phone-ended-you = Você desligou
phone-ended-other-side = O outro lado desligou
phone-ended-caller-gone = O chamador saiu (desligou ou foi atendido em outro lugar)
phone-ended-declined = Recusada
phone-ended-busy = Ocupado
phone-ended-not-found = Número ou ramal inexistente
phone-ended-refused = Recusada ({ $status } { $reason })
phone-ended-timeout = Sem resposta do servidor de telefonia
phone-ended-transport-lost = A conexão com o servidor de telefonia caiu

## Qualidade da chamada
phone-quality-no-audio = nenhum áudio está chegando do chamador
phone-quality-loss = { $percent }% do áudio do chamador está se perdendo: a rede está descartando pacotes
phone-quality-jitter = o áudio chega de forma irregular ({ $jitter } ms de jitter): a rede está congestionada
phone-quality-slow = a linha está lenta ({ $round_trip } ms de ida e volta): o chamador pode falar junto com você
phone-quality-measuring = Medindo a linha…
phone-quality-line = MOS { $mos } · ida e volta { $rtt } ms · jitter { $jitter } ms · perda { $loss }%
phone-quality-line-no-rtt = MOS { $mos } · ida e volta – · jitter { $jitter } ms · perda { $loss }%
phone-quality-with-reason = { $line } — { $reason }

## O painel da chamada
phone-state-far-ringing = Tocando…
phone-state-calling = Chamando…
phone-state-connecting = Conectando…
phone-state-on-hold = Em espera
phone-state-in-call = Em chamada
phone-state-in-call-outgoing = Em chamada (saída)
phone-state-ringing = Tocando
phone-queue = Fila
phone-call-time = Duração
phone-controls = Controles do telefone
phone-mute = Silenciar
phone-unmute = Ativar microfone
phone-hold = Em espera
phone-resume = Retomar
phone-hang-up = Desligar
phone-cancel = Cancelar
phone-mic = Mic
phone-mic-muted = Silenciado: o chamador não ouve nada
phone-mic-heard = Ouvimos você
phone-mic-quiet = Silêncio
phone-digits-sent = Enviado:

## Ligar para um número, dispositivos, teclado
phone-call-number = Ligar para { $number }
phone-call-number-hint = Ligar para este número pelo telefone da mesa
phone-audio-devices = Dispositivos de áudio
phone-microphone = Microfone
phone-speaker = Alto-falante
phone-ringer = Toque
phone-device-default = Padrão do navegador
phone-check-start = Testar o microfone
phone-check-stop = Parar o teste do microfone
phone-check-heard = Ouvimos você ({ $level } dBFS)
phone-check-not-heard = Nada ouvido ainda ({ $level } dBFS): fale ou escolha outro microfone
phone-check-opening = Abrindo o microfone…
phone-keypad = Teclado
phone-dialpad = Discador
phone-dial-label = Número, ramal ou agente
phone-dial-placeholder = +15551234567, 2002 ou um agente
phone-call = Ligar
phone-keys = Teclas
phone-dismiss = Fechar

## Em volta do telefone: sair, ausente, o toque
phone-leave-warning = Há uma chamada em andamento. Sair vai desligá-la.
phone-set-away = Você foi colocado como ausente: { $why }.
phone-ring-blocked = O navegador segura o toque até você clicar na página.
phone-ring-enable = Ativar o toque

## A chamada recebida
phone-ring-title = Chamada: { $caller }
phone-ring-body = Chamada recebida. Atenda na mesa.
phone-ring-body-queue = Chamada recebida de { $queue }. Atenda na mesa.
phone-ring-announce = Chamada recebida de { $caller }.
phone-ring-announce-queue = Chamada recebida de { $caller } pela fila { $queue }.
phone-waited = aguardou { $duration }
phone-incoming = Chamada recebida
phone-answer = Atender
phone-decline = Recusar

## O estado do telefone na barra superior
phone-ready = Telefone pronto
phone-connecting = Conectando telefone…
phone-offline = Telefone offline
phone-none = Sem telefone
phone-elsewhere = Telefone em outra aba
phone-elsewhere-why = outra aba deste navegador está com o telefone; as chamadas tocam lá
phone-take-over = Usar aqui
phone-retry = Tentar de novo

## O estado do agente
shell-my-status = Meu estado
shell-status-available-hint = Disponível (1)
shell-status-away-hint = Ausente (2)
shell-status-busy-hint = Ocupado (3)
shell-status-offline-hint = Offline (4)
shell-status-not-available = Não ficou disponível: { $why }.
shell-status-change-failed = Não foi possível mudar o estado: { $error }

## A barra superior
shell-sign-out-in-call = Há uma chamada em andamento. Sair e desligá-la?
shell-skip = Ir para o conteúdo
shell-pages = Páginas
shell-nav-desk = Mesa
shell-nav-contacts = Contatos
shell-nav-dashboard = Painel
shell-nav-settings = Configurações
shell-nav-inspector = Inspetor
shell-shortcuts = Atalhos de teclado
shell-shortcuts-hint = Atalhos de teclado (?)
shell-theme = Mudar tema
shell-theme-hint = Tema claro ou escuro
shell-sign-out = Sair
shell-dismiss = Fechar

## A conexão
shell-live = Ao vivo
shell-syncing = Sincronizando…
shell-connecting = Conectando…
shell-reconnecting-in = Reconectando em { $seconds } s
shell-reconnecting = Reconectando…
shell-offline = Offline
shell-signed-out = Desconectado
shell-last-event = último evento { $time }
shell-no-events = nenhum evento ainda
shell-retry-now = Tentar agora

## Avisos da conexão ao vivo
shell-refused-permission = Sua conta não pode receber estes eventos, então esta parte da mesa não será atualizada ao vivo.
shell-refused-topic = O servidor não aceitou um tópico que a mesa pediu.
shell-refused-message = O servidor não conseguiu ler uma mensagem da mesa.
shell-refused-rate = O servidor está limitando as inscrições; a mesa se inscreve de novo ao reconectar.
shell-refused-other = O servidor recusou uma inscrição.
shell-refused-notice = { $explained } { $code }: { $message } ({ $topics })
shell-resync-skipped = { $count ->
    [one] ressincronização: { $path }: { $count } item não pôde ser lido
    [many] ressincronização: { $path }: { $count } itens não puderam ser lidos
   *[other] ressincronização: { $path }: { $count } itens não puderam ser lidos
}
shell-resync-failed = ressincronização: { $path }: { $error }

## Os atalhos de teclado
shell-shortcuts-title = Atalhos de teclado
shell-close = Fechar
shell-key-shortcuts = Mostrar ou ocultar esta lista
shell-key-accept = Atender o chamador em espera
shell-key-dismiss = Dispensar o alerta
shell-key-hangup = Desligar a chamada ativa
shell-key-transfer = Transferir a chamada ativa
shell-key-mute = Silenciar ou ativar microfone
shell-key-hold = Em espera ou retomar
shell-key-record = Iniciar ou parar a gravação
shell-key-help = Pedir ajuda na chamada
shell-key-available = Estado: disponível
shell-key-away = Estado: ausente
shell-key-busy = Estado: ocupado
shell-key-offline = Estado: offline
shell-key-reply = Escrever uma resposta
shell-key-next = Próxima conversa
shell-key-close = Fechar diálogos
shell-key-previous = Conversa anterior
shell-key-keypad = Tons do teclado durante uma chamada

## Páginas carregadas quando abertas
shell-loading-dashboard = Carregando o painel…
shell-loading-settings = Carregando as configurações…
shell-loading-inspector = Carregando o inspetor de eventos…
shell-loading-contacts = Carregando os contatos…
shell-failed-dashboard = Não foi possível carregar o painel
shell-failed-settings = Não foi possível carregar as configurações
shell-failed-inspector = Não foi possível carregar o inspetor de eventos
shell-failed-contacts = Não foi possível carregar os contatos
shell-failed-detail = Esta parte do app não chegou (rede ou servidor). A mesa, a conexão e o telefone continuam funcionando.
shell-try-again = Tentar de novo
shell-nothing-here = Nada aqui.
shell-party-unknown = desconhecido

## Erros do servidor
shell-error-network = não foi possível alcançar o servidor: { $detail }
shell-error-unauthorized = não conectado: { $detail }
shell-error-forbidden = não permitido: { $detail }
shell-error-not-found = não encontrado: { $detail }
shell-error-status = erro do servidor { $code }: { $detail }
shell-error-decode = resposta inesperada: { $detail }
shell-error-timeout = sem resposta em { $seconds } s
shell-error-no-token = o servidor respondeu sem token
shell-error-not-agent = service_agents/me não é um agente
shell-error-not-object = a resposta não é um objeto JSON
