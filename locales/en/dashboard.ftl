# The supervisor's dashboard.

dash-title = Supervisor dashboard
dash-forbidden = The dashboard shows the whole contact center, which { -brand } only shares with admins and managers. Your account has agent permission; ask an admin to grant manager permission if you need it.

## Headline tiles
dash-tiles-label = Now
dash-tile-active-calls = Active calls
dash-tile-agent-legs = { $count ->
    [one] incl. { $count } agent leg
   *[other] incl. { $count } agent legs
}
dash-tile-waiting = Callers waiting
dash-tile-longest-wait = Longest wait
dash-tile-oldest-caller = oldest caller in a queue
dash-tile-nobody-waiting = nobody waiting
dash-tile-available = Available
dash-tile-on-call = On a call
dash-tile-busy = { $busy } busy
dash-tile-busy-ringing = { $busy } busy · { $ringing } ringing
dash-tile-away = Away
dash-tile-offline = Offline
dash-tile-serviced = Serviced today
dash-tile-of-queued = of { $queued } queued
dash-tile-abandoned = Abandoned today
# $share: a percentage, already formatted ("12%").
dash-tile-abandoned-share = { $share } of ended
dash-tile-service-level = Service level
# The words before and after the seconds field: "within [20] s".
dash-sl-before = within{ " " }
dash-sl-after = { " " }s
dash-sl-threshold = Service level threshold in seconds

## Queues
dash-queues-title = Queues
dash-queues-age-hint = { -brand } sends no queue events: the queues are read every 5 s, and queue-call events move the figures in between
dash-queues-reading = Reading queues…
dash-queues-read = Read { $seconds } s ago
dash-queues-read-retrying = Read { $seconds } s ago, retrying
# Column headers: a short word shown, the full name read aloud, a hint on hover.
dash-queues-col-queue = Queue
dash-queues-col-waiting-short = Wait
dash-queues-col-waiting = Waiting
dash-queues-col-waiting-hint = Callers waiting
dash-queues-col-longest-short = Max wait
dash-queues-col-longest = Longest wait
dash-queues-col-in-service-short = On call
dash-queues-col-in-service = In service
dash-queues-col-in-service-hint = Callers talking to an agent
dash-queues-col-serviced-short = Served
dash-queues-col-serviced = Serviced
dash-queues-col-serviced-hint = Callers answered (the queue's total)
dash-queues-col-abandoned-short = Lost
dash-queues-col-abandoned = Abandoned
dash-queues-col-abandoned-hint = Callers who hung up while waiting
dash-queues-col-callers = Longest-waiting callers
dash-queues-empty = No queues yet.
dash-queues-more = { $count ->
    [one] +{ $count } more
   *[other] +{ $count } more
}
dash-chip-connecting = An agent's phone is ringing
dash-chip-waiting = Waiting
# A waiting caller with neither name nor number.
dash-caller-unnamed = caller

## Agents
dash-agents-title = Agents
dash-agents-filter = Show agents
dash-filter-all = All
dash-filter-available = Available
dash-filter-on-call = On a call
dash-filter-away = Away
dash-filter-offline = Offline
dash-hand-raised = Asks for help
dash-showing = Showing { $shown } of { $total }
dash-show-more = Show more
dash-set-status = Set…
dash-set-status-custom = Custom…
dash-set-status-of = Set { $name }'s status
dash-custom-status-for = Custom status for { $name }
dash-custom-status-set = Set this status
dash-custom-status-cancel = Cancel
# $status: a status in words, or the custom word as typed.
dash-set-status-failed = Could not set { $name } to { $status }: { $reason }
dash-stuck-busy = Stuck busy · set available
dash-stuck-busy-hint = Busy with no call for over a minute: { -brand } does not set agents available after a call

## Active calls
dash-calls-title = Active calls
dash-calls-filter = Filter calls
dash-calls-filter-hint = Filter: number, name, agent, queue
dash-calls-status = Status
dash-calls-any-status = Any status
dash-calls-direction = Direction
dash-calls-any-direction = In and out
dash-calls-incoming = Incoming
dash-calls-outgoing = Outgoing
dash-col-direction = Dir.
dash-col-from = From
dash-col-to = To
dash-col-status = Status
dash-col-duration = Duration
dash-col-agent = Agent
dash-col-queue = Queue
dash-direction-in = ↘ in
dash-direction-out = ↗ out
dash-call-dialing = Dialing
dash-call-ringing = Ringing
dash-call-talking = Talking
dash-call-ending = Ending
dash-call-canceling = Canceling
dash-call-ended = Ended
dash-showing-matching = Showing { $shown } of { $total } matching ({ $active } active)
dash-show-n-more = { $count ->
    [one] Show { $count } more
   *[other] Show { $count } more
}
dash-show-all = Show all
dash-show-fewer = Show fewer

## Charts
dash-charts-title = Last hour
dash-chart-calls = Calls per minute
dash-chart-calls-this-hour = { $count ->
    [one] { $count } this hour
   *[other] { $count } this hour
}
dash-chart-calls-label = { $count ->
    [one] Calls per minute over the last hour; { $count } call in total, at most { $max } in a minute
   *[other] Calls per minute over the last hour; { $count } calls in total, at most { $max } in a minute
}
# A bar's tooltip: the minute and its calls.
dash-chart-minute-calls = { $count ->
    [one] { $time }: { $count } call
   *[other] { $time }: { $count } calls
}
dash-chart-waiting = Callers waiting
dash-chart-waiting-peak = peak per minute
dash-chart-waiting-label = Callers waiting over the last hour, peak { $max } in a minute; { $current } this minute
dash-chart-waits = Wait times
dash-chart-waits-now = waiting now
dash-chart-waits-answered = answered (recent)
# $now and $answered: lists of dash-chart-bin-count joined by dash-list-separator.
dash-chart-waits-label = Wait time distribution. Waiting now: { $now }. Answered: { $answered }.
dash-chart-bin-count = { $bin } { $n }
dash-chart-bins-none = none
dash-list-separator = { ", " }
dash-bin-under-15s = <15s
dash-bin-15-30s = 15–30s
dash-bin-30-60s = 30–60s
dash-bin-1-2m = 1–2m
dash-bin-2-5m = 2–5m
dash-bin-5-10m = 5–10m
dash-bin-over-10m = 10m+
dash-axis-hour-ago = −60 min
dash-axis-now = now

## Feeds
dash-transcripts-title = Live transcription
dash-transcripts-empty = Nobody is being transcribed right now.
dash-speaker-caller = Caller
dash-speaker-agent = Agent
dash-recordings-title = Recordings
dash-recordings-now = recording now
dash-recording-since = recording
# $length: m:ss.
dash-recording-finished = finished { $time } · { $length }
dash-flows-title = Flows running
dash-flow-step = step { $step }
# $duration: m:ss.
dash-flow-ago = { $duration } ago
dash-conferences-title = Conferences
dash-conference-participants = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}
dash-conferences-empty = No conference in progress.

