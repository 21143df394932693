# Anmeldung.

page-signin-expired = Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um dort weiterzumachen, wo Sie waren.
page-signin-server = Server
page-signin-server-placeholder = diese Seite (lokaler Stand-in) oder https://api.voipbin.net
page-signin-phone-server = Telefonserver
page-signin-phone-server-placeholder = /sip dieser Seite (lokaler Stand-in) oder wss://sip.example.com
page-signin-no-softphone = Nicht mein Telefon: Anrufe klingeln am Tischtelefon oder einem anderen Softphone
page-signin-method = Anmelden mit
page-signin-password = Passwort
page-signin-token = Token
page-signin-access-key = Zugriffs­schlüssel
page-signin-username = Benutzername
page-signin-busy = Anmeldung…
page-signin-submit = Anmelden
page-signin-demo-hint = Lokaler Stand-in: admin@demo, manager@demo, agent1@demo … agent8@demo, Passwort demo.
page-signin-phone-server-invalid = Telefonserver: „{ $address }“ ist weder eine wss://- oder ws://-Adresse noch ein Pfad.
page-signin-nothing-pasted = Fügen Sie zuerst ein Token oder einen Zugriffsschlüssel ein.
page-signin-unauthorized = Benutzername oder Passwort falsch, oder das Token ist abgelaufen.
page-signin-unreachable = Der Server ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Verbindung.
page-signin-forbidden = Der Server hat die Anmeldung verweigert (403 Forbidden{ $detail }).
page-signin-not-found = Dieser Server bietet keine Anmeldung an (404{ $detail }). Prüfen Sie die Adresse.
page-signin-server-error = Anmeldung fehlgeschlagen: Serverfehler { $code }{ $detail }.
page-signin-unexpected = Anmeldung fehlgeschlagen: unerwartete Antwort des Servers ({ $reason }).
