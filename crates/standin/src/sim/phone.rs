//! The agents' phones as the simulation sees them. An agent whose extension has a registered
//! phone is not answered by the simulation: routing a call to it asks the SIP layer to ring the
//! phone ([`PhoneCommand::Ring`]) and waits for what the phone does (answer, decline, hang up,
//! hold). Commands are queued here and drained by the SIP layer after each tick and action, so
//! the simulation stays pure.

use std::collections::{HashMap, HashSet};

use voipbin_protocol::Address;

use super::Sim;

/// Phone work for the SIP layer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhoneCommand {
    /// Ring the agent's phone(s) for a queue call's leg (the leg is the VoIPBIN call id).
    Ring {
        leg_id: String,
        session_id: String,
        agent_id: String,
        caller: Address,
        queue_id: String,
        queue_name: String,
    },
    /// Stop ringing: the caller abandoned, the call was kicked or timed out.
    Cancel { leg_id: String },
    /// End the answered call on the phone: the customer hung up, the call moved away.
    Bye { leg_id: String },
}

/// Which agents have a phone, and the legs on phones.
#[derive(Default)]
pub struct Phones {
    registered: HashSet<String>,
    commands: Vec<PhoneCommand>,
}

impl Sim {
    /// The registrar tells the simulation which agents have a phone registered.
    pub fn set_phone_registered(&mut self, agent_id: &str, registered: bool) {
        if registered {
            self.phones.registered.insert(agent_id.to_owned());
        } else {
            self.phones.registered.remove(agent_id);
        }
    }

    /// Whether the agent's calls ring its phone instead of being answered by the simulation.
    pub fn phone_registered(&self, agent_id: &str) -> bool {
        self.phones.registered.contains(agent_id)
    }

    /// Phone work produced by ticks and actions since the last call, in order.
    pub fn take_phone_commands(&mut self) -> Vec<PhoneCommand> {
        std::mem::take(&mut self.phones.commands)
    }
}

// Keeps the map type in use until the leg bookkeeping lands.
#[allow(dead_code)]
type LegsOnPhones = HashMap<String, String>;
