//! Names, phone numbers and dialogue: the flavour that makes the generated traffic look like a
//! real contact center on a desk screen. Pure data plus small helpers.

use super::rng::Rng;

pub const COMPANY: &str = "Acme Telecom";

const FIRST_NAMES: &[&str] = &[
    "Olivia", "Liam", "Emma", "Noah", "Ava", "Oliver", "Sophia", "Elijah", "Isabella", "James",
    "Mia", "Lucas", "Amelia", "Mateo", "Harper", "Ethan", "Min-jun", "Seo-yeon", "Aarav", "Priya",
    "Chen", "Mei", "Fatima", "Omar", "Lucia", "Diego", "Hannah", "Jonas", "Chloe", "Kwame",
    "Amara", "Yuki", "Haruto", "Ingrid", "Sven", "Zoe", "Gabriel", "Nadia", "Tomás",
];

const LAST_NAMES: &[&str] = &[
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Garcia",
    "Miller",
    "Davis",
    "Rodriguez",
    "Martinez",
    "Kim",
    "Lee",
    "Park",
    "Nguyen",
    "Patel",
    "Singh",
    "Chen",
    "Wang",
    "Okafor",
    "Mensah",
    "Müller",
    "Schmidt",
    "Rossi",
    "Dubois",
    "Silva",
    "Santos",
    "Tanaka",
    "Sato",
    "Novak",
    "Kowalski",
    "Andersson",
    "O'Brien",
    "Murphy",
    "Cohen",
    "Haddad",
];

/// Names for the demo agents, in account order (agent1 is Alice, ...).
const AGENT_NAMES: &[&str] = &[
    "Alice Walker",
    "Bruno Costa",
    "Chloe Martin",
    "Daniel Kim",
    "Elena Petrova",
    "Farid Haddad",
    "Grace Liu",
    "Hugo Laurent",
    "Ines Duarte",
    "Jamal Wright",
    "Keiko Mori",
    "Lars Berg",
];

/// Queue names for the default scale, then more for the large one.
pub const QUEUE_NAMES: &[&str] = &[
    "Sales",
    "Support",
    "Billing",
    "VIP",
    "Technical",
    "Returns",
    "Claims",
    "Onboarding",
    "Retention",
    "Shipping",
    "Accounts",
    "Renewals",
];

/// US area codes that are real, so numbers look like E.164 numbers people dial.
const US_AREA_CODES: &[&str] = &[
    "212", "213", "312", "415", "469", "512", "617", "646", "702", "718", "786", "808", "917",
];

pub fn person_name(rng: &mut Rng) -> String {
    let first = rng.pick(FIRST_NAMES).copied().unwrap_or("Alex");
    let last = rng.pick(LAST_NAMES).copied().unwrap_or("Doe");
    format!("{first} {last}")
}

/// The first word of a full name ("Alice Walker" -> "Alice").
pub fn first_name(full: &str) -> &str {
    full.split(' ').next().unwrap_or(full)
}

/// The display name of the n-th agent (1-based), falling back to "Agent n" past the list.
pub fn agent_name(n: usize) -> String {
    match n.checked_sub(1).and_then(|i| AGENT_NAMES.get(i)) {
        Some(name) => (*name).to_owned(),
        None => format!("Agent {n}"),
    }
}

/// The name of the n-th queue (0-based); past the list, "Sales 2", "Support 2", ...
pub fn queue_name(n: usize) -> String {
    let len = QUEUE_NAMES.len();
    let base = QUEUE_NAMES.get(n % len).copied().unwrap_or("Queue");
    if n < len {
        base.to_owned()
    } else {
        format!("{base} {}", n / len + 1)
    }
}

/// A caller's number: mostly US, some UK and Korean mobiles.
pub fn caller_number(rng: &mut Rng) -> String {
    let roll = rng.below(10);
    if roll < 7 {
        let area = rng.pick(US_AREA_CODES).copied().unwrap_or("415");
        // Exchange codes never start with 0 or 1 in the NANP.
        format!(
            "+1{area}{}{:06}",
            rng.between(2, 9),
            rng.between(0, 999_999)
        )
    } else if roll < 9 {
        format!("+447{:09}", rng.between(100_000_000, 999_999_999))
    } else {
        format!("+8210{:08}", rng.between(10_000_000, 99_999_999))
    }
}

/// The company's number for the n-th queue (the fictional 555-01xx range).
pub fn queue_number(n: usize) -> String {
    format!("+1415555{:04}", 100 + n)
}

/// The company's SMS number.
pub fn sms_number() -> String {
    "+14155550199".to_owned()
}

/// Who says a line: `In` is the caller, `Out` is the agent (transcript direction).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Speaker {
    Caller,
    Agent,
}

type Script = &'static [(Speaker, &'static str)];

use Speaker::{Agent as A, Caller as C};

