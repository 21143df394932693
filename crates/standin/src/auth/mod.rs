//! Who may call: demo accounts, signed tokens, access keys, and the request extractor.

mod accounts;
mod caller;
mod token;

pub use accounts::{derive_access_key, AccountEntry, Directory};
pub use caller::{Caller, Credential};
pub use token::{Claims, TokenError, TokenSigner};

/// Everything needed to authenticate a request.
pub struct Auth {
    pub directory: Directory,
    pub signer: TokenSigner,
}

impl Auth {
    pub fn new(directory: Directory, signer: TokenSigner) -> Auth {
        Auth { directory, signer }
    }

    /// A token or an access key, as given in `?token=`, `?accesskey=` or `Authorization: Bearer`.
    pub fn authenticate(&self, credential: &str, now_ms: i64) -> Result<Caller, TokenError> {
        if let Some(account) = self.directory.by_access_key(credential) {
            return Ok(Caller::from_account(account, Credential::AccessKey));
        }
        let claims = self.signer.verify(credential, now_ms)?;
        let account = self
            .directory
            .by_agent_id(&claims.agent_id)
            .ok_or(TokenError::UnknownAccount)?;
        let mut caller = Caller::from_account(
            account,
            Credential::Token {
                jti: claims.jti,
                expires_at_ms: claims.exp.saturating_mul(1000),
            },
        );
        // A token acts with the permission it was issued with (signed, so not forgeable).
        caller.permission = claims.permission;
        Ok(caller)
    }
}
