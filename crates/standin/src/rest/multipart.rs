//! Just enough of multipart/form-data (RFC 7578) for `POST /service_agents/files`: the parts'
//! names, file names, content types and bodies. No streaming: the body limit bounds memory.

/// One form field.
pub struct Part<'a> {
    pub name: String,
    pub filename: Option<String>,
    pub content_type: String,
    pub body: &'a [u8],
}

/// The boundary of a `multipart/form-data; boundary=…` content type.
pub fn boundary(content_type: &str) -> Option<String> {
    let (kind, params) = content_type.split_once(';')?;
    if !kind.trim().eq_ignore_ascii_case("multipart/form-data") {
        return None;
    }
    params.split(';').find_map(|p| {
        let (key, value) = p.trim().split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("boundary")
            .then(|| value.trim().trim_matches('"').to_owned())
            .filter(|b| !b.is_empty())
    })
}

/// The parts of `body`; malformed parts end the list.
pub fn parts<'a>(body: &'a [u8], boundary: &str) -> Vec<Part<'a>> {
    let delimiter = format!("--{boundary}");
    let mut out = Vec::new();
    let Some(mut at) = find(body, delimiter.as_bytes(), 0) else {
        return out;
    };
    loop {
        at += delimiter.len();
        if body.get(at..at + 2) == Some(b"--") {
            break;
        }
        let Some(head_start) = find(body, b"\r\n", at).map(|i| i + 2) else {
            break;
        };
        let Some(head_end) = find(body, b"\r\n\r\n", head_start) else {
            break;
        };
        let next_delimiter = format!("\r\n{delimiter}");
        let Some(body_end) = find(body, next_delimiter.as_bytes(), head_end + 4) else {
            break;
        };
        let head = String::from_utf8_lossy(&body[head_start..head_end]);
        out.push(part(&head, &body[head_end + 4..body_end]));
        at = body_end + 2;
    }
    out
}

fn part<'a>(head: &str, body: &'a [u8]) -> Part<'a> {
    let mut part = Part {
        name: String::new(),
        filename: None,
        content_type: "application/octet-stream".to_owned(),
        body,
    };
    for line in head.split("\r\n") {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        if key.trim().eq_ignore_ascii_case("content-type") {
            part.content_type = value.trim().to_owned();
        } else if key.trim().eq_ignore_ascii_case("content-disposition") {
            for param in value.split(';').skip(1) {
                let Some((k, v)) = param.trim().split_once('=') else {
                    continue;
                };
                let v = v.trim().trim_matches('"').to_owned();
                match k.trim() {
                    "name" => part.name = v,
                    "filename" => part.filename = Some(v),
                    _ => {}
                }
            }
        }
    }
    part
}

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| i + from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_file_and_a_field() {
        let body = b"--XY\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n--XY\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\ntalk\r\n--XY--\r\n";
        let parts = parts(body, "XY");
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0].filename.as_deref(), Some("a.png"));
        assert_eq!(parts[0].content_type, "image/png");
        assert_eq!(parts[0].body, b"\x89PNG");
        assert_eq!(parts[1].name, "type");
        assert_eq!(parts[1].body, b"talk");
        assert_eq!(
            boundary("multipart/form-data; boundary=\"XY\"").as_deref(),
            Some("XY")
        );
        assert!(boundary("application/json").is_none());
    }

    #[test]
    fn odd_bodies_give_no_parts() {
        for body in [
            &b""[..],
            b"--XY",
            b"--XY\r\nno head end",
            b"\xff\xfe--XY\r\n\r\n",
        ] {
            assert!(parts(body, "XY").is_empty());
        }
    }
}
