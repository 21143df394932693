use voipbin_protocol::{Dialect, EventType};

use super::topics::talk_topics;
use super::*;
use crate::crm::ErrorKind;

const T0: i64 = 1_772_442_000_000;
const A: &str = "aaaaaaaa-0000-4000-8000-000000000001";
const B: &str = "aaaaaaaa-0000-4000-8000-000000000002";
const C: &str = "aaaaaaaa-0000-4000-8000-000000000003";

fn talk() -> Talk {
    let mut talk = Talk::new("cccccccc-0000-4000-8000-000000000000", 7);
    talk.seed_channels(&[A.into(), B.into(), C.into()], &[C.into()], T0);
    talk
}

fn general(talk: &Talk) -> String {
    let channels = talk.channels();
    channels
        .iter()
        .find(|c| c.name == "General")
        .unwrap()
        .id
        .clone()
}

fn agent(id: &str) -> (String, String) {
    ("agent".to_owned(), id.to_owned())
}

fn say(talk: &mut Talk, who: &str, chat_id: &str, text: &str) -> TalkResult<ChatMessage> {
    let new = NewMessage {
        chat_id: chat_id.to_owned(),
        parent_id: None,
        r#type: "normal".to_owned(),
        text: text.to_owned(),
        medias: Vec::new(),
    };
    talk.create_message(who, new, T0).map(|(m, _)| m)
}

#[test]
fn a_second_direct_chat_with_the_same_person_is_the_first() {
    let mut talk = talk();
    let (first, events) = talk
        .create_chat(A, "direct", "", "", &[agent(B)], T0)
        .unwrap();
    assert_eq!(first.member_count, 2);
    let names: Vec<_> = events.iter().map(|e| e.event_type.as_str()).collect();
    assert_eq!(
        names,
        [
            "chatparticipant_added",
            "chatparticipant_added",
            "chat_created"
        ]
    );
    let (again, events) = talk
        .create_chat(B, "direct", "", "", &[agent(A)], T0)
        .unwrap();
    assert_eq!(again.id, first.id);
    assert!(events.is_empty());
    // With oneself listed too, still one other person.
    let (same, _) = talk
        .create_chat(A, "direct", "", "", &[agent(A), agent(B)], T0)
        .unwrap();
    assert_eq!(same.id, first.id);
    for others in [vec![], vec![agent(B), agent(C)]] {
        let err = talk
            .create_chat(A, "direct", "", "", &others, T0)
            .unwrap_err();
        assert_eq!(err.kind, ErrorKind::Invalid);
    }
    assert!(talk.create_chat(A, "broadcast", "", "", &[], T0).is_err());
}

#[test]
fn outsiders_are_refused_and_public_channels_are_readable() {
    let mut talk = talk();
    let (chat, _) = talk
        .create_chat(A, "group", "Refunds", "", &[agent(B)], T0)
        .unwrap();
    let forbidden = |r: TalkResult<()>| assert_eq!(r.unwrap_err().kind, ErrorKind::Forbidden);
    forbidden(talk.chat(C, &chat.id).map(drop));
    forbidden(talk.messages_of(C, &chat.id).map(drop));
    forbidden(talk.participants_of(C, &chat.id).map(drop));
    forbidden(say(&mut talk, C, &chat.id, "hi").map(drop));
    forbidden(
        talk.update_chat(C, &chat.id, Some("x".into()), None, T0)
            .map(drop),
    );
    forbidden(talk.delete_chat(C, &chat.id, T0).map(drop));
    // An unknown chat is refused like a foreign one.
    forbidden(
        talk.chat(A, "dddddddd-0000-4000-8000-000000000000")
            .map(drop),
    );
    // Joining: public only; a group is 400, an unknown chat 404.
    assert_eq!(
        talk.join(C, &chat.id, T0).unwrap_err().kind,
        ErrorKind::Invalid
    );
    assert_eq!(
        talk.join(C, "dddddddd-0000-4000-8000-000000000000", T0)
            .unwrap_err()
            .kind,
        ErrorKind::NotFound
    );
    let random = talk
        .channels()
        .iter()
        .find(|c| c.name == "Random")
        .unwrap()
        .id
        .clone();
    assert!(
        talk.messages_of(A, &random).is_ok(),
        "a public channel is readable"
    );
    forbidden(say(&mut talk, A, &random, "hi").map(drop));
    talk.join(A, &random, T0).unwrap();
    assert!(say(&mut talk, A, &random, "hi").is_ok());
    assert_eq!(
        talk.join(A, &random, T0).unwrap_err().kind,
        ErrorKind::Invalid
    );
    // Someone outside may add only themselves to a public channel.
    forbidden(talk.add_participant(B, &random, "agent", C, T0).map(drop));
    talk.add_participant(B, &random, "agent", B, T0).unwrap();
}

