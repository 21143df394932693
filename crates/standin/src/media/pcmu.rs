//! G.711 μ-law (PCMU, RTP payload type 0). Written by hand: the codec is a few lines of
//! arithmetic from ITU-T G.711, smaller than any crate that would bring it in.

const BIAS: i32 = 0x84;
const CLIP: i32 = 32635;

/// One 16-bit linear sample to its μ-law byte.
pub fn encode_sample(sample: i16) -> u8 {
    let mut value = i32::from(sample);
    let sign = if value < 0 {
        value = -value;
        0x80
    } else {
        0
    };
    value = value.min(CLIP) + BIAS;
    // The segment is the position of the highest set bit above bit 7 (0..=7).
    let exponent = (31 - (value as u32).leading_zeros() as i32 - 7).clamp(0, 7);
    let mantissa = (value >> (exponent + 3)) & 0x0F;
    !(sign | (exponent << 4) as u8 | mantissa as u8)
}

/// One μ-law byte to its 16-bit linear sample.
pub fn decode_sample(byte: u8) -> i16 {
    let byte = !byte;
    let exponent = i32::from((byte >> 4) & 0x07);
    let mantissa = i32::from(byte & 0x0F);
    let magnitude = (((mantissa << 3) + BIAS) << exponent) - BIAS;
    if byte & 0x80 != 0 {
        -magnitude as i16
    } else {
        magnitude as i16
    }
}

pub fn encode(samples: &[i16]) -> Vec<u8> {
    samples.iter().map(|&s| encode_sample(s)).collect()
}

/// Decodes into `out` (cleared first), so a leg reuses one buffer.
pub fn decode_into(payload: &[u8], out: &mut Vec<i16>) {
    out.clear();
    out.extend(payload.iter().map(|&b| decode_sample(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_survives_decode_then_encode() {
        for byte in 0..=255u8 {
            let back = encode_sample(decode_sample(byte));
            // 0x7F and 0xFF both mean zero (positive and negative zero).
            if decode_sample(byte) == 0 {
                assert_eq!(decode_sample(back), 0);
            } else {
                assert_eq!(back, byte, "code {byte:#04x}");
            }
        }
    }

    #[test]
    fn linear_round_trip_error_is_within_the_segment_step() {
        for sample in (i16::MIN..=i16::MAX).step_by(7) {
            let back = decode_sample(encode_sample(sample));
            let error = (i32::from(back) - i32::from(sample)).abs();
            // Quantisation step grows with the segment: about 1/16 of the magnitude, at least 8.
            let allowed = (i32::from(sample).abs() / 16).max(8) + 8;
            let clipped = i32::from(sample).abs() > CLIP;
            assert!(clipped || error <= allowed, "{sample} -> {back}");
        }
        assert_eq!(decode_sample(encode_sample(0)), 0);
        assert_eq!(encode_sample(0), 0xFF);
        assert!(decode_sample(encode_sample(8000)) > 7700);
    }
}
