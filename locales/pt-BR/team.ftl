# Team talk: the Team panel (a chunk of its own; its button is in desk.ftl).

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
