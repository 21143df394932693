# Team talk: the Team panel (a chunk of its own; its button is in desk.ftl).

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
