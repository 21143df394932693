use super::*;
use voipbin_protocol::crm::CaseNote;

const CASE: &str = "case-1";

fn written(text: &str, target: Target) -> Note {
    let mut note = Note::new("c1", 1_000.0);
    note.typed(text);
    note.stored = true;
    note.set_target(target);
    note
}

fn case() -> Target {
    Target::Case(CASE.into())
}

fn add(text: &str) -> Option<Request> {
    Some(Request::AddCaseNote {
        case_id: CASE.into(),
        text: text.into(),
    })
}

fn check() -> Option<Request> {
    Some(Request::CheckCaseNotes {
        case_id: CASE.into(),
    })
}

#[test]
fn a_draft_is_kept_on_the_device_as_typed_and_not_sent_before_done() {
    let mut note = Note::new("c1", 0.0);
    assert_eq!(note.state(), NoteState::Draft);
    note.typed("Wants a refund");
    assert_eq!(note.state(), NoteState::Draft, "not stored yet");
    note.stored = true;
    assert_eq!(note.state(), NoteState::SavedLocally);
    note.set_target(case());
    assert_eq!(note.next_request(5.0, true), None);
}

#[test]
fn done_sends_once_to_the_case() {
    let mut note = written("Wants a refund", case());
    note.done(false);
    assert_eq!(note.next_request(2_000.0, true), add("Wants a refund"));
    assert_eq!(note.state(), NoteState::Sending);
    assert_eq!(
        note.next_request(2_001.0, true),
        None,
        "one request at a time"
    );
    note.send_result(Outcome::Ok, 2_500.0);
    assert_eq!(note.state(), NoteState::Sent);
    assert!(note.settled());
    assert_eq!(note.next_request(9_000.0, true), None);
}

#[test]
fn without_a_case_the_contact_gets_a_dated_line() {
    let mut note = written("Call back Monday", Target::of(None, Some("k1".into())));
    note.done(false);
    let line = "1970-01-01 00:00 UTC (call): Call back Monday";
    assert_eq!(
        note.next_request(0.0, true),
        Some(Request::AppendContactNote {
            contact_id: "k1".into(),
            line: line.into()
        })
    );
    // The outcome of rewriting the field is unknown: rewriting it again is safe.
    note.send_result(Outcome::Unknown, 10.0);
    assert_eq!(note.step, Step::Send);
    assert!(note.next_request(10.0 + FIRST_RETRY_MS, true).is_some());
}

#[test]
fn the_case_wins_over_the_contact() {
    assert_eq!(
        Target::of(Some("k".into()), Some("p".into())),
        Target::Case("k".into())
    );
    assert_eq!(Target::of(Some(" ".into()), None), Target::Unknown);
}

#[test]
fn with_no_target_it_stays_on_the_device_until_one_is_known() {
    let mut note = written("Angry customer", Target::Unknown);
    note.done(false);
    assert_eq!(note.next_request(0.0, true), None);
    assert_eq!(note.state(), NoteState::SavedLocally);
    assert_eq!(note.status(0.0, true), Some(NoteStatus::SavedNoTarget));
    note.set_target(case());
    assert_eq!(note.next_request(0.0, true), add("Angry customer"));
}

#[test]
fn offline_it_waits_and_goes_when_back() {
    let mut note = written("x", case());
    note.done(false);
    assert_eq!(note.next_request(0.0, false), None);
    assert_eq!(note.status(0.0, false), Some(NoteStatus::SavedOffline));
    assert_eq!(note.next_request(0.0, true), add("x"));
}

#[test]
fn a_refusal_fails_with_its_reason_and_can_be_tried_again() {
    let mut note = written("x", case());
    note.done(false);
    note.next_request(0.0, true);
    let refused = Outcome::of::<()>(&Err(ApiError::Forbidden("case closed".into())));
    note.send_result(refused, 1.0);
    assert_eq!(note.state(), NoteState::Failed);
    assert!(
        matches!(note.status(1.0, true), Some(NoteStatus::NotSent(r)) if r.contains("case closed"))
    );
    assert_eq!(note.next_request(100_000.0, true), None);
    note.retry(2.0);
    assert_eq!(note.next_request(2.0, true), add("x"));
}

