//! Agents' uploaded files (bin-storage-manager; routes bin-api-manager/server/
//! service_agents_files.go, checks pkg/servicehandler/serviceagent_file.go): any agent
//! uploads, lists its own, reads any of the customer's, deletes its own. The bytes are kept
//! here and served at a signed download path, as the bucket's signed URL would be.

use voipbin_protocol::talk::File;

use super::{permission_denied, Talk, TalkError, TalkResult};
use crate::rng::uuid_from;

/// Every file's bytes together are kept under this; the oldest files' bytes go first (their
/// records stay, their download answers 404).
const BYTES_KEPT: usize = 256 << 20;

pub struct NewFile {
    pub filename: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
}

pub struct StoredFile {
    pub file: File,
    pub content_type: String,
    pub bytes: Option<Vec<u8>>,
    /// The download path's secret (the signed URL's signature).
    pub signature: String,
}

impl Talk {
    pub fn upload(&mut self, agent_id: &str, new: NewFile, now_ms: i64) -> File {
        let time = self.stamp(now_ms);
        let file = File {
            id: self.next_id(),
            customer_id: self.customer_id.clone(),
            owner_type: "agent".to_owned(),
            owner_id: agent_id.to_owned(),
            r#type: "talk".to_owned(),
            name: new.filename.clone(),
            detail: "Uploaded by agent".to_owned(),
            filename: new.filename,
            filesize: i64::try_from(new.bytes.len()).unwrap_or(i64::MAX),
            tm_create: time.clone(),
            tm_update: time,
            ..File::default()
        };
        let signature = uuid_from(&mut self.ids).replace('-', "");
        self.files.insert(
            file.id.clone(),
            StoredFile {
                file: file.clone(),
                content_type: new.content_type,
                bytes: Some(new.bytes),
                signature,
            },
        );
        self.forget_old_bytes();
        file
    }

    /// `GET files`: the agent's own, deleted ones left out.
    pub fn files_of(&self, agent_id: &str) -> Vec<&File> {
        self.files
            .values()
            .map(|f| &f.file)
            .filter(|f| f.owner_id == agent_id && f.tm_delete.is_empty())
            .collect()
    }

    /// `GET files/{id}` and `…/file`: any file of the customer.
    pub fn file(&self, file_id: &str) -> TalkResult<&StoredFile> {
        let stored = self
            .files
            .get(file_id)
            .filter(|f| f.file.tm_delete.is_empty())
            .ok_or_else(TalkError::resource_not_found)?;
        if stored.file.customer_id != self.customer_id {
            return Err(permission_denied());
        }
        Ok(stored)
    }

    /// `DELETE files/{id}`: the owner only.
    pub fn delete_file(&mut self, agent_id: &str, file_id: &str, now_ms: i64) -> TalkResult<File> {
        if self.file(file_id)?.file.owner_id != agent_id {
            return Err(permission_denied());
        }
        let time = self.stamp(now_ms);
        let stored = self
            .files
            .get_mut(file_id)
            .ok_or_else(TalkError::resource_not_found)?;
        stored.file.tm_delete = time;
        stored.bytes = None;
        Ok(stored.file.clone())
    }

    /// The bytes behind a download path, when its signature fits.
    pub fn download(&self, file_id: &str, signature: &str) -> Option<&StoredFile> {
        self.files
            .get(file_id)
            .filter(|f| f.signature == signature && f.bytes.is_some())
    }

    fn forget_old_bytes(&mut self) {
        let mut total: usize = self
            .files
            .values()
            .filter_map(|f| f.bytes.as_ref().map(Vec::len))
            .sum();
        if total <= BYTES_KEPT {
            return;
        }
        let mut by_age: Vec<(&String, &mut StoredFile)> = self.files.iter_mut().collect();
        by_age.sort_by(|a, b| a.1.file.tm_create.cmp(&b.1.file.tm_create));
        for (_, stored) in by_age {
            if total <= BYTES_KEPT {
                break;
            }
            if let Some(bytes) = stored.bytes.take() {
                total -= bytes.len();
            }
        }
    }
}
