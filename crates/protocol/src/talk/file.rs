//! An uploaded file (bin-storage-manager/models/file/webhook.go): talk attachments are files of
//! `type` "talk" owned by the uploading agent. `uri_download` is a signed URL that expires at
//! `tm_download_expire`; `GET /service_agents/files/{id}/file` redirects to a fresh one.

use crate::lenient::rest_struct;

rest_struct! {
    pub struct File {
        pub id: String,
        pub customer_id: String,
        pub owner_type: String,
        pub owner_id: String,
        pub reference_type: String,
        pub reference_id: String,
        pub r#type: String,
        pub name: String,
        pub detail: String,
        pub filename: String,
        pub filesize: i64,
        pub uri_download: String,
        pub tm_download_expire: String,
        pub tm_create: String,
        pub tm_update: String,
        pub tm_delete: String,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_file() {
        let text = r#"{"id":"f1","type":"talk","filename":"a.png","filesize":"2048",
            "uri_download":"https://x/y","tm_download_expire":null}"#;
        let file: File = serde_json::from_str(text).unwrap();
        assert_eq!(file.filesize, 2048);
        assert_eq!(file.r#type, "talk");
        assert_eq!(file.tm_download_expire, "");
    }
}
