//! The talk store's rules: each message once, in time order, history paged back without holes,
//! unread counts, and the outbox that keeps messages written offline.

use super::talk::{Older, OutState, TalkStore};
use std::collections::HashMap;
use voipbin_protocol::talk::{Chat, ChatMessage};

const ME: &str = "agent-me";
const PEER: &str = "agent-peer";

fn at(second: u32) -> String {
    format!(
        "2026-12-07T07:{:02}:{:02}.000000Z",
        second / 60,
        second % 60
    )
}

fn message(id: &str, chat: &str, second: u32, owner: &str) -> ChatMessage {
    ChatMessage {
        id: id.into(),
        chat_id: chat.into(),
        owner_id: owner.into(),
        owner_type: "agent".into(),
        text: format!("text of {id}"),
        tm_create: at(second),
        tm_update: at(second),
        ..Default::default()
    }
}

fn floor() -> i64 {
    voipbin_protocol::parse_timestamp_us(&at(5)).expect("a timestamp")
}

fn chat(id: &str) -> Chat {
    Chat {
        id: id.into(),
        tm_update: at(0),
        ..Default::default()
    }
}

fn ids(store: &TalkStore, chat: &str) -> Vec<String> {
    store
        .log(chat)
        .map(|l| l.all().map(|m| m.id.clone()).collect())
        .unwrap_or_default()
}

#[test]
fn each_message_is_held_once_in_time_order_whatever_the_duplicates() {
    let mut s = TalkStore::default();
    assert!(s.upsert_message(message("m2", "c1", 20, PEER)));
    assert!(s.upsert_message(message("m1", "c1", 10, PEER)));
    // The socket sends each event on two topics, and the send's answer repeats it too.
    assert!(!s.upsert_message(message("m2", "c1", 20, PEER)));
    assert!(!s.upsert_message(message("m1", "c1", 10, PEER)));
    assert!(s.upsert_message(message("m3", "c1", 30, ME)));
    assert_eq!(ids(&s, "c1"), ["m1", "m2", "m3"]);
}

#[test]
fn a_newer_version_replaces_an_older_one_never_the_reverse() {
    let mut s = TalkStore::default();
    s.upsert_message(message("m1", "c1", 10, PEER));
    let mut reacted = message("m1", "c1", 10, PEER);
    reacted.tm_update = at(15);
    reacted.text = "reacted".into();
    assert!(s.upsert_message(reacted.clone()));
    assert!(!s.upsert_message(message("m1", "c1", 10, PEER)), "stale");
    assert_eq!(
        s.message("c1", "m1").map(|m| m.text.as_str()),
        Some("reacted")
    );
    let mut deleted = reacted;
    deleted.tm_update = at(16);
    deleted.tm_delete = at(16);
    assert!(s.upsert_message(deleted));
    assert_eq!(
        ids(&s, "c1"),
        ["m1"],
        "a deleted message stays, shown as deleted"
    );
}

#[test]
fn messages_without_an_id_or_chat_are_ignored() {
    let mut s = TalkStore::default();
    assert!(!s.upsert_message(message("", "c1", 1, PEER)));
    assert!(!s.upsert_message(message("m1", "", 1, PEER)));
    assert!(s.log("c1").is_none_or(|l| l.is_empty()));
}

#[test]
fn threads_are_told_apart_from_the_chats_own_lines() {
    let mut s = TalkStore::default();
    s.upsert_message(message("root", "c1", 10, PEER));
    let mut reply = message("reply", "c1", 11, ME);
    reply.parent_id = "root".into();
    s.upsert_message(reply);
    let log = s.log("c1").expect("log");
    assert_eq!(
        log.top_level().map(|m| m.id.as_str()).collect::<Vec<_>>(),
        ["root"]
    );
    assert_eq!(log.reply_count("root"), 1);
}

