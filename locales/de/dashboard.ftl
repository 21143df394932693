# The supervisor's dashboard.

dash-title = Supervisor-Dashboard
dash-forbidden = Das Dashboard zeigt das ganze Contact Center, das { -brand } nur mit Admins und Managern teilt. Ihr Konto hat Agent-Rechte; bitten Sie einen Admin um Manager-Rechte, wenn Sie sie brauchen.

## Headline tiles
dash-tiles-label = Jetzt
dash-tile-active-calls = Aktive Anrufe
dash-tile-agent-legs = { $count ->
    [one] inkl. { $count } Agent-Leg
   *[other] inkl. { $count } Agent-Legs
}
dash-tile-waiting = Wartende Anrufer
dash-tile-longest-wait = Längste Wartezeit
dash-tile-oldest-caller = ältester Anrufer in einer Warteschlange
dash-tile-nobody-waiting = niemand wartet
dash-tile-available = Verfügbar
dash-tile-on-call = Im Gespräch
dash-tile-busy = { $busy } beschäftigt
dash-tile-busy-ringing = { $busy } beschäftigt · { $ringing } klingelt
dash-tile-away = Abwesend
dash-tile-offline = Offline
dash-tile-serviced = Heute bedient
dash-tile-of-queued = von { $queued } eingereiht
dash-tile-abandoned = Heute aufgelegt
dash-tile-abandoned-share = { $share } der beendeten
dash-tile-service-level = Servicelevel
dash-sl-before = in{ " " }
dash-sl-after = { " " }s
dash-sl-threshold = Servicelevel-Schwelle in Sekunden

## Queues
dash-queues-title = Warteschlangen
dash-queues-age-hint = { -brand } sendet keine Warteschlangen-Ereignisse: Die Warteschlangen werden alle 5 s gelesen, dazwischen bewegen Ereignisse der Warteschlangen-Anrufe die Zahlen
dash-queues-reading = Warteschlangen werden gelesen…
dash-queues-read = Vor { $seconds } s gelesen
dash-queues-read-retrying = Vor { $seconds } s gelesen, neuer Versuch
dash-queues-col-queue = Warteschlange
dash-queues-col-waiting-short = Wart.
dash-queues-col-waiting = Wartend
dash-queues-col-waiting-hint = Wartende Anrufer
dash-queues-col-longest-short = Max.
dash-queues-col-longest = Längste Wartezeit
dash-queues-col-in-service-short = Aktiv
dash-queues-col-in-service = Im Gespräch
dash-queues-col-in-service-hint = Anrufer im Gespräch mit einem Agent
dash-queues-col-serviced-short = Bedient
dash-queues-col-serviced = Bedient
dash-queues-col-serviced-hint = Angenommene Anrufer (Summe der Warteschlange)
dash-queues-col-abandoned-short = Verl.
dash-queues-col-abandoned = Aufgelegt
dash-queues-col-abandoned-hint = Anrufer, die beim Warten aufgelegt haben
dash-queues-col-callers = Am längsten wartende Anrufer
dash-queues-empty = Noch keine Warteschlangen.
dash-queues-more = { $count ->
    [one] +{ $count } weiterer
   *[other] +{ $count } weitere
}
dash-chip-connecting = Das Telefon eines Agents klingelt
dash-chip-waiting = Wartend
dash-caller-unnamed = Anrufer

## Agents
dash-agents-title = Agents
dash-agents-filter = Agents anzeigen
dash-filter-all = Alle
dash-filter-available = Verfügbar
dash-filter-on-call = Im Gespräch
dash-filter-away = Abwesend
dash-filter-offline = Offline
dash-hand-raised = Bittet um Hilfe
dash-showing = { $shown } von { $total }
dash-show-more = Mehr anzeigen
dash-set-status = Status…
dash-set-status-custom = Eigener…
dash-set-status-of = Status von { $name } setzen
dash-custom-status-for = Eigener Status für { $name }
dash-custom-status-set = Diesen Status setzen
dash-custom-status-cancel = Abbrechen
dash-set-status-failed = { $name } konnte nicht auf { $status } gesetzt werden: { $reason }
dash-stuck-busy = Hängt auf beschäftigt · verfügbar setzen
dash-stuck-busy-hint = Seit über einer Minute beschäftigt ohne Anruf: { -brand } setzt Agents nach einem Anruf nicht auf verfügbar

## Active calls
dash-calls-title = Aktive Anrufe
dash-calls-filter = Anrufe filtern
dash-calls-filter-hint = Filter: Nummer, Name, Agent, Warteschlange
dash-calls-status = Status
dash-calls-any-status = Jeder Status
dash-calls-direction = Richtung
dash-calls-any-direction = Ein und aus
dash-calls-incoming = Eingehend
dash-calls-outgoing = Ausgehend
dash-col-direction = Richt.
dash-col-from = Von
dash-col-to = An
dash-col-status = Status
dash-col-duration = Dauer
dash-col-agent = Agent
dash-col-queue = Schlange
dash-direction-in = ↘ ein
dash-direction-out = ↗ aus
dash-call-dialing = Wählt
dash-call-ringing = Klingelt
dash-call-talking = Im Gespräch
dash-call-ending = Endet
dash-call-canceling = Bricht ab
dash-call-ended = Beendet
dash-showing-matching = { $shown } von { $total } passenden ({ $active } aktiv)
dash-show-n-more = { $count ->
    [one] { $count } weiteren anzeigen
   *[other] { $count } weitere anzeigen
}
dash-show-all = Alle anzeigen
dash-show-fewer = Weniger anzeigen

