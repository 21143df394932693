//! What the UA needs from SDP (RFC 8866, RFC 3264, RFC 8839 ICE, RFC 8843 BUNDLE): read the
//! browser's and the far end's descriptions, list codecs and ICE/DTLS parameters, and rewrite
//! the direction for hold. Lines are kept as received so a rewrite changes nothing else.

use std::fmt;

mod media;

pub use media::{Candidate, Codec, MediaSection};

/// One `x=value` line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SdpLine {
    pub kind: char,
    pub value: String,
}

/// A session description: session-level lines, then one section per `m=` line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sdp {
    pub session: Vec<SdpLine>,
    pub media: Vec<MediaSection>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    SendRecv,
    SendOnly,
    RecvOnly,
    Inactive,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::SendRecv => "sendrecv",
            Direction::SendOnly => "sendonly",
            Direction::RecvOnly => "recvonly",
            Direction::Inactive => "inactive",
        }
    }

    fn from_attribute(name: &str) -> Option<Direction> {
        [
            Direction::SendRecv,
            Direction::SendOnly,
            Direction::RecvOnly,
            Direction::Inactive,
        ]
        .into_iter()
        .find(|d| d.as_str() == name)
    }

    /// The direction that puts this stream on hold (RFC 3264 8.4): stop receiving, keep
    /// sending if we were.
    pub fn held(self) -> Direction {
        match self {
            Direction::SendRecv | Direction::SendOnly => Direction::SendOnly,
            Direction::RecvOnly | Direction::Inactive => Direction::Inactive,
        }
    }

    /// What the answerer may use in reply to an offer with this direction.
    pub fn answer_to(self) -> Direction {
        match self {
            Direction::SendOnly => Direction::RecvOnly,
            Direction::RecvOnly => Direction::SendOnly,
            other => other,
        }
    }
}

/// Why a description could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SdpError {
    /// The first line is not `v=0`.
    NoVersion,
    /// Line `n` (1-based) is not `x=value`.
    Line(usize),
    /// Line `n` is an `m=` line without media, port and protocol.
    MediaLine(usize),
}

impl fmt::Display for SdpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SdpError::NoVersion => f.write_str("SDP does not start with v=0"),
            SdpError::Line(n) => write!(f, "SDP line {n} is not x=value"),
            SdpError::MediaLine(n) => write!(f, "SDP line {n} is a malformed m= line"),
        }
    }
}

impl std::error::Error for SdpError {}

/// `a=fingerprint:sha-256 AB:CD:...`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    pub hash: String,
    pub value: String,
}

/// `name` and optional value of each `a=` line.
fn attributes(lines: &[SdpLine]) -> impl Iterator<Item = (&str, Option<&str>)> {
    lines
        .iter()
        .filter(|line| line.kind == 'a')
        .map(|line| match line.value.split_once(':') {
            Some((name, value)) => (name, Some(value)),
            None => (line.value.as_str(), None),
        })
}

fn attribute<'a>(lines: &'a [SdpLine], name: &str) -> Option<&'a str> {
    attributes(lines)
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v.unwrap_or_default())
}

fn direction(lines: &[SdpLine]) -> Option<Direction> {
    attributes(lines).find_map(|(name, _)| Direction::from_attribute(name))
}

/// Whether the line is a direction attribute; judged by the attribute name, as [`direction`]
/// reads it, so that a stray value (`a=sendrecv:x`) is replaced too.
fn is_direction(line: &SdpLine) -> bool {
    let name = line.value.split(':').next().unwrap_or_default();
    line.kind == 'a' && Direction::from_attribute(name).is_some()
}

fn remove_direction(lines: &mut Vec<SdpLine>) {
    lines.retain(|line| !is_direction(line));
}