#[test]
fn history_pages_back_until_the_first_message() {
    let mut s = TalkStore::default();
    // VoIPBIN lists newest first.
    s.merge_newest_page(
        "c1",
        vec![message("m4", "c1", 40, PEER), message("m3", "c1", 30, PEER)],
        "token-2".into(),
    );
    assert_eq!(s.older_token("c1"), Some("token-2"));
    s.merge_older_page(
        "c1",
        vec![message("m2", "c1", 20, PEER), message("m1", "c1", 10, PEER)],
        String::new(),
    );
    assert_eq!(s.older_token("c1"), None);
    assert_eq!(s.log("c1").map(|l| l.older.clone()), Some(Older::Complete));
    assert_eq!(ids(&s, "c1"), ["m1", "m2", "m3", "m4"]);
    // A re-read of the newest page (a reconnect) keeps the paging where the agent left it.
    s.merge_newest_page(
        "c1",
        vec![message("m5", "c1", 50, PEER), message("m4", "c1", 40, PEER)],
        "token-x".into(),
    );
    assert_eq!(s.log("c1").map(|l| l.older.clone()), Some(Older::Complete));
    assert_eq!(ids(&s, "c1"), ["m1", "m2", "m3", "m4", "m5"]);
}

#[test]
fn a_reconnect_that_missed_more_than_a_page_leaves_no_hole() {
    let mut s = TalkStore::default();
    s.merge_newest_page("c1", vec![message("m1", "c1", 10, PEER)], String::new());
    // Offline long enough that the newest page starts after the last held message.
    s.merge_newest_page(
        "c1",
        vec![message("m9", "c1", 90, PEER), message("m8", "c1", 80, PEER)],
        "token-7".into(),
    );
    assert_eq!(ids(&s, "c1"), ["m8", "m9"]);
    assert_eq!(s.older_token("c1"), Some("token-7"));
}

#[test]
fn unread_counts_others_messages_after_the_mark_and_the_floor() {
    let mut s = TalkStore::default();
    s.restore_reads(HashMap::new(), floor());
    s.upsert_chat(chat("c1"));
    s.upsert_chat(chat("c2"));
    s.upsert_message(message("old", "c1", 1, PEER));
    s.upsert_message(message("m1", "c1", 10, PEER));
    s.upsert_message(message("mine", "c1", 11, ME));
    s.upsert_message(message("m2", "c1", 12, PEER));
    s.upsert_message(message("x1", "c2", 13, PEER));
    assert_eq!(
        s.unread("c1", ME),
        2,
        "older than the floor and my own don't count"
    );
    assert_eq!(s.total_unread(ME), 3);
    assert!(s.mark_read("c1"));
    assert!(!s.mark_read("c1"), "nothing new");
    assert_eq!(s.unread("c1", ME), 0);
    s.upsert_message(message("m3", "c1", 20, PEER));
    let mut deleted = message("m4", "c1", 21, PEER);
    deleted.tm_delete = at(22);
    s.upsert_message(deleted);
    assert_eq!(s.unread("c1", ME), 1, "a deleted message is not unread");
    // The marks survive a reload through the browser's storage.
    let mut reloaded = TalkStore::default();
    reloaded.restore_reads(s.last_read().clone(), floor());
    reloaded.upsert_chat(chat("c1"));
    for m in ["m1", "m2", "m3"] {
        let second = match m {
            "m1" => 10,
            "m2" => 12,
            _ => 20,
        };
        reloaded.upsert_message(message(m, "c1", second, PEER));
    }
    assert_eq!(reloaded.unread("c1", ME), 1);
}

#[test]
fn chats_not_listed_any_more_go_with_their_messages() {
    let mut s = TalkStore::default();
    s.upsert_chat(chat("c1"));
    s.upsert_chat(chat("c2"));
    s.upsert_message(message("m1", "c2", 10, PEER));
    assert!(s.replace_chats(vec![chat("c1")]));
    assert!(s.log("c2").is_none());
    assert_eq!(s.chats.len(), 1);
    let mut gone = chat("c1");
    gone.tm_update = at(2);
    gone.tm_delete = at(2);
    assert!(s.upsert_chat(gone));
    assert!(s.chats.is_empty());
}

