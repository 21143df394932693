# desk

## The desk's frame
desk-title = Poste de l'agent
desk-phone = Téléphone
desk-loading = Chargement…
desk-try-again = Réessayer
desk-part-load-failed = Cette partie du poste n'est pas arrivée (réseau ou serveur) ; vos appels, notes et messages sont préservés.
desk-cancel = Annuler
desk-close = Fermer
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

## The agent's calls
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
desk-phase-unknown = Inconnu
desk-call = Appel
desk-inbound = entrant
desk-outbound = sortant
desk-via-queue = via { $queue }
desk-handled-by = Traité par { $name }
desk-call-time = Durée
desk-phone-controls-hint = Parlez, coupez le micro, mettez en attente, composez et raccrochez avec le téléphone ci-dessus. Transferts et enregistrement sont réservés aux superviseurs.
desk-call-controls = Commandes d'appel
desk-mute = Couper le micro
desk-unmute = Réactiver le micro
desk-hold = En attente
desk-resume = Reprendre
desk-record = Enregistrer
desk-stop-recording = Arrêter l'enregistrement
desk-transfer = Transférer
desk-voicemail = Messagerie
desk-hang-up = Raccrocher
desk-voicemail-why = Messagerie : l'API de VoIPBIN ne sait pas envoyer vers la messagerie ; transférez plutôt vers un numéro de messagerie.
desk-hangup-again = Appuyez encore sur H pour raccrocher.
desk-ended-transferred = Vous n'êtes plus dans cet appel (transféré). Son enregistrement et sa transcription restent ici pour le post-appel.
desk-ended-by-caller = Appel terminé par l'appelant. Il reste ici deux minutes pour le post-appel.
desk-ended-by-us = Appel terminé de ce côté. Il reste ici deux minutes pour le post-appel.
desk-ended = Appel terminé. Il reste ici deux minutes pour le post-appel.
desk-op-hangup-progress = Raccrochage…
desk-op-mute-progress = Coupure du micro…
desk-op-unmute-progress = Réactivation du micro…
desk-op-hold-progress = Mise en attente…
desk-op-resume-progress = Reprise…
desk-op-record-progress = Démarrage de l'enregistrement…
desk-op-stop-record-progress = Arrêt de l'enregistrement…
desk-op-hangup-sent = Raccrocher envoyé. En attente de la confirmation de VoIPBIN…
desk-op-mute-sent = Coupure du micro envoyée. En attente de la confirmation de VoIPBIN…
desk-op-unmute-sent = Réactivation du micro envoyée. En attente de la confirmation de VoIPBIN…
desk-op-record-sent = Démarrage de l'enregistrement envoyé. En attente de la confirmation de VoIPBIN…
desk-op-stop-record-sent = Arrêt de l'enregistrement envoyé. En attente de la confirmation de VoIPBIN…
desk-op-hangup-failed = Impossible de raccrocher.
desk-op-mute-failed = Impossible de couper le micro.
desk-op-unmute-failed = Impossible de réactiver le micro.
desk-op-hold-failed = Impossible de mettre l'appel en attente.
desk-op-resume-failed = Impossible de reprendre l'appel.
desk-op-record-failed = Impossible de démarrer l'enregistrement.
desk-op-stop-record-failed = Impossible d'arrêter l'enregistrement.

## Transcript and recordings
desk-transcript-title = Transcription en direct
desk-transcript = Transcription
desk-transcript-supervisors-only = Superviseurs seulement
desk-transcript-live = Direct
desk-transcript-finished = Terminée
desk-transcript-not-started = Pas commencée
desk-transcript-waiting = En attente de la transcription de cet appel par VoIPBIN…
desk-transcript-not-for-agents = VoIPBIN n'envoie les transcriptions en direct qu'aux comptes admin et manager (ses événements ne nomment pas d'agent) : ce compte ne peut donc pas les afficher.
desk-speaker-you = Vous
desk-speaker-agent = Agent
desk-speaker-caller = Appelant
desk-recordings = Enregistrements
desk-recording-ready = Enregistrement prêt · { $length } · { $format }
desk-recording-ready-audio = Enregistrement prêt · { $length } · audio
desk-recording-open = Écouter ou télécharger
desk-recording-open-hint = Ouvre le fichier d'enregistrement de VoIPBIN dans un nouvel onglet
desk-recording-since = Enregistrement depuis { $time }

## Transfer
desk-transfer-opening = Ouverture du transfert…
desk-transfer-load-failed = La fenêtre de transfert n'est pas arrivée (réseau ou serveur) ; l'appel continue.
desk-transfer-title = Transférer cet appel
desk-transfer-how = Mode
desk-transfer-blind = Direct — passer la main
desk-transfer-attended = Accompagné — parler d'abord
desk-transfer-no-agents = Pas de liste d'agents pour ce compte (VoIPBIN la réserve aux admins et managers) : saisissez un poste ou un numéro.
desk-transfer-to-agent = Vers un agent
desk-transfer-choose-agent = Choisir un agent…
desk-transfer-to-number = Ou un numéro, poste ou adresse SIP
desk-transfer-number-example = +15550100200, 2003 ou sip:nom@hote
desk-transferring = Transfert…
desk-transfer-pick = Choisissez un agent ou saisissez un numéro.
desk-transferred-blind = Transféré : { $name } sonne. Vous n'êtes plus dans l'appel.
desk-transferred-attended = Consultation de { $name } : l'appelant est connecté dès l'acceptation.
desk-failed-transfer = Impossible de transférer.
desk-agent-available = disponible
desk-agent-away = absent
desk-agent-busy = occupé
desk-agent-offline = hors ligne
desk-agent-ringing = sonnerie
desk-agent-unknown = inconnu
desk-destination-empty = Saisissez un numéro, un poste ou une adresse SIP.
desk-destination-bad-sip = Adresse SIP non valide (nom@hote).
desk-destination-bad-length = Un numéro de téléphone comporte + et 8 à 15 chiffres, p. ex. +15550100200.
desk-destination-no-plus = Commencez le numéro par + et l'indicatif du pays, p. ex. +15550100200.
desk-destination-unknown = Ni un numéro de téléphone, ni un poste, ni une adresse SIP.

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
desk-failed-create-contact = Impossible de créer le contact.
desk-failed-save-contact = Impossible d'enregistrer le contact.
desk-failed-link-number = Impossible de lier le numéro.
desk-failed-attach-contact = Impossible d'associer le contact.
desk-failed-assign-case = Impossible d'attribuer le dossier.
desk-failed-close-case = Impossible de fermer le dossier.
