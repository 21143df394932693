# Le téléphone : enregistrement, appareils, clavier, appels.

## Pourquoi le téléphone n'est pas enregistré, ou pas de téléphone
phone-signed-out-of-server = déconnecté du serveur téléphonique
phone-wrong-password = le serveur téléphonique a refusé le mot de passe de ce poste
phone-forbidden = le serveur téléphonique n'autorise pas ce poste ici
phone-server-silent = le serveur téléphonique n'a pas répondu
phone-registration-refused = le serveur téléphonique a refusé l'enregistrement ({ $status } { $reason })
phone-server-unreachable = le serveur téléphonique est injoignable ; nouvel essai dans { $seconds } s
phone-extension-unreadable = le poste de cet agent n'a pas pu être lu ({ $error })
phone-no-extension = cet agent n'a pas de poste : un administrateur peut en ajouter un aux adresses de l'agent
phone-turned-off = désactivé à la connexion : les appels sonnent sur votre autre téléphone
phone-server-not-set = aucun serveur téléphonique défini : reconnectez-vous avec l'adresse SIP wss:// de votre installation
phone-server-invalid = le serveur téléphonique « { $server } » n'est ni une adresse wss:// ou ws://, ni un chemin
phone-not-registered-blocks = votre téléphone n'est pas enregistré ({ $why }), les appelants ne peuvent donc pas vous joindre

## Problèmes d'appels, d'audio et d'appareils
phone-hold-refused = le serveur téléphonique a refusé de mettre en attente ou de reprendre l'appel ({ $status })
phone-cannot-dial-unregistered = le téléphone n'est pas enregistré : impossible d'appeler pour l'instant
phone-finish-call-first = terminez l'appel en cours avant d'en passer un autre
phone-audio-failed = l'audio de l'appel n'a pas pu être établi ({ $detail })
phone-mic-refused = le navigateur n'a pas le droit d'utiliser le micro : autorisez-le dans les paramètres du site de la barre d'adresse, puis réessayez
phone-mic-missing = aucun micro trouvé : branchez un casque, puis réessayez
phone-mic-busy = le micro est utilisé par un autre programme ou ne peut pas être ouvert
phone-mic-unsupported = ce navigateur ne peut pas utiliser de micro ici (https ou localhost requis)
phone-mic-failed = le micro n'a pas pu être ouvert
phone-device-unnamed = Appareil { $number }

## Pourquoi un appel a pris fin
phone-ended-you = Vous avez raccroché
phone-ended-other-side = L'autre partie a raccroché
phone-ended-caller-gone = L'appelant est parti (a raccroché, ou répondu ailleurs)
phone-ended-declined = Refusé
phone-ended-busy = Occupé
phone-ended-not-found = Numéro ou poste inexistant
phone-ended-refused = Refusé ({ $status } { $reason })
phone-ended-timeout = Pas de réponse du serveur téléphonique
phone-ended-transport-lost = La connexion au serveur téléphonique a été perdue

## Qualité de l'appel
phone-quality-no-audio = aucun audio n'arrive de l'appelant
phone-quality-loss = { $percent } % de l'audio de l'appelant est perdu : le réseau perd des paquets
phone-quality-jitter = l'audio arrive de façon irrégulière ({ $jitter } ms de gigue) : le réseau est encombré
phone-quality-slow = la ligne est lente ({ $round_trip } ms aller-retour) : l'appelant risque de parler en même temps que vous
phone-quality-measuring = Mesure de la ligne…
phone-quality-line = MOS { $mos } · aller-retour { $rtt } ms · gigue { $jitter } ms · perte { $loss } %
phone-quality-line-no-rtt = MOS { $mos } · aller-retour – · gigue { $jitter } ms · perte { $loss } %
phone-quality-with-reason = { $line } — { $reason }

