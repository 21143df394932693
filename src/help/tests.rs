use super::message::{parse, readable, Marker};
use super::*;

const CALL: &str = "7d3c1f2e-0000-4000-8000-00000000c411";
const AGENT: &str = "a9e1b7c2-0000-4000-8000-00000000a9e1";
const BOSS: &str = "b0551234-0000-4000-8000-00000000b055";

fn ctx(reason: &str) -> HelpContext {
    HelpContext {
        call_id: CALL.into(),
        agent_id: AGENT.into(),
        agent_name: "Agent One".into(),
        caller: "Jane Roe (+15550100)".into(),
        queue: Some("Sales".into()),
        wait_secs: Some(65),
        case: Some("Refund for order 42".into()),
        reason: reason.into(),
    }
}

fn line<'a>(
    id: &'a str,
    owner: &'a str,
    parent: &'a str,
    text: &'a str,
    t: &'a str,
) -> TalkLine<'a> {
    TalkLine {
        id,
        owner_id: owner,
        parent_id: parent,
        text,
        tm_create: t,
        deleted: false,
    }
}

#[test]
fn a_request_reads_well_and_parses_back() {
    let text = compose_request(&ctx("wants a manager"), "https://desk.example/");
    assert!(text.contains("Agent One asks for help"));
    assert!(text.contains("Caller: Jane Roe (+15550100)"));
    assert!(text.contains("Queue: Sales"));
    assert!(text.contains("Waited: 1:05"));
    assert!(text.contains("Case: Refund for order 42"));
    assert!(text.contains(&format!(
        "Listen: https://desk.example/dashboard?listen={CALL}"
    )));
    assert!(text.contains("Reason: wants a manager"));
    assert_eq!(
        parse(&text),
        Some(Marker::Request {
            call_id: CALL.into(),
            agent_id: AGENT.into()
        })
    );
    assert!(!readable(&text).contains("[help:"));
    assert!(readable(&text).ends_with("Reason: wants a manager"));
}

#[test]
fn optional_parts_are_left_out() {
    let mut c = ctx("");
    c.queue = None;
    c.case = Some("   ".into());
    c.wait_secs = None;
    let text = compose_request(&c, "");
    assert!(!text.contains("Queue:") && !text.contains("Case:") && !text.contains("Waited:"));
    assert!(!text.contains("Reason:"));
    assert!(text.contains(&format!("Listen: /dashboard?listen={CALL}")));
    assert!(matches!(parse(&text), Some(Marker::Request { .. })));
}

#[test]
fn a_reason_cannot_pose_as_the_marker_or_grow_without_bound() {
    let forged = format!("help\n[help:v1 call={CALL} agent={BOSS}]\n[help:v1 ended]");
    let text = compose_request(&ctx(&forged), "");
    assert_eq!(
        parse(&text),
        Some(Marker::Request {
            call_id: CALL.into(),
            agent_id: AGENT.into()
        })
    );
    assert_eq!(text.lines().filter(|l| l.starts_with("[help:")).count(), 1);
    let long = compose_request(&ctx(&"x".repeat(5_000)), "");
    assert!(long.len() < 1_000, "{}", long.len());
}

#[test]
fn replies_parse_back() {
    assert_eq!(parse(&compose_taken("Manager")), Some(Marker::Taken));
    assert_eq!(parse(&compose_ended()), Some(Marker::Ended));
    assert!(compose_taken("Manager").starts_with("On it"));
}

#[test]
fn hostile_or_lookalike_text_is_not_a_marker_and_never_panics() {
    let samples = [
        "",
        "\n\n",
        "[help:v1",
        "[help:v1]",
        "[help:v1 call= agent=]",
        "[help:v1 call=zz agent=aa]",
        "[help:v1 call=ab agent=cd extra]",
        "[help:v1 agent=ab call=cd]",
        "[help:v2 call=ab agent=cd]",
        "[help:v1 taken now]",
        "please [help:v1 ended]",
        "[help:v1 ended] thanks",
        "🙋 help! [help:v1 call=é agent=ü]",
        "\u{0}\u{202e}[help:v1 ended\u{0}]",
    ];
    for s in samples {
        assert_eq!(parse(s), None, "{s:?}");
        let _ = readable(s);
    }
    let huge = format!("[help:v1 call={} agent=ab]", "a".repeat(65));
    assert_eq!(parse(&huge), None);
    // Every prefix of a real message, cut at any byte that is a char boundary.
    let text = compose_request(&ctx("ok ✓"), "");
    for (i, _) in text.char_indices() {
        let _ = parse(&text[..i]);
        let _ = readable(&text[..i]);
    }
}

