# After-call work: wrap-up, case notes, messages, quick replies, contacts.

## Shared buttons

work-save = Enregistrer
work-cancel = Annuler
work-dismiss = Fermer
work-retry = Réessayer
work-try-again = Réessayer
work-remove = Retirer
work-edit = Modifier
work-reload = Recharger

## Message threads

work-messages-title = Messages
work-unread = { $count ->
    [one] { $count } non lu
    [many] { $count } non lus
   *[other] { $count } non lus
}
work-messages-empty = Aucune conversation pour l'instant. Les messages des clients qui vous sont attribués apparaissent ici.
work-conversations = Conversations
work-threads-hint = J / K : conversation suivante ou précédente
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

work-wrap-up = Post-appel
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
work-wrap-up-time = Durée du post-appel
work-wrap-up-seconds = secondes après chaque appel répondu (0 : jusqu'à ce que vous cliquiez sur Terminé)
work-call-note = Note d'appel
work-notice-phone-unregistered = Toujours occupé, pas mis disponible : votre téléphone n'est pas enregistré, les appelants ne peuvent donc pas vous joindre.

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