## Charts
dash-charts-title = Letzte Stunde
dash-chart-calls = Anrufe pro Minute
dash-chart-calls-this-hour = { $count ->
    [one] { $count } in dieser Stunde
   *[other] { $count } in dieser Stunde
}
dash-chart-calls-label = { $count ->
    [one] Anrufe pro Minute in der letzten Stunde; { $count } Anruf insgesamt, höchstens { $max } in einer Minute
   *[other] Anrufe pro Minute in der letzten Stunde; { $count } Anrufe insgesamt, höchstens { $max } in einer Minute
}
dash-chart-minute-calls = { $count ->
    [one] { $time }: { $count } Anruf
   *[other] { $time }: { $count } Anrufe
}
dash-chart-waiting = Wartende Anrufer
dash-chart-waiting-peak = Spitze pro Minute
dash-chart-waiting-label = Wartende Anrufer in der letzten Stunde, Spitze { $max } in einer Minute; { $current } in dieser Minute
dash-chart-waits = Wartezeiten
dash-chart-waits-now = wartet jetzt
dash-chart-waits-answered = angenommen (kürzlich)
dash-chart-waits-label = Verteilung der Wartezeit. Wartet jetzt: { $now }. Angenommen: { $answered }.
dash-chart-bin-count = { $bin } { $n }
dash-chart-bins-none = keine
dash-list-separator = { ", " }
dash-bin-under-15s = <15s
dash-bin-15-30s = 15–30s
dash-bin-30-60s = 30–60s
dash-bin-1-2m = 1–2min
dash-bin-2-5m = 2–5min
dash-bin-5-10m = 5–10min
dash-bin-over-10m = 10min+
dash-axis-hour-ago = −60 min
dash-axis-now = jetzt

## Feeds
dash-transcripts-title = Live-Transkription
dash-transcripts-empty = Gerade wird niemand transkribiert.
dash-speaker-caller = Anrufer
dash-speaker-agent = Agent
dash-recordings-title = Aufzeichnungen
dash-recordings-now = zeichnet gerade auf
dash-recording-since = Aufzeichnung
dash-recording-finished = beendet { $time } · { $length }
dash-flows-title = Laufende Flows
dash-flow-step = Schritt { $step }
dash-flow-ago = vor { $duration }
dash-conferences-title = Konferenzen
dash-conference-participants = { $count ->
    [one] { $count } Teilnehmer
   *[other] { $count } Teilnehmer
}
dash-conferences-empty = Keine laufende Konferenz.

## Help requests
dash-help-title = Hilfeanfragen
dash-help-empty = Niemand bittet um Hilfe.
dash-help-an-agent = Ein Agent
dash-help-age = Wartet auf Hilfe seit
dash-help-open = Offen
dash-help-taken = Übernommen
dash-help-taken-by = Übernommen von { $name }
dash-help-ended = Anruf beendet
dash-help-take = Übernehmen

## Listening to a call
dash-listen = Mithören
dash-listen-hint = Diesen Anruf mithören
dash-listen-panel = Anruf mithören
dash-listen-call = Anruf { $id }
dash-listen-caller-with-agent = { $caller } mit { $agent }
dash-listen-connecting = Verbindet…
dash-listen-listening = Mithören (man hört Sie nicht)
dash-listen-barging = Live: beide Seiten hören Sie
dash-listen-ended = Der Anruf ist beendet
dash-listen-error = Mithören nicht möglich
dash-listen-live-banner = Sie sind live in diesem Anruf: Anrufer und Agent hören Sie.
dash-listen-drops = { $count ->
    [one] der Ton ist { $count }× ausgefallen und zurück
   *[other] der Ton ist { $count }× ausgefallen und zurück
}
dash-listen-level = Pegel des Gehörten
dash-barge-start = Zu beiden sprechen
dash-barge-stop = Nicht mehr sprechen
dash-listen-stop = Mithören beenden
dash-whisper = Flüstern
dash-whisper-hint = Dem Agent zuflüstern (nur der Agent hört es)
dash-listen-call-ended = Der Anruf ist beendet.
dash-listen-audio-failed = der Ton konnte nicht starten: { $reason }
dash-listen-bad-address = die Audioadresse des Anrufs ist ungültig
dash-listen-forbidden = nicht erlaubt: { $reason }
dash-listen-unauthorized = nicht angemeldet: { $reason }
dash-listen-mic-failed = Sprechen beendet: { $reason }
dash-whisper-no-agent = In diesem Anruf ist kein Agent, dem Sie zuflüstern können.
dash-whisper-failed = Das Flüstern wurde nicht gesendet: { $reason }

## A supervisor taking a help request, as posted in the Help channel
team-help-on-it-name = Übernehme: { $name }
team-help-on-it = Übernehme: ein Supervisor
