# Team talk and asking for help.

team-name = Équipe
team-unread-count = { $count ->
    [one] { $count } non lu
    [many] { $count } non lus
   *[other] { $count } non lus
}
team-notify-title = Équipe · { $chat }
team-notify-untitled = Message d'équipe
team-opening = Ouverture de l'équipe…
team-load-failed-text = L'équipe n'a pas pu être chargée (réseau ou serveur) ; le poste continue de fonctionner.
team-retry-load = Réessayer
team-new-chat = Nouveau chat
team-new-group-button = Nouveau groupe
team-channels-button = Canaux
team-close-panel = Fermer l'équipe
team-dismiss = Fermer
team-chat-list = Discussions
team-no-chats = Aucune discussion : commencez-en une avec un collègue ou rejoignez un canal.
team-pick-chat = Choisissez une discussion.
team-you = Vous
team-teammate = Collègue
team-direct-chat = Discussion privée
team-chat-untitled = Discussion

team-back-to-chat = ← Retour à la discussion
team-older-messages = Messages plus anciens
team-offline-note = Hors ligne : vos envois attendent et partiront au retour de la connexion.
team-out-queued = En attente d'envoi…
team-out-sending = Envoi…
team-out-failed = Non envoyé. { $reason }
team-discard = Abandonner
team-reply-placeholder = Répondre dans le fil…
team-message-placeholder = Message…
team-input-label = Message à l'équipe
team-attach-file = Joindre
team-send-message = Envoyer
team-deleted = Ce message a été supprimé.
team-react-with = Réagir avec { $emoji }
team-reply-in-thread = Répondre dans le fil
team-replies = { $count ->
    [one] { $count } réponse
    [many] { $count } réponses
   *[other] { $count } réponses
}
team-attachment = Pièce jointe
team-attached-image = Image jointe
team-file-too-big = Le fichier fait { $size } Mo ; { -brand } accepte au plus { $max } Mo.

team-chat-with-teammate = Discuter avec un collègue
team-reading-team = Chargement de l'équipe…
team-group-name-label = Nom
team-create-group = Créer le groupe
team-public-channels = Canaux publics
team-reading-channels = Chargement des canaux…
team-member-count = { $count ->
    [one] { $count } membre
    [many] { $count } membres
   *[other] { $count } membres
}
team-open-channel = Ouvrir
team-join-channel = Rejoindre

team-failed-read-chat = Impossible de lire la discussion. { $reason }
team-failed-read-older = Impossible de lire les messages plus anciens. { $reason }
team-failed-upload = Impossible d'envoyer le fichier. { $reason }
team-failed-react = Impossible d'ajouter la réaction. { $reason }
team-failed-start-chat = Impossible de démarrer la discussion. { $reason }
team-failed-create-group = Impossible de créer le groupe. { $reason }
team-failed-read-channels = Impossible de lire les canaux. { $reason }
team-failed-join-channel = Impossible de rejoindre le canal. { $reason }
team-failed-open-help = Impossible d'ouvrir le canal Help. { $reason }
team-failed-ask-help = Impossible de demander de l'aide. { $reason }
team-failed-take-request = Impossible de prendre en charge la demande. { $reason }
team-failed-say-ended = Impossible de signaler la fin de l'appel. { $reason }
team-why-network = Le serveur est injoignable. Vérifiez la connexion et réessayez.
team-why-session = Votre session a expiré. Reconnectez-vous.
team-why-forbidden = Votre compte n'a pas l'autorisation de le faire.
team-why-not-found = Le serveur ne le trouve pas (il a peut-être été supprimé).
team-why-status = Le serveur a répondu { $code } : { $detail }
team-why-decode = La réponse du serveur est illisible.

team-help-reason-label = Pourquoi vous avez besoin d'aide (facultatif)
team-help-reason-placeholder = Motif (facultatif)
team-help-ask = Demander de l'aide
team-help-asking = Demande…
team-help-pending = Aide demandée : en attente d'un superviseur…
team-help-taken = { $name } s'en occupe.
team-help-taken-unknown = Un superviseur s'en occupe.
team-help-closed = Demande d'aide close : l'appel est terminé.

team-help-line-agent = 🙋 { $agent } demande de l'aide sur un appel
team-help-line-anonymous = 🙋 Un agent demande de l'aide sur un appel
team-help-line-caller = Appelant : { $caller }
team-help-line-caller-unknown = Appelant : inconnu
team-help-line-queue = File d'attente : { $queue }
team-help-line-waited = Attente : { $waited }
team-help-line-case = Dossier : { $case }
team-help-line-listen = Écouter : { $link }
team-help-line-reason = Motif : { $reason }
team-help-on-it-name = Je m'en occupe : { $name }
team-help-on-it = Je m'en occupe : un superviseur
team-help-call-ended = L'appel est terminé.
