# The call-work chunk (also the contacts page and the transfer dialog): the selected call,
# its transcript, transfer and help request, the contact editor, the call's case, the
# wrap-up card and the note's progress, the open message thread, quick replies, contacts.

## Shared buttons

work-save = Enregistrer
work-cancel = Annuler
work-retry = Réessayer
work-try-again = Réessayer
work-remove = Retirer
work-edit = Modifier
work-reload = Recharger

## Message threads

work-peer-unknown = Inconnu
work-assigned-to-another-agent = Attribuée à un autre agent
work-assigned-to = Attribuée à { $name }
work-load-older = { $count ->
    [one] Charger les messages plus anciens ({ $count } de plus)
    [many] Charger les messages plus anciens ({ $count } de plus)
   *[other] Charger les messages plus anciens ({ $count } de plus)
}
work-messages-with = Messages avec { $name }
work-delivery-received = Reçu
work-delivery-sending = Envoi…
work-delivery-queued = En file
work-delivery-sent = Envoyé
work-delivery-delivered = Distribué
work-delivery-failed = Non distribué
work-send-again = Renvoyer
work-reply-not-sent-forbidden = Non envoyé : votre compte n'est pas autorisé à envoyer des messages. Demandez à un superviseur.
work-reply-not-sent-gone = Non envoyé : le serveur ne connaît plus cette conversation.
work-reply-not-sent-network = Non envoyé : le serveur est injoignable. Vérifiez la connexion et réessayez.
work-reply-not-sent-expired = Non envoyé : votre session a expiré. Reconnectez-vous.
work-reply-not-sent-other = Non envoyé : { $reason }.
work-discard = Supprimer
work-reply = Réponse
work-reply-to = Répondre à { $name }
work-reply-to-placeholder = Répondre à { $name }…
work-send = Envoyer
work-reply-keys = Entrée envoie · Maj+Entrée nouvelle ligne · / pour écrire
work-reply-length = { $chars ->
    [one] { $chars } caractère · { $parts } SMS
    [many] { $chars } caractères · { $parts } SMS
   *[other] { $chars } caractères · { $parts } SMS
}

## Quick replies

work-quick-replies = Réponses rapides
work-quick-replies-kept = Vos réponses rapides, enregistrées dans ce navigateur.
work-quick-reply-number-label = Réponse rapide { $number }
work-quick-reply-remove-label = Retirer la réponse rapide { $number }
work-quick-reply-add = Ajouter une réponse
work-quick-replies-edit = Modifier les réponses rapides
work-quick-reply-thanks = Merci de nous avoir contactés ! Je m'en occupe tout de suite.
work-quick-reply-number = Pourriez-vous m'indiquer votre numéro de compte ou de commande, s'il vous plaît ?
work-quick-reply-passed-on = J'ai transmis votre demande à l'équipe concernée ; vous aurez une réponse sous un jour ouvré.
work-quick-reply-anything-else = Puis-je vous aider pour autre chose aujourd'hui ?

## Contacts

work-contacts = Contacts
work-contact = Contact
work-contacts-search = Rechercher des contacts
work-contacts-search-placeholder = Nom, société, numéro ou e-mail
work-contacts-unreadable = Impossible de lire les contacts : { $reason }
work-contacts-reading = Lecture des contacts…
work-contacts-no-match = Aucun contact ne correspond.
work-contact-first-name = Prénom
work-contact-last-name = Nom
work-contact-company = Société
work-contact-job-title = Fonction
work-contact-notes = Notes
work-contact-primary = (principal)
work-contact-not-saved = Enregistrement impossible : { $reason }
work-timeline = Historique
work-timeline-reading = Lecture de l'historique…
work-timeline-empty = Rien d'enregistré.

## The call's case