## Help requests
dash-help-title = Help requests
dash-help-empty = No one is asking for help.
dash-help-an-agent = An agent
dash-help-age = Waiting for help since
dash-help-open = Open
dash-help-taken = Taken
dash-help-taken-by = Taken by { $name }
dash-help-ended = Call ended
dash-help-take = Take

## Listening to a call
dash-listen = Listen
dash-listen-hint = Listen to this call
dash-listen-panel = Listening to a call
# A call not in the store yet: its id's first characters.
dash-listen-call = call { $id }
dash-listen-caller-with-agent = { $caller } with { $agent }
dash-listen-connecting = Connecting…
dash-listen-listening = Listening (they cannot hear you)
dash-listen-barging = Live: both parties hear you
dash-listen-ended = The call ended
dash-listen-error = Cannot listen
dash-listen-live-banner = You are live on this call: the caller and the agent hear you.
dash-listen-drops = { $count ->
    [one] the audio dropped { $count }× and came back
   *[other] the audio dropped { $count }× and came back
}
dash-listen-level = Level of what you hear
dash-barge-start = Speak to both
dash-barge-stop = Stop speaking
dash-listen-stop = Stop listening
dash-whisper = Whisper
dash-whisper-hint = Whisper to the agent (only the agent hears it)
# Why listening stopped, or why speaking did; $reason is the browser's or the server's words.
dash-listen-call-ended = The call ended.
dash-listen-audio-failed = the audio could not start: { $reason }
dash-listen-bad-address = the call's audio address is not valid
dash-listen-forbidden = not allowed: { $reason }
dash-listen-unauthorized = not signed in: { $reason }
dash-listen-mic-failed = Speaking stopped: { $reason }
dash-whisper-no-agent = No agent is on this call to whisper to.
dash-whisper-failed = The whisper was not sent: { $reason }

## A supervisor taking a help request, as posted in the Help channel
team-help-on-it-name = On it: { $name }
team-help-on-it = On it: a supervisor
