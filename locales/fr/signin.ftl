# Connexion.

page-signin-expired = Votre session a pris fin. Reconnectez-vous pour reprendre là où vous en étiez.
page-signin-server = Serveur
page-signin-server-placeholder = ce site (simulateur local) ou https://api.voipbin.net
page-signin-phone-server = Serveur téléphonique
page-signin-phone-server-placeholder = /sip de ce site (simulateur local) ou wss://sip.example.com
page-signin-no-softphone = Pas mon téléphone : les appels sonnent sur mon poste fixe ou un autre softphone
page-signin-method = Se connecter avec
page-signin-password = Mot de passe
page-signin-token = Jeton
page-signin-access-key = Clé d’accès
page-signin-username = Nom d’utilisateur
page-signin-busy = Connexion…
page-signin-submit = Se connecter
page-signin-demo-hint = Simulateur local : admin@demo, manager@demo, agent1@demo … agent8@demo, mot de passe demo.
page-signin-phone-server-invalid = Serveur téléphonique : « { $address } » n’est ni une adresse wss:// ou ws://, ni un chemin.
page-signin-nothing-pasted = Collez d’abord un jeton ou une clé d’accès.
page-signin-unauthorized = Nom d’utilisateur ou mot de passe incorrect, ou le jeton a expiré.
page-signin-unreachable = Le serveur est injoignable. Vérifiez l’adresse et votre connexion.
page-signin-forbidden = Le serveur a refusé la connexion (403 Forbidden{ $detail }).
page-signin-not-found = Ce serveur ne propose pas de connexion (404{ $detail }). Vérifiez l’adresse.
page-signin-server-error = Connexion impossible : erreur serveur { $code }{ $detail }.
page-signin-unexpected = Connexion impossible : réponse inattendue du serveur ({ $reason }).
