# Inicio de sesión.

page-signin-expired = Su sesión terminó. Vuelva a iniciar sesión para seguir donde estaba.
page-signin-server = Servidor
page-signin-server-placeholder = este sitio (simulador local) o https://api.voipbin.net
page-signin-phone-server = Servidor telefónico
page-signin-phone-server-placeholder = /sip de este sitio (simulador local) o wss://sip.example.com
page-signin-no-softphone = No es mi teléfono: las llamadas suenan en mi teléfono fijo u otro softphone
page-signin-method = Iniciar sesión con
page-signin-password = Contraseña
page-signin-token = Token
page-signin-access-key = Clave de acceso
page-signin-username = Usuario
page-signin-busy = Iniciando sesión…
page-signin-submit = Iniciar sesión
page-signin-demo-hint = Simulador local: admin@demo, manager@demo, agent1@demo … agent8@demo, contraseña demo.
page-signin-phone-server-invalid = Servidor telefónico: «{ $address }» no es una dirección wss:// o ws:// ni una ruta.
page-signin-nothing-pasted = Pegue primero un token o una clave de acceso.
page-signin-unauthorized = Usuario o contraseña incorrectos, o el token ha caducado.
page-signin-unreachable = No se puede contactar con el servidor. Compruebe la dirección y su conexión.
page-signin-forbidden = El servidor se negó a iniciar su sesión (403 Forbidden{ $detail }).
page-signin-not-found = Este servidor no ofrece inicio de sesión (404{ $detail }). Compruebe la dirección.
page-signin-server-error = No se pudo iniciar sesión: error del servidor { $code }{ $detail }.
page-signin-unexpected = No se pudo iniciar sesión: respuesta inesperada del servidor ({ $reason }).
