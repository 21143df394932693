# Sign-in, settings, inspector, contacts.