impl Sdp {
    pub fn parse(text: &str) -> Result<Sdp, SdpError> {
        let mut sdp = Sdp {
            session: Vec::new(),
            media: Vec::new(),
        };
        let lines = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l));
        for (index, raw) in lines.enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let number = index + 1;
            let line = read_line(raw).ok_or(SdpError::Line(number))?;
            if sdp.session.is_empty() && (line.kind != 'v' || line.value.trim() != "0") {
                return Err(SdpError::NoVersion);
            }
            if line.kind == 'm' {
                sdp.media.push(
                    MediaSection::from_m_line(&line.value).ok_or(SdpError::MediaLine(number))?,
                );
            } else if let Some(section) = sdp.media.last_mut() {
                section.lines.push(line);
            } else {
                sdp.session.push(line);
            }
        }
        if sdp.session.is_empty() {
            return Err(SdpError::NoVersion);
        }
        Ok(sdp)
    }

    /// A session-level attribute's value (`""` for a flag such as `a=ice-lite`).
    pub fn session_attribute(&self, name: &str) -> Option<&str> {
        attribute(&self.session, name)
    }

    /// A media section's attribute, or the session's when the section has none.
    pub fn attribute(&self, media: usize, name: &str) -> Option<&str> {
        self.media
            .get(media)
            .and_then(|section| attribute(&section.lines, name))
            .or_else(|| self.session_attribute(name))
    }

    /// The direction of a media section: its own attribute, else the session's, else sendrecv.
    pub fn direction(&self, media: usize) -> Direction {
        self.media
            .get(media)
            .and_then(|section| direction(&section.lines))
            .or_else(|| direction(&self.session))
            .unwrap_or(Direction::SendRecv)
    }

    /// Sets every media section's direction (for a hold or resume re-INVITE), removing any
    /// session-level direction so it cannot contradict the sections.
    pub fn set_direction(&mut self, direction: Direction) {
        remove_direction(&mut self.session);
        for section in &mut self.media {
            section.set_direction(direction);
        }
    }

    /// Whether any media section offers a UDP candidate: what a UDP media server (rtpengine,
    /// the stand-in) can reach, so the browser need not wait for the rest of its gathering.
    pub fn has_udp_candidate(&self) -> bool {
        self.media.iter().any(|section| {
            section
                .candidates()
                .iter()
                .any(|c| c.transport.eq_ignore_ascii_case("udp"))
        })
    }

    pub fn ice_ufrag(&self, media: usize) -> Option<&str> {
        self.attribute(media, "ice-ufrag")
    }

    pub fn ice_pwd(&self, media: usize) -> Option<&str> {
        self.attribute(media, "ice-pwd")
    }

    /// `actpass`, `active` or `passive` (RFC 4145 DTLS role).
    pub fn setup(&self, media: usize) -> Option<&str> {
        self.attribute(media, "setup")
    }

    pub fn fingerprint(&self, media: usize) -> Option<Fingerprint> {
        let (hash, value) = self.attribute(media, "fingerprint")?.split_once(' ')?;
        Some(Fingerprint {
            hash: hash.to_string(),
            value: value.trim().to_string(),
        })
    }

    /// The `c=` address of a media section, or the session's.
    pub fn connection_address(&self, media: usize) -> Option<&str> {
        fn connection(lines: &[SdpLine]) -> Option<&str> {
            let line = lines.iter().find(|line| line.kind == 'c')?;
            line.value.split_whitespace().nth(2)
        }
        self.media
            .get(media)
            .and_then(|section| connection(&section.lines))
            .or_else(|| connection(&self.session))
    }

    /// Each `a=group:BUNDLE` as its list of mids.
    pub fn bundle_groups(&self) -> Vec<Vec<String>> {
        attributes(&self.session)
            .filter(|(name, _)| *name == "group")
            .filter_map(|(_, value)| value?.strip_prefix("BUNDLE"))
            .map(|mids| mids.split_whitespace().map(str::to_string).collect())
            .collect()
    }
}

fn read_line(raw: &str) -> Option<SdpLine> {
    let mut chars = raw.chars();
    let kind = chars.next().filter(char::is_ascii_lowercase)?;
    let value = chars.as_str().strip_prefix('=')?;
    Some(SdpLine {
        kind,
        value: value.trim_end().to_string(),
    })
}

impl fmt::Display for Sdp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for line in &self.session {
            write!(f, "{}={}\r\n", line.kind, line.value)?;
        }
        for section in &self.media {
            write!(f, "m={} {} {}", section.kind, section.port, section.proto)?;
            for format in &section.formats {
                write!(f, " {format}")?;
            }
            f.write_str("\r\n")?;
            for line in &section.lines {
                write!(f, "{}={}\r\n", line.kind, line.value)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