work-case = Dossier
work-case-looking = Recherche du dossier de cet appel…
work-case-unreadable = Impossible de lire le dossier de cet appel : { $reason }
work-case-open = Ouvert
work-case-closed = Fermé ({ $reason })
work-case-assign-me = Me l'attribuer
work-case-attach-caller = Lier l'appelant
work-case-close = Fermer le dossier
work-case-no-notes = Aucune note pour l'instant.
work-case-note-system = Système
work-case-note-agent = Agent

## Wrap-up

work-wrap-up-left = Encore { $time }
work-wrap-up-until-done = jusqu'à ce que vous cliquiez sur Terminé
work-wrap-up-extend = +30 s (max. { $max })
work-wrap-up-extend-hint = Ajoute 30 s, jusqu'à { $max } de post-appel au total
work-wrap-up-note = Note sur l'appel
work-wrap-up-note-placeholder = De quoi il s'agissait, ce qui a été convenu
work-wrap-up-close-case = Fermer le dossier
work-wrap-up-then = Ensuite
work-next-available = Disponible
work-next-away = Absent
work-next-offline = Hors ligne
work-wrap-up-done = Terminé

## The note's progress after Done

work-note-not-sent = non envoyée : { $reason }
work-note-sent-case-not-closed = envoyée ; le dossier n'a pas été fermé : { $reason }
work-note-sent-to-contact = envoyée (ajoutée aux notes du contact)
work-note-sent = envoyée
work-note-sending = envoi…
work-note-saved-no-target = enregistrée sur cet appareil : aucun dossier ni contact n'est connu pour cet appel
work-note-saved-offline = enregistrée sur cet appareil : hors ligne, envoyée dès le retour de la connexion
work-note-saved-retrying = { $count ->
    [one] enregistrée sur cet appareil : le serveur ne l'a pas acceptée, nouvel essai dans { $count } s
    [many] enregistrée sur cet appareil : le serveur ne l'a pas acceptée, nouvel essai dans { $count } s
   *[other] enregistrée sur cet appareil : le serveur ne l'a pas acceptée, nouvel essai dans { $count } s
}
work-note-saved = enregistrée sur cet appareil

## The selected call: its panel, controls and what they said

desk-close = Fermer
desk-phase-unknown = Inconnu
desk-call = Appel
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

## Transfer (opened from the selected call; the dialog is a chunk of its own)

desk-cancel = Annuler
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

## What the contact editor and the case's actions could not do

desk-failed-create-contact = Impossible de créer le contact.
desk-failed-save-contact = Impossible d'enregistrer le contact.
desk-failed-link-number = Impossible de lier le numéro.
desk-failed-attach-contact = Impossible d'associer le contact.
desk-failed-assign-case = Impossible d'attribuer le dossier.
desk-failed-close-case = Impossible de fermer le dossier.

## Asking for help on a call (in the selected call's panel)

team-help-reason-label = Pourquoi vous avez besoin d'aide (facultatif)
team-help-reason-placeholder = Motif (facultatif)
team-help-ask = Demander de l'aide
team-help-asking = Demande…
team-help-pending = Aide demandée : en attente d'un superviseur…
team-help-taken = { $name } s'en occupe.
team-help-taken-unknown = Un superviseur s'en occupe.
team-help-closed = Demande d'aide close : l'appel est terminé.

## The help request as posted in the Help channel: the agent's words, one line each
## (the machine line after them is not translated)

team-help-line-agent = 🙋 { $agent } demande de l'aide sur un appel
team-help-line-anonymous = 🙋 Un agent demande de l'aide sur un appel
team-help-line-caller = Appelant : { $caller }
team-help-line-caller-unknown = Appelant : inconnu
team-help-line-queue = File d'attente : { $queue }
team-help-line-waited = Attente : { $waited }
team-help-line-case = Dossier : { $case }
team-help-line-listen = Écouter : { $link }
team-help-line-reason = Motif : { $reason }
team-help-call-ended = L'appel est terminé.

## Why the server's answer to a sent reply could not be read (shell-error-decode's $detail)

shell-error-not-message = la réponse n'est pas un message de conversation