#[test]
fn an_unknown_outcome_is_checked_on_the_case_before_sending_again() {
    let mut note = written("x", case());
    note.done(false);
    note.next_request(0.0, true);
    note.send_result(Outcome::Unknown, 10_000.0);
    assert_eq!(
        note.state(),
        NoteState::Sending,
        "not known to be sent, not failed"
    );
    assert_eq!(note.next_request(10_000.0, true), None, "backs off");
    assert_eq!(note.next_request(12_000.0, true), check());
    // The late POST landed: found, never sent twice.
    note.check_result(Some(true), 12_100.0);
    assert_eq!(note.state(), NoteState::Sent);
    assert_eq!(note.next_request(99_000.0, true), None);
}

#[test]
fn not_found_sends_again_only_once_a_late_send_could_have_landed() {
    let mut note = written("x", case());
    note.done(false);
    note.next_request(0.0, true);
    note.send_result(Outcome::Unknown, 10_000.0);
    note.next_request(12_000.0, true);
    note.check_result(Some(false), 12_100.0);
    assert_eq!(note.step, Step::Check, "too early to tell");
    assert_eq!(note.next_request(20_000.0, true), None);
    assert_eq!(note.next_request(10_000.0 + SETTLE_MS, true), check());
    note.check_result(Some(false), 10_000.0 + SETTLE_MS + 50.0);
    assert_eq!(note.next_request(26_000.0, true), add("x"));
}

#[test]
fn a_failed_check_backs_off_and_checks_again() {
    let mut note = written("x", case());
    note.done(false);
    note.next_request(0.0, true);
    note.send_result(Outcome::Unknown, 0.0);
    note.next_request(FIRST_RETRY_MS, true);
    note.check_result(None, FIRST_RETRY_MS);
    assert_eq!(note.step, Step::Check);
    assert_eq!(note.next_request(FIRST_RETRY_MS + 1.0, true), None);
    assert_eq!(note.next_request(FIRST_RETRY_MS * 4.0, true), check());
}

#[test]
fn backoff_doubles_up_to_a_minute() {
    let mut note = written("x", Target::Contact("k".into()));
    note.done(false);
    let mut at = 0.0;
    let mut delays = Vec::new();
    for _ in 0..8 {
        assert!(note.next_request(at, true).is_some());
        note.send_result(Outcome::Unknown, at);
        delays.push(note.not_before_ms - at);
        at = note.not_before_ms;
    }
    assert_eq!(delays[..3], [2_000.0, 4_000.0, 8_000.0]);
    assert_eq!(delays.last(), Some(&MAX_RETRY_MS));
}

#[test]
fn coming_online_retries_now_but_not_before_a_lost_send_settles() {
    let mut note = written("x", Target::Contact("k".into()));
    note.done(false);
    note.next_request(0.0, true);
    note.send_result(Outcome::Unknown, 0.0);
    note.came_online(500.0);
    assert!(note.next_request(500.0, true).is_some());

    let mut on_case = written("x", case());
    on_case.done(false);
    on_case.next_request(0.0, true);
    on_case.send_result(Outcome::Unknown, 0.0);
    on_case.came_online(500.0);
    assert_eq!(on_case.next_request(500.0, true), None);
}

#[test]
fn a_reload_mid_send_makes_the_outcome_unknown() {
    let mut note = written("x", case());
    note.done(false);
    note.next_request(0.0, true);
    let text = serde_json::to_string(&note).unwrap_or_default();
    let mut back: Note = serde_json::from_str(&text).unwrap_or_default();
    assert!(back.stored);
    back.resumed(5_000.0);
    assert_eq!(back.next_request(5_000.0 + FIRST_RETRY_MS, true), check());
}