## Le panneau d'appel
phone-state-far-ringing = Sonnerie…
phone-state-calling = Appel en cours…
phone-state-connecting = Connexion…
phone-state-on-hold = En attente
phone-state-in-call = En ligne
phone-state-in-call-outgoing = En ligne (sortant)
phone-state-ringing = Sonnerie
phone-queue = File
phone-call-time = Durée de l'appel
phone-controls = Commandes du téléphone
phone-mute = Couper le micro
phone-unmute = Réactiver le micro
phone-hold = En attente
phone-resume = Reprendre
phone-hang-up = Raccrocher
phone-cancel = Annuler
phone-mic = Micro
phone-mic-muted = Micro coupé : l'appelant n'entend rien
phone-mic-heard = On vous entend
phone-mic-quiet = Silence
phone-digits-sent = Envoyé :

## Appeler un numéro, appareils, clavier
phone-call-number = Appeler { $number }
phone-call-number-hint = Appeler ce numéro avec le téléphone du poste de travail
phone-audio-devices = Appareils audio
phone-microphone = Micro
phone-speaker = Haut-parleur
phone-ringer = Sonnerie
phone-device-default = Par défaut du navigateur
phone-check-start = Tester le micro
phone-check-stop = Arrêter le test du micro
phone-check-heard = On vous entend ({ $level } dBFS)
phone-check-not-heard = Rien entendu pour l'instant ({ $level } dBFS) : parlez, ou choisissez un autre micro
phone-check-opening = Ouverture du micro…
phone-keypad = Clavier
phone-dialpad = Pavé de numérotation
phone-dial-label = Numéro, poste ou agent
phone-dial-placeholder = +15551234567, 2002 ou un agent
phone-call = Appeler
phone-keys = Touches
phone-dismiss = Fermer

## Autour du téléphone : quitter, absent, la sonnerie
phone-leave-warning = Un appel est en cours. Quitter le raccrochera.
phone-set-away = Vous avez été mis absent : { $why }.
phone-ring-blocked = Le navigateur bloque la sonnerie jusqu'à ce que vous cliquiez sur la page.
phone-ring-enable = Activer la sonnerie

## L'appel entrant
phone-ring-title = Appel : { $caller }
phone-ring-body = Appel entrant. Répondez dans le poste de travail.
phone-ring-body-queue = Appel entrant de { $queue }. Répondez dans le poste de travail.
phone-ring-announce = Appel entrant de { $caller }.
phone-ring-announce-queue = Appel entrant de { $caller } via { $queue }.
phone-waited = a attendu { $duration }
phone-incoming = Appel entrant
phone-answer = Répondre
phone-decline = Refuser

## L'état du téléphone dans la barre supérieure
phone-ready = Téléphone prêt
phone-connecting = Connexion du téléphone…
phone-offline = Téléphone hors ligne
phone-none = Pas de téléphone
phone-elsewhere = Téléphone dans un autre onglet
phone-elsewhere-why = un autre onglet de ce navigateur a le téléphone ; les appels y sonnent
phone-take-over = L'utiliser ici
phone-retry = Réessayer

## Le statut de l'agent
shell-my-status = Mon statut
shell-status-available-hint = Disponible (1)
shell-status-away-hint = Absent (2)
shell-status-busy-hint = Occupé (3)
shell-status-offline-hint = Hors ligne (4)
shell-status-not-available = Pas mis disponible : { $why }.
shell-status-change-failed = Impossible de changer de statut : { $error }

## La barre supérieure
shell-sign-out-in-call = Un appel est en cours. Se déconnecter et raccrocher ?
shell-skip = Aller au contenu
shell-pages = Pages
shell-nav-desk = Poste
shell-nav-contacts = Contacts
shell-nav-dashboard = Tableau de bord
shell-nav-settings = Paramètres
shell-nav-inspector = Inspecteur
shell-shortcuts = Raccourcis clavier
shell-shortcuts-hint = Raccourcis clavier (?)
shell-theme = Changer de thème
shell-theme-hint = Thème clair ou sombre
shell-sign-out = Se déconnecter
shell-dismiss = Fermer

