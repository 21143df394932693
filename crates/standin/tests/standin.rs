//! End-to-end tests of the stand-in server over real sockets (one binary, many modules, so the
//! suite links once).

mod standin {
    pub mod common;

    mod auth;
    mod cli;
    mod crm;
    mod extensions;
    mod faults;
    mod media_stream;
    mod permissions;
    mod phone_calls;
    pub mod phone_client;
    mod phone_desk;
    mod phone_ringing;
    mod phone_ua;
    mod python;
    mod rest;
    mod sip_calls;
    mod sip_dial;
    mod sip_registrar;
    mod slow_client;
    mod speakings;
    mod static_files;
    mod talk;
    mod ws_deployed;
    mod ws_documented;
}
