# desk

## The desk's frame
desk-title = Poste de l'agent
desk-phone = Téléphone
desk-loading = Chargement…
desk-try-again = Réessayer
desk-part-load-failed = Cette partie du poste n'est pas arrivée (réseau ou serveur) ; vos appels, notes et messages sont préservés.
desk-edit = Modifier

## Why an action failed
desk-error-forbidden = Votre compte n'y est pas autorisé (VoIPBIN réserve les commandes d'appel aux admins et managers). Utilisez votre téléphone ou demandez à un superviseur.
desk-error-not-found = Le serveur ne connaît plus cet appel (il est peut-être terminé).
desk-error-network = Le serveur est injoignable. Vérifiez la connexion et réessayez.
desk-error-session = Votre session a expiré. Reconnectez-vous.

## Queue alert
desk-alerts-none = Aucun appelant ne vous attend
desk-alerts-waiting = { $count ->
    [one] { $count } appelant en attente
    [many] { $count } appelants en attente
   *[other] { $count } appelants en attente
}
desk-title-call = Appel : { $caller }
desk-title-waiting = { $count ->
    [one] { $count } appelant en attente
    [many] { $count } appelants en attente
   *[other] { $count } appelants en attente
}
desk-alert-gone = { $caller } n'est plus en attente.
desk-announce-ringing = Appel pour vous de { $caller }. Appuyez sur A pour accepter, X pour masquer.
desk-announce-waiting-in = { $caller } est en attente dans { $queue }. Appuyez sur A pour accepter, X pour masquer.
desk-announce-waiting = { $caller } est en attente. Appuyez sur A pour accepter, X pour masquer.
desk-notify-ringing = Appel pour vous
desk-notify-waiting = Appelant en attente
desk-ring-sound-hint = Sonnerie pour les appelants entrants
desk-ring-sound-on = Sonnerie activée
desk-ring-sound-off = Sonnerie coupée
desk-watch-all = M'alerter des appelants de toutes les files
desk-incoming-callers = Appelants entrants
desk-ringing-for-you = Sonne pour vous
desk-ringing-for-you-in = Sonne pour vous · { $queue }
desk-waiting = En attente dans une file
desk-waiting-at = En attente dans une file · position { $position }
desk-waiting-in = En attente dans { $queue }
desk-waiting-in-at = En attente dans { $queue } · position { $position }
desk-alert-waited = attente
desk-accept = Accepter
desk-dismiss = Masquer
desk-dismiss-hint = Masque cette alerte sur ce poste (l'appel lui-même n'est pas refusé)
desk-accept-working = Passage en disponible…
desk-accept-how-ringing-on = Sonne sur { $address }. VoIPBIN n'a pas de bouton pour répondre : décrochez sur votre téléphone ou softphone. Accepter coupe cette alerte.
desk-accept-how-ringing = Sonne sur votre téléphone. VoIPBIN n'a pas de bouton pour répondre : décrochez sur votre téléphone ou softphone. Accepter coupe cette alerte.
desk-accept-how-queue = Accepter vous rend disponible : la file peut alors transmettre cet appelant à votre téléphone.
desk-accept-how-floor = Vous ne servez pas cette file : VoIPBIN dirige l'appelant vers ses agents.
desk-accepted-ringing = Décrochez maintenant sur votre téléphone ou softphone. Cette alerte se ferme dès que vous êtes connecté.
desk-accepted-available = Vous êtes disponible : quand la file vous transmet cet appelant, votre téléphone sonne. Répondez-y.
desk-accepted-now-available = Vous êtes maintenant disponible : la file peut transmettre cet appelant à votre téléphone. Répondez-y.
desk-failed-available = Impossible de vous rendre disponible.

## Desktop notifications
desk-notify-region = Notifications du bureau
desk-notify-offer = Recevoir une notification quand un appelant attend et que cet onglet est en arrière-plan ?
desk-notify-enable = Activer les notifications
desk-notify-later = Plus tard

## The agent's calls: the list (the selected call is in work.ftl)
desk-my-calls = Mes appels
desk-calls-count = appels
desk-no-calls = Aucun appel pour l'instant. Un appelant qui vous est destiné s'affiche en haut du poste ; dès que vous décrochez sur votre téléphone, l'appel apparaît ici.
desk-on-the-floor = Sur le plateau
desk-on-the-floor-hint = Appels d'autres agents. Ouvrez-en un pour suivre sa transcription et intervenir.
desk-another-agent = un autre agent
desk-phase-ringing = Sonnerie
desk-phase-connected = Connecté
desk-phase-ending = Se termine…
desk-phase-ended = Terminé
desk-inbound = entrant
desk-outbound = sortant

## The customer beside the call
desk-customer = Client
desk-customer-empty = Sélectionnez un appel pour voir qui est en ligne, ses appels et messages précédents.
desk-unknown-caller = Appelant inconnu
desk-earlier-calls = Appels précédents
desk-no-earlier-calls = Aucun appel précédent enregistré avec ce numéro.
desk-conversations = Conversations
desk-no-threads = Aucune conversation avec ce numéro.
desk-open-thread-with = Ouvrir la conversation avec { $name }
desk-text-messages = SMS
desk-no-text-messages = Aucun SMS enregistré avec ce numéro.
desk-sms-from-them = Reçu
desk-sms-to-them = Envoyé
desk-call-ended-reason = terminé ({ $reason })

## Who is calling (screen-pop)
desk-caller = Appelant
desk-looking-up = Recherche de { $number }…
desk-lookup-failed = Impossible de rechercher l'appelant : { $detail }
desk-tags = Étiquettes
desk-open-cases = Dossiers ouverts
desk-no-open-case = Aucun dossier ouvert.
desk-last-interactions = Derniers échanges
desk-nothing-on-record = Rien d'enregistré.
desk-no-number = Pas de numéro
desk-not-in-contacts = Absent de vos contacts
desk-create-contact = Créer le contact
desk-link-contact = Lier à un contact
desk-case-from = Dossier de { $number }
desk-interaction-call = Appel
desk-interaction-call-in = Appel entrant
desk-interaction-call-out = Appel sortant
desk-interaction-message = Message
desk-interaction-message-in = Message reçu
desk-interaction-message-out = Message envoyé
desk-interaction-conversation = Conversation
desk-interaction-conversation-in = Conversation entrante
desk-interaction-conversation-out = Conversation sortante

## Team talk: the button in the top bar, its notifications, the panel while it loads
## (the panel's own words are in team.ftl)
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

## Message threads: the list (the open thread's words are in work.ftl)
work-messages-title = Messages
work-unread = { $count ->
    [one] { $count } non lu
    [many] { $count } non lus
   *[other] { $count } non lus
}
work-messages-empty = Aucune conversation pour l'instant. Les messages des clients qui vous sont attribués apparaissent ici.
work-conversations = Conversations
work-threads-hint = J / K : conversation suivante ou précédente

## Wrap-up on the desk: the header's indicator, the agent's wrap-up time, notices
## (the wrap-up card's words are in work.ftl)
work-dismiss = Fermer
work-wrap-up = Post-appel
work-wrap-up-time = Durée du post-appel
work-wrap-up-seconds = secondes après chaque appel répondu (0 : jusqu'à ce que vous cliquiez sur Terminé)
work-call-note = Note d'appel
work-notice-phone-unregistered = Toujours occupé, pas mis disponible : votre téléphone n'est pas enregistré, les appelants ne peuvent donc pas vous joindre.