## La connexion
shell-live = En direct
shell-syncing = Synchronisation…
shell-connecting = Connexion…
shell-reconnecting-in = Reconnexion dans { $seconds } s
shell-reconnecting = Reconnexion…
shell-offline = Hors ligne
shell-signed-out = Déconnecté
shell-last-event = dernier événement { $time }
shell-no-events = aucun événement pour l'instant
shell-retry-now = Réessayer

## Avis sur la connexion en direct
shell-refused-permission = Votre compte ne peut pas recevoir ces événements : cette partie du poste ne sera pas mise à jour en direct.
shell-refused-topic = Le serveur n'a pas accepté un sujet demandé par le poste.
shell-refused-message = Le serveur n'a pas pu lire un message du poste.
shell-refused-rate = Le serveur limite les abonnements ; le poste se réabonne à la reconnexion.
shell-refused-other = Le serveur a refusé un abonnement.
shell-refused-notice = { $explained } { $code } : { $message } ({ $topics })
shell-resync-skipped = { $count ->
    [one] resynchronisation : { $path } : { $count } élément illisible
    [many] resynchronisation : { $path } : { $count } d'éléments illisibles
   *[other] resynchronisation : { $path } : { $count } éléments illisibles
}
shell-resync-failed = resynchronisation : { $path } : { $error }

## Les raccourcis clavier
shell-shortcuts-title = Raccourcis clavier
shell-close = Fermer
shell-key-shortcuts = Afficher ou masquer cette liste
shell-key-accept = Prendre l'appelant en attente
shell-key-dismiss = Fermer l'alerte
shell-key-hangup = Raccrocher l'appel actif
shell-key-transfer = Transférer l'appel actif
shell-key-mute = Couper ou réactiver le micro
shell-key-hold = Mettre en attente ou reprendre
shell-key-record = Démarrer ou arrêter l'enregistrement
shell-key-help = Demander de l'aide sur l'appel
shell-key-available = Statut : disponible
shell-key-away = Statut : absent
shell-key-busy = Statut : occupé
shell-key-offline = Statut : hors ligne
shell-key-reply = Écrire une réponse
shell-key-next = Conversation suivante
shell-key-close = Fermer les dialogues
shell-key-previous = Conversation précédente
shell-key-keypad = Tonalités du clavier pendant un appel

## Pages chargées à l'ouverture
shell-loading-dashboard = Chargement du tableau de bord…
shell-loading-settings = Chargement des paramètres…
shell-loading-inspector = Chargement de l'inspecteur d'événements…
shell-loading-contacts = Chargement des contacts…
shell-failed-dashboard = Le tableau de bord n'a pas pu être chargé
shell-failed-settings = Les paramètres n'ont pas pu être chargés
shell-failed-inspector = L'inspecteur d'événements n'a pas pu être chargé
shell-failed-contacts = Les contacts n'ont pas pu être chargés
shell-failed-detail = Cette partie de l'application n'est pas arrivée (réseau ou serveur). Le poste, la connexion et le téléphone continuent de fonctionner.
shell-try-again = Réessayer
shell-nothing-here = Rien ici.
shell-party-unknown = inconnu

## Erreurs du serveur
shell-error-network = serveur injoignable : { $detail }
shell-error-unauthorized = non connecté : { $detail }
shell-error-forbidden = non autorisé : { $detail }
shell-error-not-found = introuvable : { $detail }
shell-error-status = erreur du serveur { $code } : { $detail }
shell-error-decode = réponse inattendue : { $detail }
shell-error-timeout = pas de réponse en { $seconds } s
shell-error-no-token = le serveur a répondu sans jeton
shell-error-not-agent = service_agents/me n'est pas un agent
shell-error-not-object = la réponse n'est pas un objet JSON