#[test]
fn closing_the_case_follows_the_note() {
    let mut note = written("x", case());
    note.done(true);
    note.next_request(0.0, true);
    note.send_result(Outcome::Ok, 1.0);
    assert_eq!(note.state(), NoteState::Sent);
    let close = Some(Request::CloseCase {
        case_id: CASE.into(),
    });
    assert_eq!(note.next_request(1.0, true), close);
    note.close_result(Outcome::Unknown, 2.0);
    assert_eq!(note.next_request(2.0 + FIRST_RETRY_MS, true), close);
    note.close_result(Outcome::Refused("not allowed".into()), 3.0);
    assert!(note.settled());
    assert_eq!(
        note.status(3.0, true),
        Some(NoteStatus::SentCaseNotClosed("not allowed".into()))
    );
}

#[test]
fn an_empty_note_sends_nothing_but_may_still_close_the_case() {
    let mut empty = written("  ", case());
    empty.done(false);
    assert!(empty.settled());
    assert_eq!(empty.next_request(0.0, true), None);
    let mut closing = written("", case());
    closing.done(true);
    assert_eq!(
        closing.next_request(0.0, true),
        Some(Request::CloseCase {
            case_id: CASE.into()
        })
    );
}

#[test]
fn typing_after_done_changes_nothing_sent() {
    let mut note = written("first", case());
    note.done(false);
    note.typed("second");
    assert_eq!(note.next_request(0.0, true), add("first"));
}

#[test]
fn results_that_do_not_fit_the_step_are_ignored() {
    let mut note = written("x", case());
    note.send_result(Outcome::Ok, 0.0);
    note.check_result(Some(true), 0.0);
    note.close_result(Outcome::Ok, 0.0);
    assert_eq!(note.step, Step::Writing);
}

#[test]
fn outcomes_read_from_api_errors() {
    let status = |code| ApiError::Status {
        code,
        message: String::new(),
    };
    assert_eq!(Outcome::of::<()>(&Ok(())), Outcome::Ok);
    assert_eq!(
        Outcome::of::<()>(&Err(ApiError::Decode("odd".into()))),
        Outcome::Ok
    );
    assert_eq!(
        Outcome::of::<()>(&Err(ApiError::Network("timeout".into()))),
        Outcome::Unknown
    );
    assert_eq!(Outcome::of::<()>(&Err(status(503))), Outcome::Unknown);
    assert!(matches!(
        Outcome::of::<()>(&Err(status(400))),
        Outcome::Refused(_)
    ));
    assert!(matches!(
        Outcome::of::<()>(&Err(ApiError::NotFound("no case".into()))),
        Outcome::Refused(_)
    ));
}

fn case_note(text: &str, author: &str, tm_create: &str) -> CaseNote {
    serde_json::from_value(serde_json::json!({
        "text": text, "author_id": author, "tm_create": tm_create
    }))
    .unwrap_or_default()
}

#[test]
fn a_note_on_the_case_is_this_draft_by_text_author_and_time() {
    let mut draft = Note::new("c1", 1_700_000_000_000.0);
    draft.typed("Wants a refund");
    let after = "2023-11-14T22:15:00.000000Z";
    assert!(is_this_note(
        &case_note("Wants a refund ", "me", after),
        &draft,
        "me"
    ));
    assert!(!is_this_note(
        &case_note("Wants a refund", "other", after),
        &draft,
        "me"
    ));
    assert!(!is_this_note(
        &case_note("Something else", "me", after),
        &draft,
        "me"
    ));
    let long_before = "2023-11-14T20:00:00.000000Z";
    assert!(!is_this_note(
        &case_note("Wants a refund", "me", long_before),
        &draft,
        "me"
    ));
    assert!(!is_this_note(
        &case_note("Wants a refund", "me", "garbage"),
        &draft,
        "me"
    ));
}

#[test]
fn a_line_is_appended_once() {
    assert_eq!(append_line("", "L"), Some("L".into()));
    assert_eq!(append_line("old\n", "L"), Some("old\nL".into()));
    assert_eq!(append_line("old\nL", "L"), None);
}
