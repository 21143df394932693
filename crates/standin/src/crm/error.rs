//! Why a CRM request failed, with VoIPBIN's reasons (bin-contact-manager/pkg/contacthandler/
//! contact.go, bin-api-manager/server/error_translate.go); the REST layer maps the kind onto the
//! HTTP status and the envelope's `status`.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// 400 INVALID_ARGUMENT.
    Invalid,
    /// 403 PERMISSION_DENIED.
    Forbidden,
    /// 404 NOT_FOUND.
    NotFound,
    /// 409 ALREADY_EXISTS (a duplicate address, a claimed address).
    AlreadyExists,
    /// 409 FAILED_PRECONDITION (a closed case).
    FailedPrecondition,
    /// 500 INTERNAL: a manager refused with a plain error, which its listen handler answers
    /// 500 (e.g. bin-talk-manager/pkg/listenhandler/main.go `errorResponse`).
    Internal,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CrmError {
    pub kind: ErrorKind,
    pub reason: &'static str,
    pub message: String,
}

impl CrmError {
    fn new(kind: ErrorKind, reason: &'static str, message: impl Into<String>) -> CrmError {
        CrmError {
            kind,
            reason,
            message: message.into(),
        }
    }

    pub fn invalid(reason: &'static str, message: impl Into<String>) -> CrmError {
        Self::new(ErrorKind::Invalid, reason, message)
    }

    pub fn forbidden(message: impl Into<String>) -> CrmError {
        Self::new(ErrorKind::Forbidden, "PERMISSION_DENIED", message)
    }

    pub fn not_found(reason: &'static str, message: impl Into<String>) -> CrmError {
        Self::new(ErrorKind::NotFound, reason, message)
    }

    pub fn contact_not_found() -> CrmError {
        Self::not_found("CONTACT_NOT_FOUND", "The contact was not found.")
    }

    pub fn address_not_found() -> CrmError {
        Self::not_found("ADDRESS_NOT_FOUND", "The address was not found.")
    }

    /// Cases and notes: contact-manager answers a bare 404 (error_translate.go).
    pub fn resource_not_found() -> CrmError {
        Self::not_found(
            "RESOURCE_NOT_FOUND",
            "The requested resource was not found.",
        )
    }

    pub fn already_exists(reason: &'static str, message: impl Into<String>) -> CrmError {
        Self::new(ErrorKind::AlreadyExists, reason, message)
    }

    pub fn internal(message: impl Into<String>) -> CrmError {
        Self::new(ErrorKind::Internal, "INTERNAL", message)
    }

    pub fn case_closed() -> CrmError {
        Self::new(
            ErrorKind::FailedPrecondition,
            "CASE_CLOSED",
            "This case is closed. Call POST /v1.0/contact_cases/{id}/continue to reopen it before performing this action.",
        )
    }
}

impl std::fmt::Display for CrmError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.reason, self.message)
    }
}

impl std::error::Error for CrmError {}

pub type CrmResult<T> = Result<T, CrmError>;