const SALES: &[Script] = &[
    &[
        (
            A,
            "Thanks for calling {company} sales, this is {agent}. How can I help you today?",
        ),
        (
            C,
            "Hi {agent}, I'm looking at your fiber plans for a small office.",
        ),
        (A, "Great. How many people will be using the connection?"),
        (C, "About twelve, and we do a lot of video calls."),
        (
            A,
            "Then I'd suggest the Business 500 plan, it includes a static IP.",
        ),
        (C, "What does that come to per month?"),
        (
            A,
            "It's 89 dollars a month on a one-year term, installation included.",
        ),
        (
            C,
            "That sounds reasonable. Can you send me a quote by email?",
        ),
        (
            A,
            "Of course. I have your email as the one on this number, is that right?",
        ),
        (C, "Yes, that's the one."),
        (
            A,
            "Done, you'll have it in a few minutes. Anything else I can help with?",
        ),
        (C, "No, that's all. Thanks {agent}!"),
    ],
    &[
        (
            A,
            "{company}, {agent} speaking. Are you calling about an upgrade?",
        ),
        (C, "Yes, I want to add two lines to my family plan."),
        (
            A,
            "Happy to help. Do you want new numbers or port existing ones?",
        ),
        (C, "New numbers please, for my kids."),
        (
            A,
            "Each extra line is 15 dollars a month. Shall I add them now?",
        ),
        (C, "Yes please."),
        (
            A,
            "All set. The SIM cards ship today and arrive within two days.",
        ),
        (C, "Perfect, thank you."),
    ],
];

const SUPPORT: &[Script] = &[
    &[
        (
            A,
            "{company} support, this is {agent}. What seems to be the problem?",
        ),
        (C, "My internet keeps dropping every evening since Monday."),
        (
            A,
            "Sorry to hear that. Can you tell me the lights on your router right now?",
        ),
        (
            C,
            "Power is green, but the internet light is blinking orange.",
        ),
        (
            A,
            "Thanks. I can see some errors on your line. I'm going to reset the port.",
        ),
        (C, "Okay, do I need to do anything?"),
        (
            A,
            "Please unplug the router for thirty seconds and plug it back in.",
        ),
        (C, "Alright, it's restarting... the light is green now."),
        (
            A,
            "Great. I've also scheduled a line check tonight to catch the evening drops.",
        ),
        (C, "Thank you, that's really helpful."),
        (A, "You're welcome, {caller}. Is there anything else?"),
        (C, "No, that's everything. Bye!"),
    ],
    &[
        (
            A,
            "Hi, you've reached {company} technical support, {agent} here.",
        ),
        (
            C,
            "Hi, I can't receive calls on my desk phone since this morning.",
        ),
        (
            A,
            "Let me check your account. Can you confirm the extension number?",
        ),
        (C, "It's extension two zero four."),
        (
            A,
            "I see it's unregistered. Did the phone restart recently?",
        ),
        (C, "We had a power cut around eight."),
        (
            A,
            "That explains it. Please hold the reset button for five seconds.",
        ),
        (C, "Done. It says registering... now it shows my name."),
        (
            A,
            "It's registered again on my side too. Could you try a test call?",
        ),
        (C, "It rings! Thank you so much."),
    ],
];

const BILLING: &[Script] = &[
    &[
        (A, "{company} billing, {agent} speaking. How can I help?"),
        (C, "Hi, I was charged twice on my last invoice."),
        (A, "I'm sorry about that. Let me pull up your account."),
        (C, "Sure, the invoice number ends in 4471."),
        (A, "I see the duplicate charge of 42 dollars and 50 cents."),
        (C, "Can you refund it?"),
        (
            A,
            "Yes, I've issued the refund. It shows up in three to five business days.",
        ),
        (C, "Great, will I get a confirmation?"),
        (A, "You'll get an email confirmation within the hour."),
        (C, "Thanks for sorting that out so fast."),
    ],
    &[
        (
            A,
            "Thank you for calling {company} billing, this is {agent}.",
        ),
        (C, "I'd like to change my payment date to the fifteenth."),
        (A, "No problem. I can move it starting next month."),
        (C, "Will there be a partial charge?"),
        (
            A,
            "Just a prorated amount of 6 dollars on the next invoice.",
        ),
        (C, "That's fine, go ahead."),
        (A, "Done. Your payments are now due on the fifteenth."),
        (C, "Thank you!"),
    ],
];

const VIP: &[Script] = &[
    &[
        (
            A,
            "Good afternoon {caller}, it's {agent} from your {company} account team.",
        ),
        (
            C,
            "Hi {agent}, we're opening a new site next month and need forty seats.",
        ),
        (A, "Congratulations! Same setup as the head office?"),
        (C, "Yes, plus a reception queue with after-hours routing."),
        (
            A,
            "I'll have a solution engineer prepare the design this week.",
        ),
        (C, "Can we keep the same numbering plan?"),
        (
            A,
            "Yes, we'll reserve a block right after your current range.",
        ),
        (C, "Perfect. Send the proposal to me and our CFO."),
        (A, "Will do. I'll call you Thursday to walk through it."),
        (C, "Sounds good, talk then."),
    ],
    &[
        (A, "{company} priority line, {agent} speaking."),
        (
            C,
            "Our main trunk seems congested, some customers get busy signals.",
        ),
        (
            A,
            "I'm checking now... you're at 98 percent of your channels.",
        ),
        (C, "Can you add capacity today?"),
        (
            A,
            "I've raised your limit by fifty channels, effective immediately.",
        ),
        (C, "That was quick, thank you."),
        (
            A,
            "I'll also send a usage report so we can plan the permanent change.",
        ),
        (C, "Great, appreciate it."),
    ],
];

