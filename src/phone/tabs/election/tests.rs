use super::*;

/// Tabs on one channel: what a tab posts reaches every other tab (not itself), as with
/// BroadcastChannel; the news each tab got is kept in order.
struct Tabs {
    tabs: Vec<Election>,
    news: Vec<Vec<LockNews>>,
    now: u64,
}

impl Tabs {
    fn new(ids: &[u64]) -> Self {
        Tabs {
            tabs: ids.iter().map(|id| Election::new(*id)).collect(),
            news: vec![Vec::new(); ids.len()],
            now: 1_000,
        }
    }

    fn deliver(&mut self, from: usize, out: Vec<Out>) {
        let mut queue: Vec<(usize, Out)> = out.into_iter().map(|o| (from, o)).collect();
        while !queue.is_empty() {
            let (from, out) = queue.remove(0);
            match out {
                Out::News(news) => self.news[from].push(news),
                Out::Post(message) => {
                    for to in 0..self.tabs.len() {
                        if to != from {
                            let reply = self.tabs[to].heard(message.clone(), self.now);
                            queue.extend(reply.into_iter().map(|o| (to, o)));
                        }
                    }
                }
            }
        }
    }

    fn ask(&mut self, tab: usize, how: Ask) {
        let out = self.tabs[tab].ask(how, self.now);
        self.deliver(tab, out);
    }

    fn release(&mut self, tab: usize) {
        let out = self.tabs[tab].release();
        self.deliver(tab, out);
    }

    /// Advances the clock in 100 ms steps, ticking every tab.
    fn run(&mut self, ms: u64) {
        for _ in 0..ms / 100 {
            self.now += 100;
            for tab in 0..self.tabs.len() {
                let out = self.tabs[tab].tick(self.now);
                self.deliver(tab, out);
            }
        }
    }

    fn holders(&self) -> Vec<usize> {
        (0..self.tabs.len())
            .filter(|t| self.tabs[*t].holds())
            .collect()
    }
}

#[test]
fn a_lone_tab_gets_the_phone_after_listening_briefly() {
    let mut tabs = Tabs::new(&[7]);
    tabs.ask(0, Ask::IfFree);
    assert!(tabs.holders().is_empty(), "it listens first");
    tabs.run(PROBE_MS);
    assert_eq!(tabs.holders(), vec![0]);
    assert_eq!(tabs.news[0], vec![LockNews::Granted]);
}

#[test]
fn a_second_tab_hears_the_holder_and_leaves_the_phone_alone() {
    let mut tabs = Tabs::new(&[7, 9]);
    tabs.ask(0, Ask::IfFree);
    tabs.run(PROBE_MS);
    tabs.ask(1, Ask::IfFree);
    tabs.run(PROBE_MS);
    assert_eq!(tabs.holders(), vec![0]);
    assert_eq!(tabs.news[1], vec![LockNews::Held]);
    // Waiting, it keeps hearing the holder's heartbeat and never claims.
    tabs.ask(1, Ask::Wait);
    tabs.run(STALE_MS * 2);
    assert_eq!(tabs.holders(), vec![0]);
    assert_eq!(tabs.news[1], vec![LockNews::Held]);
}

#[test]
fn two_tabs_asking_at_once_end_with_one_phone() {
    let mut tabs = Tabs::new(&[9, 7]);
    tabs.ask(0, Ask::IfFree);
    tabs.ask(1, Ask::IfFree);
    tabs.run(PROBE_MS);
    assert_eq!(tabs.holders().len(), 1);
}

#[test]
fn two_claims_that_cross_keep_the_lower_tab_ids() {
    let (mut low, mut high) = (Election::new(7), Election::new(9));
    // Both claimed before either heard the other.
    low.ask(Ask::IfFree, 0);
    high.ask(Ask::IfFree, 0);
    low.tick(PROBE_MS);
    high.tick(PROBE_MS);
    assert!(low.holds() && high.holds());
    assert_eq!(
        high.heard(Message::Held(7), PROBE_MS),
        vec![Out::News(LockNews::Lost)]
    );
    assert_eq!(
        low.heard(Message::Held(9), PROBE_MS),
        vec![Out::Post(Message::Held(7))],
        "the keeper says so again for the other to hear"
    );
    assert!(low.holds() && !high.holds());
}

#[test]
fn a_waiting_tab_takes_the_phone_when_the_holder_closes() {
    let mut tabs = Tabs::new(&[7, 9]);
    tabs.ask(0, Ask::IfFree);
    tabs.run(PROBE_MS);
    tabs.ask(1, Ask::Wait);
    tabs.run(PROBE_MS);
    tabs.release(0);
    assert_eq!(tabs.holders(), vec![1], "at once, on the holder's goodbye");
    assert_eq!(tabs.news[1], vec![LockNews::Granted]);
}

#[test]
fn a_waiting_tab_takes_the_phone_from_a_holder_that_went_silent() {
    let mut tabs = Tabs::new(&[7, 9]);
    tabs.ask(0, Ask::IfFree);
    tabs.run(PROBE_MS);
    tabs.ask(1, Ask::Wait);
    tabs.run(PROBE_MS);
    // The holder's tab crashed: no goodbye, no heartbeat.
    tabs.tabs[0] = Election::new(7);
    tabs.run(STALE_MS - 2 * HEARTBEAT_MS);
    assert!(tabs.holders().is_empty(), "not before the holder is stale");
    tabs.run(3 * HEARTBEAT_MS);
    assert_eq!(tabs.holders(), vec![1]);
}

#[test]
fn taking_over_moves_the_phone_and_the_old_holder_waits() {
    let mut tabs = Tabs::new(&[7, 9]);
    tabs.ask(0, Ask::IfFree);
    tabs.run(PROBE_MS);
    tabs.ask(1, Ask::IfFree);
    tabs.run(PROBE_MS);
    tabs.ask(1, Ask::Steal);
    assert_eq!(tabs.holders(), vec![1]);
    assert_eq!(tabs.news[0], vec![LockNews::Granted, LockNews::Lost]);
    // The old holder (lower id) waits as the desk does after a loss: it must not claim back.
    tabs.ask(0, Ask::Wait);
    tabs.run(STALE_MS * 2);
    assert_eq!(tabs.holders(), vec![1]);
}

#[test]
fn releasing_a_phone_not_held_posts_nothing() {
    let mut election = Election::new(3);
    assert!(election.release().is_empty());
    election.ask(Ask::IfFree, 0);
    assert!(election.release().is_empty());
}

#[test]
fn messages_read_back_and_anything_else_is_ignored() {
    for message in [
        Message::Who,
        Message::Held(u64::MAX),
        Message::Steal(0),
        Message::Released(42),
    ] {
        assert_eq!(Message::decode(&message.encode()), Some(message));
    }
    for junk in [
        "", "held", "held:", "held:-1", "held:x", "grab:1", "who:1", "held:1:2",
    ] {
        assert_eq!(Message::decode(junk), None, "{junk:?}");
    }
}
