# The call-work chunk (also the contacts page and the transfer dialog): the selected call,
# its transcript, transfer and help request, the contact editor, the call's case, the
# wrap-up card and the note's progress, the open message thread, quick replies, contacts.

## Shared buttons

work-save = Salvar
work-cancel = Cancelar
work-retry = Tentar de novo
work-try-again = Tentar de novo
work-remove = Remover
work-edit = Editar
work-reload = Recarregar

## Message threads

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

## The selected call: its panel, controls and what they said

desk-close = Fechar
desk-phase-unknown = Desconhecido
desk-call = Chamada
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

## Transfer (opened from the selected call; the dialog is a chunk of its own)

desk-cancel = Cancelar
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

## What the contact editor and the case's actions could not do

desk-failed-create-contact = Não foi possível criar o contato.
desk-failed-save-contact = Não foi possível salvar o contato.
desk-failed-link-number = Não foi possível vincular o número.
desk-failed-attach-contact = Não foi possível associar o contato.
desk-failed-assign-case = Não foi possível atribuir o caso.
desk-failed-close-case = Não foi possível fechar o caso.

## Asking for help on a call (in the selected call's panel)

team-help-reason-label = Por que você precisa de ajuda (opcional)
team-help-reason-placeholder = Motivo (opcional)
team-help-ask = Pedir ajuda
team-help-asking = Pedindo…
team-help-pending = Ajuda solicitada: aguardando um supervisor…
team-help-taken = { $name } está cuidando disso.
team-help-taken-unknown = Um supervisor está cuidando disso.
team-help-closed = Pedido de ajuda encerrado: a chamada terminou.

## The help request as posted in the Help channel: the agent's words, one line each
## (the machine line after them is not translated)

team-help-line-agent = 🙋 { $agent } pede ajuda em uma chamada
team-help-line-anonymous = 🙋 Um agente pede ajuda em uma chamada
team-help-line-caller = Chamador: { $caller }
team-help-line-caller-unknown = Chamador: desconhecido
team-help-line-queue = Fila: { $queue }
team-help-line-waited = Esperou: { $waited }
team-help-line-case = Caso: { $case }
team-help-line-listen = Ouvir: { $link }
team-help-line-reason = Motivo: { $reason }
team-help-call-ended = A chamada terminou.

## Why the server's answer to a sent reply could not be read (shell-error-decode's $detail)

shell-error-not-message = a resposta não é uma mensagem de conversa