/// Extra lines used when the traffic needs more progress events than the scripts give.
const SMALL_TALK: &[(Speaker, &str)] = &[
    (A, "Let me just check that for you, one moment please."),
    (C, "Sure, no rush."),
    (
        A,
        "Thanks for your patience, the system is a bit slow today.",
    ),
    (C, "Could you repeat that last part?"),
    (A, "Of course. I'll note that on your account as well."),
    (C, "Okay, I'm writing it down."),
    (A, "Is this still the best number to reach you on?"),
    (C, "Yes, this number is fine."),
];

const INBOUND_SMS: &[&str] = &[
    "Hi, is my order shipped yet?",
    "Can I move my installation appointment to Friday?",
    "My bill looks higher than usual this month, why?",
    "Is there an outage in my area? No internet since 9am.",
    "How do I set up voicemail on my new phone?",
    "Thanks for the quick help yesterday!",
    "Do you have any offers for adding a second line?",
    "What time does the store close today?",
    "STOP sending me promos please",
    "Can someone call me back about my contract?",
];

const SMS_REPLIES: &[&str] = &[
    "Hi! Thanks for reaching out. Let me check that for you.",
    "Your order shipped this morning, tracking is on its way by email.",
    "Done, your appointment is now Friday between 10am and 12pm.",
    "We had a short outage in your area, it's been fixed. Please restart your router.",
    "I've sent you a link with step-by-step voicemail setup.",
    "Glad we could help! Have a great day.",
    "A second line is 15 dollars a month. Want me to add it?",
    "Sure, an agent will call you back within the hour.",
];

pub const CONFERENCE_NAMES: &[&str] = &[
    "Daily supervisors stand-up",
    "Escalation bridge",
    "Team leads sync",
    "Outage war room",
    "Training: new billing system",
];

/// The dialogue family for a queue name (extra queues reuse the four families).
fn scripts_for(queue_index: usize) -> &'static [Script] {
    match queue_index % 4 {
        0 => SALES,
        1 => SUPPORT,
        2 => BILLING,
        _ => VIP,
    }
}

/// How many scripts a queue has, to pick one per call.
pub fn script_count(queue_index: usize) -> usize {
    scripts_for(queue_index).len()
}

/// The line at `line` of a script, or `None` past its end.
pub fn script_line(
    queue_index: usize,
    script: usize,
    line: usize,
) -> Option<(Speaker, &'static str)> {
    scripts_for(queue_index)
        .get(script)
        .and_then(|s| s.get(line))
        .copied()
}

pub fn small_talk(n: usize) -> (Speaker, &'static str) {
    SMALL_TALK
        .get(n % SMALL_TALK.len().max(1))
        .copied()
        .unwrap_or((Speaker::Agent, "One moment please."))
}

/// Fills `{company}`, `{agent}` and `{caller}` (first names) into a line.
pub fn render(line: &str, agent: &str, caller: &str) -> String {
    line.replace("{company}", COMPANY)
        .replace("{agent}", first_name(agent))
        .replace("{caller}", first_name(caller))
}

pub fn inbound_sms(rng: &mut Rng) -> &'static str {
    rng.pick(INBOUND_SMS).copied().unwrap_or("Hello?")
}

pub fn sms_reply(rng: &mut Rng) -> &'static str {
    rng.pick(SMS_REPLIES)
        .copied()
        .unwrap_or("Thanks, we'll get back to you.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_e164() {
        let mut rng = Rng::new(9);
        for _ in 0..200 {
            let n = caller_number(&mut rng);
            assert!(n.starts_with('+'), "{n}");
            assert!(n[1..].bytes().all(|b| b.is_ascii_digit()), "{n}");
            assert!((11..=16).contains(&n.len()), "{n}");
        }
        assert_eq!(queue_number(0), "+14155550100");
    }

    #[test]
    fn scripts_alternate_and_render() {
        for q in 0..4 {
            for s in 0..script_count(q) {
                let mut prev = None;
                let mut line = 0;
                while let Some((who, _)) = script_line(q, s, line) {
                    assert_ne!(Some(who), prev, "queue {q} script {s} line {line}");
                    prev = Some(who);
                    line += 1;
                }
                assert!(line >= 6);
            }
        }
        assert_eq!(
            render(
                "Hi {caller}, {agent} at {company}",
                "Alice Walker",
                "Bob Stone"
            ),
            "Hi Bob, Alice at Acme Telecom"
        );
    }

    #[test]
    fn names_past_the_lists() {
        assert_eq!(agent_name(1), "Alice Walker");
        assert_eq!(agent_name(100), "Agent 100");
        assert_eq!(queue_name(0), "Sales");
        assert_eq!(queue_name(QUEUE_NAMES.len()), "Sales 2");
    }
}
