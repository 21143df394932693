//! HTTP digest authentication (RFC 2617 / RFC 8760, MD5) as SIP uses it for REGISTER and INVITE.
