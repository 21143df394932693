# Das Telefon: Registrierung, Geräte, Wähltastatur, Anrufe.

## Warum das Telefon nicht registriert ist oder es kein Telefon gibt
phone-signed-out-of-server = vom Telefonserver abgemeldet
phone-wrong-password = der Telefonserver hat das Passwort dieser Durchwahl abgelehnt
phone-forbidden = der Telefonserver erlaubt diese Durchwahl hier nicht
phone-server-silent = der Telefonserver hat nicht geantwortet
phone-registration-refused = der Telefonserver hat die Registrierung abgelehnt ({ $status } { $reason })
phone-server-unreachable = der Telefonserver ist nicht erreichbar; neuer Versuch in { $seconds } s
phone-extension-unreadable = die Durchwahl dieses Agents konnte nicht gelesen werden ({ $error })
phone-no-extension = dieser Agent hat keine Durchwahl: ein Admin kann eine zu den Adressen des Agents hinzufügen
phone-turned-off = bei der Anmeldung ausgeschaltet: Anrufe klingeln auf Ihrem anderen Telefon
phone-server-not-set = kein Telefonserver eingestellt: melden Sie sich erneut mit der wss://-SIP-Adresse Ihrer Installation an
phone-server-invalid = der Telefonserver „{ $server }“ ist keine wss://- oder ws://-Adresse und kein Pfad
phone-not-registered-blocks = Ihr Telefon ist nicht registriert ({ $why }), daher erreichen Anrufer Sie nicht

## Probleme mit Anrufen, Audio und Geräten
phone-hold-refused = der Telefonserver hat Halten oder Fortsetzen des Anrufs abgelehnt ({ $status })
phone-cannot-dial-unregistered = das Telefon ist nicht registriert: jetzt sind keine Anrufe möglich
phone-finish-call-first = beenden Sie den aktuellen Anruf, bevor Sie einen weiteren tätigen
phone-audio-failed = das Audio des Anrufs konnte nicht eingerichtet werden ({ $detail })
phone-mic-refused = der Browser darf das Mikrofon nicht verwenden: erlauben Sie es in den Website-Einstellungen der Adressleiste und versuchen Sie es erneut
phone-mic-missing = kein Mikrofon gefunden: schließen Sie ein Headset an und versuchen Sie es erneut
phone-mic-busy = das Mikrofon wird von einem anderen Programm verwendet oder lässt sich nicht öffnen
phone-mic-unsupported = dieser Browser kann hier kein Mikrofon verwenden (nötig ist https oder localhost)
phone-mic-failed = das Mikrofon konnte nicht geöffnet werden
phone-device-unnamed = Gerät { $number }

## Warum ein Anruf endete
phone-ended-you = Sie haben aufgelegt
phone-ended-other-side = Die Gegenseite hat aufgelegt
phone-ended-caller-gone = Der Anrufer ist weg (aufgelegt oder anderswo angenommen)
phone-ended-declined = Abgelehnt
phone-ended-busy = Besetzt
phone-ended-not-found = Nummer oder Durchwahl existiert nicht
phone-ended-refused = Abgelehnt ({ $status } { $reason })
phone-ended-timeout = Keine Antwort vom Telefonserver
phone-ended-transport-lost = Die Verbindung zum Telefonserver ist abgebrochen

## Anrufqualität
phone-quality-no-audio = vom Anrufer kommt kein Audio an
phone-quality-loss = { $percent } % des Audios des Anrufers gehen verloren: das Netzwerk verliert Pakete
phone-quality-jitter = Audio kommt ungleichmäßig an ({ $jitter } ms Jitter): das Netzwerk ist überlastet
phone-quality-slow = die Leitung ist langsam ({ $round_trip } ms Umlaufzeit): der Anrufer spricht evtl. gleichzeitig
phone-quality-measuring = Leitung wird gemessen…
phone-quality-line = MOS { $mos } · Umlauf { $rtt } ms · Jitter { $jitter } ms · Verlust { $loss } %
phone-quality-line-no-rtt = MOS { $mos } · Umlauf – · Jitter { $jitter } ms · Verlust { $loss } %
phone-quality-with-reason = { $line } — { $reason }