#[test]
fn only_the_author_deletes_and_deleted_messages_stay_listed() {
    let mut talk = talk();
    let (chat, _) = talk
        .create_chat(A, "direct", "", "", &[agent(B)], T0)
        .unwrap();
    let message = say(&mut talk, A, &chat.id, "hello").unwrap();
    let err = talk.delete_message(B, &message.id, T0).unwrap_err();
    assert_eq!(err.kind, ErrorKind::Forbidden);
    let (deleted, events) = talk.delete_message(A, &message.id, T0).unwrap();
    assert!(deleted.is_deleted());
    assert_eq!(events[0].event_type, EventType::ChatmessageDeleted);
    assert!(talk.delete_message(A, &message.id, T0).is_err());
    let listed = talk.messages_of(B, &chat.id).unwrap();
    assert_eq!(listed.len(), 1);
    assert!(listed[0].is_deleted());
    // A reply to it is still allowed; one to another chat's message is not.
    let reply = NewMessage {
        chat_id: chat.id.clone(),
        parent_id: Some(message.id.clone()),
        r#type: "normal".into(),
        text: "re".into(),
        medias: Vec::new(),
    };
    assert_eq!(
        talk.create_message(B, reply, T0).unwrap().0.parent_id,
        message.id
    );
    let general = general(&talk);
    let elsewhere = NewMessage {
        chat_id: general,
        parent_id: Some(message.id.clone()),
        r#type: "normal".into(),
        text: "x".into(),
        medias: Vec::new(),
    };
    assert!(talk.create_message(A, elsewhere, T0).is_err());
}

#[test]
fn reactions_are_added_once_and_announced_each_time() {
    let mut talk = talk();
    let general = general(&talk);
    let message = say(&mut talk, A, &general, "lunch?").unwrap();
    for _ in 0..2 {
        let (m, events) = talk.react(B, &message.id, "👍", T0).unwrap();
        assert_eq!(m.metadata.reactions.len(), 1);
        assert_eq!(events[0].event_type, EventType::ChatmessageReactionUpdated);
    }
    let (m, _) = talk.react(C, &message.id, "👍", T0).unwrap();
    assert_eq!(m.metadata.reactions.len(), 2);
    assert!(talk.react(B, &message.id, "", T0).is_err());
}

#[test]
fn each_participant_gets_two_topics_and_outsiders_none() {
    let mut talk = talk();
    let (chat, _) = talk
        .create_chat(A, "direct", "", "", &[agent(B)], T0)
        .unwrap();
    let message = say(&mut talk, A, &chat.id, "hi").unwrap();
    let (_, events) = talk.delete_message(A, &message.id, T0).unwrap();
    let event = &events[0];
    let topics = talk_topics(
        Dialect::Deployed,
        talk.customer_id(),
        event.owner.as_deref(),
        &event.audience,
        &event.event_type,
        &message.id,
        &chat.id,
    );
    for who in [A, B] {
        let mine: Vec<_> = topics
            .iter()
            .filter(|t| t.starts_with(&format!("agent_id:{who}:")))
            .collect();
        assert_eq!(mine.len(), 2, "{who}: {topics:?}");
        assert!(mine.contains(&&format!("agent_id:{who}:chat:{}", chat.id)));
        assert!(mine.contains(&&format!(
            "agent_id:{who}:talk:chatmessage_deleted:{}",
            message.id
        )));
    }
    assert!(!topics.iter().any(|t| t.contains(C)));
}

#[test]
fn files_are_read_by_anyone_and_deleted_by_their_owner() {
    let mut talk = talk();
    let new = NewFile {
        filename: "a.png".into(),
        content_type: "image/png".into(),
        bytes: vec![1, 2, 3],
    };
    let file = talk.upload(A, new, T0);
    assert_eq!(file.filesize, 3);
    assert_eq!(talk.files_of(A).len(), 1);
    assert!(talk.files_of(B).is_empty());
    let signature = talk.file(&file.id).unwrap().signature.clone();
    assert!(talk.download(&file.id, &signature).is_some());
    assert!(talk.download(&file.id, "guess").is_none());
    let err = talk.delete_file(B, &file.id, T0).unwrap_err();
    assert_eq!(err.kind, ErrorKind::Forbidden);
    talk.delete_file(A, &file.id, T0).unwrap();
    assert_eq!(
        talk.file(&file.id).err().map(|e| e.kind),
        Some(ErrorKind::NotFound)
    );
    assert!(talk.download(&file.id, &signature).is_none());
}
