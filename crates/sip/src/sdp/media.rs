//! `m=` sections: codecs, candidates, mid, direction.

use super::{attribute, attributes, is_direction, remove_direction, Direction, SdpLine};

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

impl MediaSection {
    pub(super) fn from_m_line(value: &str) -> Option<MediaSection> {
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
        let at = self.lines.iter().position(is_direction);
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