#[test]
fn a_request_is_open_then_taken_then_ended() {
    let req = compose_request(&ctx(""), "");
    let taken = compose_taken("Boss");
    let ended = compose_ended();
    let t0 = "2026-12-07T08:00:00.000000Z";
    let t1 = "2026-12-07T08:00:05.000000Z";
    let t2 = "2026-12-07T08:01:00.000000Z";
    let open = derive([line("m1", AGENT, "", &req, t0)], |_| false);
    assert_eq!(open.len(), 1);
    assert_eq!(open[0].state, HelpState::Open);
    assert_eq!(open[0].state.desk_str(), "pending");
    assert_eq!(open[0].call_id, CALL);

    let lines = [
        line("m1", AGENT, "", &req, t0),
        line("r1", BOSS, "m1", &taken, t1),
    ];
    let got = derive(lines, |_| false);
    assert_eq!(got[0].state, HelpState::Taken(BOSS.into()));
    assert_eq!(got[0].state.as_str(), "taken");

    let lines = [
        line("r2", AGENT, "m1", &ended, t2),
        line("r1", BOSS, "m1", &taken, t1),
        line("m1", AGENT, "", &req, t0),
    ];
    assert_eq!(derive(lines, |_| false)[0].state, HelpState::Ended);
    // The reader's own knowledge that the call hung up ends it too.
    let only = [line("m1", AGENT, "", &req, t0)];
    assert_eq!(
        derive(only, |r| r.call_id == CALL)[0].state,
        HelpState::Ended
    );
}

#[test]
fn the_author_talking_in_its_thread_does_not_take_it_and_nobody_else_ends_it() {
    let req = compose_request(&ctx(""), "");
    let ended = compose_ended();
    let t = "2026-12-07T08:00:00.000000Z";
    let lines = [
        line("m1", AGENT, "", &req, t),
        line("r1", AGENT, "m1", "still waiting", t),
        line("r2", "someone", "m2", &ended, t),
    ];
    assert_eq!(derive(lines, |_| false)[0].state, HelpState::Open);
    let lines = [
        line("m1", AGENT, "", &req, t),
        line("r1", BOSS, "m1", &ended, t),
    ];
    // Any reply from someone else is an answer: taken, not ended.
    assert_eq!(
        derive(lines, |_| false)[0].state,
        HelpState::Taken(BOSS.into())
    );
}

#[test]
fn forged_deleted_and_duplicate_messages_are_handled() {
    let req = compose_request(&ctx(""), "");
    let t0 = "2026-12-07T08:00:00.000000Z";
    let t1 = "2026-12-07T08:00:01.000000Z";
    let mut gone = line("m3", AGENT, "", &req, t1);
    gone.deleted = true;
    let lines = [
        // Someone else posting the marker of agent1's call is not agent1's request.
        line("m0", BOSS, "", &req, t0),
        line("m1", AGENT, "", &req, t1),
        line("m1", AGENT, "", &req, t1),
        gone,
        line("m4", AGENT, "", "just chatting [help:v1", t1),
    ];
    let got = derive(lines, |_| false);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].id, "m1");
}

#[test]
fn requests_come_oldest_first() {
    let req = compose_request(&ctx(""), "");
    let lines = [
        line("b", AGENT, "", &req, "2026-12-07T08:00:09.000000Z"),
        line("a", AGENT, "", &req, "2026-12-07T08:00:01.000000Z"),
    ];
    let got = derive(lines, |_| false);
    assert_eq!(
        got.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        ["a", "b"]
    );
}

#[test]
fn the_channel_is_found_loosely() {
    assert!(is_help_channel(" help "));
    assert!(is_help_channel("Help"));
    assert!(!is_help_channel("Helpdesk"));
}

#[test]
fn only_ids_pass_as_ids() {
    use super::message::is_id;
    assert!(is_id(CALL));
    assert!(!is_id(""));
    assert!(!is_id("../x"));
    assert!(!is_id("abc def"));
    assert!(!is_id(&"a".repeat(65)));
}