#[test]
fn the_outbox_sends_each_message_once_and_keeps_it_while_offline() {
    let mut s = TalkStore::default();
    let key = s.queue("c1", "", "hello", vec![]);
    assert_eq!(s.outbox().len(), 1);
    let first = s.take_sendable();
    assert_eq!(first.len(), 1);
    assert!(s.take_sendable().is_empty(), "handed out once");
    // No connection: it goes back to waiting, and is handed out again when back.
    s.requeue(key);
    assert_eq!(s.outbox()[0].state, OutState::Queued);
    assert_eq!(s.take_sendable().len(), 1);
    s.sent(key, message("m1", "c1", 10, ME));
    assert!(s.outbox().is_empty());
    assert_eq!(ids(&s, "c1"), ["m1"]);
    // The socket's copy of the same message changes nothing.
    assert!(!s.upsert_message(message("m1", "c1", 10, ME)));
}

#[test]
fn a_refused_message_waits_for_the_agent() {
    let mut s = TalkStore::default();
    let key = s.queue("c1", "", "hello", vec![]);
    s.take_sendable();
    s.refused(
        key,
        crate::api::ApiError::Status {
            code: 400,
            message: "too long".into(),
        },
    );
    assert!(s.take_sendable().is_empty(), "not retried by itself");
    assert!(matches!(s.outbox()[0].state, OutState::Failed(_)));
    s.discard(key);
    assert!(s.outbox().is_empty());
}

#[test]
fn a_chat_keeps_its_newest_messages_only() {
    let mut s = TalkStore::default();
    let n = super::talk::MESSAGES_PER_CHAT as u32 + 5;
    for i in 0..n {
        let mut m = message(&format!("m{i}"), "c1", 0, PEER);
        m.tm_create = format!("2026-12-07T07:00:00.{i:06}Z");
        s.upsert_message(m);
    }
    let log = s.log("c1").expect("log");
    assert_eq!(log.len(), super::talk::MESSAGES_PER_CHAT);
    assert_eq!(log.all().next().map(|m| m.id.as_str()), Some("m5"));
}

#[test]
fn socket_frames_are_applied_once_and_membership_asks_for_the_chat_list() {
    use voipbin_protocol::{decode, Frame};
    let frame = |text: &str| match decode(text) {
        Ok(Frame::Event(event)) => event,
        other => panic!("{other:?}"),
    };
    let mut s = TalkStore::default();
    let created = frame(
        r#"{"id":"m1","owner_type":"agent","owner_id":"a2","chat_id":"c1","type":"normal",
        "text":"hi","medias":[],"metadata":{"reactions":[]},"tm_create":"2026-12-07T07:00:01.000000Z",
        "tm_update":"2026-12-07T07:00:01.000000Z","tm_delete":null}"#,
    );
    assert!(s.apply(created.resource.clone(), false));
    assert!(!s.apply(created.resource, false), "the second topic's copy");
    assert!(s.chats_stale, "a message of a chat the desk does not hold");
    let chat = frame(
        r#"{"id":"c9","type":"group","name":"Refunds","member_count":3,
        "tm_update":"2026-12-07T07:00:01.000000Z","tm_delete":null}"#,
    );
    assert!(s.apply(chat.resource, false));
    assert!(s.chats.contains_key("c9"));
    let removed = frame(
        r#"{"id":"c9","type":"group","name":"Refunds","tm_delete":"2026-12-07T07:00:02.000000Z"}"#,
    );
    assert!(s.apply(removed.resource, true));
    assert!(s.chats.is_empty());
    let call =
        frame(r#"{"id":"k","status":"ringing","source":{},"destination":{},"tm_hangup":null}"#);
    assert!(!s.apply(call.resource, false));
}

