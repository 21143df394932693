//! What the UA needs from SDP (RFC 8866, RFC 3264, RFC 8839 ICE, RFC 8843 BUNDLE): read the
//! browser's and the far end's descriptions, list codecs and ICE/DTLS parameters, and rewrite
//! the direction for hold. Lines are kept as received so a rewrite changes nothing else.

use std::fmt;

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

/// An `m=` section: `m=audio 9 UDP/TLS/RTP/SAVPF 111 0` and the lines after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaSection {
    /// `audio`, `video`, `application`.
    pub kind: String,
    /// The port as written (`9`, or `49170/2`); port 0 means the stream is rejected.
    pub port: String,
    pub proto: String,
    /// Payload types (RTP) or format names, in preference order.
    pub formats: Vec<String>,
    pub lines: Vec<SdpLine>,
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

/// `a=rtpmap` and `a=fmtp` of one payload type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Codec {
    pub payload_type: u8,
    /// `opus`, `PCMU`, `telephone-event`, as written.
    pub name: String,
    pub clock_rate: u32,
    pub channels: Option<u16>,
    pub fmtp: Option<String>,
}

/// `a=fingerprint:sha-256 AB:CD:...`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    pub hash: String,
    pub value: String,
}

/// An `a=candidate` line (RFC 8839 5.1), the fields the UA and stand-in use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub foundation: String,
    pub component: u16,
    pub transport: String,
    pub priority: u32,
    pub address: String,
    pub port: u16,
    /// `host`, `srflx`, `prflx`, `relay`.
    pub kind: String,
}

impl Candidate {
    /// Reads the value after `a=candidate:`.
    pub fn parse(value: &str) -> Option<Candidate> {
        let fields: Vec<&str> = value.split_whitespace().collect();
        let [foundation, component, transport, priority, address, port, "typ", kind, ..] =
            fields.as_slice()
        else {
            return None;
        };
        Some(Candidate {
            foundation: foundation.to_string(),
            component: component.parse().ok()?,
            transport: transport.to_string(),
            priority: priority.parse().ok()?,
            address: address.to_string(),
            port: port.parse().ok()?,
            kind: kind.to_string(),
        })
    }
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

fn remove_direction(lines: &mut Vec<SdpLine>) {
    lines.retain(|line| line.kind != 'a' || Direction::from_attribute(&line.value).is_none());
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

impl MediaSection {
    fn from_m_line(value: &str) -> Option<MediaSection> {
        let mut fields = value.split_whitespace();
        let kind = fields.next()?.to_string();
        let port = fields.next()?.to_string();
        let proto = fields.next()?.to_string();
        let port_number = port.split('/').next().unwrap_or_default();
        port_number.parse::<u16>().ok()?;
        Some(MediaSection {
            kind,
            port,
            proto,
            formats: fields.map(str::to_string).collect(),
            lines: Vec::new(),
        })
    }

    pub fn attribute(&self, name: &str) -> Option<&str> {
        attribute(&self.lines, name)
    }

    /// Every value of a repeated attribute (`rtpmap`, `candidate`, `ssrc`).
    pub fn attributes(&self, name: &str) -> Vec<&str> {
        attributes(&self.lines)
            .filter(|(n, _)| *n == name)
            .map(|(_, v)| v.unwrap_or_default())
            .collect()
    }

    pub fn mid(&self) -> Option<&str> {
        self.attribute("mid")
    }

    /// Whether the port is 0 (the stream was refused or removed).
    pub fn is_rejected(&self) -> bool {
        self.port.split('/').next() == Some("0")
    }

    /// Replaces the section's direction attribute, keeping its place when it had one.
    pub fn set_direction(&mut self, direction: Direction) {
        let line = SdpLine {
            kind: 'a',
            value: direction.as_str().to_string(),
        };
        let at = self
            .lines
            .iter()
            .position(|l| l.kind == 'a' && Direction::from_attribute(&l.value).is_some());
        remove_direction(&mut self.lines);
        let at = at.unwrap_or(self.lines.len()).min(self.lines.len());
        self.lines.insert(at, line);
    }

    /// The codecs offered, in preference order. Static payload types without `a=rtpmap`
    /// (0 PCMU, 8 PCMA, 9 G722, 18 G729) get their RFC 3551 names.
    pub fn codecs(&self) -> Vec<Codec> {
        let rtpmaps = self.attributes("rtpmap");
        let fmtps = self.attributes("fmtp");
        self.formats
            .iter()
            .filter_map(|format| {
                let payload_type = format.parse::<u8>().ok()?;
                let fmtp = value_for(&fmtps, format).map(str::to_string);
                let (name, clock_rate, channels) = match value_for(&rtpmaps, format) {
                    Some(encoding) => {
                        let mut parts = encoding.split('/');
                        let name = parts.next().unwrap_or_default().to_string();
                        let clock_rate = parts.next()?.parse().ok()?;
                        (name, clock_rate, parts.next().and_then(|c| c.parse().ok()))
                    }
                    None => {
                        let name = static_payload_name(payload_type)?;
                        (name.to_string(), 8000, None)
                    }
                };
                Some(Codec {
                    payload_type,
                    name,
                    clock_rate,
                    channels,
                    fmtp,
                })
            })
            .collect()
    }

    pub fn candidates(&self) -> Vec<Candidate> {
        self.attributes("candidate")
            .into_iter()
            .filter_map(Candidate::parse)
            .collect()
    }
}

/// The rest of the `rtpmap`/`fmtp` value that starts with `payload_type` and a space.
fn value_for<'a>(values: &[&'a str], payload_type: &str) -> Option<&'a str> {
    values.iter().find_map(|value| {
        let (pt, rest) = value.split_once(' ')?;
        (pt == payload_type).then(|| rest.trim())
    })
}

/// RFC 3551 static payload types a WebRTC peer or gateway may offer without `a=rtpmap`.
fn static_payload_name(payload_type: u8) -> Option<&'static str> {
    match payload_type {
        0 => Some("PCMU"),
        8 => Some("PCMA"),
        9 => Some("G722"),
        18 => Some("G729"),
        _ => None,
    }
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
#[path = "sdp_tests.rs"]
mod tests;
