//! Customer webhook delivery.
