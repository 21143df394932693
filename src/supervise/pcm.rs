//! VoIPBIN's media stream carries 16-bit signed little-endian PCM (shared/PROTOCOL.md,
//! "Supervising live calls"); Web Audio works in f32 in [-1, 1]. Pure conversions both ways.

/// Appends the samples of `bytes` (s16le; an odd last byte is ignored) to `out`.
pub fn s16le_to_f32(bytes: &[u8], out: &mut Vec<f32>) {
    out.extend(
        bytes
            .chunks_exact(2)
            .map(|b| f32::from(i16::from_le_bytes([b[0], b[1]])) / 32768.0),
    );
}

/// Appends `samples` as s16le to `out`, clipped to the 16-bit range (NaN becomes silence).
pub fn f32_to_s16le(samples: &[f32], out: &mut Vec<u8>) {
    for s in samples {
        let s = if s.is_nan() { 0.0 } else { s.clamp(-1.0, 1.0) };
        let v = (s * 32767.0).round() as i16;
        out.extend_from_slice(&v.to_le_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_within_one_step() {
        let samples = [0.0f32, 0.5, -0.5, 0.999, -1.0];
        let mut bytes = Vec::new();
        f32_to_s16le(&samples, &mut bytes);
        assert_eq!(bytes.len(), 10);
        let mut back = Vec::new();
        s16le_to_f32(&bytes, &mut back);
        for (a, b) in samples.iter().zip(&back) {
            assert!((a - b).abs() < 1.0 / 16000.0, "{a} vs {b}");
        }
    }

    #[test]
    fn clips_and_survives_garbage() {
        let mut bytes = Vec::new();
        f32_to_s16le(&[4.0, -4.0, f32::NAN, f32::INFINITY], &mut bytes);
        assert_eq!(bytes, [0xff, 0x7f, 0x01, 0x80, 0, 0, 0xff, 0x7f]);
        let mut out = Vec::new();
        s16le_to_f32(&[0x00, 0x80, 0x7f], &mut out);
        assert_eq!(out, [-1.0]);
    }
}