## Das Anruffeld
phone-state-far-ringing = Klingelt…
phone-state-calling = Ruft an…
phone-state-connecting = Verbindet…
phone-state-on-hold = Gehalten
phone-state-in-call = Im Gespräch
phone-state-in-call-outgoing = Im Gespräch (ausgehend)
phone-state-ringing = Klingelt
phone-queue = Warteschlange
phone-call-time = Gesprächsdauer
phone-controls = Telefonsteuerung
phone-mute = Stumm
phone-unmute = Ton an
phone-hold = Halten
phone-resume = Fortsetzen
phone-hang-up = Auflegen
phone-cancel = Abbrechen
phone-mic = Mikro
phone-mic-muted = Stumm: der Anrufer hört nichts
phone-mic-heard = Wir hören Sie
phone-mic-quiet = Still
phone-digits-sent = Gesendet:

## Eine Nummer anrufen, Geräte, Wähltastatur
phone-call-number = { $number } anrufen
phone-call-number-hint = Diese Nummer mit dem Telefon des Desks anrufen
phone-audio-devices = Audiogeräte
phone-microphone = Mikrofon
phone-speaker = Lautsprecher
phone-ringer = Klingelton
phone-device-default = Browser-Standard
phone-check-start = Mikrofon testen
phone-check-stop = Mikrofontest beenden
phone-check-heard = Wir hören Sie ({ $level } dBFS)
phone-check-not-heard = Noch nichts zu hören ({ $level } dBFS): sprechen Sie oder wählen Sie ein anderes Mikrofon
phone-check-opening = Mikrofon wird geöffnet…
phone-keypad = Tastatur
phone-dialpad = Wähltastatur
phone-dial-label = Nummer, Durchwahl oder Agent
phone-dial-placeholder = +15551234567, 2002 oder ein Agent
phone-call = Anrufen
phone-keys = Tasten
phone-dismiss = Schließen

## Rund um das Telefon: Verlassen, Abwesend, der Klingelton
phone-leave-warning = Ein Anruf läuft. Beim Verlassen wird aufgelegt.
phone-set-away = Sie wurden auf abwesend gesetzt: { $why }.
phone-ring-blocked = Der Browser hält den Klingelton zurück, bis Sie auf die Seite klicken.
phone-ring-enable = Klingelton einschalten

## Der eingehende Anruf
phone-ring-title = Anruf: { $caller }
phone-ring-body = Eingehender Anruf. Nehmen Sie im Desk an.
phone-ring-body-queue = Eingehender Anruf aus { $queue }. Nehmen Sie im Desk an.
phone-ring-announce = Eingehender Anruf von { $caller }.
phone-ring-announce-queue = Eingehender Anruf von { $caller } aus { $queue }.
phone-waited = wartete { $duration }
phone-incoming = Eingehender Anruf
phone-answer = Annehmen
phone-decline = Ablehnen

## Der Telefonstatus in der oberen Leiste
phone-ready = Telefon bereit
phone-connecting = Telefon verbindet…
phone-offline = Telefon offline
phone-none = Kein Telefon
phone-elsewhere = Telefon in anderem Tab
phone-elsewhere-why = ein anderer Tab dieses Browsers hat das Telefon; Anrufe klingeln dort
phone-take-over = Hier nutzen
phone-retry = Erneut

## Der eigene Status
shell-my-status = Mein Status
shell-status-available-hint = Verfügbar (1)
shell-status-away-hint = Abwesend (2)
shell-status-busy-hint = Beschäftigt (3)
shell-status-offline-hint = Offline (4)
shell-status-not-available = Nicht auf verfügbar gesetzt: { $why }.
shell-status-change-failed = Status konnte nicht geändert werden: { $error }

## Die obere Leiste
shell-sign-out-in-call = Ein Anruf läuft. Abmelden und auflegen?
shell-skip = Zum Inhalt springen
shell-pages = Seiten
shell-nav-desk = Desk
shell-nav-contacts = Kontakte
shell-nav-dashboard = Dashboard
shell-nav-settings = Einstellungen
shell-nav-inspector = Inspektor
shell-shortcuts = Tastenkürzel
shell-shortcuts-hint = Tastenkürzel (?)
shell-theme = Design wechseln
shell-theme-hint = Helles oder dunkles Design
shell-sign-out = Abmelden
shell-dismiss = Schließen

