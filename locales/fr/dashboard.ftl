# The supervisor's dashboard.

dash-title = Tableau de bord superviseur
dash-forbidden = Le tableau de bord montre tout le centre de contact, que { -brand } ne partage qu'avec les administrateurs et les managers. Votre compte a le droit agent ; demandez à un administrateur le droit manager si vous en avez besoin.

## Headline tiles
dash-tiles-label = Maintenant
dash-tile-active-calls = Appels en cours
dash-tile-agent-legs = { $count ->
    [one] dont { $count } branche agent
    [many] dont { $count } de branches agent
   *[other] dont { $count } branches agent
}
dash-tile-waiting = Appelants en attente
dash-tile-longest-wait = Attente max.
dash-tile-oldest-caller = plus ancien appelant en file
dash-tile-nobody-waiting = personne en attente
dash-tile-available = Disponible
dash-tile-on-call = En appel
dash-tile-busy = { $busy } occupés
dash-tile-busy-ringing = { $busy } occupés · { $ringing } en sonnerie
dash-tile-away = Absent
dash-tile-offline = Hors ligne
dash-tile-serviced = Traités aujourd'hui
dash-tile-of-queued = sur { $queued } en file
dash-tile-abandoned = Abandons aujourd'hui
dash-tile-abandoned-share = { $share } des terminés
dash-tile-service-level = Niveau de service
dash-sl-before = en{ " " }
dash-sl-after = { " " }s
dash-sl-threshold = Seuil du niveau de service en secondes

## Queues
dash-queues-title = Files d'attente
dash-queues-age-hint = { -brand } n'envoie aucun événement de file : les files sont lues toutes les 5 s, et les événements des appels en file font bouger les chiffres entre-temps
dash-queues-reading = Lecture des files…
dash-queues-read = Lu il y a { $seconds } s
dash-queues-read-retrying = Lu il y a { $seconds } s, nouvel essai
dash-queues-col-queue = File
dash-queues-col-waiting-short = Att.
dash-queues-col-waiting = En attente
dash-queues-col-waiting-hint = Appelants en attente
dash-queues-col-longest-short = Max.
dash-queues-col-longest = Attente max.
dash-queues-col-in-service-short = Actifs
dash-queues-col-in-service = En service
dash-queues-col-in-service-hint = Appelants en ligne avec un agent
dash-queues-col-serviced-short = Traités
dash-queues-col-serviced = Traités
dash-queues-col-serviced-hint = Appelants servis (total de la file)
dash-queues-col-abandoned-short = Perdus
dash-queues-col-abandoned = Abandons
dash-queues-col-abandoned-hint = Appelants qui ont raccroché en attendant
dash-queues-col-callers = Appelants attendant le plus
dash-queues-empty = Pas encore de file.
dash-queues-more = { $count ->
    [one] +{ $count } autre
    [many] +{ $count } autres
   *[other] +{ $count } autres
}
dash-chip-connecting = Le téléphone d'un agent sonne
dash-chip-waiting = En attente
dash-caller-unnamed = appelant

## Agents
dash-agents-title = Agents
dash-agents-filter = Afficher les agents
dash-filter-all = Tous
dash-filter-available = Disponible
dash-filter-on-call = En appel
dash-filter-away = Absent
dash-filter-offline = Hors ligne
dash-hand-raised = Demande de l'aide
dash-showing = { $shown } sur { $total }
dash-show-more = Afficher plus
dash-set-status = Statut…
dash-set-status-custom = Autre…
dash-set-status-of = Définir le statut de { $name }
dash-custom-status-for = Statut personnalisé de { $name }
dash-custom-status-set = Appliquer ce statut
dash-custom-status-cancel = Annuler
dash-set-status-failed = Impossible de mettre { $name } en { $status } : { $reason }
dash-stuck-busy = Bloqué occupé · rendre disponible
dash-stuck-busy-hint = Occupé sans appel depuis plus d'une minute : { -brand } ne remet pas les agents disponibles après un appel

## Active calls
dash-calls-title = Appels en cours
dash-calls-filter = Filtrer les appels
dash-calls-filter-hint = Filtre : numéro, nom, agent, file
dash-calls-status = Statut
dash-calls-any-status = Tout statut
dash-calls-direction = Sens
dash-calls-any-direction = Entrants et sortants
dash-calls-incoming = Entrants
dash-calls-outgoing = Sortants
dash-col-direction = Sens
dash-col-from = De
dash-col-to = Vers
dash-col-status = Statut
dash-col-duration = Durée
dash-col-agent = Agent
dash-col-queue = File
dash-direction-in = ↘ entr.
dash-direction-out = ↗ sort.
dash-call-dialing = Numérotation
dash-call-ringing = Sonnerie
dash-call-talking = En ligne
dash-call-ending = Fin en cours
dash-call-canceling = Annulation
dash-call-ended = Terminé
dash-showing-matching = { $shown } sur { $total } correspondants ({ $active } en cours)
dash-show-n-more = { $count ->
    [one] Afficher { $count } de plus
    [many] Afficher { $count } de plus
   *[other] Afficher { $count } de plus
}
dash-show-all = Tout afficher
dash-show-fewer = Afficher moins

