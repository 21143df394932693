//! Extensions: each plain demo agent's phone credentials (VoIPBIN's registrar-manager
//! extension). Agent N owns extension `2000+N`; its `extension` address names the extension by
//! id, as bin-agent-manager keeps it. Built once with the world, never changed.

use voipbin_protocol::{Address, Extension, NOT_DELETED};

use super::ids::{hex_token, stable_uuid};
use super::rng::Rng;
use super::Sim;

/// The registrar domain under the customer id (a self-hosted VoIPBIN uses `registrar.<domain>`;
/// `.test` is reserved, so nothing here can ever resolve to a real server).
const REGISTRAR_DOMAIN: &str = "registrar.voipbin.test";

/// The extensions of the customer with their owners, in creation order.
#[derive(Default)]
pub struct ExtensionBook {
    entries: Vec<Owned>,
}

struct Owned {
    extension: Extension,
    agent_id: String,
}

impl ExtensionBook {
    pub fn add(&mut self, extension: Extension, agent_id: &str) {
        self.entries.push(Owned {
            extension,
            agent_id: agent_id.to_owned(),
        });
    }
}

/// Plain agent `number`'s extension: id and password depend only on the seed and the number.
pub fn build_extension(
    seed: u64,
    number: usize,
    customer_id: &str,
    agent_name: &str,
    now: &str,
) -> Extension {
    let name = (2000 + number).to_string();
    let mut secrets = Rng::derived(seed, &format!("extension-password#{number}"));
    Extension {
        id: stable_uuid(seed, "extension", number),
        customer_id: customer_id.to_owned(),
        name: agent_name.to_owned(),
        detail: format!("{agent_name}'s phone"),
        extension: name.clone(),
        // registrar-manager: "same as the CustomerID", checked by Kamailio on INVITE.
        domain_name: customer_id.to_owned(),
        username: name,
        password: hex_token(&mut secrets, 8),
        direct_hash: String::new(),
        tm_create: now.to_owned(),
        tm_update: now.to_owned(),
        tm_delete: NOT_DELETED.to_owned(),
    }
}

/// The agent address that names `extension` (bin-agent-manager: target = extension id,
/// target_name = its username).
pub fn extension_address(extension: &Extension) -> Address {
    let mut address = Address::new("extension", &extension.id);
    address.target_name = extension.username.clone();
    address
}

impl Sim {
    /// Every extension, in creation order.
    pub fn extensions(&self) -> impl Iterator<Item = &Extension> {
        self.extensions.entries.iter().map(|e| &e.extension)
    }

    pub fn extension(&self, id: &str) -> Option<&Extension> {
        self.extensions().find(|e| e.id == id)
    }

    pub fn extension_by_username(&self, username: &str) -> Option<&Extension> {
        self.extensions().find(|e| e.username == username)
    }

    /// The agent owning the extension.
    pub fn extension_agent(&self, extension_id: &str) -> Option<&str> {
        self.extensions
            .entries
            .iter()
            .find(|e| e.extension.id == extension_id)
            .map(|e| e.agent_id.as_str())
    }

    /// The extensions among the agent's addresses (what `/v1.0/service_agents/extensions`
    /// lists), in address order.
    pub fn agent_extensions(&self, agent_id: &str) -> Vec<&Extension> {
        let Some(agent) = self.agent(agent_id) else {
            return Vec::new();
        };
        agent
            .addresses
            .iter()
            .filter(|a| a.r#type == "extension")
            .filter_map(|a| self.extension(&a.target))
            .collect()
    }

    /// The SIP digest realm and AOR domain of the customer's extensions.
    pub fn sip_realm(&self) -> String {
        format!("{}.{REGISTRAR_DOMAIN}", self.customer.id)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::sim;

    #[test]
    fn every_plain_agent_owns_one_extension_named_2000_plus_n() {
        let s = sim(11, 0.0);
        let plain: Vec<_> = s
            .agents()
            .into_iter()
            .filter(|a| a.username.starts_with("agent"))
            .collect();
        assert!(!plain.is_empty());
        assert_eq!(s.extensions().count(), plain.len());
        for agent in plain {
            let number: usize = agent
                .username
                .trim_start_matches("agent")
                .trim_end_matches("@demo")
                .parse()
                .unwrap();
            let owned = s.agent_extensions(&agent.id);
            assert_eq!(owned.len(), 1, "{}", agent.username);
            let ext = owned[0];
            assert_eq!(ext.extension, (2000 + number).to_string());
            assert_eq!(ext.username, ext.extension);
            assert_eq!(ext.customer_id, s.customer().id);
            assert_eq!(ext.domain_name, s.customer().id);
            assert!(ext.password.len() >= 16);
            assert_eq!(s.extension_agent(&ext.id), Some(agent.id.as_str()));
            assert_eq!(s.extension_by_username(&ext.username).unwrap().id, ext.id);
            let address = agent
                .addresses
                .iter()
                .find(|a| a.r#type == "extension")
                .unwrap();
            assert_eq!(address.target, ext.id);
            assert_eq!(address.target_name, ext.username);
        }
    }

    #[test]
    fn staff_have_no_extension() {
        let s = sim(11, 0.0);
        for agent in s.agents() {
            if !agent.username.starts_with("agent") {
                assert!(s.agent_extensions(&agent.id).is_empty());
            }
        }
    }

    #[test]
    fn credentials_are_stable_per_seed_and_distinct() {
        let (a, b, c) = (sim(5, 0.0), sim(5, 0.0), sim(6, 0.0));
        let first: Vec<_> = a.extensions().cloned().collect();
        let again: Vec<_> = b.extensions().cloned().collect();
        let other: Vec<_> = c.extensions().cloned().collect();
        assert_eq!(first, again);
        assert_ne!(first[0].password, other[0].password);
        assert_ne!(first[0].id, other[0].id);
        assert_ne!(first[0].password, first[1].password);
        assert_eq!(a.extension(&first[1].id), Some(&first[1]));
        assert_eq!(a.extension("nope"), None);
    }

    #[test]
    fn realm_is_under_the_customer() {
        let s = sim(3, 0.0);
        assert_eq!(
            s.sip_realm(),
            format!("{}.registrar.voipbin.test", s.customer().id)
        );
    }
}