## Die Verbindung
shell-live = Live
shell-syncing = Synchronisiert…
shell-connecting = Verbindet…
shell-reconnecting-in = Neuer Versuch in { $seconds } s
shell-reconnecting = Verbindung wird wiederhergestellt…
shell-offline = Offline
shell-signed-out = Abgemeldet
shell-last-event = letztes Ereignis { $time }
shell-no-events = noch keine Ereignisse
shell-retry-now = Jetzt versuchen

## Hinweise zur Live-Verbindung
shell-refused-permission = Ihr Konto darf diese Ereignisse nicht empfangen, daher wird dieser Teil des Desks nicht live aktualisiert.
shell-refused-topic = Der Server hat ein vom Desk angefragtes Thema nicht angenommen.
shell-refused-message = Der Server konnte eine Nachricht des Desks nicht lesen.
shell-refused-rate = Der Server begrenzt Abonnements; der Desk abonniert beim erneuten Verbinden wieder.
shell-refused-other = Der Server hat ein Abonnement abgelehnt.
shell-refused-notice = { $explained } { $code }: { $message } ({ $topics })
shell-resync-skipped = { $count ->
    [one] Abgleich: { $path }: { $count } Eintrag konnte nicht gelesen werden
   *[other] Abgleich: { $path }: { $count } Einträge konnten nicht gelesen werden
}
shell-resync-failed = Abgleich: { $path }: { $error }

## Die Tastenkürzel
shell-shortcuts-title = Tastenkürzel
shell-close = Schließen
shell-key-shortcuts = Diese Liste ein- oder ausblenden
shell-key-accept = Wartenden Anrufer annehmen
shell-key-dismiss = Hinweis schließen
shell-key-hangup = Aktiven Anruf auflegen
shell-key-transfer = Aktiven Anruf weiterleiten
shell-key-mute = Stumm oder Ton an
shell-key-hold = Halten oder fortsetzen
shell-key-record = Aufzeichnung starten oder beenden
shell-key-help = Hilfe zum Anruf anfordern
shell-key-available = Status: verfügbar
shell-key-away = Status: abwesend
shell-key-busy = Status: beschäftigt
shell-key-offline = Status: offline
shell-key-reply = Antwort schreiben
shell-key-next = Nächste Unterhaltung
shell-key-close = Dialoge schließen
shell-key-previous = Vorherige Unterhaltung
shell-key-keypad = Tastentöne während eines Anrufs

## Seiten, die beim Öffnen geladen werden
shell-loading-dashboard = Dashboard wird geladen…
shell-loading-settings = Einstellungen werden geladen…
shell-loading-inspector = Ereignis-Inspektor wird geladen…
shell-loading-contacts = Kontakte werden geladen…
shell-failed-dashboard = Das Dashboard konnte nicht geladen werden
shell-failed-settings = Die Einstellungen konnten nicht geladen werden
shell-failed-inspector = Der Ereignis-Inspektor konnte nicht geladen werden
shell-failed-contacts = Die Kontakte konnten nicht geladen werden
shell-failed-detail = Dieser Teil der App ist nicht angekommen (Netzwerk oder Server). Desk, Verbindung und Telefon laufen weiter.
shell-try-again = Erneut versuchen
shell-nothing-here = Hier ist nichts.
shell-party-unknown = unbekannt

## Fehler vom Server
shell-error-network = Server nicht erreichbar: { $detail }
shell-error-unauthorized = nicht angemeldet: { $detail }
shell-error-forbidden = nicht erlaubt: { $detail }
shell-error-not-found = nicht gefunden: { $detail }
shell-error-status = Serverfehler { $code }: { $detail }
shell-error-decode = unerwartete Antwort: { $detail }
shell-error-timeout = keine Antwort in { $seconds } s
shell-error-no-token = der Server hat ohne Token geantwortet
shell-error-not-agent = service_agents/me ist kein Agent
shell-error-not-object = die Antwort ist kein JSON-Objekt
