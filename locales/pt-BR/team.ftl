# Team talk and asking for help.

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
team-new-chat = Novo chat
team-new-group-button = Novo grupo
team-channels-button = Canais
team-close-panel = Fechar Equipe
team-dismiss = Fechar
team-chat-list = Chats
team-no-chats = Nenhum chat ainda: comece um com um colega ou entre em um canal.
team-pick-chat = Escolha um chat.
team-you = Você
team-teammate = Colega
team-direct-chat = Chat direto
team-chat-untitled = Chat

team-back-to-chat = ← Voltar ao chat
team-older-messages = Mensagens anteriores
team-offline-note = Offline: o que você enviar aguarda e sai quando a conexão voltar.
team-out-queued = Aguardando envio…
team-out-sending = Enviando…
team-out-failed = Não enviada. { $reason }
team-discard = Descartar
team-reply-placeholder = Responder no tópico…
team-message-placeholder = Mensagem…
team-input-label = Mensagem para a equipe
team-attach-file = Anexar
team-send-message = Enviar
team-deleted = Esta mensagem foi apagada.
team-react-with = Reagir com { $emoji }
team-reply-in-thread = Responder no tópico
team-replies = { $count ->
    [one] { $count } resposta
    [many] { $count } respostas
   *[other] { $count } respostas
}
team-attachment = Anexo
team-attached-image = Imagem anexada
team-file-too-big = O arquivo tem { $size } MB; o { -brand } aceita no máximo { $max } MB.

team-chat-with-teammate = Conversar com um colega
team-reading-team = Carregando a equipe…
team-group-name-label = Nome
team-create-group = Criar grupo
team-public-channels = Canais públicos
team-reading-channels = Carregando os canais…
team-member-count = { $count ->
    [one] { $count } membro
    [many] { $count } membros
   *[other] { $count } membros
}
team-open-channel = Abrir
team-join-channel = Entrar

team-failed-read-chat = Não foi possível ler o chat. { $reason }
team-failed-read-older = Não foi possível ler as mensagens anteriores. { $reason }
team-failed-upload = Não foi possível enviar o arquivo. { $reason }
team-failed-react = Não foi possível adicionar a reação. { $reason }
team-failed-start-chat = Não foi possível iniciar o chat. { $reason }
team-failed-create-group = Não foi possível criar o grupo. { $reason }
team-failed-read-channels = Não foi possível ler os canais. { $reason }
team-failed-join-channel = Não foi possível entrar no canal. { $reason }
team-failed-open-help = Não é possível abrir o canal Help. { $reason }
team-failed-ask-help = Não foi possível pedir ajuda. { $reason }
team-failed-take-request = Não foi possível assumir o pedido. { $reason }
team-failed-say-ended = Não foi possível avisar que a chamada terminou. { $reason }
team-why-network = Não foi possível conectar ao servidor. Verifique a conexão e tente de novo.
team-why-session = Sua sessão expirou. Entre novamente.
team-why-forbidden = Sua conta não tem permissão para isso.
team-why-not-found = O servidor não o encontra (pode ter sido removido).
team-why-status = O servidor respondeu { $code }: { $detail }
team-why-decode = Não foi possível ler a resposta do servidor.

team-help-reason-label = Por que você precisa de ajuda (opcional)
team-help-reason-placeholder = Motivo (opcional)
team-help-ask = Pedir ajuda
team-help-asking = Pedindo…
team-help-pending = Ajuda solicitada: aguardando um supervisor…
team-help-taken = { $name } está cuidando disso.
team-help-taken-unknown = Um supervisor está cuidando disso.
team-help-closed = Pedido de ajuda encerrado: a chamada terminou.

team-help-line-agent = 🙋 { $agent } pede ajuda em uma chamada
team-help-line-anonymous = 🙋 Um agente pede ajuda em uma chamada
team-help-line-caller = Chamador: { $caller }
team-help-line-caller-unknown = Chamador: desconhecido
team-help-line-queue = Fila: { $queue }
team-help-line-waited = Esperou: { $waited }
team-help-line-case = Caso: { $case }
team-help-line-listen = Ouvir: { $link }
team-help-line-reason = Motivo: { $reason }
team-help-on-it-name = Assumindo: { $name }
team-help-on-it = Assumindo: um supervisor
team-help-call-ended = A chamada terminou.
