# After-call work: wrap-up, case notes, messages, quick replies, contacts.

## Shared buttons

work-save = Salvar
work-cancel = Cancelar
work-dismiss = Fechar
work-retry = Tentar de novo
work-try-again = Tentar de novo
work-remove = Remover
work-edit = Editar
work-reload = Recarregar

## Message threads

work-messages-title = Mensagens
work-unread = { $count ->
    [one] { $count } não lida
    [many] { $count } não lidas
   *[other] { $count } não lidas
}
work-messages-empty = Ainda não há conversas. As mensagens dos clientes atribuídos a você aparecem aqui.
work-conversations = Conversas
work-threads-hint = J / K: conversa seguinte ou anterior
work-peer-unknown = Desconhecido
work-assigned-to-another-agent = Atribuída a outro agente
work-assigned-to = Atribuída a { $name }
work-load-older = { $count ->
    [one] Carregar mensagens anteriores (mais { $count })
    [many] Carregar mensagens anteriores (mais { $count })
   *[other] Carregar mensagens anteriores (mais { $count })
}
work-messages-with = Mensagens com { $name }
work-delivery-received = Recebida
work-delivery-sending = Enviando…
work-delivery-queued = Na fila
work-delivery-sent = Enviada
work-delivery-delivered = Entregue
work-delivery-failed = Não entregue
work-send-again = Reenviar
work-reply-not-sent-forbidden = Não enviada: sua conta não tem permissão para enviar mensagens. Fale com um supervisor.
work-reply-not-sent-gone = Não enviada: o servidor não reconhece mais esta conversa.
work-reply-not-sent-network = Não enviada: não foi possível acessar o servidor. Verifique a conexão e tente de novo.
work-reply-not-sent-expired = Não enviada: sua sessão expirou. Entre novamente.
work-reply-not-sent-other = Não enviada: { $reason }.
work-discard = Descartar
work-reply = Resposta
work-reply-to = Responder a { $name }
work-reply-to-placeholder = Responder a { $name }…
work-send = Enviar
work-reply-keys = Enter envia · Shift+Enter nova linha · / para escrever
work-reply-length = { $chars ->
    [one] { $chars } caractere · { $parts } SMS
    [many] { $chars } caracteres · { $parts } SMS
   *[other] { $chars } caracteres · { $parts } SMS
}

## Quick replies

work-quick-replies = Respostas rápidas
work-quick-replies-kept = Suas respostas rápidas, salvas neste navegador.
work-quick-reply-number-label = Resposta rápida { $number }
work-quick-reply-remove-label = Remover a resposta rápida { $number }
work-quick-reply-add = Adicionar resposta
work-quick-replies-edit = Editar respostas rápidas
work-quick-reply-thanks = Obrigado por entrar em contato! Já estou verificando isso para você.
work-quick-reply-number = Você poderia me informar o número da sua conta ou do pedido, por favor?
work-quick-reply-passed-on = Encaminhei isso para a equipe responsável; você receberá um retorno em até um dia útil.
work-quick-reply-anything-else = Posso ajudar em mais alguma coisa hoje?

## Contacts

work-contacts = Contatos
work-contact = Contato
work-contacts-search = Buscar contatos
work-contacts-search-placeholder = Nome, empresa, número ou e-mail
work-contacts-unreadable = Não foi possível ler os contatos: { $reason }
work-contacts-reading = Lendo os contatos…
work-contacts-no-match = Nenhum contato encontrado.
work-contact-first-name = Nome
work-contact-last-name = Sobrenome
work-contact-company = Empresa
work-contact-job-title = Cargo
work-contact-notes = Observações
work-contact-primary = (principal)
work-contact-not-saved = Não foi possível salvar: { $reason }
work-timeline = Histórico
work-timeline-reading = Lendo o histórico…
work-timeline-empty = Nada registrado.

## The call's case

work-case = Caso
work-case-looking = Procurando o caso desta chamada…
work-case-unreadable = Não foi possível ler o caso desta chamada: { $reason }
work-case-open = Aberto
work-case-closed = Fechado ({ $reason })
work-case-assign-me = Atribuir a mim
work-case-attach-caller = Vincular o chamador
work-case-close = Fechar caso
work-case-no-notes = Nenhuma anotação ainda.
work-case-note-system = Sistema
work-case-note-agent = Agente

## Wrap-up

work-wrap-up = Pós-atendimento
work-wrap-up-left = Faltam { $time }
work-wrap-up-until-done = até você clicar em Concluir
work-wrap-up-extend = +30 s (máx. { $max })
work-wrap-up-extend-hint = Adiciona 30 s, até { $max } de pós-atendimento no total
work-wrap-up-note = Anotação sobre a chamada
work-wrap-up-note-placeholder = Qual foi o assunto, o que foi combinado
work-wrap-up-close-case = Fechar o caso
work-wrap-up-then = Depois
work-next-available = Disponível
work-next-away = Ausente
work-next-offline = Offline
work-wrap-up-done = Concluir
work-wrap-up-time = Tempo de pós-atendimento
work-wrap-up-seconds = segundos após cada chamada atendida (0: até você clicar em Concluir)
work-call-note = Anotação da chamada
work-notice-phone-unregistered = Ainda ocupado, não ficou disponível: seu telefone não está registrado, então os chamadores não conseguem falar com você.

## The note's progress after Done

work-note-not-sent = não enviada: { $reason }
work-note-sent-case-not-closed = enviada; o caso não foi fechado: { $reason }
work-note-sent-to-contact = enviada (adicionada às observações do contato)
work-note-sent = enviada
work-note-sending = enviando…
work-note-saved-no-target = salva neste dispositivo: nenhum caso ou contato é conhecido para esta chamada
work-note-saved-offline = salva neste dispositivo: offline, será enviada quando a conexão voltar
work-note-saved-retrying = { $count ->
    [one] salva neste dispositivo: o servidor não a aceitou, nova tentativa em { $count } s
    [many] salva neste dispositivo: o servidor não a aceitou, nova tentativa em { $count } s
   *[other] salva neste dispositivo: o servidor não a aceitou, nova tentativa em { $count } s
}
work-note-saved = salva neste dispositivo
