//! Two legs on 127.0.0.1 talking over real UDP sockets.