#[test]
fn a_reaction_with_the_same_tm_update_is_taken_and_an_older_copy_does_not_undo_it() {
    use voipbin_protocol::talk::Reaction;
    let mut s = TalkStore::default();
    s.upsert_message(message("m1", "c1", 10, PEER));
    let mut reacted = message("m1", "c1", 10, PEER);
    reacted.metadata.reactions.push(Reaction {
        emoji: "👍".into(),
        owner_type: "agent".into(),
        owner_id: ME.into(),
        tm_create: at(12),
    });
    assert!(s.upsert_message(reacted.clone()));
    assert!(
        !s.upsert_message(message("m1", "c1", 10, PEER)),
        "a page read before the reaction"
    );
    assert_eq!(
        s.message("c1", "m1").map(|m| m.metadata.reactions.len()),
        Some(1)
    );
}

#[test]
fn the_store_takes_a_reaction_frame_that_repeats_the_event_key() {
    use crate::store::Store;
    use voipbin_protocol::{decode, Frame};
    let frame = |reactions: &str| {
        let text = format!(
            r#"{{"id":"7f1b2c3d-804e-11ec-8477-2fea5968d85b","owner_type":"agent","owner_id":"a2",
            "chat_id":"c1","type":"normal","text":"hi","medias":[],"metadata":{{"reactions":[{reactions}]}},
            "tm_create":"2026-12-07T07:00:01.000000Z","tm_update":"2026-12-07T07:00:01.000000Z","tm_delete":null}}"#
        );
        match decode(&text) {
            Ok(Frame::Event(event)) => event,
            other => panic!("{other:?}"),
        }
    };
    let mut store = Store::default();
    // The store keeps the frame; the talk runtime decodes it (live/talk_chunk.rs).
    let mut take = |event| {
        assert!(store.apply(&event, 0).talk, "kept for the talk runtime");
        store.talk.apply_inbox()
    };
    assert!(take(frame("")));
    assert!(!take(frame("")), "the second topic's copy");
    let reaction = r#"{"emoji":"👍","owner_type":"agent","owner_id":"a1","tm_create":"2026-12-07T07:00:02.000000Z"}"#;
    assert!(take(frame(reaction)));
    let held = store
        .talk
        .message("c1", "7f1b2c3d-804e-11ec-8477-2fea5968d85b");
    assert_eq!(held.map(|m| m.metadata.reactions.len()), Some(1));
}

#[test]
fn frames_wait_in_order_for_the_talk_runtime_and_an_overflow_reads_the_chats_again() {
    use super::talk::INBOX_KEPT;
    use voipbin_protocol::{decode, Frame, Resource};
    let resource = |deleted: &str| -> Resource {
        let text = format!(
            r#"{{"id":"m1","owner_type":"agent","owner_id":"a2","chat_id":"c1","type":"normal",
            "text":"hi","medias":[],"metadata":{{"reactions":[]}},"tm_create":"2026-12-07T07:00:01.000000Z",
            "tm_update":"2026-12-07T07:00:01.000000Z","tm_delete":{deleted}}}"#
        );
        match decode(&text) {
            Ok(Frame::Event(event)) => event.resource,
            other => panic!("{other:?}"),
        }
    };
    let mut s = TalkStore::default();
    s.take(resource("null"), false);
    s.take(resource(r#""2026-12-07T07:00:02.000000Z""#), true);
    assert!(s.has_inbox());
    assert!(
        s.message("c1", "m1").is_none(),
        "nothing decoded before the runtime"
    );
    assert!(s.apply_inbox());
    assert!(!s.has_inbox());
    let held = s.message("c1", "m1").expect("applied");
    assert!(
        voipbin_protocol::is_deleted(&held.tm_delete),
        "the later frame wins: applied in order"
    );

    let mut s = TalkStore::default();
    for _ in 0..INBOX_KEPT {
        s.take(resource("null"), false);
    }
    assert!(!s.chats_stale, "a full inbox has lost nothing yet");
    s.take(resource("null"), false);
    assert!(s.chats_stale, "a frame dropped: the chats are read again");
}