## Charts
dash-charts-title = Dernière heure
dash-chart-calls = Appels par minute
dash-chart-calls-this-hour = { $count ->
    [one] { $count } cette heure
    [many] { $count } cette heure
   *[other] { $count } cette heure
}
dash-chart-calls-label = { $count ->
    [one] Appels par minute sur la dernière heure ; { $count } appel au total, au plus { $max } en une minute
    [many] Appels par minute sur la dernière heure ; { $count } d'appels au total, au plus { $max } en une minute
   *[other] Appels par minute sur la dernière heure ; { $count } appels au total, au plus { $max } en une minute
}
dash-chart-minute-calls = { $count ->
    [one] { $time } : { $count } appel
    [many] { $time } : { $count } d'appels
   *[other] { $time } : { $count } appels
}
dash-chart-waiting = Appelants en attente
dash-chart-waiting-peak = pic par minute
dash-chart-waiting-label = Appelants en attente sur la dernière heure, pic de { $max } en une minute ; { $current } cette minute
dash-chart-waits = Temps d'attente
dash-chart-waits-now = en attente
dash-chart-waits-answered = servis (récents)
dash-chart-waits-label = Répartition des temps d'attente. En attente : { $now }. Servis : { $answered }.
dash-chart-bin-count = { $bin } { $n }
dash-chart-bins-none = aucun
dash-list-separator = { ", " }
dash-bin-under-15s = <15 s
dash-bin-15-30s = 15–30 s
dash-bin-30-60s = 30–60 s
dash-bin-1-2m = 1–2 min
dash-bin-2-5m = 2–5 min
dash-bin-5-10m = 5–10 min
dash-bin-over-10m = 10 min+
dash-axis-hour-ago = −60 min
dash-axis-now = maint.

## Feeds
dash-transcripts-title = Transcription en direct
dash-transcripts-empty = Personne n'est transcrit en ce moment.
dash-speaker-caller = Appelant
dash-speaker-agent = Agent
dash-recordings-title = Enregistrements
dash-recordings-now = en cours
dash-recording-since = enregistrement
dash-recording-finished = terminé { $time } · { $length }
dash-flows-title = Flux en cours
dash-flow-step = étape { $step }
dash-flow-ago = il y a { $duration }
dash-conferences-title = Conférences
dash-conference-participants = { $count ->
    [one] { $count } participant
    [many] { $count } de participants
   *[other] { $count } participants
}
dash-conferences-empty = Aucune conférence en cours.

## Help requests
dash-help-title = Demandes d'aide
dash-help-empty = Personne ne demande de l'aide.
dash-help-an-agent = Un agent
dash-help-age = Attend de l'aide depuis
dash-help-open = Ouverte
dash-help-taken = Prise en charge
dash-help-taken-by = Prise en charge par { $name }
dash-help-ended = Appel terminé
dash-help-take = Prendre

## Listening to a call
dash-listen = Écouter
dash-listen-hint = Écouter cet appel
dash-listen-panel = Écoute d'un appel
dash-listen-call = appel { $id }
dash-listen-caller-with-agent = { $caller } avec { $agent }
dash-listen-connecting = Connexion…
dash-listen-listening = Écoute (on ne vous entend pas)
dash-listen-barging = En direct : les deux parties vous entendent
dash-listen-ended = L'appel est terminé
dash-listen-error = Écoute impossible
dash-listen-live-banner = Vous êtes en direct sur cet appel : l'appelant et l'agent vous entendent.
dash-listen-drops = { $count ->
    [one] le son a coupé { $count } fois puis est revenu
    [many] le son a coupé { $count } fois puis est revenu
   *[other] le son a coupé { $count } fois puis est revenu
}
dash-listen-level = Niveau de ce que vous entendez
dash-barge-start = Parler aux deux
dash-barge-stop = Arrêter de parler
dash-listen-stop = Arrêter l'écoute
dash-whisper = Chuchoter
dash-whisper-hint = Chuchoter à l'agent (seul l'agent l'entend)
dash-listen-call-ended = L'appel est terminé.
dash-listen-audio-failed = le son n'a pas pu démarrer : { $reason }
dash-listen-bad-address = l'adresse audio de l'appel n'est pas valide
dash-listen-forbidden = non autorisé : { $reason }
dash-listen-unauthorized = non connecté : { $reason }
dash-listen-mic-failed = Prise de parole arrêtée : { $reason }
dash-whisper-no-agent = Aucun agent sur cet appel à qui chuchoter.
dash-whisper-failed = Le chuchotement n'a pas été envoyé : { $reason }

## A supervisor taking a help request, as posted in the Help channel
team-help-on-it-name = Je m'en occupe : { $name }
team-help-on-it = Je m'en occupe : un superviseur
