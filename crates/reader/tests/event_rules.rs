//! Event-coding rules end to end, on sentences written for these tests: domestic targets,
//! "fight alongside … against …", replies "in response to …", unknown subjects.

use realign_core::{ClaimBody, EventClaim, Plover};
use realign_gazetteer::Gazetteer;
use realign_reader::Reader;

fn events(sentence: &str) -> Vec<EventClaim> {
    Reader::new(Gazetteer::builtin())
        .read_sentence("t", sentence)
        .claims
        .into_iter()
        .filter_map(|c| match c.body {
            ClaimBody::Event(e) => Some(e),
            _ => None,
        })
        .collect()
}

/// The first event of type `plover` read from `sentence` (panics, showing all, when there is none).
fn event_of(sentence: &str, plover: Plover) -> EventClaim {
    let ev = events(sentence);
    ev.iter().find(|e| e.plover == plover).cloned().unwrap_or_else(|| panic!("no {plover:?} in {sentence:?}: {ev:?}"))
}

/// (sentence, type, source, target) rows; an empty target means "none named".
type Case<'a> = (&'a str, Plover, &'a [&'a str], &'a [&'a str]);

fn check_cases(cases: &[Case]) {
    for (sentence, plover, src, tgt) in cases {
        let e = event_of(sentence, *plover);
        assert_eq!((codes(&e.source), codes(&e.target)), (src.to_vec(), tgt.to_vec()), "{sentence}");
    }
}

/// Asserts that `sentence` codes no event of type `plover`.
fn assert_no(sentence: &str, plover: Plover) {
    let ev = events(sentence);
    assert!(ev.iter().all(|e| e.plover != plover), "{sentence}: {ev:?}");
}

/// Asserts that `text` (one or more sentences) codes an event of type `plover` from `src` at `tgt`.
fn assert_event(text: &str, plover: Plover, src: &[&str], tgt: &[&str]) {
    let ev = events(text);
    assert!(ev.iter().any(|e| e.plover == plover && codes(&e.source) == src && codes(&e.target) == tgt), "{text}: {ev:?}");
}

/// Asserts that none of `texts` codes an event as having happened (each may code hypothetical or
/// negated ones).
fn assert_not_reported(texts: &[&str]) {
    for text in texts {
        let ev = events(text);
        assert!(ev.iter().all(|e| e.hypothetical || e.negated), "{text}: {ev:?}");
    }
}

fn codes(v: &[realign_core::ActorRef]) -> Vec<&str> {
    v.iter().map(|a| a.code.as_str()).collect()
}

#[test]
fn a_state_can_act_on_its_own_people() {
    let e = event_of("Peru is investigating Peruvian army officers over the killings.", Plover::Accuse);
    assert_eq!(codes(&e.source), ["PER"]);
    assert_eq!(codes(&e.target), ["PER"]);
    // The state named twice is not its own target.
    let ev = events("Peru condemned the attack on Peru's embassy in Lima.");
    assert!(ev.iter().all(|e| !(codes(&e.source) == ["PER"] && codes(&e.target) == ["PER"])), "{ev:?}");
}

#[test]
fn domestic_acts_target_the_actors_own_country() {
    // Police acting on the country's own students: CAMEO's domestic event, target = KEN.
    let ev = events("Kenyan police fired tear gas to break up a march by university students in Nairobi.");
    let e = ev.iter().find(|e| codes(&e.source) == ["KEN"]).expect("an event by KEN");
    assert_eq!(codes(&e.target), ["KEN"], "{e:?}");
    // No place or group of the country named: the target is the country's domestic sphere.
    let e = event_of("Egyptian police arrested dozens of opposition activists overnight.", Plover::Coerce);
    assert_eq!(codes(&e.source), ["EGY"]);
    assert_eq!(codes(&e.target), ["EGY"], "{e:?}");
    assert_eq!(e.target[0].sector.as_deref(), Some("domestic"));
    // A plain state acting with no domestic object is not its own target.
    let ev = events("Russia launched a wave of strikes overnight.");
    assert!(ev.iter().all(|e| e.target.iter().all(|t| t.code != "RUS")), "{ev:?}");
    // Two countries named: the other one is the target, never a domestic one.
    let ev = events("Chadian rebels attacked a border post manned by Sudanese troops.");
    assert!(ev.iter().all(|e| e.target.iter().all(|t| t.sector.as_deref() != Some("domestic"))), "{ev:?}");
}

#[test]
fn a_foreign_state_in_another_clause_leaves_a_domestic_act_domestic() {
    // The envoys' visit is one clause, the arrests another: the arrests are Bolivia's own.
    assert_event(
        "Envoys of Chile and Peru met Bolivia's president in La Paz on Tuesday, as Bolivian police arrested scores of striking miners.",
        Plover::Coerce,
        &["BOL"],
        &["BOL"],
    );
    // A city that only says where a rights group is based is no party to the act.
    assert_event(
        "Guatemalan police detained at least 30 protesters overnight, a Washington-based rights group said.",
        Plover::Coerce,
        &["GTM"],
        &["GTM"],
    );
    // In the same clause the foreign state is still the target.
    assert_event("Bolivian police arrested two Chilean truck drivers near the border on Tuesday.", Plover::Coerce, &["BOL"], &["CHL"]);
}

#[test]
fn joint_exercises_are_cooperation_and_less_aid_is_a_sanction() {
    let e = event_of("Indian and Japanese warships began joint naval drills off Chennai on Monday.", Plover::Cooperate);
    assert!(codes(&e.source).contains(&"IND") && codes(&e.source).contains(&"JPN"), "{e:?}");
    // One state drilling alone is a show of force.
    let ev = events("Iran held naval drills in the Gulf of Oman on Friday.");
    assert!(ev.iter().any(|e| e.plover == Plover::Mobilize), "{ev:?}");
    let ev = events("Italian and Libyan envoys flew to Geneva for talks on the migration crisis.");
    assert!(ev.iter().any(|e| e.plover == Plover::Consult), "{ev:?}");
    let ev = events("Kenya reduced fuel supplies to Uganda after the dispute.");
    assert!(ev.iter().any(|e| e.plover == Plover::Sanction && codes(&e.target) == ["UGA"]), "{ev:?}");
    let e = event_of("Germany reduced aid to Niger after the coup.", Plover::Sanction);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["DEU"], vec!["NER"]));
}

#[test]
fn an_agent_follows_by_closely() {
    // "told AFP by telephone": no agent, so not a passive (whose source would be after "by",
    // leaving none): the release is still coded, from the one country named.
    let e = event_of("Ten Malian soldiers have been released, a Malian officer told AFP by telephone on Sunday.", Plover::Retreat);
    assert_eq!(codes(&e.source), ["MLI"], "{e:?}");
    // A real agent: the source is after "by".
    let e = event_of("A convoy was attacked by Chadian rebels near the border with Sudan.", Plover::Assault);
    assert_eq!(codes(&e.source), ["TCD"], "{e:?}");
}

#[test]
fn a_long_subject_keeps_its_head_before_of() {
    let e = event_of("About 300 supporters of the jailed opposition leader in Uganda blocked roads in Kampala on Tuesday.", Plover::Protest);
    assert_eq!(codes(&e.source), ["UGA"], "{e:?}");
}

#[test]
fn a_toll_after_a_comma_belongs_to_the_attack() {
    let ev = events("Ethiopian troops shelled Eritrean positions near the border, killing or wounding 40, officials in Asmara said.");
    let attacks: Vec<&EventClaim> = ev.iter().filter(|e| e.plover == Plover::Assault).collect();
    assert_eq!(attacks.len(), 1, "{ev:?}");
    assert_eq!(codes(&attacks[0].source), ["ETH"]);
    assert_eq!(codes(&attacks[0].target), ["ERI"]);
    let m = attacks[0].magnitude.as_ref().expect("a toll");
    assert_eq!((m.value, m.unit.as_str()), (40.0, "killed or wounded"));
}

#[test]
fn a_complaint_targets_the_accused_not_the_addressee() {
    let e = event_of("Cyprus complained to the European Union on Monday over Turkish drilling ships in its waters.", Plover::Accuse);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["CYP"], vec!["TUR"]), "{e:?}");
    // With no one complained about, the addressee stays the target.
    let e = event_of("Cyprus complained to the European Union on Monday.", Plover::Accuse);
    assert_eq!(codes(&e.target), ["EU"], "{e:?}");
}

#[test]
fn words_that_only_look_like_cues_are_not_events() {
    // "several" is not "sever", "signal" not "sign", "aides" not "aid".
    for sentence in [
        "Several Kenyan officials waited in Kampala on Monday.",
        "Japan wants to signal to Beijing that its patience is limited.",
        "The aides of the Brazilian president stayed in Lisbon.",
        "Exports from Chile to China have been declining for a year.",
        "According to Brazilian data, Argentina bought more wheat this year.",
        "Asylum seekers from Eritrea reached Italy by boat.",
        "Peru and Chile made a promising start in their border commission.",
        "Estimates of Wagner fighters in Mali range from 1,000 to 1,500.",
    ] {
        let ev = events(sentence);
        assert!(ev.is_empty(), "{sentence}: {ev:?}");
    }
    // An event noun owned by an actor through a few modifiers is a topic, not an act; a verb
    // after an owned subject is one.
    assert_no("Brazil's economic and political pressure has long been aimed at Venezuela's government.", Plover::Request);
    let ev = events("Brazil's foreign minister visited Caracas on Friday.");
    assert!(ev.iter().any(|e| e.plover == Plover::Consult && codes(&e.source) == ["BRA"]), "{ev:?}");
    let e = event_of("Japan's foreign minister met her Chinese counterpart in Bangkok.", Plover::Consult);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["JPN"], vec!["CHN"]), "{e:?}");
    // Where a meeting takes place is not whom it is with.
    let e = event_of("Armenia and Azerbaijan held talks in Tbilisi on Friday.", Plover::Consult);
    assert!(e.target.iter().all(|t| t.code != "GEO"), "{e:?}");
    // A gerund after a topic noun names an aim, not an act; after "because of" it reports one.
    assert_no("Canada restated the objective of withdrawing its troops from Latvia by 2030.", Plover::Retreat);
    // (The two sides of fighting "between X and Y" are its parties.)
    let ev = events("Flights to Armenia stopped because of fighting between Azerbaijani and Armenian forces.");
    assert!(ev.iter().any(|e| e.plover == Plover::Assault && codes(&e.source) == ["AZE", "ARM"]), "{ev:?}");
}

#[test]
fn every_deadly_attack_a_refusal_names_is_coded_with_its_doer() {
    let ev = events("Nepal declined to condemn China for shelling border villages, which killed five Indian villagers, or for launching missiles at an Indian army post that killed nine.");
    let attacks: Vec<&EventClaim> = ev.iter().filter(|e| e.plover == Plover::Assault).collect();
    assert_eq!(attacks.len(), 2, "{ev:?}");
    for a in &attacks {
        assert_eq!((codes(&a.source), codes(&a.target)), (vec!["CHN"], vec!["IND"]), "{a:?}");
    }
    let tolls: Vec<f64> = attacks.iter().filter_map(|a| a.magnitude.as_ref().map(|m| m.value)).collect();
    assert_eq!(tolls, [5.0, 9.0]);
    assert!(ev.iter().any(|e| e.plover == Plover::Accuse && e.negated), "{ev:?}");
}

#[test]
fn forecasts_and_possibilities_are_not_acts() {
    // "declined to comment" is CAMEO's decline-comment (a silence), not a rejection.
    assert_no("Egypt's foreign ministry declined to comment on the Sudanese offensive.", Plover::Reject);
    // "unlikely to condemn": no event at all.
    assert_no("Analysts say India is unlikely to condemn Russia at the summit.", Plover::Accuse);
    // A modal further back in the clause, past a list of names, makes the act hypothetical.
    let e = event_of("Japan could work with Vietnam, Malaysia and Indonesia to draft statements condemning China's coast guard.", Plover::Accuse);
    assert!(e.hypothetical, "{e:?}");
    // A modal in an earlier clause does not.
    let e = event_of("Tokyo may protest later, but Japan condemned China's coast guard on Monday.", Plover::Accuse);
    assert!(!e.hypothetical, "{e:?}");
}

#[test]
fn sport_and_metaphors_are_not_force() {
    for sentence in [
        "Spain battled back against Italy to draw 2-2 in the Euro qualifier.",
        "Inflation hit Turkey hard this year, killing hopes of a rate cut.",
        "Chile's striker shot past the Peruvian goalkeeper in the semi-final.",
    ] {
        let ev = events(sentence);
        assert!(ev.iter().all(|e| e.plover != Plover::Assault), "{sentence}: {ev:?}");
    }
    // "attacked the policy" is criticism; "attacked the army base" is force.
    let ev = events("Gunmen attacked the police station in Kandahar, killing four Afghan officers.");
    assert!(ev.iter().any(|e| e.plover == Plover::Assault) && ev.iter().all(|e| e.plover != Plover::Accuse), "{ev:?}");
    let ev = events("The Kenyan president attacked the opposition's plan as reckless.");
    assert!(ev.iter().any(|e| e.plover == Plover::Accuse), "{ev:?}");
}

#[test]
fn troops_need_a_domestic_opponent_to_act_at_home() {
    // Where the troops are is unknown: no domestic target.
    let e = event_of("Russian troops killed 12 civilians in a village near the front.", Plover::Assault);
    assert!(e.target.iter().all(|t| t.code != "RUS"), "{e:?}");
    // Troops firing on protesters: the country's own people.
    let e = event_of("Egyptian troops fired on protesters in Cairo.", Plover::Assault);
    assert_eq!(codes(&e.target), ["EGY"], "{e:?}");
}

#[test]
fn everyday_wire_sentences() {
    // (sentence, type, source, target); an empty target means "none named".
    let cases: &[Case] = &[
        ("India and Pakistan exchanged fire along the Line of Control overnight.", Plover::Assault, &["IND", "PAK"], &["IND", "PAK"]),
        ("Kenya's president urged the African Union to send more peacekeepers to Somalia.", Plover::Request, &["KEN"], &["AU"]),
        ("Thousands of Serbians protested in Belgrade against the government on Saturday.", Plover::Protest, &["SRB"], &["SRB"]),
        ("North Korea fired two ballistic missiles into the sea off its east coast.", Plover::Mobilize, &["PRK"], &[]),
        ("Iran fired ballistic missiles at Israel on Tuesday night.", Plover::Assault, &["IRN"], &["ISR"]),
        ("Colombian rebels released six hostages on Sunday.", Plover::Retreat, &["COL"], &["COL"]),
        ("Moscow and Beijing pledged closer ties during a visit by the Chinese leader.", Plover::Agree, &["RUS", "CHN"], &["RUS", "CHN"]),
        ("The Pentagon announced a new weapons package for Ukraine.", Plover::Aid, &["USA"], &["UKR"]),
        ("Bolivia severed diplomatic ties with Israel over the war.", Plover::Sanction, &["BOL"], &["ISR"]),
        ("Britain deployed two warships to the Caribbean amid tensions between Venezuela and Guyana.", Plover::Mobilize, &["GBR"], &[]),
    ];
    check_cases(cases);
    // What a pact allows is not an act of its own; an organisation has no domestic sphere.
    let ev = events("Japan and the Philippines signed a defence pact in July 2024 allowing troops to be deployed on each other's soil.");
    assert!(ev.iter().all(|e| e.plover != Plover::Mobilize && e.plover != Plover::Concede), "{ev:?}");
    assert!(ev.iter().any(|e| e.plover == Plover::Support && codes(&e.source) == ["JPN", "PHL"]), "{ev:?}");
    let ev = events("The UN Secretary-General called the attack a flagrant violation of international law.");
    assert!(ev.iter().all(|e| e.target.iter().all(|t| t.code != "UNO")), "{ev:?}");
    // Cutting ties is not also supporting; the army that rescues is not the one that abducted.
    assert_no("Bolivia severed diplomatic ties with Israel over the war.", Plover::Support);
    let ev = events("Nigeria's army rescued 20 schoolgirls abducted by gunmen in Kaduna state.");
    assert!(ev.iter().all(|e| !(e.plover == Plover::Assault && codes(&e.source) == ["NGA"])), "{ev:?}");
    // Not kidnappings, not aid.
    assert_no("Colombian rebels released six hostages on Sunday.", Plover::Assault);
    assert_no("Vietnam accused China of ramming a supply vessel near the Paracels.", Plover::Aid);
}

#[test]
fn progressive_is_not_passive() {
    // "is investigating … by": the subject investigates; "by" does not introduce the agent.
    let e = event_of("Chile is investigating abuses by Chilean police officers.", Plover::Accuse);
    assert_eq!(codes(&e.source), ["CHL"]);
}

#[test]
fn fighting_alongside_an_ally_against_a_foe_is_an_assault_on_the_foe() {
    let e = event_of("Cuba sent pilots to fight alongside Angola against South African forces.", Plover::Assault);
    assert!(codes(&e.source).contains(&"CUB") && codes(&e.source).contains(&"AGO"), "{e:?}");
    assert_eq!(codes(&e.target), ["ZAF"]);
    // Without a foe it stays cooperation.
    assert_no("Cuban pilots fought alongside Angola for two years.", Plover::Assault);
}

#[test]
fn a_threat_in_response_targets_the_provoker() {
    let e = event_of("Japan threatened to send destroyers to the Philippines in response to China's naval drills.", Plover::Threaten);
    assert_eq!(codes(&e.source), ["JPN"]);
    assert_eq!(codes(&e.target), ["CHN"]);
}

#[test]
fn unknown_titled_subjects_take_the_one_country_named() {
    let e = event_of("President Amadou Kone has banned Malian opposition rallies.", Plover::Coerce);
    assert_eq!(codes(&e.source), ["MLI"], "{e:?}");
    // Clause openers that are not actors give no event of unknown source.
    let ev = events("Shifting alliances could strain ties with Russia.");
    assert!(ev.iter().all(|e| e.source.iter().all(|a| a.code != "UNK")), "{ev:?}");
}

#[test]
fn unnamed_groups_after_the_cue_are_targets_of_the_one_country_named() {
    let e = event_of("Kenya rejected demands from Maasai leaders for more grazing land.", Plover::Reject);
    assert_eq!(codes(&e.source), ["KEN"]);
    assert_eq!(codes(&e.target), ["KEN"], "{e:?}");
    assert_eq!(e.target[0].name.as_deref(), Some("Maasai leaders"));
    // With two countries named, the group's country is unknown: no guess.
    let ev = events("Kenya rejected demands from Maasai leaders in Tanzania.");
    assert!(ev.iter().all(|e| e.target.iter().all(|t| t.name.as_deref() != Some("Maasai leaders"))), "{ev:?}");
}

#[test]
fn conditions_refusals_and_demands_by_modality() {
    // An intended act under a condition is a threat.
    let ev = events("Ghana said it will withdraw its troops from Mali unless the junta holds elections this year.");
    assert!(ev.iter().any(|e| e.plover == Plover::Threaten && codes(&e.source) == ["GHA"]), "{ev:?}");
    // "will not accept" refuses.
    let ev = events("Jordan says it will not accept more refugees from Syria.");
    assert!(ev.iter().any(|e| e.plover == Plover::Reject && !e.negated && codes(&e.source) == ["JOR"]), "{ev:?}");
    // "X must do" a few words before the act is a demand.
    let ev = events("Chile declared that Peru must ensure safety to allow the fishing fleet to return.");
    assert!(ev.iter().any(|e| e.plover == Plover::Request), "{ev:?}");
}

#[test]
fn references_to_events_and_things_as_subjects_are_not_events() {
    // An event noun owned by an actor, aimed at no one named: a reference, not a report.
    assert_no("Observers in Seoul discussed North Korea's troop deployments at length.", Plover::Mobilize);
    // The subject is the alliance, not its members.
    assert_no("The Iran-Syria alliance threatens to upset the regional balance.", Plover::Threaten);
    // A heading names topics.
    let ev = events("Japanese Strategy and Korean Concerns");
    assert!(ev.is_empty(), "{ev:?}");
    // The same words in a reporting sentence still count.
    let ev = events("Iran threatened to close the Strait of Hormuz.");
    assert!(ev.iter().any(|e| e.plover == Plover::Threaten), "{ev:?}");
}

#[test]
fn appositives_and_participle_adjectives() {
    // The subject is Pakistan, not the United States named inside the appositive.
    let e = event_of("Pakistan, a close U.S. partner in the region, has refused to send troops to Yemen.", Plover::Reject);
    assert_eq!(codes(&e.source), ["PAK"], "{e:?}");
    // "the occupied territory" describes; it reports no occupation.
    assert_no("Aid convoys from Jordan reached the occupied territory on Monday.", Plover::Assault);
}

#[test]
fn organisations_named_after_their_state_and_domestic_demands() {
    // "the Kenya Assembly" is an organisation of Kenya, not Kenya named again.
    let e = event_of("The Kenya Farmers Association demanded support from the Kenya Assembly.", Plover::Request);
    assert_eq!(codes(&e.target), ["KEN"], "{e:?}");
    // A demand voiced by one group of a country on another of the same country.
    let e = event_of("Kenyan students said the Kenyan government must restore funding.", Plover::Request);
    assert_eq!(codes(&e.source), ["KEN"], "{e:?}");
    assert_eq!(codes(&e.target), ["KEN"], "{e:?}");
}

#[test]
fn an_unknown_subject_ends_where_its_verb_begins() {
    // The subject phrase stops at "continued"; its head noun makes it an actor of the one
    // country named.
    let e = event_of("Islamic fundamentalists continued their hunger strike to demand the release of Algerian prisoners.", Plover::Protest);
    assert_eq!(codes(&e.source), ["DZA"], "{e:?}");
    assert_eq!(e.source[0].name.as_deref(), Some("Islamic fundamentalists"));
}

#[test]
fn offers_rescues_protests_and_appositive_subjects() {
    // A conditional cooperative act is an offer, not a threat.
    let ev = events("Eritrea said it would meet Ethiopian envoys if the border were reopened.");
    assert!(ev.iter().all(|e| e.plover != Plover::Threaten), "{ev:?}");
    assert!(ev.iter().any(|e| e.plover == Plover::Agree), "{ev:?}");
    // "will support" is a verb even where "support" is weak.
    let ev = events("Chile has said it will support a Security Council resolution to tighten sanctions on Peru.");
    assert!(ev.iter().any(|e| e.plover == Plover::Agree && codes(&e.source) == ["CHL"]), "{ev:?}");
    // Evacuating the wounded is a rescue.
    let ev = events("Kenyan helicopters evacuated the wounded from Somalia on Friday.");
    assert!(ev.iter().any(|e| e.plover == Plover::Aid), "{ev:?}");
    assert!(ev.iter().all(|e| e.plover != Plover::Retreat), "{ev:?}");
    // A diplomatic protest is an accusation.
    let ev = events("Ghana lodged an official protest with Togo on Monday.");
    assert!(ev.iter().any(|e| e.plover == Plover::Accuse && codes(&e.target) == ["TGO"]), "{ev:?}");
    // When the only actor before the verb stands in an appositive, it is the subject.
    let ev = events("Maria Lopez, the Chilean foreign minister, demanded that Peru release the fishermen.");
    assert!(ev.iter().any(|e| e.plover == Plover::Request && codes(&e.source) == ["CHL"]), "{ev:?}");
}

#[test]
fn references_conditions_and_leaders_of_the_same_state() {
    // "the deployment" refers to an event reported elsewhere.
    let ev = events("Poland condemned the deployment.");
    assert!(ev.iter().all(|e| e.plover != Plover::Mobilize), "{ev:?}");
    assert!(ev.iter().any(|e| e.plover == Plover::Accuse), "{ev:?}");
    // An act under "if" has not happened.
    assert_no("The pact obliges Cuba and Venezuela to defend each other if attacked.", Plover::Assault);
    // "North Korean deployment" in a headline: a reference.
    assert_no("Pentagon puts North Korean deployment at 10,000", Plover::Mobilize);
    // A state's own leader is not a domestic target of that state.
    // (The treaty's parties are each other's targets, Putin no extra one.)
    let ev = events("Russia and Belarus signed a treaty during Russian President Vladimir Putin's visit to Minsk.");
    assert!(ev.iter().all(|e| codes(&e.source) != vec!["RUS"] || !codes(&e.target).contains(&"RUS")), "{ev:?}");
    assert!(ev.iter().any(|e| e.plover == Plover::Support && codes(&e.target) == vec!["RUS", "BLR"]), "{ev:?}");
}

#[test]
fn nouns_desires_and_owned_partnerships_are_not_acts() {
    // An owned event noun refers back even with another state named after it.
    assert_no("Russia and Belarus's security partnership worries Poland.", Plover::Cooperate);
    // "seeks to avoid" is a wish, not a request.
    assert_no("An escalation is an outcome China seeks to avoid.", Plover::Request);
    // "causing concern" is not an accusation; "expressed concern" is.
    assert_no("Chinese troops are reportedly in Laos, causing concern for Vietnam.", Plover::Accuse);
    let ev = events("Vietnam expressed concern over the Chinese troops in Laos.");
    assert!(ev.iter().any(|e| e.plover == Plover::Accuse), "{ev:?}");
    // "from backing" is not an act, "refrained from attacking" is a negated one.
    assert_no("Sanctions may dissuade Serbia from backing Russia.", Plover::Support);
    let ev = events("Turkey refrained from attacking Syrian positions.");
    assert!(ev.iter().any(|e| e.plover == Plover::Assault && e.negated), "{ev:?}");
    // "expelled" is coded.
    let ev = events("Poland expelled two Russian diplomats.");
    assert!(ev.iter().any(|e| e.plover == Plover::Sanction && codes(&e.target) == ["RUS"]), "{ev:?}");
}

#[test]
fn imposed_sanctions_are_acts_even_beside_other_cues() {
    let ev = events("Japan called on Iran to release the tanker, and the European Union imposed new sanctions on Iranian officials.");
    assert!(ev.iter().any(|e| e.plover == Plover::Sanction && codes(&e.target) == ["IRN"]), "{ev:?}");
    assert!(ev.iter().any(|e| e.plover == Plover::Request), "{ev:?}");
}

#[test]
fn wishes_compound_modifiers_and_coordinated_predicates() {
    // A wish is not an act.
    assert_no("Beijing is torn between its desire to support Moscow and its fear of sanctions.", Plover::Support);
    // "the Iran-Syria alliance" names an alliance; it reports no cooperation.
    assert_no("Observers say the new Iran-Syria alliance could benefit Russia.", Plover::Cooperate);
    // In a coordinated predicate the subject is the clause's first actor.
    let e = event_of("Japan met North Korean envoys in Hanoi and signed a fisheries accord.", Plover::Support);
    assert_eq!(codes(&e.source), ["JPN"], "{e:?}");
}

#[test]
fn fifth_sweep_of_wire_sentences() {
    // (sentence, type, source, target); an empty target means "none named".
    let cases: &[Case] = &[
        // A purpose infinitive belongs to the subject, and the one summoned is its target.
        ("South Korea's foreign minister summoned the Japanese ambassador on Monday to protest a new textbook.", Plover::Accuse, &["KOR"], &["JPN"]),
        ("Ukraine's foreign minister travelled to Brussels to meet NATO ministers.", Plover::Consult, &["UKR"], &["NATO"]),
        // A phrase cue ending inside a word ("missile at|tack") hides no one-word cue.
        ("The Houthis launched a missile attack on a British tanker in the Red Sea.", Plover::Assault, &["YEM"], &["GBR"]),
        // Hosting a visitor.
        ("The Saudi crown prince received the Iranian foreign minister in Riyadh.", Plover::Consult, &["SAU"], &["IRN"]),
        // Giving money is aid, to the first object; the aid words after it describe the same act.
        ("The European Union gave Moldova 1.8 billion euros in grants and loans.", Plover::Aid, &["EU"], &["MDA"]),
        // Blocking: ships coerce, governments veto.
        ("Chinese coast guard vessels blocked a Philippine resupply mission near the shoal.", Plover::Coerce, &["CHN"], &["PHL"]),
        ("Hungary blocked a European Union statement criticising China.", Plover::Reject, &["HUN"], &["EU"]),
        // A government's protest is a complaint.
        ("Japan lodged a protest with China over the detention of a Japanese businessman.", Plover::Accuse, &["JPN"], &["CHN"]),
        ("Serbia put its army on the highest state of alert.", Plover::Mobilize, &["SRB"], &[]),
    ];
    check_cases(cases);
    let only = |sentence: &str, bad: &dyn Fn(&EventClaim) -> bool| {
        let ev = events(sentence);
        assert!(!ev.iter().any(bad), "{sentence}: {ev:?}");
    };
    // "accused of" with no agent names no accuser (the diplomat is not accusing anyone).
    only("France expelled two Russian diplomats accused of spying.", &|e| e.plover == Plover::Accuse);
    // The topic of talks is not an act; nor is a gift of words.
    only("Egypt and Qatar are mediating talks between Israel and Hamas on a new ceasefire.", &|e| e.plover == Plover::Retreat);
    only("The president gave a long speech to parliament in Nairobi.", &|e| e.plover == Plover::Aid);
    // Lodging a protest is one complaint, not also a demonstration; a veto is not the aid vetoed.
    only("Japan lodged a protest with China over the detention of a Japanese businessman.", &|e| e.plover == Plover::Protest);
    only("Hungary blocked 50 billion euros in EU aid to Ukraine at a summit in Brussels.", &|e| matches!(e.plover, Plover::Aid | Plover::Consult));
    // Receiving aid or a letter is not hosting anyone; lifting an emergency is not imposing it.
    only("Niger received a letter from the French president on Monday.", &|e| e.plover == Plover::Consult);
    only("Sudan's government lifted the state of emergency in Darfur on Sunday.", &|e| e.plover == Plover::Coerce);
    // Demonstrators blocking roads still protest.
    let e = event_of("Thousands of farmers blocked roads across Poland to protest low grain prices.", Plover::Protest);
    assert_eq!(codes(&e.source), ["POL"], "{e:?}");
}

#[test]
fn sixth_sweep_of_analysis_sentences() {
    let cases: &[Case] = &[
        // A weak noun cue between a name and an object is a verb.
        ("Iran supplies Russia with drones and trains its drone operators.", Plover::Aid, &["IRN"], &["RUS"]),
        // Deliveries received: the giver follows "from".
        ("Myanmar's military government has received fighter jets and helicopters from Russia.", Plover::Aid, &["RUS"], &["MMR"]),
        // The subject is the mission, not the city it sits in.
        ("The Chinese embassy in Seoul lodged a complaint over remarks by a South Korean lawmaker.", Plover::Accuse, &["CHN"], &["KOR"]),
        // Weapons fired at a target; the toll after it belongs to it.
        ("Russian forces launched 120 missiles and 90 drones at Ukrainian energy facilities overnight, killing at least seven people.", Plover::Assault, &["RUS"], &["UKR"]),
        ("The Philippines summoned China's deputy ambassador over the water cannon incident.", Plover::Accuse, &["PHL"], &["CHN"]),
        ("Protesters in Manila burned Chinese flags outside the embassy.", Plover::Protest, &["PHL"], &["CHN"]),
        // Joint exercises are not aimed at the country they are held near.
        ("Russia and Belarus held joint military exercises near the Polish border last month.", Plover::Cooperate, &["RUS", "BLR"], &["RUS", "BLR"]),
        // A possessive inside a compound subject keeps the first party.
        ("Pakistan and Afghanistan's Taliban government traded accusations over the border.", Plover::Accuse, &["PAK", "AFG"], &[]),
        ("Indonesia expressed deep concern over the escalating violence in Myanmar.", Plover::Accuse, &["IDN"], &["MMR"]),
    ];
    check_cases(cases);
    let e = event_of("Russian forces launched 120 missiles and 90 drones at Ukrainian energy facilities overnight, killing at least seven people.", Plover::Assault);
    let m = e.magnitude.expect("a toll");
    assert_eq!((m.value, m.qualifier), (7.0, realign_core::Qualifier::AtLeast));
    // Force suffered with no agent named: the victims are not the doers.
    let ev = events("Seoul estimates that around 3,000 North Korean soldiers have been killed or wounded in the Kursk region.");
    assert!(ev.iter().all(|e| !(e.plover == Plover::Assault && codes(&e.source) == ["PRK"])), "{ev:?}");
    // Summoning parliament is no protest; burning fuel is no demonstration.
    assert_no("Pakistan's president summoned parliament for a special session.", Plover::Accuse);
    assert_no("Cuba burned more imported fuel from Venezuela this year.", Plover::Protest);
}

#[test]
fn an_article_about_a_maritime_incident() {
    // A government protests (ACCUSE); a crowd protests (PROTEST).
    let e = event_of("Manila protests as Chinese ships block supply run", Plover::Accuse);
    assert_eq!(codes(&e.source), ["PHL"], "{e:?}");
    let e = event_of("The Philippine foreign ministry summoned the Chinese ambassador to protest the incident.", Plover::Accuse);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["PHL"], vec!["CHN"]));
    assert_no("The Philippine foreign ministry summoned the Chinese ambassador to protest the incident.", Plover::Protest);
    let e = event_of("Kenyan opposition supporters protested in Nairobi.", Plover::Protest);
    assert_eq!(codes(&e.source), ["KEN"]);
    assert_no("Kenyan opposition supporters protested in Nairobi.", Plover::Support);
    // Quoted labels are the accuser's words, not acts; what a treaty covers has not happened.
    let ev = events("The Philippines accused China of \"dangerous manoeuvres\" near the shoal.");
    assert!(ev.iter().all(|e| e.plover != Plover::Mobilize), "{ev:?}");
    assert!(ev.iter().any(|e| e.plover == Plover::Accuse && codes(&e.target) == ["CHN"]), "{ev:?}");
    assert_no("The United States said the treaty covers attacks on Philippine vessels anywhere in the South China Sea.", Plover::Assault);
}

#[test]
fn an_article_about_a_coup_and_foreign_troops() {
    // Ordering a foreign force out is an expulsion by the one who orders it.
    let e = event_of("Niger's military rulers ordered France to withdraw its troops from the country within a month.", Plover::Sanction);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["NER"], vec!["FRA"]));
    // A second verb joined by "and" is an act of its own, not part of the threat or refusal.
    let ev = events("The West African bloc ECOWAS threatened to use force to restore order and imposed sanctions on Niamey.");
    assert!(ev.iter().any(|e| e.plover == Plover::Sanction && codes(&e.target) == ["NER"]), "{ev:?}");
    let ev = events("Algeria opposed the use of force and offered to mediate between Niger and its neighbours.");
    assert!(ev.iter().any(|e| e.plover == Plover::Agree && codes(&e.source) == ["DZA"]), "{ev:?}");
    // Inside the threat, the act threatened is not coded on its own.
    assert_no("Russia threatened to cut gas supplies and expel diplomats.", Plover::Sanction);
    // Revoking agreements reduces relations; revoking an emergency decree does not.
    let e = event_of("Mali revoked its defence agreements with France on Monday.", Plover::Sanction);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["MLI"], vec!["FRA"]));
    assert_no("Peru revoked the emergency decree in Lima.", Plover::Sanction);
}

#[test]
fn an_article_about_a_strike_and_the_reactions() {
    // The toll of an attack told in a relative clause is that attack's, not a second attack by
    // the nearest name ("its consulate").
    let ev = events("Iran vowed to retaliate against Israel for an air strike that destroyed its consulate in Damascus and killed seven officers.");
    let attacks: Vec<_> = ev.iter().filter(|e| e.plover == Plover::Assault).collect();
    assert_eq!(attacks.len(), 1, "{ev:?}");
    assert_eq!(codes(&attacks[0].source), ["ISR"]);
    // Keeping in contact is consultation; concern voiced next to a demand is still voiced.
    let e = event_of("Qatar said it was in contact with Washington to prevent a wider war.", Plover::Consult);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["QAT"], vec!["USA"]));
    let ev = events("China expressed concern and urged restraint.");
    assert!(ev.iter().any(|e| e.plover == Plover::Accuse) && ev.iter().any(|e| e.plover == Plover::Request), "{ev:?}");
    // An event noun after "the" and one modifier refers to an event told elsewhere.
    assert_no("Turkey has not commented on the Kurdish offensive.", Plover::Assault);
}

#[test]
fn an_article_about_weapons_for_ukraine() {
    // Sending material is aid (promised, with "will"); sending words is not.
    let e = event_of("Germany will send three more IRIS-T systems by the end of the year, the defence minister said.", Plover::Agree);
    assert_eq!(codes(&e.source), ["DEU"]);
    let e = event_of("Japan sent tents and blankets to earthquake victims in Turkey.", Plover::Aid);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["JPN"], vec!["TUR"]));
    assert_no("Putin sent a letter to Kim Jong Un on his birthday.", Plover::Aid);
    // The object of a verb ends where the subject's next verb begins.
    let e = event_of("President Zelensky urged allies to speed up deliveries of air defence systems and thanked Germany for a new package.", Plover::Request);
    assert!(codes(&e.target).is_empty(), "{e:?}");
    // (A shared object still counts: "ties with and opened an embassy in Tehran".)
    let e = event_of("Sri Lanka has established diplomatic ties with and opened an embassy in Tehran.", Plover::Support);
    assert_eq!(codes(&e.target), ["IRN"]);
}

#[test]
fn seventh_sweep_of_wire_sentences() {
    let cases: &[Case] = &[
        ("Egypt's president received a phone call from the Emir of Qatar on Sunday.", Plover::Consult, &["QAT"], &["EGY"]),
        // The agent of a participle is not the target ("a deal brokered by China").
        ("Saudi Arabia and Iran agreed to restore diplomatic relations in a deal brokered by China.", Plover::Agree, &["SAU", "IRN"], &["SAU", "IRN"]),
        // Verbs that carry a noun out make it an act.
        ("Chinese warships conducted live-fire drills around Taiwan on Monday.", Plover::Mobilize, &["CHN"], &["TWN"]),
        // (A closed border is CAMEO 191, under FIGHT: ASSAULT in the PLOVER gold standard.)
        ("Poland closed its border crossings with Belarus on Thursday.", Plover::Assault, &["POL"], &["BLR"]),
        ("South Africa filed a genocide case against Israel at the International Court of Justice.", Plover::Accuse, &["ZAF"], &["ISR"]),
        // A raid that kills is an attack, with its toll.
        ("Israeli forces raided the Jenin refugee camp, killing nine Palestinians.", Plover::Assault, &["ISR"], &["PSE"]),
    ];
    check_cases(cases);
    let ev = events("Israeli forces raided the Jenin refugee camp, killing nine Palestinians.");
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].magnitude.as_ref().map(|m| m.value), Some(9.0));
    // Detained by no one named; permitted by a law; cited as a reason; alleged; a warning about
    // a situation.
    assert_no("The Taliban released a British couple who had been detained for seven months.", Plover::Coerce);
    assert_no("Finland's parliament approved a law allowing border guards to turn back migrants.", Plover::Concede);
    assert_no("India banned wheat exports, citing threats to its food security.", Plover::Threaten);
    assert_no("Kosovo police arrested three men accused of attacking officers near the border.", Plover::Assault);
    assert_no("The United Nations warned that famine was imminent in northern Gaza.", Plover::Threaten);
    // A warning of one's own act is still a threat.
    let e = event_of("Iran warned that it would retaliate against Israel.", Plover::Threaten);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["IRN"], vec!["ISR"]));
}

#[test]
fn fresh_sentences_written_before_reading_them() {
    // Thirty sentences written before the reader saw them scored 0.867 / 0.800 / 0.767
    // (type / +source / +target); these are the misses, now fixed.
    let cases: &[Case] = &[
        ("The Indian prime minister spoke by phone with the Saudi crown prince on Wednesday.", Plover::Consult, &["IND"], &["SAU"]),
        ("Russia moved additional troops and tanks to its border with Finland.", Plover::Mobilize, &["RUS"], &["FIN"]),
        ("Saudi Arabia deposited 3 billion dollars in Pakistan's central bank.", Plover::Aid, &["SAU"], &["PAK"]),
        ("Japan and the Philippines held joint coast guard exercises near Manila.", Plover::Cooperate, &["JPN", "PHL"], &["JPN", "PHL"]),
        // A body whose capitalised alias does not match still names its state.
        ("The Chinese foreign ministry criticised Japan for releasing treated wastewater into the sea.", Plover::Accuse, &["CHN"], &["JPN"]),
    ];
    check_cases(cases);
    // Moving to do something and speaking to no one named are not events.
    assert_no("Russia moved to block the resolution at the Security Council.", Plover::Mobilize);
    assert_no("The Turkish president spoke with reporters on the plane.", Plover::Consult);
}

#[test]
fn a_second_batch_of_fresh_sentences() {
    // Thirty more sentences written before reading scored 0.767 / 0.733 / 0.600 (with several
    // golds of ours that CAMEO codes otherwise: a signed deal is SUPPORT, "will visit" AGREE);
    // these are the reader's own misses, now fixed.
    let cases: &[Case] = &[
        ("Food and medicine were delivered to Haiti by the United States Navy on Saturday.", Plover::Aid, &["USA"], &["HTI"]),
        ("Talks between Armenia and Azerbaijan resumed in Washington on Thursday.", Plover::Consult, &["ARM", "AZE"], &["ARM", "AZE"]),
        ("Israel called up 300,000 reservists after the attack.", Plover::Mobilize, &["ISR"], &[]),
        ("Norway extradited a suspected Russian spy to Poland.", Plover::Cooperate, &["NOR"], &["POL"]),
        ("Pope Francis appealed for an end to the fighting in Sudan.", Plover::Request, &["VAT"], &["SDN"]),
        ("Hong Kong police arrested six people under the new national security law.", Plover::Coerce, &["CHN"], &["CHN"]),
    ];
    check_cases(cases);
    // A weapon's country does not strike itself; release from house arrest is no arrest.
    let e = event_of("A Russian missile hit a shopping centre in Kremenchuk, killing at least 20 people.", Plover::Assault);
    assert!(e.target.iter().all(|t| t.code != "RUS"), "{e:?}");
    assert_no("Myanmar's military government freed the former leader from house arrest.", Plover::Coerce);
    // "up to US $50 million" is an amount, not a recipient.
    let ev = events("The former president has been accused of misusing up to US $50 million by government officials.");
    assert!(ev.iter().all(|e| e.target.iter().all(|t| t.code != "USA")), "{ev:?}");
}

#[test]
fn a_third_batch_of_fresh_sentences() {
    // Thirty more, wire style of the 1990s and 2000s: 0.867 / 0.833 / 0.733 before these fixes.
    let cases: &[Case] = &[
        // Conjoined objects are all targets.
        ("Iraq accused U.S. and British warplanes of bombing civilian targets in the south.", Plover::Accuse, &["IRQ"], &["USA", "GBR"]),
        // A number's comma opens no clause: the crowd is the subject.
        ("About 5,000 students demonstrated in Jakarta on Thursday.", Plover::Protest, &["IDN"], &["IDN"]),
        // Alert in answer to another state's act is aimed at it.
        ("Pakistan put its armed forces on high alert after India test-fired a missile.", Plover::Mobilize, &["PAK"], &["IND"]),
        // A completed withdrawal is an act, not a reference.
        ("Indonesia completed the withdrawal of its troops from East Timor on Saturday.", Plover::Retreat, &["IDN"], &["TLS"]),
        // People "in" a place belong to their own state.
        ("Palestinian prisoners in Israeli jails began a hunger strike.", Plover::Protest, &["PSE"], &[]),
        ("Ethiopia said on Friday it was ready to accept an OAU peace plan.", Plover::Agree, &["ETH"], &["AU"]),
    ];
    check_cases(cases);
}

#[test]
fn a_fourth_batch_of_fresh_sentences() {
    // Thirty more with quotes, reported speech and participles: 0.833 / 0.733 / 0.533 before
    // these fixes (some golds of ours were not CAMEO's: expulsion is SANCTION, agreeing to
    // cooperate is AGREE).
    let cases: &[Case] = &[
        // A participle after a comma has the main clause's subject, outside the quote.
        ("\"This is a blatant violation of our sovereignty,\" Venezuela's foreign minister said of the US strike, blaming Washington for the deaths.", Plover::Accuse, &["VEN"], &["USA"]),
        ("Bangladesh rejected an Indian proposal, urging India to join the regional pact instead.", Plover::Request, &["BGD"], &["IND"]),
        // Blocking websites is censorship.
        ("Russia blocked access to YouTube and several independent news websites on Friday.", Plover::Coerce, &["RUS"], &[]),
        // A backer named as a modifier is not the actor; a leader is.
        ("Rwanda-backed M23 rebels withdrew from the town of Kibumba.", Plover::Retreat, &["COD"], &[]),
        // Travelling "for talks": the traveller consults.
        ("Iran's foreign minister travelled to Riyadh for talks with Saudi officials.", Plover::Consult, &["IRN"], &["SAU"]),
        ("Poland held its largest military exercise in decades last month.", Plover::Mobilize, &["POL"], &[]),
    ];
    check_cases(cases);
    // The purpose of a loan is not a second act; a report's topic is not an act.
    assert_no("The Asian Development Bank will lend Sri Lanka 350 million dollars to support its banking sector.", Plover::Support);
    assert_no("Burkina Faso suspended broadcasts of the BBC over a report on army killings.", Plover::Assault);
    // A gerund in a list of alleged acts keeps its own doer.
    let ev = events("Amnesty International accused the United States of violating human rights, ignoring international law and sending a bad signal.");
    assert!(ev.iter().all(|e| !(e.plover == Plover::Reject && e.source.iter().any(|s| s.code == "NGO"))), "{ev:?}");
}

#[test]
fn names_and_participles_that_hold_cue_words() {
    // A cue inside an actor's name is part of the name.
    let ev = events("Armenia is a member of the Russian-led Collective Security Treaty Organization.");
    assert!(ev.is_empty(), "{ev:?}");
    // "under an agreement signed in 2023": the setting, and a participle describing the text.
    let ev = events("Belarus hosts Russian tactical nuclear weapons under an agreement signed in 2023.");
    assert!(ev.iter().all(|e| !matches!(e.plover, Plover::Support | Plover::Agree)), "{ev:?}");
}

#[test]
fn a_fifth_batch_of_fresh_sentences() {
    // Twenty more: 0.700 / 0.650 / 0.600 before these fixes, mostly missing words.
    let cases: &[Case] = &[
        ("Japan tightened export controls on chip-making equipment to China.", Plover::Sanction, &["JPN"], &["CHN"]),
        ("Pakistani airstrikes hit suspected militant hideouts in Afghanistan's Khost province.", Plover::Assault, &["PAK"], &["AFG"]),
        ("The Houthis said they would target any ship heading to Israeli ports.", Plover::Threaten, &["YEM"], &["ISR"]),
        ("Nicaragua stripped 94 opposition figures of their citizenship.", Plover::Coerce, &["NIC"], &["NIC"]),
        ("The last US troops left Afghanistan on August 30, ending a 20-year war.", Plover::Retreat, &["USA"], &["AFG"]),
        ("Indonesia and Malaysia launched joint naval patrols in the Strait of Malacca.", Plover::Cooperate, &["IDN", "MYS"], &["IDN", "MYS"]),
        // The subject adopts what another owns.
        ("Switzerland adopted the EU's latest package of sanctions against Russia.", Plover::Sanction, &["CHE"], &["RUS"]),
    ];
    check_cases(cases);
    // Leaving a meeting and a toll that "left" people dead are not withdrawals; what an owner's
    // body is accused of is alleged, not coded as done (as the PLOVER gold codes "accused the
    // United States of violating human rights": the accusation only), and the owner is accused.
    assert_no("The Iranian delegation left the meeting early.", Plover::Retreat);
    assert_no("The Philippines accused China's coast guard of ramming a supply vessel.", Plover::Assault);
    let e = event_of("The Philippines accused China's coast guard of ramming a supply vessel.", Plover::Accuse);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["PHL"], vec!["CHN"]));
    assert_no("Sudan accused the United Arab Emirates of arming the RSF.", Plover::Mobilize);
}

#[test]
fn a_sixth_batch_of_fresh_sentences() {
    // Twenty more: 0.850 / 0.850 / 0.500 before these fixes (several targets of ours were
    // domestic ones CAMEO adds, or intents CAMEO codes as AGREE).
    let cases: &[Case] = &[
        // Whom a discussion is with; "the Gaza ceasefire" is its topic, not an act.
        ("Blinken discussed the Gaza ceasefire with Egypt's president during a visit to Cairo.", Plover::Consult, &["USA"], &["EGY"]),
        // Cutting ties is a sanction on the partner.
        ("Morocco cut diplomatic ties with Iran, accusing it of arming the Polisario Front.", Plover::Sanction, &["MAR"], &["IRN"]),
    ];
    check_cases(cases);
    assert_no("Blinken discussed the Gaza ceasefire with Egypt's president during a visit to Cairo.", Plover::Retreat);
    // What the accused is said to do, and the raids a detention was made in, are not new acts.
    assert_no("Morocco cut diplomatic ties with Iran, accusing it of arming the Polisario Front.", Plover::Mobilize);
    assert_no("Turkey detained 40 suspected Islamic State members in raids across the country.", Plover::Assault);
}

#[test]
fn a_seventh_batch_of_fresh_sentences() {
    // Scored once before any fix: type 0.933, +source 0.900, +target 0.800 (30 sentences).
    // Fixed: a ban on a country's imports is an embargo; a protest's place ("in Ramallah") gives
    // way to whom it is "against"; a crowd is of the country it gathers in.
    let cases: &[Case] = &[
        ("Syrian President Bashar al-Assad held talks with visiting Iranian Foreign Minister Manouchehr Mottaki in Damascus on Sunday.", Plover::Consult, &["SYR"], &["IRN"]),
        ("Pakistan accused India of sponsoring terrorism in Baluchistan province.", Plover::Accuse, &["PAK"], &["IND"]),
        ("Sri Lanka asked Norway to resume its role as peace broker with the Tamil Tigers.", Plover::Request, &["LKA"], &["NOR"]),
        ("The European Union imposed an arms embargo on Uzbekistan after the Andijan killings.", Plover::Sanction, &["EU"], &["UZB"]),
        ("Japan gave 500 million dollars in reconstruction aid to Afghanistan.", Plover::Aid, &["JPN"], &["AFG"]),
        ("Iran threatened to retaliate against Israel if its nuclear sites were attacked.", Plover::Threaten, &["IRN"], &["ISR"]),
        ("North Korea rejected a South Korean proposal for military talks.", Plover::Reject, &["PRK"], &["KOR"]),
        ("Hundreds of Palestinians demonstrated in Ramallah against the Israeli separation barrier.", Plover::Protest, &["PSE"], &["ISR"]),
        ("Russia and China held joint military exercises in the Yellow Sea.", Plover::Cooperate, &["RUS", "CHN"], &["RUS", "CHN"]),
        ("Thailand sent troops to reinforce its border with Cambodia after the clashes near the temple.", Plover::Mobilize, &["THA"], &["KHM"]),
        ("Israel released 200 Palestinian prisoners as a goodwill gesture to Abbas.", Plover::Retreat, &["ISR"], &["PSE"]),
        ("Ethiopia and Eritrea agreed to let an independent commission mark their border.", Plover::Agree, &["ETH", "ERI"], &["ETH", "ERI"]),
        ("Brazil recognized Palestine as an independent state within its 1967 borders.", Plover::Support, &["BRA"], &["PSE"]),
        ("Zimbabwean police arrested opposition leader Morgan Tsvangirai at a rally in Harare.", Plover::Coerce, &["ZWE"], &["ZWE"]),
        ("The United States criticized China's human rights record in its annual report.", Plover::Accuse, &["USA"], &["CHN"]),
        ("Venezuela expelled the U.S. ambassador, accusing him of conspiring with the opposition.", Plover::Sanction, &["VEN"], &["USA"]),
        ("Russian aircraft bombed rebel positions in the Pankisi Gorge in Georgia.", Plover::Assault, &["RUS"], &["GEO"]),
        ("The Philippines urged China to respect a UN tribunal's ruling on the South China Sea.", Plover::Request, &["PHL"], &["CHN"]),
        ("Germany demanded an explanation from Washington over the tapping of Merkel's phone.", Plover::Request, &["DEU"], &["USA"]),
        ("Hamas refused to recognize Israel despite pressure from the Quartet.", Plover::Reject, &["PSE"], &["ISR"]),
        ("Chinese officials warned Taiwan that a declaration of independence would mean war.", Plover::Threaten, &["CHN"], &["TWN"]),
        ("Sudan lifted the state of emergency in Darfur.", Plover::Concede, &["SDN"], &["SDN"]),
        ("Georgia accused Russian peacekeepers of firing on its police in South Ossetia.", Plover::Accuse, &["GEO"], &["RUS"]),
        ("India and the United States agreed to expand defence cooperation during Rumsfeld's visit to New Delhi.", Plover::Agree, &["IND", "USA"], &["IND", "USA"]),
        ("Greek farmers blocked highways with tractors to protest against falling crop prices.", Plover::Protest, &["GRC"], &["GRC"]),
        ("Russia banned imports of Georgian wine and mineral water.", Plover::Sanction, &["RUS"], &["GEO"]),
        ("Thousands rallied in Tehran against U.S. sanctions.", Plover::Protest, &["IRN"], &["USA"]),
    ];
    check_cases(cases);
    // A ban aimed at no one ("India banned wheat exports") is a restriction, not an embargo.
    assert_no("India banned wheat exports, citing threats to its food security.", Plover::Sanction);
}

#[test]
fn an_eighth_batch_of_fresh_sentences() {
    // Scored once before any fix: type 0.867, +source 0.867, +target 0.767 (30 sentences).
    // Fixed: places inside a state ("Odesa", "Khost"); "ordered French troops to leave" is an
    // expulsion; "pulling back"; a crowd storming a building riots; rights groups reporting an
    // arrest name no other country.
    let cases: &[Case] = &[
        ("KYIV, March 3 (Reuters) - Russian drones struck an apartment building in Odesa overnight, killing 12 people, Ukrainian officials said.", Plover::Assault, &["RUS"], &["UKR"]),
        ("China's foreign ministry on Tuesday accused the Philippines of deliberately ramming a Chinese coast guard vessel near Second Thomas Shoal.", Plover::Accuse, &["CHN"], &["PHL"]),
        ("Saudi Crown Prince Mohammed bin Salman received Iraqi Prime Minister Mohammed Shia al-Sudani in Riyadh on Wednesday, state media reported.", Plover::Consult, &["SAU"], &["IRQ"]),
        ("Britain announced sanctions on 50 individuals and entities it said were helping Russia acquire military equipment.", Plover::Sanction, &["GBR"], &["RUS"]),
        ("Niger's military junta ordered French troops to leave the country by the end of the year.", Plover::Sanction, &["NER"], &["FRA"]),
        ("North Korea warned it would respond with \"overwhelming force\" to joint drills by the United States and South Korea.", Plover::Threaten, &["PRK"], &["USA", "KOR"]),
        ("Hungary vetoed a joint EU statement criticising China's crackdown in Hong Kong.", Plover::Reject, &["HUN"], &["EU"]),
        ("Indian and Chinese troops began pulling back from two friction points along their disputed Himalayan border.", Plover::Retreat, &["IND", "CHN"], &[]),
        ("Tens of thousands of Israelis rallied in Tel Aviv on Saturday to demand a hostage deal.", Plover::Protest, &["ISR"], &["ISR"]),
        ("Iranian security forces arrested dozens of protesters in the Kurdish city of Mahabad, rights groups said.", Plover::Coerce, &["IRN"], &["IRN"]),
        ("Ukraine's President Volodymyr Zelenskiy condemned Russia's strike on Odesa as a war crime.", Plover::Accuse, &["UKR"], &["RUS"]),
        ("Armenia and Azerbaijan agreed to return captured soldiers in a rare goodwill gesture.", Plover::Agree, &["ARM", "AZE"], &["ARM", "AZE"]),
        ("France backed Morocco's autonomy plan for Western Sahara.", Plover::Support, &["FRA"], &["MAR"]),
        ("China deployed warships and fighter jets around Taiwan in a large-scale military exercise.", Plover::Mobilize, &["CHN"], &["TWN"]),
        ("Turkey lifted its objection to Sweden joining NATO.", Plover::Concede, &["TUR"], &["SWE"]),
        ("Azerbaijan expelled two French diplomats over alleged spying.", Plover::Sanction, &["AZE"], &["FRA"]),
        ("Oman urged Houthi rebels to stop attacking ships in the Red Sea.", Plover::Request, &["OMN"], &["YEM"]),
        ("Pakistani air strikes hit suspected militant hideouts in Afghanistan's Khost province, the Taliban said.", Plover::Assault, &["PAK"], &["AFG"]),
        ("Erdogan spoke by phone with Putin about reviving the Black Sea grain deal.", Plover::Consult, &["TUR"], &["RUS"]),
        ("Serbia's president accused Kosovo of provoking violence in the north.", Plover::Accuse, &["SRB"], &["XKX"]),
        ("Israel threatened to launch a full-scale offensive in Lebanon unless Hezbollah pulled back from the border.", Plover::Threaten, &["ISR"], &["LBN"]),
        ("Russia jailed a U.S. journalist for 16 years on espionage charges.", Plover::Coerce, &["RUS"], &["USA"]),
        ("Venezuela rejected a Guyanese proposal to take their border dispute to the International Court of Justice.", Plover::Reject, &["VEN"], &["GUY"]),
        ("Poland asked Germany to pay reparations for damages caused during World War Two.", Plover::Request, &["POL"], &["DEU"]),
        ("Kenyan protesters stormed parliament in Nairobi over proposed tax increases.", Plover::Protest, &["KEN"], &["KEN"]),
        ("China suspended imports of Japanese seafood after the release of treated water from Fukushima.", Plover::Sanction, &["CHN"], &["JPN"]),
        ("Russia agreed to extend the grain deal for another 60 days.", Plover::Agree, &["RUS"], &[]),
        ("Beijing criticised Lithuania for allowing Taiwan to open a representative office in Vilnius.", Plover::Accuse, &["CHN"], &["LTU"]),
        ("Russian troops stormed the town of Avdiivka.", Plover::Assault, &["RUS"], &["UKR"]),
    ];
    check_cases(cases);
    // "leave" is a withdrawal only when someone orders it.
    assert_no("Putin will leave for Beijing on Monday.", Plover::Retreat);
}

#[test]
fn a_ninth_batch_of_fresh_sentences() {
    // Scored once before any fix: type 0.933, +source 0.933, +target 0.833 (30 sentences).
    // Fixed: "moved mobile missile launchers"; a rally's purpose ("to denounce U.S. drone
    // strikes") names whom it is against; "Iraqi Kurds" are a crowd, not a government; a release
    // "from house arrest" is domestic; a relative clause's doer is the noun it hangs on.
    let cases: &[Case] = &[
        ("Israeli helicopters fired missiles at a car in Gaza City, killing two Hamas militants, witnesses said.", Plover::Assault, &["ISR"], &["PSE"]),
        ("Chinese authorities detained dozens of Uighurs in Urumqi after the riots.", Plover::Coerce, &["CHN"], &["CHN"]),
        ("Russian President Vladimir Putin met Chinese President Hu Jintao in Shanghai on Thursday.", Plover::Consult, &["RUS"], &["CHN"]),
        ("Sudan accused Chad of backing rebels who attacked Omdurman.", Plover::Accuse, &["SDN"], &["TCD"]),
        ("Turkey sent 50 tonnes of medicines and food to Lebanon.", Plover::Aid, &["TUR"], &["LBN"]),
        ("Serbia rejected Kosovo's declaration of independence as illegal.", Plover::Reject, &["SRB"], &["XKX"]),
        ("Turkey threatened military action against Kurdish rebels in northern Iraq.", Plover::Threaten, &["TUR"], &["IRQ"]),
        ("Georgia recalled its ambassador from Moscow in protest at the arrests.", Plover::Sanction, &["GEO"], &["RUS"]),
        ("North Korea moved mobile missile launchers to its east coast, South Korean officials said.", Plover::Mobilize, &["PRK"], &[]),
        ("Thousands of Pakistanis rallied in Karachi to denounce U.S. drone strikes.", Plover::Protest, &["PAK"], &["USA"]),
        ("Ethiopian troops began withdrawing from Mogadishu on Tuesday.", Plover::Retreat, &["ETH"], &["SOM"]),
        ("Myanmar's junta released Aung San Suu Kyi from house arrest.", Plover::Retreat, &["MMR"], &["MMR"]),
        ("Colombia extradited a drug lord to the United States.", Plover::Cooperate, &["COL"], &["USA"]),
        ("Venezuela's Hugo Chavez praised Iran's nuclear programme during a visit to Tehran.", Plover::Support, &["VEN"], &["IRN"]),
        ("Human Rights Watch accused Sri Lankan troops of shelling hospitals in Jaffna.", Plover::Accuse, &["NGO"], &["LKA"]),
        ("The United States froze the assets of three Syrian officials.", Plover::Sanction, &["USA"], &["SYR"]),
        ("Hezbollah warned Israel it would strike Haifa if Beirut was bombed.", Plover::Threaten, &["LBN"], &["ISR"]),
        ("Russian police detained opposition activists at a rally in St Petersburg.", Plover::Coerce, &["RUS"], &["RUS"]),
        ("Sudan and South Sudan agreed to resume oil exports through Port Sudan.", Plover::Agree, &["SDN", "SSD"], &["SDN", "SSD"]),
        ("Azerbaijan accused Armenian forces of shelling villages near Ganja.", Plover::Accuse, &["AZE"], &["ARM"]),
        ("Israel rejected a Turkish request to allow aid ships into Gaza.", Plover::Reject, &["ISR"], &["TUR"]),
        ("Saudi Arabia deposited 2 billion dollars in Pakistan's central bank.", Plover::Aid, &["SAU"], &["PAK"]),
        ("Syrian troops withdrew from Lebanon after 29 years.", Plover::Retreat, &["SYR"], &["LBN"]),
        ("Iraqi Kurds protested in Erbil against the Turkish bombardment.", Plover::Protest, &["IRQ"], &["TUR"]),
        ("Russia massed troops near the border with Georgia's breakaway region of Abkhazia.", Plover::Mobilize, &["RUS"], &["GEO"]),
        ("Russia supports separatists who shelled Mariupol.", Plover::Assault, &["UNK"], &["UKR"]),
        ("North Korean troops who fought in Kursk suffered heavy losses.", Plover::Assault, &["PRK"], &["RUS"]),
    ];
    check_cases(cases);
    // The rebels attacked, not the state said to back them.
    let ev = events("Sudan accused Chad of backing rebels who attacked Omdurman.");
    assert!(ev.iter().all(|e| !(e.plover == Plover::Assault && codes(&e.source) == ["TCD"])), "{ev:?}");
}

#[test]
fn forces_sent_and_acts_denied() {
    // Sending forces is a mobilisation, sending goods aid; the act a state denies is not coded.
    let cases: &[Case] = &[
        ("Britain is sending two warships to the Gulf.", Plover::Mobilize, &["GBR"], &[]),
        ("Germany sent 500 tonnes of food to Sudan.", Plover::Aid, &["DEU"], &["SDN"]),
        ("China sent peacekeepers to Lebanon.", Plover::Aid, &["CHN"], &["LBN"]),
    ];
    check_cases(cases);
    assert_no("Iran's foreign ministry denied sending any drones for use in Ukraine.", Plover::Aid);
    // A denial is still a rejection (PLOVER's note on CAMEO 016), and denying entry is one too.
    let e = event_of("Serbia denied Kosovo officials entry.", Plover::Reject);
    assert_eq!(codes(&e.target), ["XKX"]);
    // "the action of sending ground forces": a topic, not a new act.
    assert_no("China is unlikely to condemn North Korea for the action of sending ground forces into Russia.", Plover::Mobilize);
}

#[test]
fn a_tenth_batch_of_fresh_sentences() {
    // Scored once before any fix: type 0.933, +source 0.933, +target 0.800 (30 sentences).
    // Fixed: a delivery beside a transfer claim is still an AID event; the purpose of a future
    // trip is intended ("will travel … for talks": AGREE); "Congolese rebels" are not the
    // sentence's other country; well-known groups (Muslim Brotherhood, Rapid Support Forces…).
    let cases: &[Case] = &[
        ("Chinese Foreign Minister Wang Yi will travel to Pyongyang next week for talks with North Korean officials, the foreign ministry in Beijing said.", Plover::Agree, &["CHN"], &["PRK"]),
        ("Thai Prime Minister Thaksin Shinawatra blamed Islamic militants for the bombings in Yala province.", Plover::Accuse, &["THA"], &["THA"]),
        ("The Palestinian Authority urged the United States to pressure Israel to halt settlement construction.", Plover::Request, &["PSE"], &["USA"]),
        ("Japan voiced support for India's bid for a permanent seat on the UN Security Council.", Plover::Support, &["JPN"], &["IND"]),
        ("The United States warned Syria of serious consequences if it used chemical weapons.", Plover::Threaten, &["USA"], &["SYR"]),
        ("Colombian troops killed a senior FARC commander in a bombing raid in the southern jungle.", Plover::Assault, &["COL"], &["COL"]),
        ("Opposition supporters marched through Caracas demanding a recall referendum against President Chavez.", Plover::Protest, &["VEN"], &["VEN"]),
        ("Kuwait recalled its ambassador to Iran after the discovery of a spy ring.", Plover::Sanction, &["KWT"], &["IRN"]),
        ("Israeli forces pulled out of the northern West Bank town of Jenin after a three-day raid.", Plover::Retreat, &["ISR"], &["PSE"]),
        ("Malaysia and Indonesia launched joint naval patrols in the Strait of Malacca.", Plover::Cooperate, &["MYS", "IDN"], &["MYS", "IDN"]),
        ("Iran test-fired a new long-range missile during war games in the Gulf.", Plover::Mobilize, &["IRN"], &[]),
        ("Zimbabwe's President Robert Mugabe accused Britain of plotting to topple his government.", Plover::Accuse, &["ZWE"], &["GBR"]),
        ("Indonesian President Susilo Bambang Yudhoyono telephoned Australian Prime Minister Kevin Rudd to discuss the spying row.", Plover::Consult, &["IDN"], &["AUS"]),
        ("Turkey refused to allow U.S. troops to use its territory to invade Iraq.", Plover::Reject, &["TUR"], &["USA"]),
        ("Russia cut off gas supplies to Ukraine in a dispute over prices.", Plover::Sanction, &["RUS"], &["UKR"]),
        ("Chechen rebels attacked a police checkpoint in Grozny, killing three officers.", Plover::Assault, &["RUS"], &["RUS"]),
        ("Ethiopia threatened to use force to evict Eritrean troops from the disputed town of Badme.", Plover::Threaten, &["ETH"], &["ERI"]),
        ("Iran's supreme leader praised Hezbollah for its resistance against Israel.", Plover::Support, &["IRN"], &["LBN"]),
        ("Chinese police arrested a Japanese businessman on suspicion of spying.", Plover::Coerce, &["CHN"], &["JPN"]),
        ("Pakistan and India agreed to reopen a bus link across the Line of Control.", Plover::Agree, &["PAK", "IND"], &["PAK", "IND"]),
        ("Japan's prime minister apologised to South Korea for Japan's colonial rule.", Plover::Support, &["JPN"], &["KOR"]),
        ("The Iranian and Saudi foreign ministers met in Beijing to discuss restoring diplomatic relations.", Plover::Consult, &["IRN", "SAU"], &["IRN", "SAU"]),
        ("Mexico demanded that the United States extradite a former CIA agent.", Plover::Request, &["MEX"], &["USA"]),
        ("The European Union delivered 20 tonnes of medical supplies to Gaza.", Plover::Aid, &["EU"], &["PSE"]),
        ("Egypt's military-backed government banned the Muslim Brotherhood and seized its assets.", Plover::Coerce, &["EGY"], &["EGY"]),
        ("Ugandan troops clashed with Congolese rebels near the border town of Bunia.", Plover::Assault, &["UGA"], &["UNK"]),
    ];
    check_cases(cases);
}

#[test]
fn conditions_and_states_are_not_acts() {
    // The act inside a condition has not happened; where forces are is a state.
    assert_no("If Russia attacks Moldova, Romania will respond.", Plover::Assault);
    assert_no("Pyongyang warned of countermeasures if Washington deployed strategic assets to the peninsula.", Plover::Mobilize);
    assert_no("Israel threatened to launch an offensive unless Hezbollah pulled back from the border.", Plover::Retreat);
    assert_no("About 2,000 Turkish troops are stationed in Qatar under a 2014 defence accord.", Plover::Mobilize);
    // A deployment told with its size is both a deployment claim and a MOBILIZE event.
    let e = event_of("Russia has deployed around 1,500 troops to Mali, according to Western officials.", Plover::Mobilize);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["RUS"], vec!["MLI"]));
}

#[test]
fn an_eleventh_batch_of_fresh_sentences() {
    // Scored once before any fix: type 0.900, +source 0.833, +target 0.800 (30 sentences; a gold
    // with no target accepts any, as the PLOVER scoring does).
    // Fixed: "worked together"; "beheaded"; a travel ban on a country's people is a sanction; a
    // single activist or journalist arrested is a domestic target.
    let cases: &[Case] = &[
        ("Saudi-led coalition aircraft bombed a Houthi-held port in Hodeidah.", Plover::Assault, &["SAU"], &["YEM"]),
        ("Russia withdrew its forces from the Kyiv region at the end of March.", Plover::Retreat, &["RUS"], &["UKR"]),
        ("Kim Jong Un hosted Russian Defence Minister Sergei Shoigu in Pyongyang.", Plover::Consult, &["PRK"], &["RUS"]),
        ("Hong Kong police arrested pro-democracy activist Joshua Wong.", Plover::Coerce, &["CHN"], &["CHN"]),
        ("Beijing lodged a formal protest with Tokyo over the Japanese prime minister's visit to the Yasukuni shrine.", Plover::Accuse, &["CHN"], &["JPN"]),
        ("India congratulated Sri Lanka's new president on his election victory.", Plover::Support, &["IND"], &["LKA"]),
        ("The United States airdropped food and water to civilians in northern Gaza.", Plover::Aid, &["USA"], &["PSE"]),
        ("China warned the Philippines it would take countermeasures if Manila continued to send ships to the shoal.", Plover::Threaten, &["CHN"], &["PHL"]),
        ("Australia imposed travel bans on five Israeli settlers over violence against Palestinians.", Plover::Sanction, &["AUS"], &["ISR"]),
        ("Iran released a detained British-Iranian aid worker.", Plover::Retreat, &["IRN"], &["GBR"]),
        ("Islamic State militants beheaded a Japanese hostage in Syria.", Plover::Assault, &["IMG"], &["JPN"]),
        ("Turkish and Greek rescue teams worked together to free survivors from the rubble in Izmir.", Plover::Cooperate, &["TUR", "GRC"], &["TUR", "GRC"]),
    ];
    check_cases(cases);
}

#[test]
fn a_twelfth_batch_of_fresh_sentences() {
    // Scored once before any fix: type 0.867, +source 0.867, +target 0.800 (30 sentences in the
    // style of 1990s wire copy).
    // Fixed: leaders of the 1977-2000 era in the gazetteer (Yeltsin, Arafat, Rabin…); "sealed
    // off"; Bosnian towns.
    let cases: &[Case] = &[
        ("Yeltsin urged the Chechen separatists to lay down their arms and negotiate.", Plover::Request, &["RUS"], &["RUS"]),
        ("Serb gunners shelled the Moslem enclave of Gorazde on Sunday, killing at least 10 people, U.N. officials said.", Plover::Assault, &["SRB"], &["BIH"]),
        ("The United States imposed trade sanctions on China over its export of missile technology to Pakistan.", Plover::Sanction, &["USA"], &["CHN"]),
        ("Japan extended a 50 billion yen loan to Indonesia to help it weather the Asian financial crisis.", Plover::Aid, &["JPN"], &["IDN"]),
        ("North Korea threatened to pull out of the Nuclear Non-Proliferation Treaty.", Plover::Threaten, &["PRK"], &[]),
        ("Tens of thousands of South Koreans protested in Seoul against the import of American beef.", Plover::Protest, &["KOR"], &["USA"]),
        ("Indonesian troops detained dozens of pro-independence activists in East Timor.", Plover::Coerce, &["IDN"], &["TLS"]),
        ("Vietnam completed the withdrawal of its troops from Cambodia.", Plover::Retreat, &["VNM"], &["KHM"]),
        ("South Africa's government lifted the ban on the African National Congress.", Plover::Concede, &["ZAF"], &["ZAF"]),
        ("India test-fired a nuclear-capable Agni missile.", Plover::Mobilize, &["IND"], &[]),
        ("The Sudanese government accused Uganda of supporting the Sudan People's Liberation Army.", Plover::Accuse, &["SDN"], &["UGA"]),
        ("Chinese Premier Li Peng received visiting Thai Foreign Minister Prasong Soonsiri in Beijing.", Plover::Consult, &["CHN"], &["THA"]),
        ("Cuba rejected a U.S. offer of hurricane aid.", Plover::Reject, &["CUB"], &["USA"]),
        ("President Clinton praised Jordan's King Hussein for his role in the peace process.", Plover::Support, &["USA"], &["JOR"]),
        ("Israel sealed off the West Bank and Gaza Strip after a suicide bombing in Jerusalem.", Plover::Assault, &["ISR"], &["PSE"]),
        ("The Khmer Rouge freed two kidnapped French aid workers.", Plover::Retreat, &["KHM"], &["FRA"]),
        ("Pakistan offered to hold talks with India on Kashmir.", Plover::Agree, &["PAK"], &["IND"]),
    ];
    check_cases(cases);
    // (Whom a march is against, with no target before it; "Greek Cypriot" names two states and
    // both stay sources.)
    let e = event_of("Greek Cypriot demonstrators marched to the buffer zone in Nicosia to protest the Turkish occupation.", Plover::Protest);
    assert_eq!(codes(&e.target), ["TUR"]);
    let e = event_of("Israeli Prime Minister Yitzhak Rabin and PLO leader Yasser Arafat met in Cairo on Thursday to discuss the Gaza-Jericho agreement.", Plover::Consult);
    assert!(codes(&e.source).contains(&"ISR") || codes(&e.target).contains(&"ISR"), "{e:?}");
}

#[test]
fn a_thirteenth_batch_of_fresh_sentences() {
    // Scored once before any fix: type 1.000, +source 0.933, +target 0.867 (30 sentences naming
    // leaders of the 1990s by surname).
    // Fixed: a surname two leaders of one state are known by ("Castro", "Kabila", "Clinton")
    // names that state; a call's purpose ("telephoned Clinton to discuss") is the caller's.
    let cases: &[Case] = &[
        ("Mubarak held talks with King Hussein in Aqaba on Saturday.", Plover::Consult, &["EGY"], &["JOR"]),
        ("Arafat called on Israel to halt the construction of a Jewish settlement in east Jerusalem.", Plover::Request, &["PSE"], &["ISR"]),
        ("Saddam threatened to attack Israel if Iraq came under attack.", Plover::Threaten, &["IRQ"], &["ISR"]),
        ("Mandela praised Gaddafi for handing over the Lockerbie suspects.", Plover::Support, &["ZAF"], &["LBY"]),
        ("Saudi Arabia gave 100 million dollars to the Palestinian Authority.", Plover::Aid, &["SAU"], &["PSE"]),
        ("Washington suspended military aid to Pakistan after its nuclear tests.", Plover::Sanction, &["USA"], &["PAK"]),
        ("Chinese authorities expelled two American journalists.", Plover::Sanction, &["CHN"], &["USA"]),
        ("Iraqi troops pulled back from the Kuwaiti border.", Plover::Retreat, &["IRQ"], &["KWT"]),
        ("Egypt extradited two suspected militants to Saudi Arabia.", Plover::Cooperate, &["EGY"], &["SAU"]),
        ("Turkey massed troops on its border with Syria.", Plover::Mobilize, &["TUR"], &["SYR"]),
        ("Shevardnadze flew to Moscow for talks with Yeltsin on the Abkhazia conflict.", Plover::Consult, &["GEO"], &["RUS"]),
        ("Castro dismissed the new U.S. sanctions as an act of aggression.", Plover::Reject, &["CUB"], &["USA"]),
        ("Pakistan warned India that it would respond to any attack across the Line of Control.", Plover::Threaten, &["PAK"], &["IND"]),
        ("Hezbollah guerrillas fired rockets at northern Israel.", Plover::Assault, &["LBN"], &["ISR"]),
        ("Kenyan police fired tear gas at opposition supporters in Nairobi.", Plover::Assault, &["KEN"], &["KEN"]),
        ("Germany sent relief supplies to earthquake victims in Turkey.", Plover::Aid, &["DEU"], &["TUR"]),
        ("Syria began withdrawing its troops from Beirut.", Plover::Retreat, &["SYR"], &["LBN"]),
        ("Chirac telephoned Clinton to discuss the crisis in Kosovo.", Plover::Consult, &["FRA"], &["USA"]),
        ("Kabila accused Rwanda and Uganda of invading Congo.", Plover::Accuse, &["COD"], &["RWA", "UGA"]),
    ];
    check_cases(cases);
    assert_eq!(events("Chirac telephoned Clinton to discuss the crisis in Kosovo.").len(), 1);
}

#[test]
fn things_that_kill_name_no_doer() {
    // A bomb as subject or agent: the place's country stands for the unnamed doer (the PLOVER
    // gold's convention), never the victims'; with no place named the doer stays unknown.
    let cases: &[Case] = &[
        ("Three US servicemen were killed by an improvised explosive device outside of the Iraqi city of Basra.", Plover::Assault, &["IRQ"], &["USA"]),
        ("A roadside bomb killed two British soldiers in southern Afghanistan.", Plover::Assault, &["AFG"], &["GBR"]),
        ("A roadside bomb killed two British soldiers.", Plover::Assault, &["UNK"], &["GBR"]),
        // An ethnic group named by a demonym is not that state; a border is a place.
        ("Serb forces killed three ethnic Albanians in a gunbattle in southeastern Serbia.", Plover::Assault, &["SRB"], &["SRB"]),
        ("Turkish troops killed 15 Kurdish rebels in clashes near the Iraqi border, the army said.", Plover::Assault, &["TUR"], &["TUR"]),
        // (Troops massed near a border are aimed at its country.)
        ("Iraq massed troops near the Kuwaiti border, U.S. officials said.", Plover::Mobilize, &["IRQ"], &["KWT"]),
    ];
    check_cases(cases);
}

#[test]
fn a_fourteenth_batch_of_fresh_sentences() {
    // Scored once before any fix: type 0.933, +source 0.933, +target 0.900 (30 sentences of
    // 2020s wire copy). Fixed: Gaza's camps and towns as places. Left: a quotation's accusation
    // "said of" a state, and an IGO's loan "for Ethiopia's drought response" (neither form
    // appears in the PLOVER gold).
    let cases: &[Case] = &[
        ("In a statement on Sunday, Egypt's foreign ministry urged Ethiopia to stop filling the dam until a deal is reached.", Plover::Request, &["EGY"], &["ETH"]),
        ("A Ukrainian drone struck an oil refinery in Russia's Ryazan region overnight, the regional governor said.", Plover::Assault, &["UKR"], &["RUS"]),
        ("Hamas rejected Israel's latest ceasefire proposal.", Plover::Reject, &["PSE"], &["ISR"]),
        ("Turkey shipped 200 tonnes of humanitarian aid to Gaza via Egypt.", Plover::Aid, &["TUR"], &["PSE"]),
        ("Russian authorities detained a French researcher on charges of collecting military information.", Plover::Coerce, &["RUS"], &["FRA"]),
        ("Mali's junta released four Ivorian soldiers detained since last year.", Plover::Retreat, &["MLI"], &["CIV"]),
        ("Pakistan's military accused India of an unprovoked ceasefire violation along the Line of Control.", Plover::Accuse, &["PAK"], &["IND"]),
        ("Myanmar's junta lifted martial law in parts of Yangon.", Plover::Concede, &["MMR"], &["MMR"]),
        ("Niger suspended its military cooperation agreement with the United States.", Plover::Sanction, &["NER"], &["USA"]),
        ("The Philippine coast guard accused Chinese vessels of firing water cannon at its ships.", Plover::Accuse, &["PHL"], &["CHN"]),
        ("Russian Foreign Minister Sergei Lavrov hosted his Iranian counterpart in Moscow.", Plover::Consult, &["RUS"], &["IRN"]),
        ("Israeli air strikes killed 30 people in the Nuseirat refugee camp, Gaza health officials said.", Plover::Assault, &["ISR"], &["PSE"]),
        ("North Korea warned South Korea it would respond with force to any violation of its maritime border.", Plover::Threaten, &["PRK"], &["KOR"]),
        ("India rejected China's renaming of places in Arunachal Pradesh.", Plover::Reject, &["IND"], &["CHN"]),
        ("Hungary's prime minister praised Trump's peace efforts.", Plover::Support, &["HUN"], &["USA"]),
        ("Iran seized a Greek-flagged oil tanker in the Gulf of Oman.", Plover::Coerce, &["IRN"], &["GRC"]),
        ("Lebanon asked France to help rebuild the port of Beirut.", Plover::Request, &["LBN"], &["FRA"]),
        ("The last French troops left Niger on Friday.", Plover::Retreat, &["FRA"], &["NER"]),
    ];
    check_cases(cases);
}

#[test]
fn a_fifteenth_batch_of_fresh_sentences() {
    // Scored once before any fix: type 0.867, +source 0.767, +target 0.767 (30 sentences).
    // Fixed: "added 37 Chinese firms to its export blacklist"; a missile "fired … at" a ship;
    // "handed … back to"; "reinstated"; a participle after a number is an adjective ("three
    // dismissed judges"); resumed cooperation is cooperation; "Baltic states" are not the one
    // state the sentence names; "Wagner fighters".
    let cases: &[Case] = &[
        ("Germany's foreign minister expressed support for Moldova's bid to join the European Union.", Plover::Support, &["DEU"], &["MDA"]),
        ("Erdogan received Hamas leader Ismail Haniyeh in Istanbul on Saturday.", Plover::Consult, &["TUR"], &["PSE"]),
        ("The Kremlin dismissed a proposal by French President Emmanuel Macron for an Olympic truce.", Plover::Reject, &["RUS"], &["FRA"]),
        ("Iran's foreign ministry condemned the Israeli strike on its consulate in Damascus.", Plover::Accuse, &["IRN"], &["ISR"]),
        ("Russia warned Finland of retaliation if NATO deployed troops on its territory.", Plover::Threaten, &["RUS"], &["FIN"]),
        ("Canada announced 500 million dollars in military aid for Ukraine.", Plover::Aid, &["CAN"], &["UKR"]),
        ("The United States added 37 Chinese firms to its export blacklist.", Plover::Sanction, &["USA"], &["CHN"]),
        ("Belarusian authorities forced a Ryanair flight to land in Minsk and arrested a dissident journalist on board.", Plover::Coerce, &["BLR"], &["BLR"]),
        ("Hundreds of thousands of Israelis protested against the government's judicial overhaul.", Plover::Protest, &["ISR"], &["ISR"]),
        ("Armenia handed four border villages back to Azerbaijan.", Plover::Retreat, &["ARM"], &["AZE"]),
        ("Ethiopia accused Egypt of arming rebels in the Amhara region.", Plover::Accuse, &["ETH"], &["EGY"]),
        ("Blinken met Chinese Foreign Minister Wang Yi in Munich on the sidelines of the security conference.", Plover::Consult, &["USA"], &["CHN"]),
        ("Brazil's president defended Venezuela's election result.", Plover::Support, &["BRA"], &["VEN"]),
        ("Russia expelled 10 Estonian diplomats in a tit-for-tat move.", Plover::Sanction, &["RUS"], &["EST"]),
        ("Sudan's Rapid Support Forces attacked the city of El Fasher, killing dozens of civilians.", Plover::Assault, &["SDN"], &["SDN"]),
        ("China threatened to retaliate if the Netherlands restricted exports of chipmaking equipment.", Plover::Threaten, &["CHN"], &["NLD"]),
        ("Qatar delivered fuel and medical supplies to Gaza through the Rafah crossing.", Plover::Aid, &["QAT"], &["PSE"]),
        ("Georgian police used water cannon against demonstrators outside parliament in Tbilisi.", Plover::Assault, &["GEO"], &["GEO"]),
        ("Venezuela's government accused the United States of plotting a coup.", Plover::Accuse, &["VEN"], &["USA"]),
        ("Wagner fighters withdrew from Bakhmut and handed their positions to the Russian army.", Plover::Retreat, &["RUS"], &["UKR"]),
        ("South Korea and Japan resumed military intelligence sharing.", Plover::Cooperate, &["KOR", "JPN"], &["KOR", "JPN"]),
        ("Baltic states urged Germany to send more troops to NATO's eastern flank.", Plover::Request, &["UNK"], &["DEU"]),
    ];
    check_cases(cases);
    let e = event_of("Houthi rebels fired a ballistic missile at a commercial ship in the Red Sea.", Plover::Assault);
    assert_eq!(codes(&e.source), ["YEM"]);
    assert_no("The president handed power to his son.", Plover::Retreat);
}

#[test]
fn a_sixteenth_batch_of_fresh_sentences() {
    // Scored once before any fix: type 0.850, +source 0.850, +target 0.800 (20 sentences).
    // Fixed: "missiles hit energy facilities" ("hit" only with a weapon as subject); a joint
    // project is cooperation and a battle tank no battle; closed border crossings (CAMEO 191:
    // ASSAULT in the PLOVER gold, like "Russia closed its southern borders with Iran and Turkey").
    let cases: &[Case] = &[
        ("Indian Prime Minister Narendra Modi visited Moscow for talks with Vladimir Putin.", Plover::Consult, &["IND"], &["RUS"]),
        ("Japan tightened export controls on semiconductor equipment to China.", Plover::Sanction, &["JPN"], &["CHN"]),
        ("Azerbaijani artillery shelled Armenian positions near the village of Sotk.", Plover::Assault, &["AZE"], &["ARM"]),
        ("Hezbollah's leader warned Israel that any attack on Lebanon would trigger a wider war.", Plover::Threaten, &["LBN"], &["ISR"]),
        ("Turkish police raided the offices of a pro-Kurdish party in Ankara.", Plover::Coerce, &["TUR"], &["TUR"]),
        ("Ukrainian forces withdrew from the town of Avdiivka to avoid encirclement.", Plover::Retreat, &["UKR"], &["UKR"]),
        ("Colombia's government and the ELN rebels agreed to extend their ceasefire.", Plover::Agree, &["COL"], &["COL"]),
        ("Venezuela deployed troops to its border with Guyana.", Plover::Mobilize, &["VEN"], &["GUY"]),
        ("The Israeli military accused Hamas of using hospitals as command centres.", Plover::Accuse, &["ISR"], &["PSE"]),
        ("Russian missiles hit energy facilities in the Lviv region overnight.", Plover::Assault, &["RUS"], &["UKR"]),
        ("Lithuania closed two border crossings with Belarus.", Plover::Assault, &["LTU"], &["BLR"]),
        ("France and Germany launched a joint project to develop a new battle tank.", Plover::Cooperate, &["FRA", "DEU"], &["FRA", "DEU"]),
    ];
    check_cases(cases);
    assert_no("France and Germany launched a joint project to develop a new battle tank.", Plover::Assault);
    assert!(events("The index hit a record high as shares closed higher in Tokyo.").is_empty());
}

#[test]
fn a_seventeenth_batch_of_fresh_sentences() {
    // Scored once before any fix: type 0.967, +source 0.967, +target 0.967 once six of our own
    // labels were put right by the codebook (a pledge of aid is AGREE, CAMEO 033; a release of
    // prisoners RETREAT, 0841; ordering an ambassador out SANCTION, 166; "X and Y agreed" has no
    // target, as in the PLOVER gold). Fixed: demonstrators clashing with troops riot (CAMEO 145),
    // as a crowd storming a building does; armies that clash still fight.
    let cases: &[Case] = &[
        ("Palestinian demonstrators clashed with Israeli troops near Nablus.", Plover::Protest, &["PSE"], &["ISR"]),
        ("Students clashed with riot police in Dhaka on Monday.", Plover::Protest, &["BGD"], &["BGD"]),
        ("Germany pledged 500 million euros in humanitarian assistance for Syrian refugees.", Plover::Agree, &["DEU"], &["SYR"]),
        ("Myanmar's junta released 700 political prisoners under an amnesty.", Plover::Retreat, &["MMR"], &["MMR"]),
        ("Mali's junta ordered French ambassador Joel Meyer to leave the country within 72 hours.", Plover::Sanction, &["MLI"], &["FRA"]),
        ("Washington froze the assets of three Venezuelan officials accused of corruption.", Plover::Sanction, &["USA"], &["VEN"]),
        ("Houthi rebels fired a ballistic missile at the Saudi city of Jizan.", Plover::Assault, &["YEM"], &["SAU"]),
        ("Thousands of Georgians demonstrated outside parliament in Tbilisi against a foreign agents law.", Plover::Protest, &["GEO"], &["GEO"]),
        ("The European Union suspended budget support to Niger after the military coup.", Plover::Sanction, &["EU"], &["NER"]),
    ];
    check_cases(cases);
    let e = event_of("Indian and Chinese troops clashed in the Galwan Valley.", Plover::Assault);
    assert_eq!(codes(&e.source), ["IND", "CHN"]);
    assert_no("Indian and Chinese troops clashed in the Galwan Valley.", Plover::Protest);
}

#[test]
fn an_eighteenth_batch_of_fresh_sentences() {
    // 2020s wire copy with attributions. Scored once before any fix: type 0.800, +source 0.800,
    // +target 0.767 (two of the misses were our labels: intent to hold an exercise is AGREE by
    // CAMEO's 03 logic, and an announced deployment aimed at a neighbour is read as a threat).
    // Fixed: force a state says it could use is a threat ("said Ankara could launch a ground
    // operation"), speculation by others is not; "ground operation" and "military operation" are
    // attacks; the verb "strike" after a modal with an object; crowds taking to the streets;
    // a demand whose maker is unnamed still frames what it asks for ("appealed ... for their
    // release" is no release); two speakers on the phone consult each other, once; a joint air
    // exercise or patrol; readmission after a suspension (CAMEO 08, as reinstatement); the Sea of
    // Japan is not Japan.
    let cases: &[Case] = &[
        ("Turkish President Tayyip Erdogan said Ankara could launch a new ground operation against Kurdish militants in northern Syria.", Plover::Threaten, &["TUR"], &["SYR"]),
        ("Turkey launched a new ground operation against Kurdish militants in northern Syria.", Plover::Assault, &["TUR"], &["SYR"]),
        ("Russia said it might strike Western arms depots in Ukraine.", Plover::Threaten, &["RUS"], &["UKR"]),
        ("Tens of thousands of Israelis took to the streets of Tel Aviv on Saturday to demand a deal to free the hostages.", Plover::Protest, &["ISR"], &["ISR"]),
        ("Putin and Xi spoke by phone on Tuesday and discussed the situation in Ukraine, the Kremlin said.", Plover::Consult, &["RUS", "CHN"], &["RUS", "CHN"]),
        ("Japanese and Australian forces held their first joint air exercise in northern Australia.", Plover::Cooperate, &["JPN", "AUS"], &["JPN", "AUS"]),
        ("Japanese and Australian forces will hold their first joint air exercise in northern Australia next month, defence officials said.", Plover::Agree, &["JPN", "AUS"], &["JPN", "AUS"]),
        ("Russian and Chinese bombers held a joint air patrol over the Sea of Japan.", Plover::Cooperate, &["RUS", "CHN"], &["RUS", "CHN"]),
        ("The Arab League readmitted Syria after a 12-year suspension.", Plover::Concede, &["ARL"], &["SYR"]),
        ("Under international pressure, Belarus pardoned 18 political prisoners on Wednesday.", Plover::Concede, &["BLR"], &["BLR"]),
    ];
    check_cases(cases);
    assert_eq!(events("Putin and Xi spoke by phone on Tuesday and discussed the situation in Ukraine, the Kremlin said.").len(), 1);
    assert!(events("The families of the detained sailors have appealed to the Iranian government for their release.").is_empty());
    // Others' speculation stays a possibility; labour strikes and deals struck are no attacks.
    assert_no("Analysts said Turkey could attack Kurdish militants in Syria.", Plover::Threaten);
    assert_no("The United States said Russia could invade Ukraine within weeks.", Plover::Threaten);
    assert!(events("Teachers said they would strike next week over pay.").is_empty());
    assert!(events("The two sides could strike a deal this week.").is_empty());
    // The warning's content is not a second threat by the one warned.
    let ev = events("Hezbollah warned Israel it would strike Haifa if Beirut was bombed.");
    assert_eq!(ev.iter().filter(|e| e.plover == Plover::Threaten).count(), 1, "{ev:?}");
}

#[test]
fn a_nineteenth_batch_of_fresh_sentences() {
    // 1980s and 1990s wire copy. Scored once before any fix: type 0.867, +source 0.800, +target
    // 0.767 (three misses were our labels: cutting off supplies is SANCTION, CAMEO 162; signing a
    // treaty SUPPORT, as in the PLOVER gold; violent repression ASSAULT, 175). Fixed: troops
    // ordered to a place deploy; a deployment's target is where the troops go, not their own
    // country ("thousands of American troops to Saudi Arabia"); "President Bush" (two presidents
    // of one state) names that state; a crowd named as the object of another act ("arrested 50
    // protesters", "opened fire on student protesters") is no protest; a crowd gathering outside
    // an embassy demonstrates; office holders of the era (Gromyko, Kissinger, Haig, Genscher).
    let cases: &[Case] = &[
        ("President Bush ordered thousands of American troops to Saudi Arabia.", Plover::Mobilize, &["USA"], &["SAU"]),
        ("Putin ordered Russian troops into eastern Ukraine.", Plover::Mobilize, &["RUS"], &["UKR"]),
        ("President Bush met Putin in Moscow.", Plover::Consult, &["USA"], &["RUS"]),
        ("Protesters gathered outside the U.S. embassy in Baghdad.", Plover::Protest, &["IRQ"], &["USA"]),
        ("Genscher flew to Moscow for talks with Gromyko.", Plover::Consult, &["DEU"], &["RUS"]),
        ("Chinese troops opened fire on student protesters near Tiananmen Square in Beijing.", Plover::Assault, &["CHN"], &["CHN"]),
        ("Soviet authorities cut off oil supplies to Lithuania.", Plover::Sanction, &["RUS"], &["LTU"]),
        ("Iraqi troops invaded Kuwait early on Thursday and seized the emir's palace.", Plover::Assault, &["IRQ"], &["KWT"]),
        ("The Soviet Union warned Lithuania of grave consequences if it did not revoke its declaration of independence.", Plover::Threaten, &["RUS"], &["LTU"]),
    ];
    check_cases(cases);
    assert_no("Police arrested 50 protesters in Minsk.", Plover::Protest);
    assert_no("Chinese troops opened fire on student protesters near Tiananmen Square in Beijing.", Plover::Protest);
    assert!(events("The president ordered the arrest of the former minister.").iter().all(|e| e.plover != Plover::Mobilize));
    assert_no("Mali's junta ordered French troops to leave the country.", Plover::Mobilize);
}

#[test]
fn a_twentieth_batch_of_fresh_sentences() {
    // In the style of the CAMEO manual's examples. Scored once before any fix: type 0.900,
    // +source 0.833, +target 0.800 (two type misses were our labels: a promise of aid and an
    // agreement to patrol jointly are AGREE, as in the PLOVER gold). Fixed: "for a five-day
    // visit" is a purpose, and talks where the visitors went are with the host; a body
    // suspends or expels the passive subject "from" it; stone-throwing crowds riot; "the Pope"
    // is the Holy See.
    let cases: &[Case] = &[
        ("A Chinese trade delegation arrived in Hanoi on Tuesday for a five-day visit.", Plover::Consult, &["CHN"], &["VNM"]),
        ("A Chinese delegation arrived in Hanoi for talks.", Plover::Consult, &["CHN"], &["VNM"]),
        ("The Pope arrived in Baghdad for a historic visit.", Plover::Consult, &["VAT"], &["IRQ"]),
        ("Nigeria was suspended from the Commonwealth after the execution of Ken Saro-Wiwa.", Plover::Sanction, &["CWN"], &["NGA"]),
        ("Mali was suspended from the African Union after the coup.", Plover::Sanction, &["AU"], &["MLI"]),
        ("Angry Chinese students hurled stones at the U.S. embassy in Beijing after the NATO bombing of the Chinese embassy in Belgrade.", Plover::Protest, &["CHN"], &["USA"]),
        ("Palestinian youths threw stones at Israeli soldiers in Hebron.", Plover::Protest, &["PSE"], &["ISR"]),
        ("Norway will provide 20 million crowns in emergency food aid to drought victims in Malawi.", Plover::Agree, &["NOR"], &["MWI"]),
        ("Argentina recalled its ambassador to Britain in protest over the Falklands dispute.", Plover::Sanction, &["ARG"], &["GBR"]),
    ];
    check_cases(cases);
    let e = event_of("Russia expelled two diplomats from Moscow.", Plover::Sanction);
    assert_eq!(codes(&e.source), ["RUS"]);
}

#[test]
fn a_wire_story_read_whole() {
    // A story of our own about the 2024 deployment, read as one document (not scored: written
    // to look for what sentence batches miss). Fixed: "He" opening a sentence is the one person
    // the last sentence naming people named (or the one it opened with); a deployment reported in the passive ("the spy
    // agency said the troops had been deployed") is not the reporter's; seizing territory is an
    // attack (CAMEO 192), seizing power is not; what a treaty obliges its parties to do is no
    // act; drills held jointly count beside a stronger cue in the same sentence.
    let ev = events("President Yoon Suk Yeol told reporters that Seoul would not stand idly by. He urged Beijing to use its influence over Pyongyang.");
    let e = ev.iter().find(|e| e.plover == Plover::Request).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["KOR"], vec!["CHN"]));
    // Two people named: "He" is the one the sentence opened with as its subject, and nobody in
    // particular when it opened with neither.
    assert_event("Putin met Erdogan in Sochi. He urged Kyiv to negotiate.", Plover::Request, &["RUS"], &["UKR"]);
    let ev = events("Talks between Putin and Erdogan ended in Sochi. He urged Kyiv to negotiate.");
    assert!(ev.iter().all(|e| e.plover != Plover::Request), "{ev:?}");
    assert!(events("South Korea's spy agency said the troops had been deployed to the Kursk region.").is_empty());
    assert_no("Officials said 40 protesters were arrested in Minsk.", Plover::Protest);
    check_cases(&[
        ("Ukrainian forces seized territory in the Kursk region in August.", Plover::Assault, &["UKR"], &["RUS"]),
        ("Russian troops were deployed to Belarus.", Plover::Mobilize, &["RUS"], &["BLR"]),
        ("Meanwhile, the United States and South Korea held joint air drills with Japan near the Korean peninsula, and Washington imposed sanctions on three North Korean officials.", Plover::Cooperate, &["USA", "KOR"], &["JPN"]),
    ]);
    assert_no("Soldiers seized power in the capital Libreville.", Plover::Assault);
    assert_no(
        "Russia and North Korea signed a treaty in June that obliges each side to provide military assistance if the other is attacked.",
        Plover::Aid,
    );
}

#[test]
fn a_restated_count_is_its_sources_claim() {
    // The second count of a deployment belongs to whoever put the figure there, so the store can
    // tell two sources apart inside one story.
    let claims = Reader::new(Gazetteer::builtin())
        .read_sentence("t", "North Korea has sent 11,000 troops to Russia, according to South Korean intelligence. Ukrainian officials put the figure at 12,000.")
        .claims;
    let deployments: Vec<(f64, Option<String>)> = claims
        .iter()
        .filter_map(|c| match &c.body {
            ClaimBody::Deployment(d) => Some((d.quantity.as_ref().map_or(0.0, |q| q.value), c.attribution.actor.as_ref().map(|a| a.code.clone()))),
            _ => None,
        })
        .collect();
    assert_eq!(deployments, vec![(11000.0, Some("KOR".to_string())), (12000.0, Some("UKR".to_string()))]);
}

#[test]
fn a_twenty_first_batch_of_fresh_sentences() {
    // 2010s-2020s wire, Middle East and Africa. Scored once before any fix: type 0.833, +source
    // 0.833, +target 0.833 (one miss was our label: freeing a prisoner is RETREAT, CAMEO 0841).
    // Fixed: "would use force" threatens; a bailout is aid; a crowd setting fire to a consulate
    // riots, militants setting fire to a school attack; "pulled its troops out" withdraws.
    let cases: &[Case] = &[
        ("Ethiopia's prime minister said his government would use force if Egypt tried to sabotage the dam.", Plover::Threaten, &["ETH"], &["EGY"]),
        ("The International Monetary Fund approved a 3 billion dollar bailout for Egypt.", Plover::Aid, &["IMF"], &["EGY"]),
        ("Iraqi protesters set fire to the Iranian consulate in Najaf.", Plover::Protest, &["IRQ"], &["IRN"]),
        ("Kenya pulled its troops out of Somalia's Gedo region.", Plover::Retreat, &["KEN"], &["SOM"]),
        ("Uzbekistan freed a prominent human rights activist after 18 years in prison.", Plover::Retreat, &["UZB"], &["UZB"]),
        ("Britain expelled 23 Russian diplomats over the poisoning of Sergei Skripal.", Plover::Sanction, &["GBR"], &["RUS"]),
    ];
    check_cases(cases);
    assert_no("Militants set fire to a school in northern Nigeria.", Plover::Protest);
    assert!(events("The president pulled the plug on the project.").is_empty());
}

#[test]
fn a_twenty_second_batch_of_fresh_sentences() {
    // Mixed 2020s wire (20 sentences). Scored once before any fix: type 0.900, +source 0.900,
    // +target 0.900 (one miss was our label: "will jointly produce" is an intent, AGREE).
    // Fixed: troops trading fire fight.
    let cases: &[Case] = &[
        // (Each side fired on the other, as with "exchanged fire".)
        ("Indian and Pakistani troops traded fire across the Line of Control in Kashmir on Saturday.", Plover::Assault, &["IND", "PAK"], &["IND", "PAK"]),
        ("Russia vetoed a Security Council resolution condemning its annexation of four Ukrainian regions.", Plover::Reject, &["RUS"], &["UNSC"]),
        ("Iran moved troops and artillery to its border with Azerbaijan ahead of military drills.", Plover::Mobilize, &["IRN"], &["AZE"]),
    ];
    check_cases(cases);
    assert!(events("The two firms traded accusations over the fire sale.").iter().all(|e| e.plover != Plover::Assault));
}

#[test]
fn a_twenty_third_batch_of_fresh_sentences() {
    // Requests, refusals, support and concessions (20 sentences). Scored once before any fix:
    // type 0.850, +source 0.850, +target 0.750 (one miss was our label: signing a deal is
    // SUPPORT, as in the PLOVER gold). Fixed: reaffirmed commitments are support ("reaffirmed its
    // opposition" is not); a court named after its seat ("the Hague tribunal") is not the
    // Netherlands; regions of Myanmar.
    let cases: &[Case] = &[
        ("Washington reaffirmed its commitment to defend Japan, including the Senkaku Islands.", Plover::Support, &["USA"], &["JPN"]),
        ("Burmese military jets bombed a village in Sagaing region, killing more than 100 people.", Plover::Assault, &["MMR"], &["MMR"]),
        ("Beijing dismissed the Hague tribunal's ruling on the South China Sea as null and void.", Plover::Reject, &["CHN"], &[]),
        ("Niger's junta demanded that French troops leave the country by the end of the year.", Plover::Request, &["NER"], &["FRA"]),
    ];
    check_cases(cases);
    assert!(events("Russia reaffirmed its opposition to NATO enlargement.").iter().all(|e| e.plover != Plover::Support));
}

#[test]
fn a_twenty_fourth_batch_of_fresh_sentences() {
    // 2020s wire, all regions. Scored once before any fix: type 0.933, +source 0.933, +target
    // 0.900. Fixed: visa restrictions on foreign officials are a sanction (not domestic
    // coercion); "returned" with a person or property as its object is a return, beside a
    // stronger cue ("a captured pilot"); Sheikh Hasina (gazetteer).
    let cases: &[Case] = &[
        ("Washington imposed visa restrictions on Georgian officials over the foreign agents law.", Plover::Sanction, &["USA"], &["GEO"]),
        ("Pakistan returned a captured Indian pilot as a gesture of peace.", Plover::Retreat, &["PAK"], &["IND"]),
        ("Narendra Modi met Sheikh Hasina in New Delhi to discuss water sharing.", Plover::Consult, &["IND"], &["BGD"]),
    ];
    check_cases(cases);
    assert!(events("The president returned to Moscow on Friday.").is_empty());
}

#[test]
fn a_twenty_fifth_batch_of_fresh_sentences() {
    // 2020s wire, attributions and prepositional phrases. Scored once before any fix: type
    // 0.800, +source 0.767, +target 0.733 (one miss was our label: signing an agreement is
    // SUPPORT, as in the PLOVER gold). Fixed: an attack by hackers or on networks is cyber
    // coercion; a participle right after a prepositional object has the main subject ("filed a
    // case at the ICJ accusing Israel"); applying to join is a request; a bombing "in" a place
    // is a noun, not an adjective; carriers, destroyers and bombers are forces sent; a measure
    // withdrawn is a concession; a state's forces striking a place of its own state strike at
    // home.
    let cases: &[Case] = &[
        ("Hackers working for Russia's military intelligence attacked Ukrainian government networks, Microsoft said.", Plover::Coerce, &["RUS"], &["UKR"]),
        ("South Africa filed a case at the International Court of Justice accusing Israel of genocide in Gaza.", Plover::Accuse, &["ZAF"], &["ISR"]),
        ("Finland applied to join NATO in May 2022.", Plover::Request, &["FIN"], &["NATO"]),
        ("The Pakistani Taliban claimed responsibility for a suicide bombing at a police compound in Peshawar.", Plover::Assault, &["PAK"], &["PAK"]),
        ("The United States sent a second aircraft carrier to the eastern Mediterranean.", Plover::Mobilize, &["USA"], &[]),
        ("Georgia's ruling party withdrew the foreign agents bill after mass protests.", Plover::Concede, &["GEO"], &["GEO"]),
        ("Sudan's Rapid Support Forces shelled a hospital in El Fasher.", Plover::Assault, &["SDN"], &["SDN"]),
    ];
    check_cases(cases);
    assert_eq!(events("Iranian hackers attacked Israeli government computers.").first().map(|e| e.mode.as_deref()), Some(Some("cyber")));
    // An adjective stays one; an attack an adjunct refers back to is not reported again.
    assert!(events("Russia faced a pressing shortage of shells in Kursk.").is_empty());
    let closure = events("Israel sealed off the West Bank after a suicide bombing in Jerusalem.");
    assert_eq!(closure.len(), 1, "{closure:?}");
    assert_eq!(closure[0].source[0].code, "ISR");
    // Troops withdrawn retreat; only forces in their own country's places strike at home.
    assert_eq!(events("Israel withdrew its troops from the Netzarim corridor.").first().map(|e| e.plover), Some(Plover::Retreat));
    assert!(events("Russia's envoy accused Western states of using the assembly to pressure Moscow.").iter().all(|e| e.target.iter().all(|t| t.code != "RUS")));
}

#[test]
fn a_twenty_sixth_batch_of_fresh_sentences() {
    // 1990s wire. Scored once before any fix: type 0.933, +source 0.900 (one miss is the
    // scorer's: Kofi Annan is coded UNO as a person), +target 0.900. Fixed: troops dispatched
    // deploy (a team of investigators dispatched is nothing); a hospital seized by rebels is
    // occupied by force (a tanker seized stays a confiscation).
    let cases: &[Case] = &[
        ("Australia dispatched 4,500 troops to East Timor.", Plover::Mobilize, &["AUS"], &["TLS"]),
        ("Chechen rebels seized a hospital in the southern Russian town of Budyonnovsk.", Plover::Assault, &["RUS"], &["RUS"]),
        ("Iranian forces seized an oil tanker in the Gulf of Oman.", Plover::Coerce, &["IRN"], &[]),
    ];
    check_cases(cases);
    assert!(events("The UN dispatched a team of investigators to Syria.").is_empty());
}

#[test]
fn a_twenty_seventh_batch_of_fresh_sentences() {
    // Twenty sentences that state no event (background, analysis, forecasts) and ten that do.
    // Scored once before any fix: no event in any of the twenty; the ten at 0.800 on all
    // three. Fixed: a crowd of plain people protests where it gathers ("Hundreds of people
    // demonstrated outside the Russian embassy in Seoul"); action a state says it would take
    // against someone is a threat.
    let cases: &[Case] = &[
        ("Hundreds of people demonstrated outside the Russian embassy in Seoul.", Plover::Protest, &["KOR"], &["RUS"]),
        ("Pyongyang said it would take overwhelming action against any provocation.", Plover::Threaten, &["PRK"], &[]),
    ];
    check_cases(cases);
    for s in [
        "Analysts say the alliance could reshape the balance of power in Northeast Asia.",
        "Trade between China and North Korea fell sharply during the pandemic.",
        "The ministry did not respond to a request for comment.",
        "The sanctions regime has been widely criticised as ineffective.",
        "Thousands of people fled the fighting in Khartoum.",
        "The EU is considering action against Hungary.",
        "China finds itself increasingly anxious about potential military actions that might not align with its interests.",
    ] {
        assert!(events(s).iter().all(|e| e.hypothetical || e.negated), "{s}: {:?}", events(s));
    }
}

#[test]
fn sentences_of_a_wire_story_of_our_own_on_strikes_across_a_border() {
    // A story written for this test (India-Pakistan, May 2025), read whole; each sentence that
    // was read wrongly is checked here on its own.
    let cases: &[Case] = &[
        // A headline's present tense between two names is the act; the occasion after "after"
        // is not a second event.
        ("India strikes Pakistan after Kashmir attack", Plover::Assault, &["IND"], &["PAK"]),
        ("Indian and Pakistani troops exchanged heavy fire along the Line of Control throughout the day, officials on both sides said.", Plover::Assault, &["IND", "PAK"], &["IND", "PAK"]),
        // Several places travelled to are all the hosts.
        ("Saudi Arabia's foreign minister travelled to Islamabad and New Delhi to mediate.", Plover::Consult, &["SAU"], &["PAK", "IND"]),
        // A place after the weapon or force is where it struck, not who struck.
        ("Israeli strikes in Gaza killed 30 people.", Plover::Assault, &["ISR"], &["PSE"]),
        ("Russian troops in Kharkiv shelled a school.", Plover::Assault, &["RUS"], &["UKR"]),
        // A crowd's participle after its place keeps the crowd as its subject, and its leader
        // as the one it asks of.
        ("Thousands of Armenians rallied in Yerevan demanding the resignation of Prime Minister Nikol Pashinyan.", Plover::Request, &["ARM"], &["ARM"]),
    ];
    check_cases(cases);
    assert_eq!(events("India strikes Pakistan after Kashmir attack").len(), 1);
    // A count of sites struck is no death toll (it is the size of the strikes, in sites); a
    // count of people killed is.
    let strikes = events("India launched missile strikes on nine sites in Pakistan early on Wednesday.");
    assert!(strikes.iter().all(|e| e.magnitude.as_ref().map_or(true, |m| m.unit == "sites")), "{strikes:?}");
    let toll = events("Israeli strikes in Gaza killed 30 people.");
    assert_eq!(toll.first().and_then(|e| e.magnitude.as_ref()).map(|m| m.value), Some(30.0));
    assert!(events("US strikes deal with China").iter().all(|e| e.plover != Plover::Assault));
}

#[test]
fn sentences_of_a_second_story_of_our_own_on_a_regional_bloc() {
    // A story written for this test (the Sahel juntas leaving ECOWAS), read whole.
    // The dateline's city is where the story was filed: the participle's subject is the whole
    // list of states, and "the bloc" is the organisation just named.
    let ev = events("ABUJA, Jan 29 (Wire) - Mali, Burkina Faso and Niger announced that they were leaving the Economic Community of West African States, accusing the bloc of imposing illegal sanctions.");
    let e = ev.iter().find(|e| e.plover == Plover::Accuse).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["MLI", "BFA", "NER"], vec!["ECOWAS"]));
    // "The bloc" in a later sentence: the organisation named last.
    let ev = events("ECOWAS said it had not received formal notification. The bloc lifted most of its sanctions on Niger in February.");
    let e = ev.iter().find(|e| e.plover == Plover::Retreat).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["ECOWAS"], vec!["NER"]));
    // What one failed to do was not done.
    assert!(events("The juntas said ECOWAS had failed to help them fight jihadist insurgencies.").iter().all(|e| e.negated));
    // A coordinated order is the first verb's subject's, and a second act of the same kind on
    // someone else is a second event.
    let ev = events("Niger's junta expelled French troops and ordered the U.S. to withdraw its 1,000 soldiers.");
    let pairs: Vec<(Vec<&str>, Vec<&str>)> = ev.iter().filter(|e| e.plover == Plover::Sanction).map(|e| (codes(&e.source), codes(&e.target))).collect();
    assert_eq!(pairs, vec![(vec!["NER"], vec!["FRA"]), (vec!["NER"], vec!["USA"])]);
    // "Both countries" stands for both; "His government" for the last person's state.
    let ev = events("India and Pakistan exchanged fire again. On Saturday, both countries agreed to a ceasefire after talks between their military operations chiefs.");
    let e = ev.iter().find(|e| e.plover == Plover::Agree).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(codes(&e.source), vec!["IND", "PAK"]);
    assert_eq!(ev.iter().filter(|e| e.plover == Plover::Assault).count(), 1, "{ev:?}");
    let ev = events("Prime Minister Shehbaz Sharif said Pakistan had every right to respond. His government later expelled two Indian diplomats.");
    let e = ev.iter().find(|e| e.plover == Plover::Sanction).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["PAK"], vec!["IND"]));
    // Every state listed as depending on others depends on each of them.
    let claims = Reader::new(Gazetteer::builtin())
        .read_sentence("t", "Landlocked Mali, Burkina Faso and Niger depend on ports in Ivory Coast and Benin.")
        .claims;
    let mut deps: Vec<(String, String)> = claims
        .iter()
        .filter_map(|c| match &c.body {
            ClaimBody::Dependence(d) => Some((d.actor.code.clone(), d.on.code.clone())),
            _ => None,
        })
        .collect();
    deps.sort();
    let want: Vec<(String, String)> = [("BFA", "BEN"), ("BFA", "CIV"), ("MLI", "BEN"), ("MLI", "CIV"), ("NER", "BEN"), ("NER", "CIV")]
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(deps, want);
}

#[test]
fn sentences_of_an_analysis_of_our_own_on_a_maritime_dispute() {
    // An analysis written for this test (the Philippines, China and the 1951 treaty), read
    // whole: analytical prose states few events, and those it states must not be invented.
    for s in [
        // A noun modifying another names no act.
        "The Philippines has spent the past two years turning a maritime dispute into an alliance test.",
        // What a treaty covers is no attack.
        "Washington has repeatedly said that the 1951 Mutual Defense Treaty covers armed attacks on Philippine public vessels anywhere in the South China Sea.",
        // Insisting on a fact asks nothing; pressure on no one asks nothing.
        "China's foreign ministry insisted the shoal is Chinese territory.",
        "Beijing has responded with growing pressure.",
    ] {
        let ev = events(s);
        assert!(ev.iter().all(|e| e.hypothetical || e.negated), "{s}: {ev:?}");
    }
    // A capitalised name holding cue words is a name; opening bases to another's forces is
    // military cooperation; a defence cooperation agreement is no defence pact (a security pact
    // with no obligation stated).
    let text = "Manila has granted U.S. forces access to four more military bases under the Enhanced Defense Cooperation Agreement.";
    let claims = Reader::new(Gazetteer::builtin()).read_sentence("t", text).claims;
    assert!(claims.iter().all(|c| !matches!(&c.body, ClaimBody::Alliance(a) if !a.obligations.is_empty())), "{claims:?}");
    let ev = events(text);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!((ev[0].plover, codes(&ev[0].source), codes(&ev[0].target)), (Plover::Cooperate, vec!["PHL"], vec!["USA"]));
    // A recommendation no one named makes is a possibility, not a demand by its object.
    let ev = events("The United States should deepen coast guard cooperation with Manila.");
    assert!(ev.iter().all(|e| e.hypothetical && e.plover != Plover::Request), "{ev:?}");
    // A demand reported at the end of the sentence is the reporter's.
    let e = event_of("Russia must withdraw its troops from Ukraine, Macron said.", Plover::Request);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["FRA"], vec!["RUS"]));
    // The named treaty between two states is still their alliance.
    let claims = Reader::new(Gazetteer::builtin())
        .read_sentence("t", "The 1951 Mutual Defense Treaty between the United States and the Philippines covers armed attacks on Philippine vessels.")
        .claims;
    assert!(claims.iter().any(|c| matches!(c.body, ClaimBody::Alliance(_))), "{claims:?}");
}

#[test]
fn sentences_of_a_third_story_of_our_own_on_the_deployment() {
    // A story written for this test (Seoul, Pyongyang, Moscow in November 2024), read whole.
    // A denial's object ends at ", but": the next clause's actor is no target.
    let e = event_of("Pyongyang has denied sending troops, but Russian President Vladimir Putin did not dispute the reports.", Plover::Reject);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["PRK"], Vec::<&str>::new()));
    // A coordinated verb's subject is the whole list.
    let e = event_of(
        "The United States, Japan and South Korea condemned the deployment in a joint statement and warned that Moscow's support for North Korea's weapons programmes would not go unanswered.",
        Plover::Threaten,
    );
    let mut src = codes(&e.source);
    src.sort();
    assert_eq!((src, codes(&e.target)), (vec!["JPN", "KOR", "USA"], vec!["RUS"]));
    // What is done at a place a "where" clause hangs on is done to its state.
    let e = event_of("About 11,000 North Korean troops are now in Russia's Kursk region, where Ukrainian forces seized territory in August.", Plover::Assault);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["UKR"], vec!["RUS"]));
}

#[test]
fn a_twenty_eighth_batch_of_fresh_sentences() {
    // East Asia, 2020s wire. Scored once before any fix: 0.767 on all three, 0.867 once three
    // labels of ours were put right by our conventions (a missile launch is MOBILIZE, signing a
    // deal SUPPORT, a pledge of aid AGREE). Fixed: a weak cue naming the list something is added
    // to ("its sanctions list") beside a stronger one; a joint drill is cooperation; a crowd of
    // fishermen protesting is a demonstration in the country it gathers in.
    let cases: &[Case] = &[
        ("The European Union added three North Korean generals to its sanctions list over the deployment.", Plover::Sanction, &["EU"], &["PRK"]),
        ("The coast guards of Japan and the Philippines held their first joint drill near Manila Bay.", Plover::Cooperate, &["JPN", "PHL"], &["JPN", "PHL"]),
        ("Hundreds of fishermen protested in Manila against Chinese incursions in the South China Sea.", Plover::Protest, &["PHL"], &["CHN"]),
    ];
    check_cases(cases);
    // Still open: a conditional offer to the other side's enemy, said as a warning, is a threat
    // to the one the condition names; it reads as a possible aid.
    let e = event_of("Russia's deputy foreign minister said Moscow could supply weapons to North Korea if Seoul armed Kyiv.", Plover::Aid);
    assert!(e.hypothetical);
}

#[test]
fn sentences_of_a_fourth_story_of_our_own_on_a_tariff_fight() {
    // A story written for this test (export controls and tariffs, April 2025), read whole.
    // A fight named by its arena is no fighting; hitting back is no attack.
    assert!(events("China curbs rare earth exports as tariff fight with Washington escalates").iter().all(|e| e.plover != Plover::Assault));
    assert!(events("China retaliated, hitting back two days after Trump raised duties on Chinese goods.").iter().all(|e| e.plover != Plover::Assault));
    // Duties raised on a state's goods and an entity list are sanctions.
    let e = event_of("Beijing added 11 American defence firms to its unreliable entity list.", Plover::Sanction);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["CHN"], vec!["USA"]));
    let e = event_of("Washington raised duties on Chinese steel.", Plover::Sanction);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["USA"], vec!["CHN"]));
    // The state a "which faces" clause hangs on is the sanction's target; no state sanctions
    // itself.
    let e = event_of("Vietnam, which faces a 46 percent U.S. tariff, offered to cut its own duties on American goods to zero.", Plover::Sanction);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["USA"], vec!["VNM"]));
}

#[test]
fn a_twenty_ninth_batch_of_fresh_sentences() {
    // Middle East, 2024 wire (20 sentences). Scored once before any fix: type 0.850, +source
    // 0.800, +target 0.800 (one miss was our label: a court ordering a state to act demands it,
    // REQUEST). Fixed: a closing reporting clause is a few words after its verb, so "Ireland,
    // Norway and Spain said they would…" is the subject, not a report; an order to act is the
    // orderer's demand of the one ordered.
    let cases: &[Case] = &[
        ("Ireland, Norway and Spain announced they would recognise a Palestinian state.", Plover::Agree, &["IRL", "NOR", "ESP"], &["PSE"]),
        ("The International Court of Justice ordered Israel to halt its offensive in Rafah.", Plover::Request, &["ICJ"], &["ISR"]),
        ("Israel struck targets in Gaza, the army said in a statement on Sunday.", Plover::Assault, &["ISR"], &["PSE"]),
    ];
    check_cases(cases);
    // An order to deploy stays a deployment; an order to leave stays an expulsion.
    assert_eq!(event_of("Trump ordered the Pentagon to send more troops to Poland.", Plover::Mobilize).plover, Plover::Mobilize);
    let e = event_of("Niger's junta ordered the U.S. to withdraw its 1,000 soldiers.", Plover::Sanction);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["NER"], vec!["USA"]));
}

#[test]
fn a_missile_fired_or_launched_is_a_weapons_test_whatever_its_kind() {
    // "fired a missile" coded nothing unless the missile was called ballistic or cruise.
    for s in [
        "North Korea fired a missile, the Joint Chiefs of Staff said in a statement.",
        "North Korea launched two short-range missiles into the sea.",
    ] {
        let e = event_of(s, Plover::Mobilize);
        assert_eq!((codes(&e.source), e.mode.as_deref()), (vec!["PRK"], Some("weapons")), "{s}");
    }
    // Fired at something, it is an attack, "at" a few words on too; at a time it is not.
    assert_eq!(event_of("Houthi rebels fired a missile at a tanker in the Red Sea.", Plover::Assault).plover, Plover::Assault);
    let e = event_of("Russian forces launched 120 missiles and 90 drones at Ukrainian energy facilities overnight, killing at least seven people.", Plover::Assault);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["RUS"], vec!["UKR"]));
    assert!(events("Russian forces launched 120 missiles and 90 drones at Ukrainian energy facilities overnight.").iter().all(|e| e.plover != Plover::Mobilize));
    assert_eq!(event_of("North Korea launched two short-range missiles into the sea at dawn.", Plover::Mobilize).plover, Plover::Mobilize);
    // A missile programme or defence system is no act.
    assert!(events("Pyongyang expanded its missile programme.").is_empty());
    assert!(events("Japan is building a missile defence system.").is_empty());
}

#[test]
fn an_unqualified_ministry_or_police_belong_to_the_datelines_state() {
    // A wire story filed from a capital: "the commerce ministry" and "police" are that state's,
    // not those of the foreign state the sentence names.
    let story = "BEIJING, Oct 9 (Wire) - The commerce ministry added 11 American defence firms to its entity list on Thursday. \
                 Police detained two activists near Tiananmen Square.";
    let e = event_of(story, Plover::Sanction);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["CHN"], vec!["USA"]));
    assert_eq!(codes(&event_of(story, Plover::Coerce).source), vec!["CHN"]);
    // No dateline: the state spoken of last, or one named before the body in the sentence.
    let ev = events("Seoul protested on Monday. The foreign ministry summoned the Japanese ambassador.");
    assert!(ev.iter().any(|e| e.plover == Plover::Accuse && codes(&e.source) == ["KOR"] && codes(&e.target) == ["JPN"]), "{ev:?}");
    // Alone, an unnamed body is of no known state: never of the envoy's it summons, nor of the
    // place it travels to; the purpose is its act, on the one summoned or the host.
    for (sentence, plover, target) in [
        ("The foreign ministry summoned the Japanese ambassador.", Plover::Accuse, "JPN"),
        ("The ministry summoned Japan's ambassador to protest.", Plover::Accuse, "JPN"),
        ("The president flew to Beijing to meet Xi Jinping.", Plover::Consult, "CHN"),
        ("The delegation arrived in Kabul for talks.", Plover::Consult, "AFG"),
        // (Nor of the state its diplomatic act is aimed at.)
        ("The foreign ministry condemned Japan.", Plover::Accuse, "JPN"),
    ] {
        let ev = events(sentence);
        assert_eq!(ev.len(), 1, "{sentence}: {ev:?}");
        assert_eq!((ev[0].plover, codes(&ev[0].source), codes(&ev[0].target)), (plover, vec!["UNK"], vec![target]), "{sentence}");
    }
    // Written in lower case, the generic body is still found ("the interior ministry").
    let e = event_of("In Tehran, the interior ministry banned the rally.", Plover::Coerce);
    assert_eq!(codes(&e.source), vec!["IRN"]);
}

#[test]
fn a_thirtieth_batch_of_fresh_sentences() {
    // Latin America, Africa and Europe, 2020s wire; first run 0.867 on type, 0.867 with the
    // source, 0.733 with the target (labels put right by the codebook: a closed border is
    // ASSAULT, an offer to host talks AGREE). The sentences the code before got wrong:
    check_cases(&[
        ("Colombian President Gustavo Petro ordered the suspension of coal exports to Israel.", Plover::Sanction, &["COL"], &["ISR"]),
        // An infinitive right after a place has the main subject, not the embassy's state.
        ("Ecuadorian police stormed the Mexican embassy in Quito to arrest a former vice president.", Plover::Coerce, &["ECU"], &[]),
        // Armed men "attacked the" prison: force, not criticism.
        ("Haitian gangs attacked the main prison in Port-au-Prince, freeing thousands of inmates.", Plover::Assault, &["HTI"], &["HTI"]),
        ("Kenya sent 400 police officers to Haiti to lead a multinational security mission.", Plover::Mobilize, &["KEN"], &["HTI"]),
        // Where the talks were held is not what was agreed with.
        ("Ethiopia and Somalia agreed to end their dispute over a port deal with Somaliland after talks in Ankara.", Plover::Agree, &["ETH", "SOM"], &["ETH", "SOM"]),
        ("Jordan's air force intercepted Iranian drones crossing its airspace.", Plover::Assault, &["JOR"], &["IRN"]),
        ("Israel intercepted a Gaza-bound flotilla.", Plover::Coerce, &["ISR"], &["PSE"]),
    ]);
    // Prisoners freed in an attack are no release; "protest organisers" stage no protest; what
    // one apologises or is praised for is no new act; intercepted calls are no act.
    assert_no("Haitian gangs attacked the main prison in Port-au-Prince, freeing thousands of inmates.", Plover::Retreat);
    assert_no("Nigeria's central bank froze the accounts of several protest organisers.", Plover::Protest);
    assert_no("Argentina apologized to Brazil for one of its gunboats attacking a Brazilian ship.", Plover::Assault);
    assert_no("Norway praised Sri Lanka for releasing the detained aid workers.", Plover::Retreat);
    assert!(events("The NSA intercepted calls by Merkel.").is_empty());
    // Guards: a rally's purpose is the crowd's protest, aimed where the denunciation is, and no
    // second act; criticism "attacked the decision" stays.
    let e = event_of("Thousands of Pakistanis rallied in Karachi to denounce U.S. drone strikes.", Plover::Protest);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["PAK"], vec!["USA"]));
    assert_no("Thousands of Pakistanis rallied in Karachi to denounce U.S. drone strikes.", Plover::Accuse);
    assert_no("Iranian officials attacked the decision.", Plover::Assault);
}

#[test]
fn sentences_of_an_analysis_of_our_own_on_balancing_between_powers() {
    // An analysis written for this test (Vietnam between China and the United States), read
    // whole. "it" after a sentence about Vietnam is Vietnam; raising relations is diplomatic
    // support; hosting a leader a meeting with his state.
    let story = "Vietnam has spent a decade upgrading ties with every major power. In 2023 it raised relations with the United States \
                 to a comprehensive strategic partnership, and hosted Chinese President Xi Jinping three months later.";
    let ev = events(story);
    assert!(ev.iter().any(|e| e.plover == Plover::Support && codes(&e.source) == ["VNM"] && codes(&e.target) == ["USA"]), "{ev:?}");
    assert!(ev.iter().any(|e| e.plover == Plover::Consult && codes(&e.source) == ["VNM"] && codes(&e.target) == ["CHN"]), "{ev:?}");
    // An expletive "it" stands for no one.
    assert!(events("Vietnam protested. It is unclear whether China will respond.").iter().all(|e| codes(&e.source) != ["VNM"] || e.plover == Plover::Accuse));
    // A policy that rules alliances out is a refusal, not cooperation; a loan a deal is made
    // under is no second act; what one declines to say will happen is open.
    let e = event_of("Vietnam's defence white paper rules out military alliances.", Plover::Reject);
    assert_eq!(codes(&e.source), vec!["VNM"]);
    assert_no("Vietnam's defence white paper rules out military alliances.", Plover::Cooperate);
    let ev = events("Japan agreed in January to supply patrol vessels to the Vietnamese coast guard under a $350 million loan.");
    assert_eq!(ev.iter().map(|e| e.plover).collect::<Vec<_>>(), vec![Plover::Agree], "{ev:?}");
    assert!(events("The Philippine government declined to say whether joint patrols would follow.").iter().all(|e| e.hypothetical));
    // An analyst's recommendation is advice to Vietnam (a recommendation claim), not an act:
    // Vietnam does not ask it of itself, nor does the minister quoted before the analyst.
    let text = "\"We do not choose sides,\" Foreign Minister Bui Thanh Son told parliament. \"Hanoi cannot bow to pressure,\" said Le Hong Hiep, \
         a researcher in Singapore. He argued that Vietnam should deepen maritime cooperation with the Philippines.";
    let claims = Reader::new(Gazetteer::builtin()).read_sentence("t", text).claims;
    assert!(
        claims.iter().any(|c| matches!(&c.body, ClaimBody::Recommendation(r) if r.actor.code == "VNM" && codes(&r.with) == ["PHL"])),
        "{claims:?}"
    );
    let ev = events(text);
    assert!(ev.iter().all(|e| !matches!(e.plover, Plover::Request | Plover::Cooperate)), "{ev:?}");
}

#[test]
fn silence_of_a_state_described_by_an_appositive_and_quotes_about_their_own_words() {
    let claims = Reader::new(Gazetteer::builtin())
        .read_sentence("t", "Russia, Vietnam's main arms supplier, has been largely silent on the dispute.")
        .claims;
    assert!(claims.iter().any(|c| matches!(&c.body, ClaimBody::Stance(s) if s.actor.code == "RUS" && s.stance == "silent")), "{claims:?}");
    // The speaker's affiliation after the quote is not what the quote is about.
    let claims = Reader::new(Gazetteer::builtin())
        .read_sentence("t", "\"Beijing will not let Hanoi drift away,\" said Le Hong Hiep, a researcher in Singapore.")
        .claims;
    let about: Vec<&str> = claims
        .iter()
        .find_map(|c| match &c.body {
            ClaimBody::Quote(q) => Some(q.about.iter().map(|a| a.code.as_str()).collect()),
            _ => None,
        })
        .unwrap_or_default();
    assert_eq!(about, vec!["CHN", "VNM"]);
}

#[test]
fn a_thirty_first_batch_of_fresh_sentences() {
    // 1990s wire, all regions; first run 0.967 on type, 0.900 with the source, 0.800 with the
    // target (labels put right by the codebook: expelling observers is CAMEO 1662, SANCTION).
    check_cases(&[
        // "Greek Cypriot" is Cyprus's, not Greece's.
        ("Greek Cypriot demonstrators threw stones at Turkish troops along the buffer zone in Nicosia.", Plover::Protest, &["CYP"], &["TUR"]),
        // Forces entering a place move in.
        ("Russian troops entered the airport in Pristina before NATO forces arrived.", Plover::Mobilize, &["RUS"], &["XKX"]),
        // Where a treaty is signed is no party to it.
        ("Peru and Ecuador signed a peace treaty in Brasilia ending their long border dispute.", Plover::Support, &["PER", "ECU"], &["PER", "ECU"]),
        // What an act comes "ahead of" is no target.
        ("China released two jailed dissidents on medical parole ahead of President Clinton's visit.", Plover::Retreat, &["CHN"], &[]),
    ]);
    // Lifting an embargo is no sanction; talks an act comes after are no new meeting; entering
    // into force or talks is no deployment.
    assert_no("The European Union lifted its arms embargo on Libya after Tripoli agreed to compensate the families of the Lockerbie victims.", Plover::Sanction);
    assert_no("Cuba freed a jailed American contractor after talks with a U.S. congressional delegation.", Plover::Consult);
    assert_no("The treaty entered into force in May.", Plover::Mobilize);
    assert_no("Iran entered talks with the EU.", Plover::Mobilize);
    // Guards: imposing an embargo is one; signing with a partner in its capital keeps the partner.
    assert_eq!(codes(&event_of("The EU imposed an arms embargo on Libya.", Plover::Sanction).target), vec!["LBY"]);
    assert_eq!(codes(&event_of("Iran signed a deal with Russia in Moscow.", Plover::Support).target), vec!["RUS"]);
}

#[test]
fn a_thirty_second_batch_of_fresh_sentences() {
    // 1990s-2000s wire, weighted to withdrawals, concessions, aid, deployments and coercion;
    // first run 0.800 on type, 0.800 with the source, 0.767 with the target (two misses were
    // actors the gazetteer lacks: "Kurdish rebels", a city outside the capitals).
    check_cases(&[
        // A permission is the concession; what it permits is not yet done.
        ("Burma's military government allowed Aung San Suu Kyi to meet foreign diplomats for the first time in months.", Plover::Concede, &["MMR"], &[]),
        // Accepting a resignation accedes to a demand for a change of leadership (CAMEO 0831).
        ("Chile's government accepted the resignation of the army chief under pressure from human rights groups.", Plover::Concede, &["CHL"], &["NGO"]),
        // Closing newspapers silences the press (CAMEO 1721), unlike closing a border.
        ("Egypt's government closed three newspapers accused of inciting unrest.", Plover::Coerce, &["EGY"], &["EGY"]),
        ("Sudanese government troops recaptured the southern town of Kapoeta from rebels.", Plover::Assault, &["SDN"], &["SDN"]),
    ]);
    assert_no("Burma's military government allowed Aung San Suu Kyi to meet foreign diplomats for the first time in months.", Plover::Consult);
    // What an act ends, a rally an arrest follows and what a complaint is over are no new acts.
    assert_no("Vietnam completed the withdrawal of its troops from Cambodia on Tuesday, ending nearly 11 years of occupation.", Plover::Assault);
    assert_no("Police in Zimbabwe arrested 30 opposition supporters after a rally in Harare.", Plover::Protest);
    let ev = events("Greece protested to Turkey over violations of its airspace by Turkish warplanes.");
    assert_eq!(ev.len(), 1, "{ev:?}");
    // Guards: closing the border stays a blockade; "allowed" with no infinitive keeps its act.
    assert_eq!(event_of("Lithuania closed two border crossings with Belarus.", Plover::Assault).target.len(), 1);
    assert_eq!(codes(&event_of("Israel allowed Palestinian workers to enter the country.", Plover::Concede).target), vec!["PSE"]);
}

#[test]
fn sentences_of_an_analysis_of_our_own_on_hedging_in_the_gulf() {
    // An analysis written for this test (Saudi Arabia between Washington and Beijing), read
    // whole. "the kingdom" is the kingdom spoken of (not the last state named); "the group" the
    // group named before; "the two sides" the two the sentence just named.
    // (Troops stationed are a deployment claim, not a mobilisation.)
    let claims = Reader::new(Gazetteer::builtin())
        .read_sentence(
            "t",
            "Saudi Arabia has long relied on the United States for its security. American troops have been stationed in the kingdom since 1990.",
        )
        .claims;
    assert!(
        claims.iter().any(|c| matches!(&c.body, ClaimBody::Deployment(d) if d.source.code == "USA" && d.target.code == "SAU")),
        "{claims:?}"
    );
    assert!(!claims.iter().any(|c| matches!(&c.body, ClaimBody::Event(e) if e.plover == Plover::Mobilize)), "{claims:?}");
    let ev = events(
        "The Houthis, who are backed by Tehran, fired missiles at Saudi oil facilities in 2019. The group agreed to a truce with the kingdom in April 2022, \
         and the two sides have held talks in Muscat since then.",
    );
    let e = event_of_in(&ev, Plover::Agree);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["YEM"], vec!["SAU"]));
    assert_eq!(codes(&event_of_in(&ev, Plover::Consult).source), vec!["YEM", "SAU"]);
    // An agreement beside an unrelated structural claim (a trade share) is still told; brokering
    // a deal is mediation.
    let ev = events("China buys roughly a quarter of Saudi crude exports, and in March 2023 Beijing brokered a deal under which Riyadh and Tehran agreed to restore diplomatic relations.");
    assert_eq!(codes(&event_of_in(&ev, Plover::Agree).source), vec!["SAU", "IRN"]);
    assert_eq!(codes(&event_of_in(&ev, Plover::Consult).target), vec!["SAU", "IRN"]);
    // A commitment to defend is a pledge; the terms of a bargain and a claim about
    // normalisation are no acts.
    let ev = events("Under the proposal, the United States would commit to defend Saudi Arabia if it were attacked, in return for limits on Chinese investment in the kingdom and a path to normalisation with Israel.");
    assert_eq!(ev.iter().map(|e| e.plover).collect::<Vec<_>>(), vec![Plover::Agree], "{ev:?}");
    assert_eq!(codes(&ev[0].target), vec!["SAU"]);
    assert!(events("Officials in Riyadh have said normalisation requires a credible path to a Palestinian state.").is_empty());
    // Guards: "the Kingdom of Saudi Arabia" is a name; "the United Kingdom" is no "kingdom".
    let ev = events("Iran protested. The Kingdom of Saudi Arabia condemned the attack.");
    assert!(ev.iter().any(|e| e.plover == Plover::Accuse && codes(&e.source) == ["SAU"]), "{ev:?}");
    let ev = events("Saudi Arabia hosted the talks. The United Kingdom condemned the attack.");
    assert!(ev.iter().any(|e| e.plover == Plover::Accuse && codes(&e.source) == ["GBR"]), "{ev:?}");
}

/// The first event of type `plover` among `ev` (panics, showing all, when there is none).
fn event_of_in(ev: &[EventClaim], plover: Plover) -> EventClaim {
    ev.iter().find(|e| e.plover == plover).cloned().unwrap_or_else(|| panic!("no {plover:?}: {ev:?}"))
}

#[test]
fn short_stories_of_our_own_resolve_references_across_sentences() {
    // Two- and three-sentence stories written for this test; each checks what a sentence alone
    // could not know.
    let ev = events("Kenya's parliament approved the deployment of 1,000 police officers to Haiti on Thursday.");
    let e = event_of_in(&ev, Plover::Mobilize);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["KEN"], vec!["HTI"]));
    // "The ministry" is the ministry just named (the dateline's); ships entering waters move in.
    let ev = events(
        "TOKYO, June 3 (Wire) - The defence ministry said two Chinese coast guard ships entered Japanese waters near the Senkaku Islands on Monday. \
         The ministry lodged a protest through diplomatic channels.",
    );
    let e = event_of_in(&ev, Plover::Mobilize);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["CHN"], vec!["JPN"]));
    // (A ministry referred back to is not its own target; the protest answers the ships.)
    let e = event_of_in(&ev, Plover::Accuse);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["JPN"], vec!["CHN"]));
    // Demands already made are no new demand; pressing on with an offensive is force, not a
    // request.
    let ev = events("Israel said the plan fell short of its demands and pressed on with its offensive in Rafah.");
    assert_eq!(ev.iter().map(|e| e.plover).collect::<Vec<_>>(), vec![Plover::Assault], "{ev:?}");
    // An unnamed government under a dateline is the dateline's; a reported clause with a subject
    // of its own is not the reporter's act.
    let ev = events(
        "NAIROBI, Feb 2 (Wire) - The government ordered the closure of four television stations that had covered the protests live. \
         The interior ministry said the stations had threatened national security.",
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!((ev[0].plover, codes(&ev[0].source)), (Plover::Coerce, vec!["KEN"]));
    // "The troops" are the forces last spoken of; "the two leaders" the two who met.
    let ev = events(
        "North Korea has sent about 11,000 soldiers to Russia, according to South Korean intelligence. Ukrainian officials put the number at 12,000. \
         The troops have been deployed to the Kursk region.",
    );
    assert!(ev.iter().filter(|e| e.plover == Plover::Mobilize).all(|e| codes(&e.source) == ["PRK"]), "{ev:?}");
    let ev = events("Brazil's president Luiz Inacio Lula da Silva met Chinese leader Xi Jinping in Beijing on Friday. The two leaders signed 15 agreements on trade and technology.");
    assert_eq!(codes(&event_of_in(&ev, Plover::Support).source), vec!["BRA", "CHN"]);
    // Guards: an expletive "it" stands for no one; closing a border stays a blockade.
    // (After a sentence whose subject is a state, so that a wrong reading has a referent.)
    let ev = events("China summoned the Japanese ambassador on Monday. It is unclear whether the talks will resume. It was not immediately possible to verify the claims.");
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(codes(&event_of("Turkey ordered the closure of its border with Syria.", Plover::Assault).target), vec!["SYR"]);
}

#[test]
fn a_thirty_third_batch_of_fresh_sentences() {
    // 2010s-2020s wire on diplomatic and legal acts; first run 0.733 on type (labels put right by
    // the codebook: granting asylum is CAMEO 075, AID), 0.700 with the source, 0.633 with the
    // target. The sentences the code before got wrong:
    check_cases(&[
        ("Saudi Arabia reopened its embassy in Damascus after a decade-long rupture.", Plover::Support, &["SAU"], &["SYR"]),
        // A visit called off is a refusal to meet (the PLOVER manual: "Cancellation of meetings
        // are REJECT"); calling off strikes would concede.
        ("Japan called off a planned visit by its foreign minister to Seoul over the dispute.", Plover::Reject, &["JPN"], &["KOR"]),
        ("Venezuela nationalised the assets of an American oil company.", Plover::Coerce, &["VEN"], &["USA"]),
        ("The United States designated the Houthis a terrorist organisation.", Plover::Sanction, &["USA"], &["YEM"]),
        // Annexation is the seizure of territory (CAMEO 192, COERCE); "widely condemned as"
        // describes, it condemns nobody.
        ("Russia formally annexed four regions of Ukraine after referendums widely condemned as shams.", Plover::Coerce, &["RUS"], &["UKR"]),
        ("Chinese hackers breached the email accounts of State Department officials.", Plover::Coerce, &["CHN"], &["USA"]),
        ("Turkey ratified Sweden's bid to join NATO after months of delay.", Plover::Support, &["TUR"], &["SWE"]),
        // Leaders of a region are not of the one state the sentence names.
        ("Several African leaders boycotted the summit in protest at the invitation extended to Israel.", Plover::Protest, &["UNK"], &["ISR"]),
    ]);
    assert_no("Russia formally annexed four regions of Ukraine after referendums widely condemned as shams.", Plover::Accuse);
    // What is revoked is no new agreement; a designated envoy or a breached ceasefire is no act.
    let ev = events("Niger's junta revoked a military cooperation agreement with the United States.");
    assert_eq!(ev.iter().map(|e| e.plover).collect::<Vec<_>>(), vec![Plover::Sanction], "{ev:?}");
    assert!(events("Kenya designated a new envoy to Somalia.").iter().all(|e| e.plover != Plover::Sanction));
    assert!(events("Both sides breached the ceasefire in Sudan.").iter().all(|e| e.plover != Plover::Coerce));
    // Guard: an active "denounced as" still denounces.
    let e = event_of("Albania on Friday denounced as an ugly crime Serbia's crackdown in Kosovo.", Plover::Accuse);
    assert_eq!(codes(&e.source), vec!["ALB"]);
}

#[test]
fn cities_and_regions_outside_capitals_name_their_state() {
    // Places the wire names instead of states (places.tsv, about 3,000 of them).
    let e = event_of("Russian missiles hit a shopping centre in Kremenchuk, killing 20 people.", Plover::Assault);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["RUS"], vec!["UKR"]));
    let e = event_of("Iranian security forces arrested dozens of protesters in the Kurdish city of Mahabad.", Plover::Coerce);
    assert_eq!(codes(&e.target), vec!["IRN"]);
    let e = event_of("Police arrested 40 protesters in Mandalay on Sunday.", Plover::Coerce);
    assert_eq!(codes(&e.source), vec!["MMR"]);
    // A venue of talks is not a host: "Camp David" names no state; a name shared by two
    // countries names neither.
    let ev = events("Israeli and Egyptian leaders met at Camp David.");
    assert!(ev.iter().all(|e| !codes(&e.target).contains(&"USA")), "{ev:?}");
    assert!(events("Gunmen attacked a hotel in Hyderabad.").is_empty());
}

#[test]
fn sanctions_scrapped_ties_under_review_labels_and_forces_at_the_frontier() {
    // Written for this test. Duties scrapped and export curbs lifted are sanctions eased (CAMEO
    // 085); agreements put under review are a threat to relations; a government called a
    // dictatorship is disapproved of; forces pulled out are a retreat, diplomats pulled out a
    // recall.
    check_cases(&[
        ("Beijing finally scrapped its duties on Australian wine in March.", Plover::Retreat, &["CHN"], &["AUS"]),
        ("Sweden has lifted the restrictions on arms exports to Turkey.", Plover::Retreat, &["SWE"], &["TUR"]),
        ("Chile said it would review all bilateral agreements with Nicaragua.", Plover::Threaten, &["CHL"], &["NIC"]),
        ("Chile has repeatedly called President Daniel Ortega's government a dictatorship.", Plover::Accuse, &["CHL"], &["NIC"]),
        ("The UAE pulled most of its ground forces out of Yemen in 2019.", Plover::Retreat, &["ARE"], &["YEM"]),
        ("Cambodia answered by pulling all but one of its diplomats out of Thailand.", Plover::Sanction, &["KHM"], &["THA"]),
        // A force on the frontier or at sea named with its state acts as its troops do.
        ("BSF personnel killed two Bangladeshi villagers near the fence.", Plover::Assault, &["IND"], &["BGD"]),
        ("The Philippine Coast Guard accused China of ramming its vessel.", Plover::Accuse, &["PHL"], &["CHN"]),
    ]);
    assert_eq!(event_of("Beijing finally scrapped its duties on Australian wine in March.", Plover::Retreat).mode.as_deref(), Some("ease"));
    // A sum announced is a promise (CAMEO 033); aid named so stays aid; a round of talks
    // announced promises no money.
    check_cases(&[
        ("The Netherlands announced an additional EUR 200 million for Ukraine on Monday.", Plover::Agree, &["NLD"], &["UKR"]),
        ("The United States announced a $725 million military aid package for Ukraine.", Plover::Aid, &["USA"], &["UKR"]),
    ]);
    assert_no("Japan announced a further round of talks with China.", Plover::Agree);
    // Scrapping a ban on rallies eases no economic sanction.
    assert_no("The junta scrapped its ban on opposition rallies.", Plover::Retreat);
    // Under a dateline, the unnamed official's request is the home state's, though the target's
    // own force is named after the target.
    let ev = events("DHAKA, 12 January 2025 - The Foreign Secretary asked New Delhi to stop the use of lethal force by the BSF against Bangladeshi civilians.");
    let e = event_of_in(&ev, Plover::Request);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["BGD"], vec!["IND"]));
}

#[test]
fn a_place_and_date_line_under_a_masthead_makes_the_home_state() {
    // Written for this test: a paper's masthead, then "Place, weekday, date | issue" on a line of
    // its own (no wire dash). The unnamed ministry is the paper's own state's, not that of the
    // state the sentence before named last; the place is no actor.
    let story = "THE RIVERSIDE HERALD\nDhaka, Tuesday, 14 January 2025 | Vol. IX, No. 40\n\n\
                 India summoned Bangladesh's envoy on Monday, a day after Dhaka had done the same.\n\n\
                 The foreign ministry summoned the Indian High Commissioner on Sunday and asked New Delhi to stop the killings.";
    let ev = events(story);
    let summons: Vec<(Vec<&str>, Vec<&str>)> = ev.iter().filter(|e| e.plover == Plover::Accuse).map(|e| (codes(&e.source), codes(&e.target))).collect();
    assert!(summons.contains(&(vec!["BGD"], vec!["IND"])), "{ev:?}");
    let ask = event_of_in(&ev, Plover::Request);
    assert_eq!((codes(&ask.source), codes(&ask.target)), (vec!["BGD"], vec!["IND"]));
    // Two places on the line ("BELGRADE/PRISTINA, 20 March 2025") name no one home.
    let ev = events("BELGRADE/PRISTINA, 20 March 2025\n\nThe foreign ministry condemned the Albanian ambassador's remarks.");
    assert!(ev.iter().all(|e| codes(&e.source) != ["SRB"] && codes(&e.source) != ["XKX"]), "{ev:?}");
}

#[test]
fn two_wire_stories_of_our_own_on_one_rupture_agree_on_who_cut_ties() {
    // Written for this test: a dateline under a headline still makes the story's home state; an
    // unnamed government there acts on the one foreign state named, and a participle after its
    // clause ("…, accusing it of…") keeps that subject, "it" being the state just named.
    let ev = events(
        "Drone strike hits fuel depot in Port Sudan\n\nPORT SUDAN, May 6 (Wire One) - Drones struck a fuel depot in Port Sudan on Tuesday, the army said, \
         blaming the Rapid Support Forces. The army-aligned government cut diplomatic ties with the United Arab Emirates, accusing it of supplying \
         the paramilitary group with drones.",
    );
    let e = event_of_in(&ev, Plover::Sanction);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["SDN"], vec!["ARE"]));
    let e = ev.iter().find(|e| e.plover == Plover::Accuse && codes(&e.target) == ["ARE"]).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(codes(&e.source), vec!["SDN"]);
    // The second outlet names the state: the same claim, so the store can corroborate it.
    let e = event_of("Sudan's government severed relations with the United Arab Emirates on Tuesday.", Plover::Sanction);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["SDN"], vec!["ARE"]));
    // A foreign ministry's rejection is not aimed at its own country; "admitted it had" opens a
    // clause, its "it" is no object.
    let e = event_of("The Emirati foreign ministry rejected the accusations as baseless.", Plover::Reject);
    assert!(e.target.is_empty(), "{e:?}");
    assert!(events("U.S. officials alleged that the North admitted it had a uranium programme.").iter().all(|e| codes(&e.target) != ["PRK"] || codes(&e.source) != ["USA"]));
}

#[test]
fn a_thirty_fourth_batch_of_fresh_sentences() {
    // 2024-25 wire, all regions, scored on the code as committed: 0.867 on type, 0.867 with the
    // source, 0.767 with the target. The sentences the code got wrong that a rule can fix:
    check_cases(&[
        // Extending a state of emergency carries it out again.
        ("Myanmar's junta extended the state of emergency by six months.", Plover::Coerce, &["MMR"], &[]),
        // Ending an agreement reduces relations; ending or halting force de-escalates.
        ("Chad ended its defence cooperation agreement with France.", Plover::Sanction, &["TCD"], &["FRA"]),
        ("Israel ended its offensive in Gaza.", Plover::Retreat, &["ISR"], &["PSE"]),
        ("Russia halted its strikes on Ukrainian energy facilities.", Plover::Retreat, &["RUS"], &["UKR"]),
    ]);
    assert_no("Chad ended its defence cooperation agreement with France.", Plover::Agree);
    assert_no("Russia halted its strikes on Ukrainian energy facilities.", Plover::Sanction);
    // Guards: fighting that stopped flights is still fighting; halted aid is a sanction.
    assert_eq!(codes(&event_of("Flights to Armenia stopped because of fighting between Azerbaijani and Armenian forces.", Plover::Assault).source), vec!["AZE", "ARM"]);
    assert_eq!(codes(&event_of("Japan said on Tuesday it had halted economic aid to Serbia.", Plover::Sanction).target), vec!["SRB"]);
}

#[test]
fn an_analysis_of_our_own_on_asean_names_suppliers_and_silences() {
    // Written for this test (Southeast Asia and the North Korean deployment). Dependence told by
    // the one depended on: "X is Y's main arms supplier", "X supplies most of Y's arms", "X is
    // Y's largest creditor"; loans and debt are an economic dependence; "has said nothing" is a
    // silence.
    let deps = |sentence: &str| -> Vec<(String, String, String)> {
        Reader::new(Gazetteer::builtin())
            .read_sentence("t", sentence)
            .claims
            .into_iter()
            .filter_map(|c| match c.body {
                ClaimBody::Dependence(d) => Some((d.actor.code, d.on.code, d.sphere)),
                _ => None,
            })
            .collect()
    };
    let want = |a: &str, b: &str, s: &str| vec![(a.to_string(), b.to_string(), s.to_string())];
    assert_eq!(deps("Russia supplies most of Vietnam's arms."), want("VNM", "RUS", "arms"));
    assert_eq!(deps("Russia, Vietnam's main arms supplier, has been largely silent on the dispute."), want("VNM", "RUS", "arms"));
    assert_eq!(deps("China is Laos's largest creditor."), want("LAO", "CHN", "economic"));
    assert_eq!(deps("Laos depends on Chinese loans for roughly half of its external debt."), want("LAO", "CHN", "economic"));
    // (Not ranked, not a dependence: "a supplier of", "Russia supplies gas to Serbia".)
    assert!(deps("Russia is a supplier of grain to Egypt.").is_empty());
    let claims = Reader::new(Gazetteer::builtin()).read_sentence("t", "China has said nothing about the deployment.").claims;
    assert!(claims.iter().any(|c| matches!(&c.body, ClaimBody::Stance(s) if s.actor.code == "CHN" && s.stance == "silent")), "{claims:?}");
    let claims = Reader::new(Gazetteer::builtin()).read_sentence("t", "The minister said nothing would change.").claims;
    assert!(claims.iter().all(|c| !matches!(&c.body, ClaimBody::Stance(_))), "{claims:?}");
    // What an analyst the gazetteer does not know says a state will do is a forecast; what a
    // state's own minister says it will do stays its stated intent.
    let ev = events("\"Hanoi will not sign anything that Moscow reads as hostile,\" said Ian Storey, a senior fellow at a Singapore think tank.");
    assert!(ev.iter().filter(|e| codes(&e.source) == ["VNM"]).all(|e| e.hypothetical) && !ev.is_empty(), "{ev:?}");
    let ev = events("\"Vietnam will not sign anything that Moscow reads as hostile,\" Foreign Minister Bui Thanh Son said.");
    assert!(ev.iter().any(|e| codes(&e.source) == ["VNM"] && !e.hypothetical), "{ev:?}");
}

#[test]
fn a_thirty_fifth_batch_of_fresh_sentences() {
    // Sentences written for this batch (first run 0.83 type, 0.63 with target, before fixes).
    check_cases(&[
        // Selling weapons is military cooperation (CAMEO 062); a sale is an act as what was approved.
        ("France sold 24 Rafale jets to Egypt.", Plover::Cooperate, &["FRA"], &["EGY"]),
        ("Washington approved the emergency sale of 14,000 tank shells to Israel, bypassing Congress.", Plover::Cooperate, &["USA"], &["ISR"]),
        ("Pakistani troops are working alongside U.S. forces to hunt down al-Qaeda fighters.", Plover::Cooperate, &["PAK"], &["USA"]),
        ("Spain pulled its 1,300 troops out of Iraq.", Plover::Retreat, &["ESP"], &["IRQ"]),
        ("Azerbaijan has built up troops along its border with Armenia.", Plover::Mobilize, &["AZE"], &["ARM"]),
        ("A North Korean torpedo sank the South Korean warship Cheonan in 2010.", Plover::Assault, &["PRK"], &["KOR"]),
        // A ban on another state's ships is a sanction on that state.
        ("Argentina barred British-flagged ships from docking at its ports.", Plover::Sanction, &["ARG"], &["GBR"]),
        ("Russia sent troops into the former Soviet republic of Georgia.", Plover::Mobilize, &["RUS"], &["GEO"]),
        ("China said it would not accept the ruling of the tribunal in The Hague on the case brought by the Philippines.", Plover::Reject, &["CHN"], &["PHL"]),
        ("French truck drivers blockaded fuel depots across the country to protest against rising diesel prices.", Plover::Protest, &["FRA"], &["FRA"]),
        ("An Israeli air strike on a car near the Lebanese town of Nabatieh killed four people.", Plover::Assault, &["ISR"], &["LBN"]),
        ("Defence Minister Khawaja Asif warned that Pakistan would respond with full force to any attack from Afghan soil.", Plover::Threaten, &["PAK"], &["AFG"]),
        ("Mali would not attend a regional security meeting called by ECOWAS in Abuja next week.", Plover::Reject, &["MLI"], &["ECOWAS"]),
    ]);
    // What did not happen, or is only a name, a frame or a reception.
    assert_no("China protested against U.S. arms sales to Taiwan.", Plover::Cooperate);
    assert_no("Russia sold oil to India at a discount.", Plover::Cooperate);
    assert_no("The ferry sank off the coast of Senegal, killing hundreds.", Plover::Assault);
    assert_no("Vietnam built up its economy with foreign investment.", Plover::Mobilize);
    assert_no("The Russian proposal was met with scepticism in Washington.", Plover::Consult);
    assert_no("Thousands marched against a bill that would allow extradition to mainland China.", Plover::Agree);
    assert_no("A Malian official, who asked not to be named, put the toll at about 30.", Plover::Request);
    assert_no("It was one of the deadliest incidents since a ceasefire between Israel and Hezbollah took effect.", Plover::Retreat);
    assert_no("Lebanese officials said a second child had died of wounds in hospital.", Plover::Assault);
    assert_no("Talks between Pakistan and Afghanistan in Istanbul ended without agreement.", Plover::Sanction);
    assert_no("Poland is covered by NATO's Article 5, which commits allies to treat an attack on one as an attack on all.", Plover::Assault);
    assert_no("Ethiopia relies on Djibouti for its trade, a dependence that Abiy Ahmed has described as a threat to the country's future.", Plover::Threaten);
    assert_no("Canberra would provide A$500 million over 10 years for policing and budget support.", Plover::Support);
    assert_no("Australia did not respond to a request for comment.", Plover::Request);
    assert_no("A Russian missile strike on an apartment block in Dnipro killed 12 people.", Plover::Protest);
    // Not yet done, or refused: negated; planned, or feared: hypothetical.
    assert!(event_of("Diplomats in Bamako say the force has yet to be fully deployed.", Plover::Mobilize).negated);
    assert!(event_of("Vanuatu has postponed signing a security agreement with Australia.", Plover::Support).negated);
    assert!(event_of("The agreement with Australia had been due to be signed in Port Vila next week.", Plover::Support).hypothetical);
    let ev = events("Defence Minister Khawaja Asif warned that Pakistan would respond with full force to any attack from Afghan soil.");
    assert!(ev.iter().filter(|e| e.plover == Plover::Assault).all(|e| e.hypothetical), "{ev:?}");
    // A deployment announced against no one is a mobilisation, not a threat.
    let e = event_of("Captain Ibrahim Traore said Burkina Faso would send 800 more troops to the border area.", Plover::Mobilize);
    assert_eq!(codes(&e.source), ["BFA"]);
}

#[test]
fn what_analysts_say_is_a_forecast_and_their_institution_does_not_speak() {
    let claims = Reader::new(Gazetteer::builtin())
        .read_sentence("t", "\"Cambodia and Laos will block any statement that names China,\" said a researcher at a Singapore think tank.")
        .claims;
    let quote = claims.iter().find_map(|c| match &c.body {
        ClaimBody::Quote(q) => Some(q),
        _ => None,
    });
    let q = quote.unwrap_or_else(|| panic!("a quote: {claims:?}"));
    assert_eq!(q.speaker, "researcher at a Singapore think tank");
    assert!(q.speaker_actor.is_none(), "{q:?}");
    let ev: Vec<&EventClaim> = claims.iter().filter_map(|c| match &c.body {
        ClaimBody::Event(e) => Some(e),
        _ => None,
    }).collect();
    assert!(!ev.is_empty() && ev.iter().all(|e| e.hypothetical), "{ev:?}");
    // An opinion of what someone will do is no act of theirs either.
    let ev = events("\"Noboa has capital to spend, so I don't see him backing down quickly,\" said a political scientist at a university in Quito.");
    assert!(ev.iter().all(|e| e.hypothetical), "{ev:?}");
}

#[test]
fn a_thirty_sixth_batch_of_fresh_sentences() {
    check_cases(&[
        // Recalling an envoy and cutting links reduce relations; "days of talks" are talks held.
        ("India recalled its high commissioner from Islamabad and cut bus and rail links with Pakistan.", Plover::Sanction, &["IND"], &["PAK"]),
        ("Armenian and Azerbaijani foreign ministers held two days of talks in Washington on a peace treaty.", Plover::Consult, &["ARM", "AZE"], &["ARM", "AZE"]),
        // A weak cue is read when the only strong one is no act ("to fight drug trafficking").
        ("The United States approved $1.3 billion in military aid to Colombia to fight drug trafficking.", Plover::Aid, &["USA"], &["COL"]),
        // A participle clause after the main one has its subject, not the nearest name.
        ("India also barred Pakistani aircraft from its airspace, stepping up pressure on Islamabad.", Plover::Request, &["IND"], &["PAK"]),
        ("South Korea scrambled fighter jets after North Korean drones crossed the border.", Plover::Mobilize, &["KOR"], &["PRK"]),
        // A second verb after "and" and a time keeps the subject, past a relative clause.
        ("Beijing, which claims Taiwan as its own territory, condemned the stopovers and last week announced sanctions on U.S. defence firms.", Plover::Sanction, &["CHN"], &["USA"]),
        // (A second predicate after the last comma is not a closing reporting clause.)
        ("Beijing, which claims Taiwan, condemned the stopovers and announced sanctions on U.S. firms.", Plover::Sanction, &["CHN"], &["USA"]),
        // ("on Monday" is a time, not the topic of the vote named before it.)
        ("Russia condemned the vote and on Monday expelled two Estonian diplomats.", Plover::Sanction, &["RUS"], &["EST"]),
    ]);
    assert_no("Aid agencies scrambled to reach survivors of the earthquake in Herat.", Plover::Mobilize);
    // What must happen first ("only when", "until") has not happened.
    assert!(events("The Houthis say the attacks will end only when Israel halts its offensive in Gaza.").iter().all(|e| codes(&e.source) != ["ISR"]));
    assert_no("The minister recalled that the treaty was signed in 1997.", Plover::Sanction);
    assert_no("The government cut taxes on fuel.", Plover::Sanction);
    assert_no("The United States approved $1.3 billion in military aid to Colombia to fight drug trafficking.", Plover::Assault);
    // A state named only as the doer of the aggression complained of is not the complainant's.
    let e = event_of("Congo's government appealed to the U.N. Security Council to condemn what it called Rwandan aggression.", Plover::Request);
    assert!(codes(&e.source) != ["RWA"], "{e:?}");
    // A city naming an agreement is no party to it: "the Lusaka accord" is not Zambia's.
    let ev = events("Zimbabwean troops beat back a rebel assault on Ikela in violation of the Lusaka accord.");
    assert!(ev.iter().all(|e| e.target.iter().all(|t| t.code != "ZMB") && e.source.iter().all(|t| t.code != "ZMB")), "{ev:?}");
    assert_no("Fighting resumed near Ikela as the Lusaka truce frays.", Plover::Retreat);
}

#[test]
fn a_bare_congo_is_the_one_the_document_otherwise_names() {
    let ev = events("KINSHASA, Aug 3 (Wire) - Congo accused Rwanda of sending troops across the border near Goma.");
    let e = event_of_in(&ev, Plover::Accuse);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["COD"], vec!["RWA"]));
    let ev = events("BRAZZAVILLE, Aug 3 (Wire) - Congo accused its neighbour of hosting rebels.");
    assert!(ev.iter().any(|e| codes(&e.source) == ["COG"]), "{ev:?}");
    // With nothing else to go by, "Congo" stays unresolved rather than guessed.
    let ev = events("Congo accused Rwanda of sending troops across the border.");
    assert!(ev.iter().all(|e| e.source.iter().all(|a| a.code != "COD" && a.code != "COG")), "{ev:?}");
}

#[test]
fn firing_verbs_labels_and_closures_read_from_fresh_articles() {
    check_cases(&[
        // A firing verb is an attack when a weapon follows within a few words of counts and kinds.
        ("Russia fired 290 drones and nine missiles across Ukraine overnight.", Plover::Assault, &["RUS"], &["UKR"]),
        ("The Houthis fired three drones toward Eilat on Friday.", Plover::Assault, &["YEM"], &["ISR"]),
        ("Iran launched more than 100 ballistic missiles at Israel.", Plover::Assault, &["IRN"], &["ISR"]),
        // Fire exchanged across a line is an attack by both sides.
        ("Thai and Cambodian troops exchanged heavy small-arms fire near the disputed temple.", Plover::Assault, &["THA", "KHM"], &["THA", "KHM"]),
        // Calling something a wrong is disapproval; calling a charge false is a rejection.
        ("Ghana's foreign minister called the coup \"a disgrace to the region\".", Plover::Accuse, &["GHA"], &[]),
        ("Beijing called the U.S. allegations baseless.", Plover::Reject, &["CHN"], &["USA"]),
        // Recalling envoys and closing airspace or a crossing to another state are acts against it
        // (airspace closed to its flights cuts ties, a SANCTION; a land crossing closed is a
        // blockade).
        ("Morocco responded by recalling its ambassador to Algeria.", Plover::Sanction, &["MAR"], &["DZA"]),
        ("Algeria retaliated by closing its airspace to Moroccan flights.", Plover::Sanction, &["DZA"], &["MAR"]),
        // Reserving the right to respond and promising a price are threats.
        ("Iran said it reserved the right to retaliate against Israel.", Plover::Threaten, &["IRN"], &["ISR"]),
    ]);
    // Fired into the sea, missiles are a show of force, not an attack.
    let ev = events("North Korea fired two short-range ballistic missiles into the sea on Tuesday.");
    assert!(ev.iter().any(|e| e.plover == Plover::Mobilize) && ev.iter().all(|e| e.plover != Plover::Assault), "{ev:?}");
    // No weapon, no attack; no fire, no exchange of it; no wrong named, no disapproval.
    assert_no("The board fired its chief executive on Monday.", Plover::Assault);
    assert_no("Kenya launched an inquiry into drone sightings over Nairobi.", Plover::Assault);
    assert_no("The two foreign ministers exchanged views on trade.", Plover::Assault);
    assert_no("Modi called the talks with Sharif constructive.", Plover::Accuse);
    assert_no("Russian troops entered the town, called Vuhledar, in 2023.", Plover::Accuse);
    assert_no("Egypt's dependence on the canal, which Sisi has described as a threat, grew.", Plover::Accuse);
    assert_no("The station was closing its doors after 40 years.", Plover::Assault);
    // Anyone who might attack is no attacker.
    let ev = events("\"Anyone who attacks Iran will regret it,\" the commander said.");
    assert!(ev.iter().all(|e| e.plover != Plover::Assault), "{ev:?}");
}

#[test]
fn kinds_of_weapons_shares_of_trade_and_states_of_affairs_are_no_acts() {
    // A kind of weapon named is no attack; a share of a trade is no aid; relations that remain
    // frozen are no new freeze; vetoes held are not cast.
    assert_no("Turkey delivered attack helicopters and armoured vehicles to Niamey last year.", Plover::Assault);
    assert_no("Algeria supplies about 40% of Spain's natural gas through the Medgaz pipeline.", Plover::Aid);
    assert_no("Chile supplied a quarter of China's copper imports in 2023.", Plover::Aid);
    assert_no("Relations between Rabat and Algiers remain frozen.", Plover::Sanction);
    assert_no("Serbia is shielded by Russia and China in the Security Council, where both hold vetoes.", Plover::Reject);
    // Backing rallied is no demonstration; a force approved to fight has not fought.
    assert_no("Analysts said the president could use the crisis to rally support at home.", Plover::Protest);
    assert_no("The Security Council approved a multinational force to fight the gangs in Haiti.", Plover::Assault);
    // Stopping short of a label is not using it, and the label holds no attack.
    let ev = events("Washington stopped short of calling the collision an armed attack.");
    assert!(ev.iter().all(|e| e.plover != Plover::Assault) && ev.iter().all(|e| e.plover != Plover::Accuse || e.negated), "{ev:?}");
    // A label ends at its clause: the act after "and" is still read.
    check_cases(&[("Mogadishu called the port deal an act of aggression and expelled Ethiopia's ambassador.", Plover::Sanction, &["SOM"], &["ETH"])]);
}

#[test]
fn fighting_that_breaks_out_between_two_sides_is_theirs() {
    let e = event_of("Heavy fighting broke out between Thai and Cambodian troops on Thursday.", Plover::Assault);
    let mut src = codes(&e.source);
    src.sort_unstable();
    assert_eq!(src, ["KHM", "THA"]);
    // Fighting that goes on, named by no party, is not the subject's act; nor is fighting
    // named as the cause of another act.
    assert!(events("Bangkok said Thailand would not send refugees back while fighting continued.").iter().all(|e| e.plover != Plover::Assault));
    let ev = events("Georgia shut its border posts with Russia because of fighting between Armenians and Azerbaijanis.");
    assert!(ev.iter().all(|e| !codes(&e.source).contains(&"ARM")), "{ev:?}");
}

#[test]
fn the_rebels_and_the_militants_are_the_group_last_named() {
    let ev = events("Houthi fighters seized a cargo ship in the Red Sea on Sunday. The rebels accused Israel of owning the vessel.");
    let e = ev.iter().find(|e| e.plover == Plover::Accuse).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(e.source.first().and_then(|a| a.name.as_deref()), Some("Houthis"), "{e:?}");
    // With no group named before, "the rebels" stay nobody in particular.
    let ev = events("The rebels accused Israel of owning the vessel.");
    assert!(ev.iter().all(|e| e.source.iter().all(|a| a.code != "YEM")), "{ev:?}");
}

#[test]
fn an_act_in_a_relative_clause_takes_its_objects_inside_the_clause() {
    // "who seized power in 2021" has no object past the clause's closing comma.
    let e = event_of("Guinea's junta leader, who seized power in 2021, received the foreign ministers of Mali and Niger.", Plover::Coerce);
    assert!(e.target.is_empty(), "{e:?}");
    // (A comma inside a number closes nothing.)
    let e = event_of("Syria, which has hosted some 3,000 Russian officials since 2015, is a close ally.", Plover::Consult);
    assert_eq!(codes(&e.target), ["RUS"]);
}

#[test]
fn it_after_a_second_reporting_verb_is_the_subject_and_alliance_articles_are_invoked() {
    // "and said it was ready…" is a new reported clause of the subject, not governed by the
    // denial before it, and "it" is that subject, not the nearest name.
    let e = event_of("Belarus denied firing on any Lithuanian post and said it was ready to hold talks with Vilnius.", Plover::Agree);
    assert_eq!(codes(&e.source), ["BLR"]);
    check_cases(&[
        ("Estonia invoked Article 4 of NATO's founding treaty after the airspace violation.", Plover::Request, &["EST"], &["NATO"]),
    ]);
    assert_eq!(codes(&event_of("Sudanese army units retook the refinery at Jaili from the RSF.", Plover::Assault).source), ["SDN"]);
}

#[test]
fn weapons_handed_over_are_aid_and_a_dispute_that_eased_is_no_concession() {
    let e = event_of("Tokyo handed over three patrol vessels to the Vietnamese coast guard on Monday.", Plover::Aid);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["JPN"], vec!["VNM"]));
    assert_no("Kenya had threatened to expel Somali diplomats over the maritime ruling, a row that has since eased.", Plover::Concede);
    // (Easing economic sanctions is RETREAT, CAMEO 085.)
    check_cases(&[("Washington eased sanctions on Belarus's potash exports.", Plover::Retreat, &["USA"], &["BLR"])]);
    // A travel advisory threatens no one; the arms that back a force are not a backer.
    assert_no("South Korea warned its citizens against travelling to Cambodia.", Plover::Threaten);
    assert_no("About 1,500 Rwandan soldiers were deployed, backed by attack helicopters.", Plover::Support);
    // "it" after the subject's reporting verb is the subject, past a relative clause.
    let e = event_of("Italy, which has a defence accord with Cyprus, said it stood by Nicosia and would send a frigate to the area.", Plover::Mobilize);
    assert_eq!(codes(&e.source), ["ITA"]);
}

#[test]
fn high_commissioners_summoned_warnings_of_consequences_and_asylum_given() {
    check_cases(&[
        // Commonwealth states summon high commissioners.
        ("Pakistan summoned India's deputy high commissioner on Sunday.", Plover::Accuse, &["PAK"], &["IND"]),
        // A warning of consequences the warner will bring is a threat.
        ("Tehran warned that any attack on its nuclear sites would meet a decisive response.", Plover::Threaten, &["IRN"], &[]),
        ("Brazil gave asylum to the former Peruvian prime minister.", Plover::Aid, &["BRA"], &["PER"]),
    ]);
    // A warning about a situation is still none, nor is commentators' forecast of retaliation.
    assert_no("The World Food Programme warned that famine was imminent in northern Gaza.", Plover::Threaten);
    let ev = events("Analysts warned that a Turkish strike was possible and that Syria would then come under pressure to retaliate.");
    assert!(ev.is_empty(), "{ev:?}");
}

#[test]
fn a_new_clause_with_its_own_subject_is_neither_governed_nor_an_object() {
    check_cases(&[
        // ", and India has rejected…": India's act, not the object of the first clause. (A
        // stance held, "has long rejected", is no act: see
        // `figures_of_speech_stances_and_conditionals_are_not_reported_acts`.)
        ("Washington has not offered to mediate, and Delhi has rejected any third-party role.", Plover::Reject, &["IND"], &[]),
        // (Nor is a threat of the first clause Hungary's.)
        ("The EU threatened new sanctions, and Hungary vetoed the package.", Plover::Reject, &["HUN"], &[]),
    ]);
    let ev = events("China urged restraint, and Russia called for talks.");
    let requests: Vec<_> = ev.iter().filter(|e| e.plover == Plover::Request).map(|e| (codes(&e.source), codes(&e.target))).collect();
    assert_eq!(requests, [(vec!["CHN"], vec![]), (vec!["RUS"], vec![])]);
    // A list is no new clause.
    let e = event_of("The U.S. imposed sanctions on China, Russia, and Iran on Monday.", Plover::Sanction);
    assert_eq!(e.target.len(), 3, "{e:?}");
}

#[test]
fn a_second_verb_after_a_descriptive_report_is_the_reporters_act() {
    check_cases(&[
        ("Azerbaijan said the drills were routine and denied that troops were massing near the border.", Plover::Reject, &["AZE"], &[]),
        ("Georgia recalled its ambassador to Washington for consultations.", Plover::Sanction, &["GEO"], &["USA"]),
        // (A plan to recall an envoy is a threat of it, as CAMEO codes conflictual intent.)
        ("Georgia plans to recall its ambassador to Washington.", Plover::Threaten, &["GEO"], &["USA"]),
    ]);
    // A reported clause with its own acting subject stays that subject's, not the reporter's.
    assert_no("The interior ministry said the stations had threatened national security.", Plover::Threaten);
    assert_no("The minister said she would recall that the treaty was signed in 1997.", Plover::Sanction);
}

#[test]
fn the_one_made_to_pay_a_price_is_threatened() {
    check_cases(&[
        ("Iran will make Israel pay a heavy price, the Revolutionary Guards commander said.", Plover::Threaten, &["IRN"], &["ISR"]),
        ("Pakistan will pay a heavy price, Indian Defence Minister Rajnath Singh said.", Plover::Threaten, &["IND"], &["PAK"]),
    ]);
}

#[test]
fn a_reaction_to_an_earlier_act_or_claim_is_aimed_at_its_doer() {
    let case = |text: &str, plover: Plover, src: &[&str], tgt: &[&str]| {
        let ev = events(text);
        let e = ev.iter().rev().find(|e| e.plover == plover).unwrap_or_else(|| panic!("no {plover:?} in {text:?}: {ev:?}"));
        assert_eq!((codes(&e.source), codes(&e.target)), (src.to_vec(), tgt.to_vec()), "{text}");
    };
    // The act named by a definite noun in the next sentence.
    case("Israeli jets struck three villages in southern Lebanon on Sunday. Beirut condemned the strikes as a breach of its sovereignty.", Plover::Accuse, &["LBN"], &["ISR"]);
    case("US aircraft bombed Houthi positions near Hodeidah overnight. The Houthis vowed to respond to the raids.", Plover::Threaten, &["YEM"], &["USA"]);
    case("Chinese coast guard ships fired water cannon at a Philippine supply boat. Manila called the incident unacceptable.", Plover::Accuse, &["PHL"], &["CHN"]);
    // A claim: the one who made it, first the one who made it against the reactor.
    case("Congo accused Rwanda of arming the M23 rebels. Uganda called for calm. Kigali rejected the allegation.", Plover::Reject, &["RWA"], &["COD"]);
    // A claim named before the one who denies it, in the same sentence.
    case("Sudan has accused the United Arab Emirates of arming the RSF, a charge Abu Dhabi denies.", Plover::Reject, &["ARE"], &["SDN"]);
    // No earlier act of the kind, or an object that is no such noun: nothing is made up.
    case("Kigali rejected the allegation on Monday.", Plover::Reject, &["RWA"], &[]);
    case("Israeli jets struck villages in southern Lebanon. Beirut condemned Tehran for arming Hezbollah.", Plover::Accuse, &["LBN"], &["IRN"]);
}

#[test]
fn missiles_fired_into_a_named_sea_are_a_show_of_force() {
    let ev = events("North Korea fired several short-range ballistic missiles into the Yellow Sea on Monday.");
    assert!(ev.iter().any(|e| e.plover == Plover::Mobilize) && ev.iter().all(|e| e.plover != Plover::Assault), "{ev:?}");
    // Fired at a place, they are an attack.
    let ev = events("Russia fired 40 missiles at Kyiv overnight.");
    assert!(ev.iter().any(|e| e.plover == Plover::Assault), "{ev:?}");
}

#[test]
fn a_crowd_that_protested_demonstrated() {
    check_cases(&[
        ("In Peshawar, traders and transporters protested against the closure.", Plover::Protest, &["PAK"], &[]),
        // A government that protested complained.
        ("Pakistan protested against the closure.", Plover::Accuse, &["PAK"], &[]),
    ]);
    // Against their own government's act, named before.
    let ev = events("Islamabad closed the Torkham crossing on Monday. In Peshawar, traders protested against the closure.");
    let e = ev.iter().find(|e| e.plover == Plover::Protest).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["PAK"], vec!["PAK"]));
}

#[test]
fn forces_that_will_respond_threaten_and_answers_do_not() {
    check_cases(&[
        ("Seoul said its armed forces would respond overwhelmingly to any provocation by Pyongyang.", Plover::Threaten, &["KOR"], &["PRK"]),
        ("Iran would retaliate against Israel, a Revolutionary Guards commander said.", Plover::Threaten, &["IRN"], &["ISR"]),
        ("China would take resolute measures if Manila continued its provocations, the ministry said.", Plover::Threaten, &["CHN"], &["PHL"]),
        // The one who will bear the consequences or be met with force is threatened.
        ("Kabul said Pakistan will bear the consequences of this aggression.", Plover::Threaten, &["AFG"], &["PAK"]),
        ("Any Indian incursion will be met with full force, he said.", Plover::Threaten, &["UNK"], &["IND"]),
        // Siding with someone supports them.
        ("Moscow quickly sided with Belgrade.", Plover::Support, &["RUS"], &["SRB"]),
        ("The United States said it stood shoulder to shoulder with Guyana.", Plover::Support, &["USA"], &["GUY"]),
    ]);
    assert_no("Russia will respond to the proposal next week, the Kremlin said.", Plover::Threaten);
    assert_no("Tehran would respond positively to the offer, the minister said.", Plover::Threaten);
    assert_no("It is unclear whether China will respond.", Plover::Threaten);
}

#[test]
fn fire_from_a_states_side_is_that_states() {
    check_cases(&[
        ("A salvo of about 30 rockets was fired from Lebanese territory at northern Israel on Sunday.", Plover::Assault, &["LBN"], &["ISR"]),
        ("Guyanese soldiers were shot at from the Venezuelan side of the river.", Plover::Assault, &["VEN"], &["GUY"]),
        ("A Guyanese army patrol came under fire from the Venezuelan bank of the river on Tuesday.", Plover::Assault, &["VEN"], &["GUY"]),
        ("A missile fired from Houthi-held territory was intercepted by a US destroyer.", Plover::Assault, &["YEM"], &[]),
        // A bare place when no one is named firing; where a named doer fired from is no target.
        ("Rockets were fired from Gaza at Israeli towns.", Plover::Assault, &["PSE"], &["ISR"]),
        ("The missile was fired from near Pyongyang shortly after 7 a.m.", Plover::Mobilize, &["PRK"], &[]),
        ("Russia fired missiles from Belarus at Kyiv.", Plover::Assault, &["RUS"], &["UKR"]),
    ]);
    // A protest lodged is a complaint, whatever its adjectives.
    let ev = events("Manila lodged a diplomatic protest with Beijing.");
    assert!(ev.iter().any(|e| e.plover == Plover::Accuse) && ev.iter().all(|e| e.plover != Plover::Protest), "{ev:?}");
}

#[test]
fn an_acronym_a_document_defines_names_its_actor() {
    let text = "Fighting between the army and the paramilitary Rapid Support Forces (RSF) spread to Darfur. \
                Washington imposed sanctions on two RSF commanders. \
                A UN convoy had been blocked by RSF fighters near Kebkabiya for nine days.";
    let ev = events(text);
    let sanction = ev.iter().find(|e| e.plover == Plover::Sanction).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!((codes(&sanction.source), codes(&sanction.target)), (vec!["USA"], vec!["SDN"]));
    // Blocked by armed men, the convoy was coerced, not protested at.
    let blocked = ev.iter().find(|e| e.plover == Plover::Coerce).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(codes(&blocked.source), ["SDN"]);
    // Undefined, the acronym names no one (RSF is also Reporters Without Borders).
    let ev = events("Washington imposed sanctions on two RSF commanders.");
    assert!(ev.iter().all(|e| e.target.is_empty()), "{ev:?}");
}

#[test]
fn swaps_ships_driven_off_and_words_delivered() {
    check_cases(&[
        // A prisoner swap releases prisoners on both sides, each for the other; the go-between
        // is no target.
        ("Russia and Ukraine exchanged 185 prisoners of war each in a swap mediated by the United Arab Emirates.", Plover::Retreat, &["RUS", "UKR"], &["RUS", "UKR"]),
        // Vessels expelled from waters are driven off, not a diplomatic expulsion.
        ("Taiwan's coast guard said it had expelled four Chinese coast guard vessels from restricted waters.", Plover::Coerce, &["TWN"], &["CHN"]),
        ("Burkina Faso expelled two French diplomats on Wednesday.", Plover::Sanction, &["BFA"], &["FRA"]),
        // A crushing reply is a threat, not a delivery.
        ("Iran would deliver a crushing response to any aggression, the commander said.", Plover::Threaten, &["IRN"], &[]),
    ]);
    assert_no("Iran delivered a speech at the UN.", Plover::Aid);
    assert_no("Iran would deliver a crushing response to any aggression, the commander said.", Plover::Agree);
}

#[test]
fn where_a_text_was_agreed_is_no_target_and_sanctions_prepared_threaten() {
    check_cases(&[
        ("The African Union called on all parties to observe a ceasefire agreed in Luanda.", Plover::Request, &["AU"], &[]),
        ("The UN urged both sides to respect the truce signed in Doha.", Plover::Request, &["UNO"], &[]),
        // (A place acted on stays the target.)
        ("The UN condemned the shelling of civilians in Kharkiv.", Plover::Accuse, &["UNO"], &["UKR"]),
        // Conflictual intent: sanctions in preparation are a threat of them.
        ("The European Union said it was preparing sanctions against three M23 commanders.", Plover::Threaten, &["EU"], &["COD"]),
    ]);
}

#[test]
fn a_phone_call_on_a_day_is_a_consultation() {
    // ("call on Sunday" is no "call on" someone.)
    check_cases(&[
        ("Japan and South Korea held a phone call on Sunday.", Plover::Consult, &["JPN", "KOR"], &["JPN", "KOR"]),
        ("The defence chiefs of South Korea, Japan and the United States held a video call on Monday evening.", Plover::Consult, &["KOR", "JPN", "USA"], &["KOR", "JPN", "USA"]),
        ("Biden had a phone call with Xi on Tuesday.", Plover::Consult, &["USA"], &["CHN"]),
    ]);
    assert_no("Japan and South Korea held a phone call on Sunday.", Plover::Request);
    // "The three allies" named in the sentence are the three.
    let e = event_of("Japan, South Korea and the United States said the three allies would hold talks in Seoul.", Plover::Agree);
    assert_eq!(codes(&e.source), ["JPN", "KOR", "USA"]);
}

#[test]
fn a_department_of_foreign_affairs_is_the_dateline_states() {
    check_cases(&[(
        "MANILA, 5 March 2025 (wire) - The Department of Foreign Affairs summoned China's deputy chief of mission in Manila.",
        Plover::Accuse,
        &["PHL"],
        &["CHN"],
    )]);
}

#[test]
fn a_ministry_reporting_after_the_clause_is_its_subjects() {
    let reading = Reader::new(Gazetteer::builtin()).read_sentence("t", "Turkey sent 2,500 soldiers to Azerbaijan last month, the defence ministry said.");
    let claim = reading.claims.first().unwrap_or_else(|| panic!("no claim: {reading:?}"));
    let by = claim.attribution.actor.as_ref().map(|a| a.code.as_str());
    assert_eq!(by, Some("TUR"), "{:?}", claim.attribution);
}

#[test]
fn an_unnamed_ministry_is_not_of_the_state_whose_envoy_was_named() {
    let ev = events("Baghdad summoned Turkey's charge d'affaires on Monday to protest what the foreign ministry called a blatant violation. In a statement, the ministry demanded that Ankara withdraw its troops.");
    let e = ev.iter().find(|e| e.plover == Plover::Request).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["IRQ"], vec!["TUR"]));
}

#[test]
fn a_label_put_on_an_act_is_the_labellers_disapproval_of_its_doer() {
    check_cases(&[
        ("Russian missiles hit a power plant near Odesa overnight, in what Kyiv called a deliberate attack on civilians.", Plover::Accuse, &["UKR"], &["RUS"]),
        ("Israeli tanks shelled a village near Khan Younis, in what Hamas described as a grave violation of the truce.", Plover::Accuse, &["PSE"], &["ISR"]),
        // ("it": the sentence's subject, not the one labelled.)
        ("The Thai army said Cambodian troops fired rockets at a border post, in what it called a flagrant breach of the ceasefire.", Plover::Accuse, &["THA"], &["KHM"]),
    ]);
    // The label's words are no attack of the labeller's.
    let ev = events("Russian missiles hit a power plant near Odesa overnight, in what Kyiv called a deliberate attack on civilians.");
    assert!(ev.iter().all(|e| !(e.plover == Plover::Assault && codes(&e.source) == ["UKR"])), "{ev:?}");
    // An unnamed labeller ("officials") adds nothing.
    let ev = events("Russian drones hit a hospital in Kharkiv, in what officials called a war crime.");
    assert_eq!(ev.len(), 1, "{ev:?}");
}

#[test]
fn reactions_reach_back_to_releases_calls_complaints_and_passive_subjects() {
    let welcomed = events("Azerbaijan freed four Armenian soldiers on Friday. Yerevan welcomed the move.");
    let e = welcomed.iter().find(|e| e.plover == Plover::Support).unwrap_or_else(|| panic!("{welcomed:?}"));
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["ARM"], vec!["AZE"]));
    let rejected = events("The African Union called on Eritrea to pull its troops out of Tigray. Asmara rejected the call on Sunday.");
    let e = rejected.iter().find(|e| e.plover == Plover::Reject).unwrap_or_else(|| panic!("{rejected:?}"));
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["ERI"], vec!["AU"]));
    let passive = events("Iranian commandos seized a Liberian-flagged tanker near the Strait of Hormuz. The seizure was condemned by Britain.");
    let e = passive.iter().find(|e| e.plover == Plover::Accuse).unwrap_or_else(|| panic!("{passive:?}"));
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["GBR"], vec!["IRN"]));
    // Condemning "the strikes on Yemen" is aimed at the striker, not at Yemen.
    let on = events("American jets bombed Houthi radar sites near Hodeidah. Iran's foreign ministry condemned the strikes on Yemen.");
    let e = on.iter().find(|e| e.plover == Plover::Accuse).unwrap_or_else(|| panic!("{on:?}"));
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["IRN"], vec!["USA"]));
    // Condemned drills aimed at oneself are the hostile ones, not an arms sale to oneself since.
    let drills = events("China began large-scale naval drills around Taiwan on Monday. The United States approved a $300 million arms sale to Taiwan. Taipei condemned the drills.");
    let e = drills.iter().rev().find(|e| e.plover == Plover::Accuse).unwrap_or_else(|| panic!("{drills:?}"));
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["TWN"], vec!["CHN"]));
    // Returned fire is aimed at whoever fired.
    let fire = events("Armenian troops opened fire on Azerbaijani positions near Sotk. Azerbaijani soldiers returned fire.");
    let e = fire.iter().rev().find(|e| e.plover == Plover::Assault).unwrap_or_else(|| panic!("{fire:?}"));
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["AZE"], vec!["ARM"]));
}

#[test]
fn the_group_accused_of_something_is_the_group_named_before() {
    let ev = events("Hezbollah fired rockets at northern Israel on Tuesday. Israeli officials accused the group of deliberately targeting civilians.");
    let e = ev.iter().find(|e| e.plover == Plover::Accuse).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["ISR"], vec!["LBN"]));
    // Released hostages are no kidnapping.
    assert_no("Hamas frees last three living hostages in Gaza", Plover::Assault);
}

#[test]
fn agents_of_passives_are_found_past_weapons_and_border_words() {
    check_cases(&[
        ("A Nepali farmer was shot dead by Indian border guards near the frontier.", Plover::Assault, &["IND"], &["NPL"]),
        ("The tanker was struck by an anti-ship ballistic missile fired by the Houthis.", Plover::Assault, &["YEM"], &[]),
    ]);
    assert_no("The tanker was struck by an anti-ship ballistic missile fired by the Houthis.", Plover::Mobilize);
    assert_no("A Pentagon official said Iran had supplied the Houthis with ballistic missiles and drones.", Plover::Mobilize);
}

#[test]
fn a_second_clause_with_its_own_ministry_is_its_own_act() {
    let ev = events("DOHA, May 2 (Wire) - Israeli jets bombed a port in Yemen. Tehran denied arming the Houthis, and its foreign ministry condemned the strikes on Yemen as a violation of international law.");
    let e = ev.iter().find(|e| e.plover == Plover::Accuse).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["IRN"], vec!["ISR"]));
    // Resolutions and channels are not whom an act is aimed at.
    let ev = events("Seoul condemned the launch as a clear breach of UN Security Council resolutions.");
    assert!(ev.iter().all(|e| e.target.iter().all(|t| t.code != "UNSC")), "{ev:?}");
    let ev = events("Tokyo said it had lodged a protest with North Korea through its embassy in Beijing.");
    assert!(ev.iter().all(|e| e.target.iter().all(|t| t.code != "CHN")), "{ev:?}");
}

#[test]
fn a_second_verb_aimed_at_someone_is_its_own_event() {
    let ev = events("Prime Minister Hun Manet welcomed the release and thanked Malaysia for its mediation.");
    assert!(ev.iter().any(|e| e.plover == Plover::Support && codes(&e.target) == ["MYS"]), "{ev:?}");
}

#[test]
fn drills_launched_around_someone_are_one_show_of_force_aimed_at_them() {
    let text = "China's army launched joint naval and rocket force drills around Taiwan on Tuesday, deploying 30 warships in what its Eastern Theater Command called a warning.";
    let ev = events(text);
    let shows: Vec<_> = ev.iter().filter(|e| e.plover == Plover::Mobilize).collect();
    assert_eq!(shows.len(), 1, "{ev:?}");
    assert_eq!(codes(&shows[0].target), ["TWN"], "{ev:?}");
    assert_no(text, Plover::Assault);
}

#[test]
fn an_arrest_in_a_place_is_made_by_that_places_state() {
    check_cases(&[
        ("A German engineer was also detained in Minsk on Thursday.", Plover::Coerce, &["BLR"], &["DEU"]),
        ("Two Australian nationals were arrested in Jakarta on drug charges.", Plover::Coerce, &["IDN"], &["AUS"]),
    ]);
    // No place, no doer: nothing coded.
    assert_no("Three men were arrested on Tuesday.", Plover::Coerce);
    // Asking for a release is asked of whoever holds them.
    check_cases(&[(
        "Belarusian police detained a Lithuanian journalist in Grodno. Lithuania called for his immediate release.",
        Plover::Request,
        &["LTU"],
        &["BLR"],
    )]);
}

#[test]
fn a_verb_after_a_relative_clause_or_a_coordinated_reaction_is_its_own_act() {
    check_cases(&[
        ("Chile, which had also rejected the election result, cut diplomatic relations with Caracas on Monday.", Plover::Sanction, &["CHL"], &["VEN"]),
        ("Sweden's foreign ministry rejected the charges and called for the immediate release of its citizen, who it said was a tourist.", Plover::Request, &["SWE"], &[]),
    ]);
    // Forces put on alert are aimed at no one of their own.
    check_cases(&[("Ruto said the Kenya Defence Forces had been placed on alert.", Plover::Mobilize, &["KEN"], &[])]);
    // "hit by" a weapon is an attack; "hit by" inflation is not.
    check_cases(&[("In Sumy, a hospital was hit by a Russian glide bomb, killing three people.", Plover::Assault, &["RUS"], &["UKR"])]);
    assert_no("Exporters were hit by high inflation last year.", Plover::Assault);
}

#[test]
fn a_clauses_own_troops_and_an_opening_place_name_the_actors_state() {
    // "its troops" as a subject are the sentence subject's, fired on from across the border.
    let ev = events("Tajikistan closed a border crossing with Kyrgyzstan on Friday after its troops came under fire from Kyrgyz border guards.");
    assert!(ev.iter().any(|e| e.plover == Plover::Assault && codes(&e.source) == ["KGZ"] && codes(&e.target) == ["TJK"]), "{ev:?}");
    // (Not as an object: what is withdrawn is not the target.)
    check_cases(&[("Kenya pulled its troops out of Somalia's Gedo region.", Plover::Retreat, &["KEN"], &["SOM"])]);
    // "In Islamabad, the Foreign Office…": the place the sentence opens in, whatever the dateline.
    check_cases(&[(
        "NEW DELHI, May 9 (Wire) - Indian troops shelled posts across the Line of Control. In Islamabad, the Foreign Office rejected the Indian account.",
        Plover::Reject,
        &["PAK"],
        &["IND"],
    )]);
}

#[test]
fn a_recalls_purpose_and_motive_are_no_acts_of_their_own() {
    for text in [
        "Burkina Faso recalled its ambassador from Abidjan for consultations on Monday.",
        "Chad recalled its ambassador from Khartoum in protest at the shelling of a border town.",
    ] {
        let ev = events(text);
        assert!(ev.iter().any(|e| e.plover == Plover::Sanction), "{text}: {ev:?}");
        assert_no(text, Plover::Consult);
        assert_no(text, Plover::Protest);
    }
}

#[test]
fn a_charge_is_the_reporters_and_its_denial_is_aimed_at_them() {
    let reading = Reader::new(Gazetteer::builtin()).read_sentence("t", "A Pentagon spokesman said Iran had shipped drones to Russia. Tehran dismissed the accusation as baseless.");
    let first = reading.claims.first().unwrap_or_else(|| panic!("no claim: {reading:?}"));
    // The word is the Pentagon's, not Iran's (the mention nearest the verb, after it).
    assert_eq!(first.attribution.actor.as_ref().map(|a| a.code.as_str()), Some("USA"), "{:?}", first.attribution);
    let ev = events("A Pentagon spokesman said Iran had shipped drones to Russia. Tehran dismissed the accusation as baseless.");
    let e = ev.iter().find(|e| e.plover == Plover::Reject).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["IRN"], vec!["USA"]));
}

#[test]
fn what_an_act_is_called_and_who_is_said_to_act_are_not_targets_or_attacks() {
    // "as a direct attack on…" labels an act; it is no attack.
    for text in ["Hungary's prime minister condemned the ruling as a direct attack on national sovereignty.", "Kenya's opposition denounced the new law as an assault on press freedom."] {
        assert!(events(text).iter().any(|e| e.plover == Plover::Accuse), "{text}");
        assert_no(text, Plover::Assault);
    }
    // (Not "as a result of": "died as a result of torture" still tells of violence.)
    // One's own forces as the subject of a warning are not whom it is aimed at.
    let e = event_of("Iran's defence ministry warned that the Revolutionary Guards would respond to any attack on its nuclear sites.", Plover::Threaten);
    assert!(e.target.iter().all(|t| t.code != "IRN"), "{e:?}");
    // A diplomatic protest rejected is aimed at whoever lodged it.
    check_cases(&[("Hanoi lodged a protest with China over the new map. Beijing rejected the protest on Friday.", Plover::Reject, &["CHN"], &["VNM"])]);
}

#[test]
fn a_reporting_clause_before_an_appositive_names_no_target() {
    check_cases(&[(
        "TOKYO, March 3 (Wire) - North Korea fired two ballistic missiles into the sea off its west coast on Sunday, Japan's defence ministry said, the second such launch this month.",
        Plover::Mobilize,
        &["PRK"],
        &[],
    )]);
}

#[test]
fn figures_of_speech_stances_and_conditionals_are_not_reported_acts() {
    assert_not_reported(&[
        "Chinese and Korean carmakers are fighting for market share in Brazil.",
        "Beijing has launched a charm offensive across Central Asia.",
        "The border deal has come under attack from nationalist critics in Yerevan.",
        "The ruling party used the dispute to rally nationalist sentiment before the vote.",
        "Officials in Cairo describe the dam as an existential threat.",
        "Analysts describe the Saudi-Iranian thaw as an armed truce.",
        "Bilateral trade between Japan and China has declined since 2022.",
        "Riyadh and Tehran have long backed opposite sides in Yemen's civil war.",
        "The clash has put EU-mediated normalisation talks on life support.",
    ]);
    // A conditional states neither its condition nor its consequence as fact.
    let ev = events("If Hezbollah fires rockets at Haifa, Israel could strike Beirut.");
    assert!(!ev.is_empty() && ev.iter().all(|e| e.hypothetical), "{ev:?}");
    // Coming under attack from someone is being attacked by them.
    let e = event_of("Indian troops came under attack from Pakistani soldiers near Poonch.", Plover::Assault);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["PAK"], vec!["IND"]));
}

#[test]
fn standing_with_someone_is_support() {
    check_cases(&[
        ("The United States said it stood firmly with the Philippines.", Plover::Support, &["USA"], &["PHL"]),
        ("Turkey stands with Azerbaijan, Erdogan said on Friday.", Plover::Support, &["TUR"], &["AZE"]),
    ]);
}

#[test]
fn a_conviction_is_coded_and_a_relative_clause_after_the_object_names_no_target() {
    check_cases(&[("An Estonian court convicted a Russian national of spying for Moscow.", Plover::Coerce, &["EST"], &["RUS"])]);
    let e = event_of("In Tbilisi, police fired tear gas at hundreds of protesters who had gathered outside the Russian embassy.", Plover::Assault);
    assert!(e.target.iter().all(|t| t.code != "RUS"), "{e:?}");
}

#[test]
fn talks_held_in_a_capital_are_with_whom_they_are_held() {
    check_cases(&[("Niger's defence minister held talks in Ankara with Turkish officials on drone purchases.", Plover::Consult, &["NER"], &["TUR"])]);
}

#[test]
fn an_owned_title_or_an_appositive_before_the_verb_still_leaves_the_subject_acting() {
    check_cases(&[
        ("Angola's president spoke by telephone with Zambia's president.", Plover::Consult, &["AGO"], &["ZMB"]),
        ("Kenyan President William Ruto, the bloc's chief mediator in the crisis, spoke by telephone with Zambian President Hakainde Hichilema.", Plover::Consult, &["KEN"], &["ZMB"]),
        ("Kenya and Uganda, which together with Tanzania founded the East African Community, said in a joint statement that they stood by Kinshasa.", Plover::Support, &["KEN", "UGA"], &["COD"]),
        ("The East African Community, which groups Kenya, Uganda and Tanzania, expressed its solidarity with the Somali government.", Plover::Support, &["EAC"], &["SOM"]),
    ]);
    // Whoever labels the object of a condemnation is not the one condemned.
    let ev = events("Britain condemned what the Foreign Office called Iran's reckless seizure of the tanker.");
    assert!(ev.iter().any(|e| e.plover == Plover::Accuse) && ev.iter().filter(|e| e.plover == Plover::Accuse).all(|e| codes(&e.target) == ["IRN"]), "{ev:?}");
    // A country the gazetteer cannot resolve is not the subject's own.
    let e = event_of("Angola's president met Congo's president.", Plover::Consult);
    assert!(e.target.iter().all(|t| t.code != "AGO"), "{e:?}");
}

#[test]
fn passive_reactions_reach_back_past_adverbs_and_relative_clauses() {
    assert_event("Togo expelled the ECOWAS envoy on Monday. The decision, which was announced on state radio, was condemned by the West African bloc.", Plover::Accuse, &["ECOWAS"], &["TGO"]);
    assert_event("Israeli jets struck targets near Damascus. The strikes were also condemned by the Arab League.", Plover::Accuse, &["ARL"], &["ISR"]);
    assert_event("Iran accused Iraqi Kurdish authorities of sheltering militants. The charge was rejected by the Kurdistan Regional Government.", Plover::Reject, &["IRQ"], &["IRN"]);
    // "RSF" in news about Sudan is the Rapid Support Forces.
    assert_event("Sudan's war entered its third year on Tuesday. The UN urged the RSF to stop its attacks on civilians.", Plover::Request, &["UNO"], &["SDN"]);
}

#[test]
fn a_capital_dealt_with_is_not_an_unknown_speakers_home() {
    // An unknown senator is not Venezuelan for accusing Caracas; a known president is his own state's.
    let e = event_of("Senator Maria Lopez accused Caracas of harbouring gangs.", Plover::Accuse);
    assert!(e.source.iter().all(|a| a.code != "VEN") && codes(&e.target) == ["VEN"], "{e:?}");
    check_cases(&[("President Irfaan Ali accused Venezuela of arming gangs.", Plover::Accuse, &["GUY"], &["VEN"])]);
}

#[test]
fn an_embassy_raided_is_its_owners_and_the_raid_is_what_is_condemned() {
    check_cases(&[("The Spanish embassy in Caracas was raided by Venezuelan police.", Plover::Coerce, &["VEN"], &["ESP"])]);
    let ev = events("Venezuelan police raided the Spanish embassy in Caracas. Spain called the raid an outrageous act.");
    assert!(ev.iter().any(|e| e.plover == Plover::Accuse && codes(&e.source) == ["ESP"] && codes(&e.target) == ["VEN"]), "{ev:?}");
}

#[test]
fn criticism_drawn_from_someone_is_theirs() {
    check_cases(&[
        ("Japan's plan to release treated water drew sharp criticism from China.", Plover::Accuse, &["CHN"], &["JPN"]),
        ("Georgian police arrested two journalists, a move that drew criticism from the European Union.", Plover::Accuse, &["EU"], &["GEO"]),
        ("The navies of Japan and India wrapped up joint drills, drawing a rebuke from Beijing.", Plover::Accuse, &["CHN"], &["JPN", "IND"]),
    ]);
    // The arrest is not aimed at the one who criticised it; water let out is no one freed.
    let e = event_of("Georgian police arrested two journalists, a move that drew criticism from the European Union.", Plover::Coerce);
    assert!(e.target.iter().all(|t| t.code != "EU"), "{e:?}");
    assert_no("Japan's plan to release treated water drew sharp criticism from China.", Plover::Agree);
    // Criticism named as what is rejected is no one's accusation.
    assert_no("Kenya rejected criticism from Britain.", Plover::Accuse);
}

#[test]
fn refusals_agreements_and_signings_naming_no_one_answer_the_states_told_just_before() {
    assert_event(
        "Venezuela's parliament declared the 1899 award void and ordered troops to the border. Guyana rejected that reading on Monday.",
        Plover::Reject,
        &["GUY"],
        &["VEN"],
    );
    assert_event("Brazil offered to mediate between Sudan's army and the RSF in May. Khartoum agreed to the talks in June.", Plover::Agree, &["SDN"], &["BRA"]);
    // A signing in a city travelled to is with its host, not with whoever the sentence before named.
    let ev = events("Fiji agreed a fisheries deal with China. Tongan Prime Minister Siaosi Sovaleni flew to Beijing to sign the deal.");
    let sign = ev.iter().rev().find(|e| e.plover == Plover::Support).expect("a signing");
    assert_eq!(codes(&sign.target), ["CHN"], "{sign:?}");
}

#[test]
fn a_visit_paid_beside_another_act_is_a_visit_too() {
    let ev = events("Lula paid a state visit to Beijing in April 2023 and signed 15 agreements with Xi Jinping.");
    assert!(ev.iter().any(|e| e.plover == Plover::Consult && codes(&e.source) == ["BRA"] && codes(&e.target) == ["CHN"]), "{ev:?}");
    assert!(ev.iter().any(|e| e.plover == Plover::Support), "{ev:?}");
    let ev = events("When Narendra Modi made a two-day visit to Moscow, the two leaders signed nine agreements.");
    assert!(ev.iter().any(|e| e.plover == Plover::Consult && codes(&e.source) == ["IND"] && codes(&e.target) == ["RUS"]), "{ev:?}");
    // (A visit only spoken of is none: "ahead of a visit to Tokyo".)
    let ev = events("Ahead of a visit to Tokyo next month, Seoul signed a currency swap deal with Jakarta.");
    assert!(ev.iter().all(|e| e.plover != Plover::Consult || codes(&e.target) != ["JPN"]), "{ev:?}");
}

#[test]
fn nothing_sent_to_a_named_recipient_is_no_aid_and_no_transfer() {
    let e = event_of("Beijing condemned the strikes, but it sent Tehran no weapons.", Plover::Aid);
    assert!(e.negated, "{e:?}");
    let read = Reader::new(Gazetteer::builtin()).read_sentence("t", "China sent Iran no weapons.");
    assert!(read.claims.iter().all(|c| !matches!(c.body, ClaimBody::Transfer(_))), "{:?}", read.claims);
    // (Goods sent to a recipient are still aid.)
    assert!(!event_of("China sent Iran two radars.", Plover::Aid).negated);
    // (Nor is a count of strikes: "no fewer than".)
    assert!(!event_of("Israel struck Gaza no fewer than 30 times on Sunday.", Plover::Assault).negated);
}

#[test]
fn a_joint_signing_at_a_third_states_seat_is_with_each_other() {
    check_cases(&[
        ("Armenia and Azerbaijan signed a peace declaration at the White House in August.", Plover::Support, &["ARM", "AZE"], &["ARM", "AZE"]),
        ("Ethiopia and Eritrea signed a peace agreement in Riyadh.", Plover::Support, &["ETH", "ERI"], &["ETH", "ERI"]),
        // (Not where what they agreed is to be done.)
        ("Britain and France agreed to deploy troops in Ukraine after a ceasefire.", Plover::Agree, &["GBR", "FRA"], &["UKR"]),
        // (A meeting agreed on is held there all the same.)
        ("Kenya and Ethiopia agreed to meet again in Djibouti in May.", Plover::Agree, &["KEN", "ETH"], &["KEN", "ETH"]),
    ]);
}

#[test]
fn a_demand_for_a_release_is_aimed_at_the_captor() {
    let ev = events("Venezuelan troops seized a Guyanese fishing boat near the Essequibo on Sunday. Georgetown demanded the immediate release of the boat and its nine crew, most of them Brazilian citizens.");
    let req = ev.iter().find(|e| e.plover == Plover::Request).expect("a demand");
    assert_eq!((codes(&req.source), codes(&req.target)), (vec!["GUY"], vec!["VEN"]), "{req:?}");
    // (Not a request to someone else to help or to freeze: "urged the EU to freeze", "urged Turkey
    // to help secure the release of".)
    let ev = events("Russia seized a Ukrainian ship in the Black Sea. Kyiv urged Turkey to help secure the release of the sailors.");
    let req = ev.iter().find(|e| e.plover == Plover::Request).expect("a request");
    assert_eq!(codes(&req.target), ["TUR"], "{req:?}");
    let ev = events("Russia seized a Ukrainian ship in the Black Sea. Ukraine urged the EU to freeze Russian assets.");
    let req = ev.iter().find(|e| e.plover == Plover::Request).expect("a request");
    assert_eq!(codes(&req.target), ["EU"], "{req:?}");
}

#[test]
fn a_state_an_accord_commits_agrees_to_it() {
    let e = event_of("The Sharm el-Sheikh agreement committed Israel to withdraw from the city and committed Egypt to police the crossing.", Plover::Agree);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["ISR"], vec!["EGY"]), "{e:?}");
    // (Not a state named otherwise: "a step welcomed by Jordan".)
    let e = event_of("The Sharm el-Sheikh agreement committed Israel to withdraw from the city, a step welcomed by Jordan.", Plover::Agree);
    assert!(!codes(&e.target).contains(&"JOR"), "{e:?}");
}

#[test]
fn it_after_but_and_an_auxiliary_is_the_subject_and_a_stance_joined_by_and_leaves_the_act_before() {
    let ev = events("Chile voted for a resolution demanding Russia's withdrawal, but it has declined to join Western sanctions on Moscow and remains formally neutral in the war.");
    let rej = ev.iter().find(|e| e.plover == Plover::Reject).expect("a refusal");
    assert_eq!(codes(&rej.source), ["CHL"], "{rej:?}");
}

#[test]
fn a_wrong_found_is_an_accusation() {
    check_cases(&[("A UN panel found Eritrea in violation of the arms embargo.", Plover::Accuse, &["UNO"], &["ERI"])]);
    assert_no("Investigators found no evidence of Russian involvement in the blast.", Plover::Accuse);
    assert_no("Police in Nairobi found weapons in the car.", Plover::Accuse);
}

#[test]
fn a_deployment_ended_is_a_withdrawal() {
    check_cases(&[("Kenya ended its deployment in Haiti in October.", Plover::Retreat, &["KEN"], &["HTI"])]);
    assert_no("Kenya ended its deployment in Haiti in October.", Plover::Mobilize);
}

#[test]
fn a_summons_in_the_passive_is_by_the_ministry_or_the_datelines_government() {
    check_cases(&[
        ("The Iranian ambassador was summoned to the German foreign ministry on Tuesday.", Plover::Accuse, &["DEU"], &["IRN"]),
        ("BERLIN, May 2 (Reuters) - The Iranian ambassador was summoned to the foreign ministry on Tuesday.", Plover::Accuse, &["DEU"], &["IRN"]),
        ("Turkey's ambassador was summoned by the Greek foreign ministry.", Plover::Accuse, &["GRC"], &["TUR"]),
    ]);
    assert_no("Parliament was summoned for an emergency session.", Plover::Accuse);
}

#[test]
fn bare_denials_and_answering_threats_reach_back_to_whom_they_answer() {
    assert_event("Estonia accused Russia of jamming GPS signals. Moscow denied any involvement.", Plover::Reject, &["RUS"], &["EST"]);
    assert_event("Poland expelled a Belarusian diplomat. Minsk warned that it would respond to the expulsion.", Plover::Threaten, &["BLR"], &["POL"]);
    // A denial with no charge against the denier before it stays aimed at no one.
    let e = event_of("Israel struck Gaza. Egypt denied any role in the talks.", Plover::Reject);
    assert!(e.target.is_empty(), "{e:?}");
}

#[test]
fn standing_behind_someone_and_talks_held_abroad() {
    check_cases(&[
        ("Romania stands fully behind Moldova in the dispute.", Plover::Support, &["ROU"], &["MDA"]),
        ("Brazil's foreign minister held talks in Buenos Aires on Monday.", Plover::Consult, &["BRA"], &["ARG"]),
    ]);
    // Two states meeting on neutral ground are not meeting their host.
    let e = event_of("Iran and Saudi Arabia held talks in Baghdad.", Plover::Consult);
    assert_eq!(codes(&e.target), vec!["IRN", "SAU"], "{e:?}");
}

#[test]
fn lasting_stances_questions_forecasts_and_figures_are_not_reported_acts() {
    assert_not_reported(&[
        "Beijing claims the islands, a position Tokyo has rejected for decades.",
        "What would Seoul do if a South Korean soldier were killed in a clash at the border?",
        "Analysts expect Tehran to keep pressing its claim at the United Nations.",
        "Manila has been fighting a war of attrition against Chinese claims at the United Nations.",
        "Morocco has always insisted that the territory is Moroccan.",
        "The minister's plan has become a lightning rod for critics.",
        "The small island state is fighting a lonely battle for recognition.",
    ]);
}

#[test]
fn an_unnamed_office_armoured_vehicles_and_it_after_an_organisation() {
    check_cases(&[
        ("SKOPJE, March 3 (Reuters) - The state prosecutor's office has asked Interpol to issue a red notice for the former minister.", Plover::Request, &["MKD"], &["INTERPOL"]),
        ("Beijing delivered attack helicopters and armoured vehicles to Cambodia in March.", Plover::Aid, &["CHN"], &["KHM"]),
    ]);
    assert_event(
        "Niger expelled the AU envoy. The decision was condemned by the African Union. It also called on the authorities in Niamey to resume talks.",
        Plover::Request,
        &["AU"],
        &["NER"],
    );
}

#[test]
fn what_has_lasted_for_years_or_once_was_is_no_new_act() {
    assert_not_reported(&[
        "Jordan has hosted millions of Syrian refugees for more than a decade.",
        "Relations have been in a deep freeze for three years over the dispute.",
        "Iran remains the main patron of the Houthis, a movement it has armed and funded for nearly a decade.",
        "Hungary has for years tried to play both sides, seeking cheap Russian gas while courting Chinese investment.",
        "Iraq and Iran were once bitter enemies, fighting an eight-year war.",
    ]);
}

#[test]
fn a_trip_is_a_visit_and_the_boat_strikes_are_the_strikers() {
    check_cases(&[("Russian Defence Minister Andrei Belousov travelled to Pyongyang on Monday.", Plover::Consult, &["RUS"], &["PRK"])]);
    // (A trip to meet someone is the meeting: no second visit to the city.)
    let ev = events("Ukraine's foreign minister travelled to Brussels to meet NATO ministers.");
    assert_eq!(ev.iter().filter(|e| e.plover == Plover::Consult).count(), 1, "{ev:?}");
    assert_event("US forces struck a boat off Venezuela. Venezuela's foreign minister condemned the boat strikes as murder.", Plover::Accuse, &["VEN"], &["USA"]);
}

#[test]
fn a_place_shared_with_another_is_the_one_in_the_state_the_story_names() {
    assert_event("Guyana's president met Brazilian officials. Marco Rubio visited Georgetown in March.", Plover::Consult, &["USA"], &["GUY"]);
    // (With no word of Guyana, Georgetown is anyone's.)
    let ev = events("Secretary of State Marco Rubio visited Georgetown in March.");
    assert!(ev.iter().all(|e| e.target.iter().all(|t| t.code != "GUY")), "{ev:?}");
    assert_event("Jamaica's prime minister met Cuban officials. Venezuela's foreign minister visited Kingston on Monday.", Plover::Consult, &["VEN"], &["JAM"]);
    // (Kingston in a story naming Canada as well stays unresolved.)
    let e = event_of("Jamaica's prime minister met Canadian officials. Venezuela's foreign minister visited Kingston on Monday.", Plover::Consult);
    assert!(e.target.iter().all(|t| t.code != "JAM"), "{e:?}");
}

#[test]
fn envoys_recalled_in_the_passive_or_declared_persona_non_grata() {
    check_cases(&[
        ("Lima's ambassador to La Paz was called home for consultations, the foreign ministry said.", Plover::Sanction, &["PER"], &["BOL"]),
        ("Chile's ambassador to Venezuela was recalled on Monday.", Plover::Sanction, &["CHL"], &["VEN"]),
        ("Nicaragua's government declared Spain's ambassador persona non grata on Friday.", Plover::Sanction, &["NIC"], &["ESP"]),
    ]);
    assert_no("The president recalled that the treaty was signed in 1991.", Plover::Sanction);
}

#[test]
fn a_surname_alone_is_the_person_named_before_and_calling_on_someone_is_a_visit() {
    assert_event(
        "Chinese Foreign Minister Wang Yi arrived in Islamabad on Monday. Wang also called on Prime Minister Shehbaz Sharif at his office on Tuesday.",
        Plover::Consult,
        &["CHN"],
        &["PAK"],
    );
    assert_event(
        "Taiwan's president Lai Ching-te visited Paraguay. A spokesman for Beijing's Taiwan Affairs Office condemned Lai's pursuit of independence, and he warned that the PLA would act.",
        Plover::Accuse,
        &["CHN"],
        &["TWN"],
    );
    // A measure called unfair is the one who imposed it accused.
    assert_event("The United States imposed a 25% tariff on Brazilian goods. Brazil's foreign ministry called the measure unfair.", Plover::Accuse, &["BRA"], &["USA"]);
}

#[test]
fn an_organisation_named_by_its_acronym_after_the_calls_on_someone() {
    check_cases(&[
        ("The UN called on Salva Kiir to release the detainees.", Plover::Request, &["UNO"], &["SSD"]),
        ("The EU calls on Serbia to withdraw its troops from the border.", Plover::Request, &["EU"], &["SRB"]),
        ("The AU called for the release of the detained ministers in Niger.", Plover::Request, &["AU"], &["NER"]),
    ]);
    // (A name before an event noun still only modifies it: "the Gaza strikes" are not France's.)
    assert_no("France condemned the Gaza strikes on Tuesday.", Plover::Assault);
}

#[test]
fn denials_and_reactions_of_plain_wire_copy() {
    // A second clause with a pronoun subject of its own is a second act.
    assert_event(
        "Belarus's embassy in Warsaw said it had demanded consular access to the detainees, and it accused the Polish authorities of harassment.",
        Plover::Accuse,
        &["BLR"],
        &["POL"],
    );
    // Having "nothing to do with" something charged is a denial of the charge.
    assert_event(
        "Lithuania accused Belarus of sending balloons into its airspace. Minsk said it had nothing to do with the balloons.",
        Plover::Reject,
        &["BLR"],
        &["LTU"],
    );
    assert_no("Beijing said the talks had nothing to do with the tariffs.", Plover::Reject);
    // ", a move X called…", ", a decision X condemned…": the act of the clause before.
    assert_event("Washington revoked the Colombian president's visa, a decision Bogota condemned as a violation of diplomatic norms.", Plover::Accuse, &["COL"], &["USA"]);
    assert_event("The United States doubled tariffs on Brazilian steel, a move Brazil called unfair.", Plover::Accuse, &["BRA"], &["USA"]);
    // Closing another state's consulate, or one's embassy in its capital, cuts diplomatic ties;
    // a threat to respond to it is aimed at whoever closed it.
    assert_event("Poland ordered the closure of the Russian consulate in Gdansk.", Plover::Sanction, &["POL"], &["RUS"]);
    assert_event("Argentina shut its embassy in Caracas.", Plover::Sanction, &["ARG"], &["VEN"]);
    assert_event("Poland ordered the closure of the Russian consulate in Gdansk. The Kremlin said Russia would respond to the closure.", Plover::Threaten, &["RUS"], &["POL"]);
    // A court ordering a state to act demands it (an order to withdraw is an expulsion).
    assert_event("The International Court of Justice ordered Venezuela to refrain from any action in the region.", Plover::Request, &["ICJ"], &["VEN"]);
    assert_no("Niger ordered France to withdraw its troops from the country.", Plover::Request);
    // Where a statement was issued from is no target.
    let ev = events("CARICOM condemned the shooting in a statement issued from its headquarters in Georgetown.");
    assert!(ev.iter().any(|e| e.plover == Plover::Accuse) && ev.iter().all(|e| e.target.is_empty()), "{ev:?}");
}

#[test]
fn plain_wire_doers_the_gazetteer_does_not_know() {
    // "He" after an official named with a bare title under a dateline is the dateline's.
    assert_event(
        "QUITO, March 2 (Reuters) - Ecuador expelled Mexico's ambassador on Monday.\n\nInterior Minister Rocio Villar Andrade told reporters the envoy had made offensive remarks. She accused Mexico of interfering in the election.",
        Plover::Accuse,
        &["ECU"],
        &["MEX"],
    );
    // With a state's adjective before the title, that state's.
    assert_event(
        "DOHA, May 2 (Reuters) - Qatari Minister of State for Energy Affairs Saad al-Kaabi said Qatar could halt gas shipments to Europe. He accused Brussels of trying to impose its rules on foreign suppliers.",
        Plover::Accuse,
        &["QAT"],
        &["EU"],
    );
    // Unnamed demonstrators under a dateline, outside a foreign embassy, are the dateline's.
    assert_event(
        "LIMA, Nov 3 (Reuters) - Peru broke off relations with Mexico.\n\nDozens of demonstrators gathered outside the Mexican embassy on Monday evening.",
        Plover::Protest,
        &["PER"],
        &["MEX"],
    );
    // The means of a passive "hit by" comes from its doer.
    check_cases(&[
        ("MANILA, Feb 11 (Reuters) - A Philippine supply boat was hit by water cannon fired by Chinese coast guard vessels near the shoal.", Plover::Assault, &["CHN"], &["PHL"]),
        ("A Vietnamese fishing boat was struck by water cannon from a Chinese vessel near the Paracels.", Plover::Assault, &["CHN"], &["VNM"]),
    ]);
}

#[test]
fn subjects_and_objects_across_plain_wire_clauses() {
    // "He" after a sentence that opened with one person and named others is that person.
    assert_event(
        "Chinese Foreign Minister Wang Yi held talks with External Affairs Minister Subrahmanyam Jaishankar on Monday. He also met Prime Minister Narendra Modi.",
        Plover::Consult,
        &["CHN"],
        &["IND"],
    );
    // ", said Tallinn backed…": a reported clause, not a trailing attribution.
    assert_event("Latvia's foreign minister, who spoke with his Finnish counterpart on Monday, said Riga backed Finland fully.", Plover::Support, &["LVA"], &["FIN"]);
    // A label after an object that runs on past "on": "calling US strikes on drug boats \"murder\"".
    assert_event("Colombia's president on Wednesday called US military strikes on suspected drug boats \"murder\".", Plover::Accuse, &["COL"], &["USA"]);
    // ", with X saying…" is who said what about the act, not its object; a ruling rejected is
    // the court's.
    assert_event(
        "The International Court of Justice ordered Venezuela to refrain from holding the vote. Venezuela's government rejected the ruling, with its vice president saying Caracas did not recognise the court.",
        Plover::Reject,
        &["VEN"],
        &["ICJ"],
    );
    // A border closed with no one named after it is closed to the other state named.
    assert_event("Cambodia banned imports of Thai fruit after Bangkok closed several border crossings.", Plover::Assault, &["THA"], &["KHM"]);
}

#[test]
fn envoys_called_home_past_an_adverb_or_named_by_its() {
    assert_event("Algiers recalled its ambassador in Bamako, and its envoy in Niamey was also called home.", Plover::Sanction, &["DZA"], &["NER"]);
    assert_event("Algeria's envoy in Niamey was called home on Sunday.", Plover::Sanction, &["DZA"], &["NER"]);
    assert_event(
        "CHISINAU, May 3 (Reuters) - Moldova expelled a Russian diplomat. Russia's charge d'affaires was also summoned to the ministry.",
        Plover::Accuse,
        &["MDA"],
        &["RUS"],
    );
}

#[test]
fn the_doers_own_possessive_is_not_the_target() {
    assert_event("The State Department reaffirmed Washington's commitment to the Philippines.", Plover::Support, &["USA"], &["PHL"]);
    assert_event("Egyptian Foreign Minister Badr Abdelatty met his Somali counterpart and reaffirmed Egypt's support for Somalia's sovereignty.", Plover::Support, &["EGY"], &["SOM"]);
}

#[test]
fn talks_held_with_words_between_and_other_plain_wire_verbs() {
    check_cases(&[
        ("Iran and the United States held a fifth round of nuclear talks in Rome.", Plover::Consult, &["IRN", "USA"], &["IRN", "USA"]),
        ("In August, Indonesia repatriated 31 Vietnamese fishermen.", Plover::Retreat, &["IDN"], &["VNM"]),
    ]);
    // "free trade talks" are no release.
    assert_no("The Gulf Cooperation Council and Britain held a new round of free trade talks in Riyadh.", Plover::Retreat);
    // A bare verb after "and" shares the modal before it: an intent (AGREE), no repatriation done.
    let ev = events("Rwanda said it would close its embassy in Kinshasa and repatriate its remaining staff.");
    assert!(ev.iter().any(|e| e.plover == Plover::Agree && codes(&e.source) == ["RWA"]), "{ev:?}");
    assert!(ev.iter().all(|e| e.plover != Plover::Retreat || e.hypothetical), "{ev:?}");
}

#[test]
fn arrivals_calls_spoken_of_recalls_and_patrol_craft() {
    check_cases(&[
        ("Chinese Foreign Minister Wang Yi arrived in New Delhi on Monday.", Plover::Consult, &["CHN"], &["IND"]),
        ("About 300 Austrian soldiers arrived at Camp Butmir in Sarajevo this week.", Plover::Mobilize, &["AUT"], &["BIH"]),
        ("Bangladeshi peacekeeping troops arrived in South Sudan on Tuesday.", Plover::Aid, &["BGD"], &["SSD"]),
        ("Malaysian Prime Minister Anwar Ibrahim said he had spoken by phone with Hun Manet on Wednesday.", Plover::Consult, &["MYS"], &["KHM"]),
        ("Hours later, Phnom Penh said it was recalling all but one of its diplomats from the Thai capital.", Plover::Sanction, &["KHM"], &["THA"]),
        ("The Colombian navy said it had sent two additional river patrol boats to Leticia.", Plover::Mobilize, &["COL"], &[]),
    ]);
    // Goods and people fleeing arrive without an act.
    assert_not_reported(&["Turkish aid trucks arrived in Gaza on Monday.", "Ukrainian refugees arrived in Poland."]);
}

#[test]
fn strikes_and_fire_named_before_their_verb_and_words_about_ones_own_side() {
    check_cases(&[
        ("BEIRUT, Nov 16 (AP) - Israeli air strikes on villages in southern Lebanon killed nine people on Sunday.", Plover::Assault, &["ISR"], &["LBN"]),
        ("Israeli air strikes on Iranian nuclear and military sites killed at least 78 people.", Plover::Assault, &["ISR"], &["IRN"]),
        ("A South Korean guard post was hit by gunfire from North Korean soldiers on Friday.", Plover::Assault, &["PRK"], &["KOR"]),
        // One's own state as the subject of what one says is not whom it is said to; nor is a
        // leader's own state the target of words that name no one there.
        ("Kim Yo Jong said North Korea rejected the proposal. She warned that North Korean troops would respond to any incursion.", Plover::Threaten, &["PRK"], &[]),
        ("Prime Minister Shehbaz Sharif vowed that Pakistan would avenge the victims.", Plover::Threaten, &["PAK"], &[]),
    ]);
    // (A demand "that the Turkish government" act is aimed at it.)
    assert_event("Kurdish rebels issued a declaration demanding that the Turkish government release their leader.", Plover::Request, &["TUR"], &["TUR"]);
}

#[test]
fn what_a_passive_attack_struck_and_an_organisation_opening_the_sentence_before_it() {
    // What was struck, named by no actor, is in the one place the sentence names.
    check_cases(&[
        ("A nine-storey apartment block was hit by a Russian cruise missile, Kyiv mayor Vitali Klitschko said.", Plover::Assault, &["RUS"], &["UKR"]),
        ("Four civilians were killed by Russian shelling in the southern city of Kherson, the regional governor said.", Plover::Assault, &["RUS"], &["UKR"]),
        // ("The UN … mission in Ukraine": the mission's place is not its state.)
        ("The UN human rights monitoring mission in Ukraine condemned Russia's treatment of prisoners.", Plover::Accuse, &["UNO"], &["RUS"]),
    ]);
    // "It" after a sentence that opened with an organisation as its subject is that organisation.
    assert_event(
        "The UN human rights monitoring mission in Ukraine condemned Russia's treatment of prisoners. It urged Moscow to grant monitors access to all places of detention.",
        Plover::Request,
        &["UNO"],
        &["RUS"],
    );
}

#[test]
fn spokespeople_and_speech_acts_after_a_reported_clause() {
    // Foreign ministry spokespeople are their state's, whatever the dateline.
    assert_event(
        "KOROR, May 2 (Reuters) - Palau seized a Chinese fishing boat. Foreign Ministry spokesperson Lin Jian accused Palau of harassment.",
        Plover::Accuse,
        &["CHN"],
        &["PLW"],
    );
    // A speech act joined to a reported clause is the reporter's.
    assert_event(
        "Peru accused Mexico of interference. Mexico's foreign ministry said the asylum had been granted lawfully and rejected the charge of interference.",
        Plover::Reject,
        &["MEX"],
        &["PER"],
    );
    assert_event(
        "IAEA Director General Rafael Grossi said the Natanz plant had been damaged and urged Israel to refrain from attacking nuclear sites.",
        Plover::Request,
        &["IAEA"],
        &["ISR"],
    );
}

#[test]
fn a_few_quoted_words_after_their_subject_are_its_act() {
    assert_event("The State Department said Washington \"stands firmly with Guyana\" and warned Venezuela.", Plover::Support, &["USA"], &["GUY"]);
    // (A few quoted words elsewhere still only label an act.)
    let ev = events("China condemned what it called \"dangerous manoeuvres\" by Philippine vessels.");
    assert!(!ev.is_empty() && ev.iter().all(|e| e.plover == Plover::Accuse), "{ev:?}");
}

#[test]
fn a_complaint_filed_is_against_whom_it_names_not_the_forum() {
    assert_event("Lebanon filed a complaint with the UN Security Council against Israel.", Plover::Accuse, &["LBN"], &["ISR"]);
    let ev = events("Beirut filed a complaint with the UN Security Council on Monday.");
    assert!(ev.iter().any(|e| e.plover == Plover::Accuse) && ev.iter().all(|e| e.target.is_empty()), "{ev:?}");
}

#[test]
fn own_forces_withdrawn_are_not_whom_the_withdrawal_is_from() {
    assert_event("Kenya began withdrawing its police officers from Haiti.", Plover::Retreat, &["KEN"], &["HTI"]);
    // (Disarming at home stays domestic.)
    assert_event("The Lebanese army began to disarm Hezbollah south of the Litani river.", Plover::Retreat, &["LBN"], &["LBN"]);
}

#[test]
fn a_reaction_naming_no_one_answers_the_act_just_reported() {
    // A complaint and a threat after strikes are aimed at the striker.
    let text = "Israeli jets struck three villages near Tyre on Sunday, killing four people. Lebanon's foreign ministry said Beirut would file a complaint with the UN Security Council. Lebanon's prime minister warned that the country would respond if the raids continued.";
    assert_event(text, Plover::Accuse, &["LBN"], &["ISR"]);
    assert_event(text, Plover::Threaten, &["LBN"], &["ISR"]);
    // A denial answers the charge made against the denier, not a later act of someone else's.
    assert_event(
        "Congo accused Rwanda of arming the M23 rebels. Uganda closed a border crossing near Bunagana. Rwanda again denied the claim on Tuesday, a government spokeswoman said.",
        Plover::Reject,
        &["RWA"],
        &["COD"],
    );
    // Nothing before it: still no target.
    let ev = events("Beirut said it would file a complaint with the UN Security Council.");
    assert!(ev.iter().any(|e| e.plover == Plover::Accuse) && ev.iter().all(|e| e.target.is_empty()), "{ev:?}");
    // Too far back (three sentences between) or one's own act: no target.
    let ev = events("Israeli jets struck three villages near Tyre. The army said the targets were weapons depots. Residents said the strikes began at dawn. Schools were closed across the south. Lebanon said it would file a complaint with the UN.");
    assert!(ev.iter().filter(|e| e.plover == Plover::Accuse).all(|e| e.target.is_empty()), "{ev:?}");
}

#[test]
fn goods_held_back_or_not_sent_are_not_given() {
    let e = event_of("Seoul has condemned the deployment but has held back from supplying lethal weapons to Ukraine.", Plover::Aid);
    assert!(e.negated, "{e:?}");
    let e = event_of("Russia issued statements of support for Iran, but Moscow sent no air-defence systems, no aircraft and no advisers.", Plover::Aid);
    assert!(e.negated, "{e:?}");
    // Systems sent are given.
    assert!(!event_of("Russia sent air-defence systems to Iran.", Plover::Aid).negated);
}

#[test]
fn clashes_averted_and_markets_rallying_are_not_acts() {
    assert_no("Turkish and Israeli officials held deconfliction talks in Baku to prevent an accidental clash.", Plover::Assault);
    assert_no("Today the queues have gone, the pound trades freely and Egypt's bonds have rallied.", Plover::Protest);
    // Crowds still rally; strikes made to prevent something are still strikes.
    assert_event("Thousands rallied in Cairo against Israel.", Plover::Protest, &["EGY"], &["ISR"]);
    assert_event("Israeli jets struck Gaza to prevent a rocket launch, the army said.", Plover::Assault, &["ISR"], &["PSE"]);
}

#[test]
fn aid_given_in_the_perfect_is_the_givers() {
    assert_event("Canberra has given Port Moresby A$200 million in police aid.", Plover::Aid, &["AUS"], &["PNG"]);
    assert_event("Tokyo had given Hanoi six used patrol vessels.", Plover::Aid, &["JPN"], &["VNM"]);
    // Given what is not material: no aid.
    assert_no("Beijing has given Manila a stern warning over the shoal.", Plover::Aid);
}

#[test]
fn troops_hosted_are_no_act_against_the_host() {
    // A host condemning "the deployment" condemns the latest troops sent elsewhere, not the
    // ally's troops it hosts.
    let ev = events(
        "Some 28,500 American troops remain in South Korea. North Korea has sent 11,000 soldiers to Russia. Seoul condemned the deployment.",
    );
    let e = event_of_in(&ev, Plover::Accuse);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["KOR"], vec!["PRK"]));
}

#[test]
fn a_reaction_judged_as_a_violation_and_others_who_did_the_same() {
    // The state whose sovereignty was violated is not whom the condemnation is aimed at.
    let ev = events("Israeli jets struck targets near Damascus. Egypt condemned the strikes as a violation of Syria's sovereignty.");
    let e = event_of_in(&ev, Plover::Accuse);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["EGY"], vec!["ISR"]));
    // ", as did X": X condemned too; it is not the one condemned.
    let ev = events("Sudanese troops raided the Kenyan embassy in Khartoum. Uganda condemned the raid, as did the African Union.");
    let e = event_of_in(&ev, Plover::Accuse);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["UGA"], vec!["SDN"]));
}

#[test]
fn warplanes_sent_to_strike_attack() {
    assert_event("Moscow sent bombers to strike rebel positions in Idlib.", Plover::Assault, &["RUS"], &["SYR"]);
    // Sent to a state with nothing to strike: aid or a deployment, as before.
    assert_event("Ankara sent drones to Ethiopia.", Plover::Aid, &["TUR"], &["ETH"]);
}

#[test]
fn a_delegation_or_envoy_sent_is_a_visit() {
    assert_event("Ankara sent a delegation headed by its intelligence chief to Tripoli.", Plover::Consult, &["TUR"], &["LBY"]);
    assert_event("Doha sent an envoy to Kabul on Monday.", Plover::Consult, &["QAT"], &["AFG"]);
    // Aid sent is aid still.
    assert_event("Doha sent food aid to Kabul on Monday.", Plover::Aid, &["QAT"], &["AFG"]);
}

#[test]
fn a_refusal_not_made_is_negated() {
    assert!(event_of("Phnom Penh cannot easily refuse Beijing.", Plover::Reject).negated);
    assert!(event_of("Hanoi did not reject Moscow's offer.", Plover::Reject).negated);
    assert!(!event_of("Laos refused China's request.", Plover::Reject).negated);
}

#[test]
fn a_possessive_appositive_is_no_second_subject() {
    // "Pakistan's closest ally" describes China; Pakistan does not call for anything.
    assert_event("China, Pakistan's closest ally, called for restraint on Friday.", Plover::Request, &["CHN"], &[]);
    assert_event("Russia, Serbia's traditional backer, condemned the vote in New York.", Plover::Accuse, &["RUS"], &[]);
    // A list of states stays a list.
    assert_event("Egypt, Sudan and Ethiopia met in Cairo on Monday.", Plover::Consult, &["EGY", "SDN", "ETH"], &["EGY", "SDN", "ETH"]);
}

#[test]
fn goods_received_come_from_their_giver() {
    // A delivery taken is a delivery received: the giver follows "from" or is the maker's demonym.
    assert_event("Kenya has also taken delivery of Bayraktar drones from Turkey.", Plover::Aid, &["TUR"], &["KEN"]);
    assert_event("Since last year Serbia has taken delivery of Chinese air defence batteries.", Plover::Aid, &["CHN"], &["SRB"]);
    // Received goods are no visit.
    assert_event("Uganda has received Russian armoured vehicles.", Plover::Aid, &["RUS"], &["UGA"]);
    // "it" after ", and" is the sentence's subject, not the state named last.
    assert_event(
        "Chile signed a deal for eight frigates from Britain last year, and it has already received two patrol aircraft from Spain.",
        Plover::Aid,
        &["ESP"],
        &["CHL"],
    );
}

#[test]
fn a_dollar_sign_names_a_currency_not_a_state() {
    // "US$" is money; the agency the loan went through is a channel, not whom the aid reached.
    let ev = events("Tokyo delivered six patrol vessels in 2022, under a loan of about US$300 million agreed through the Japan International Cooperation Agency.");
    assert!(ev.iter().any(|e| e.plover == Plover::Aid && codes(&e.source) == ["JPN"]), "{ev:?}");
    assert!(ev.iter().all(|e| e.target.iter().all(|t| t.code != "USA" && t.code != "JPN")), "{ev:?}");
}

#[test]
fn commentary_that_reports_no_act_codes_none() {
    // Sentences of analysis written for this test: judgements, kinds of acts, capacities,
    // concessions, treaty cases and things as subjects. None reports an act that happened.
    for text in [
        "Manila's gains at sea are now hard to ignore.",
        "What Australia offers is something less visible.",
        "Hanoi cannot simply walk away, however loudly its fishermen complain.",
        "Officials in Jakarta tend to change the subject when asked.",
        "Few defence partnerships in Africa are as often praised as the one between Kenya and Britain.",
        "The Grand Renaissance Dam, built to power half of Ethiopia, threatens farms across Sudan and Egypt.",
        "Armenia relies on Russia under a 1997 treaty that treats an attack on Armenia as an attack on Russia.",
        "The three juntas pledged to come to one another's defence in case of attack from Nigeria.",
        "After Indonesia became the second export customer for the cruise missile, officials in Manila took note.",
    ] {
        let ev = events(text);
        assert!(ev.iter().all(|e| e.hypothetical), "{text}: {ev:?}");
    }
    // A capacity or a kind of act is at most a possibility.
    let ev = events("Quito's room to defy Washington is narrower than its president suggests.");
    assert!(ev.iter().all(|e| e.hypothetical), "{ev:?}");
    let ev = events("Rabat presents every agreement with Madrid as a purely economic matter.");
    assert!(ev.iter().all(|e| e.hypothetical), "{ev:?}");
    // The same words reporting acts still code them.
    assert_event("Australia offered Fiji two patrol boats on Monday.", Plover::Agree, &["AUS"], &["FJI"]);
    assert_event("Seoul has spent years quietly arming Warsaw.", Plover::Aid, &["KOR"], &["POL"]);
    assert_event("Egypt, however, condemned the strike on Tuesday.", Plover::Accuse, &["EGY"], &[]);
    assert_event("Pyongyang fired a cruise missile into the sea on Tuesday.", Plover::Mobilize, &["PRK"], &[]);
}

#[test]
fn doers_of_deliveries_and_relative_clauses() {
    // A relative clause listing verbs: its doer is the state it hangs on.
    assert_event(
        "In 2023 Kenya signed a defence pact with Britain, which trains Kenyan rangers, funds border posts and has sent armoured vehicles to Nairobi.",
        Plover::Aid,
        &["GBR"],
        &["KEN"],
    );
    // A verb joined by "and" shares its subject: the receiver is not the state named last.
    assert_event("Angola bought patrol boats from Brazil and received helicopters from Italy.", Plover::Aid, &["ITA"], &["AGO"]);
    assert_event("Ghana and Togo received vaccines from India.", Plover::Aid, &["IND"], &["GHA", "TGO"]);
    // "its" clashes are the subject's, not those of the state named in a "from" phrase.
    assert_event("Armenia bought radars from France after its border clashes with Azerbaijan.", Plover::Assault, &["ARM"], &["AZE"]);
    // Goods arriving are no visit; an admission is no concession; a figure of speech is no kidnapping.
    assert_no("Six more Su-30 fighters arrived at Hanoi's Noi Bai airport in 2024.", Plover::Consult);
    assert_no("Canadian officials concede, privately, that they cannot match Washington.", Plover::Concede);
    assert_no("Nepal imports fuel from India, which makes Kathmandu a hostage to Indian politics.", Plover::Assault);
}

#[test]
fn owners_refusals_and_models_in_analysis_prose() {
    // An owner before modifiers: the invasion is Russia's, not the subject's.
    assert_event("Finland, which wanted air defences fast after Russia's full-scale invasion of Ukraine, chose Israel.", Plover::Assault, &["RUS"], &["UKR"]);
    // What is refused is not done.
    let ev = events("Officials in Moscow know that Hungary's refusal to recognise the court and to sanction Russia matters more.");
    assert!(ev.iter().all(|e| e.negated || e.hypothetical), "{ev:?}");
    // A model's designation names goods, not a group acted on.
    assert_event("Egypt signed a contract for 24 J-10C fighters in March.", Plover::Support, &["EGY"], &[]);
    // A second clause's subject after "some" is no object of the first.
    assert_event("Cairo signed a contract for new frigates, and some Egyptian officials have said more will follow.", Plover::Support, &["EGY"], &[]);
    // Forces hosted are a presence, not a visit; a contingent arriving is a deployment.
    assert_no("Both countries hosted tens of thousands of American troops.", Plover::Consult);
    let ev = events("A smaller Russian contingent arrived in Burkina Faso in early 2024.");
    assert!(ev.iter().any(|e| e.plover == Plover::Mobilize) && ev.iter().all(|e| e.plover != Plover::Consult), "{ev:?}");
}

#[test]
fn a_meeting_called_off_is_a_refusal_to_meet_not_the_meeting() {
    // The PLOVER manual: "Cancellation of meetings are REJECT"; the meeting did not take place.
    for (text, src, tgt) in [
        ("Ankara has since postponed a three-way meeting with Swedish and Finnish officials.", &["TUR"][..], &["SWE", "FIN"][..]),
        ("China cancelled a planned meeting with Japan's foreign minister.", &["CHN"], &["JPN"]),
        ("India postponed the summit with Bangladesh.", &["IND"], &["BGD"]),
        ("Japan scrapped next week's meeting with South Korea.", &["JPN"], &["KOR"]),
        ("South Korea's president postponed his visit to Washington.", &["KOR"], &["USA"]),
        ("Tokyo called off its planned meeting with South Korea's foreign minister.", &["JPN"], &["KOR"]),
    ] {
        let ev = events(text);
        assert!(ev.iter().all(|e| !matches!(e.plover, Plover::Consult | Plover::Concede)), "{text}: {ev:?}");
        let e = event_of(text, Plover::Reject);
        assert_eq!((codes(&e.source), codes(&e.target)), (src.to_vec(), tgt.to_vec()), "{text}");
        assert_eq!(e.mode.as_deref(), Some("meet"), "{text}");
    }
    // A state named as the meeting's modifier is not the one who cancels it: it is the one refused.
    let e = event_of("Beijing cancelled the annual China-EU summit.", Plover::Reject);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["CHN"], vec!["EU"]));
    assert_event("Paris postponed the Franco-German summit.", Plover::Reject, &["FRA"], &["DEU"]);
    // A trip to a place, put off or cancelled.
    assert_event("China's foreign minister postponed a trip to Tokyo on Monday.", Plover::Reject, &["CHN"], &["JPN"]);
    assert_event("Seoul's defence minister cancelled his trip to Beijing.", Plover::Reject, &["KOR"], &["CHN"]);
    // A meeting held after one postponed is a meeting, and "the postponed summit" refuses nothing.
    let ev = events("Modi met Sharif in Astana after the postponed summit.");
    assert!(ev.iter().any(|e| e.plover == Plover::Consult) && ev.iter().all(|e| e.plover != Plover::Reject), "{ev:?}");
}

#[test]
fn an_it_after_a_time_opening_a_joined_clause_is_the_sentences_subject() {
    // "last weekend it", "on Monday it": the time words may name a weekday or a part of the week.
    assert_event(
        "Ankara summoned a Greek diplomat over the remarks, and last weekend it expelled Sweden's ambassador.",
        Plover::Sanction,
        &["TUR"],
        &["SWE"],
    );
    assert_event("Vilnius protested to Minsk about the balloons, and on Monday it closed two crossings with Belarus.", Plover::Assault, &["LTU"], &["BLR"]);
}

#[test]
fn debt_forgiven_or_written_off_is_aid_as_the_plover_manual_codes_it() {
    assert_event("China wrote off 500 million dollars of Zambia's debt.", Plover::Aid, &["CHN"], &["ZMB"]);
    assert_event("Russia forgave 90 per cent of Cuba's Soviet-era debt in 2014.", Plover::Aid, &["RUS"], &["CUB"]);
    // Forgiving a wrong is no aid.
    assert_no("Kyiv will never forgive Moscow for the massacre.", Plover::Aid);
}

#[test]
fn a_states_people_killed_with_no_doer_named_are_an_assault_on_it_by_whoever_the_story_says() {
    // The victims are the recipient (PLOVER: "the perpetrator is coded as the actor and the
    // victim as the recipient"), never the doer.
    let ev = events("Three Pakistani soldiers were killed and eleven wounded.");
    let e = event_of("Three Pakistani soldiers were killed and eleven wounded.", Plover::Assault);
    assert!(e.source.is_empty() && codes(&e.target) == ["PAK"], "{ev:?}");
    assert_eq!(e.magnitude.as_ref().map(|m| (m.value, m.unit.as_str())), Some((3.0, "killed")));
    assert!(ev.iter().all(|e| !e.source.iter().any(|s| s.code == "PAK")), "{ev:?}");
    // The doer from the story: an attack on the victims' state, a clash it fought, an attack by
    // others on no one named, or its own attack answered.
    for (text, src, tgt) in [
        ("Pakistani jets struck camps in Khost province. Afghan officials said eight Afghan civilians were killed.", "PAK", "AFG"),
        ("Armenian and Azerbaijani forces traded fire overnight. Two Armenian soldiers were killed.", "AZE", "ARM"),
        ("Afghan fighters opened fire on border posts on Wednesday. Three Pakistani soldiers were killed.", "AFG", "PAK"),
        // Or whose weapons the clause names.
        ("Two Afghan border guards and four civilians died when Pakistani shells hit homes.", "PAK", "AFG"),
    ] {
        assert_event(text, Plover::Assault, &[src], &[tgt]);
    }
    // Deaths in an accident, or "died" with no fighting, are no assault.
    assert_no("Two Indian soldiers died in an avalanche in Siachen.", Plover::Assault);
    assert_no("Four Nepali workers died in Qatar last year.", Plover::Assault);
    // People killed in a place are not that state's people.
    assert_no("Serbia lifted a night curfew in Montenegro where 28 people have been killed in riots.", Plover::Assault);
    // An ambush on a road is no road accident.
    let e = event_of("Four Nigerien soldiers were killed in an ambush on the road to Tillaberi.", Plover::Assault);
    assert!(e.source.is_empty() && codes(&e.target) == ["NER"], "{e:?}");
    assert_no("Four Nigerien soldiers were killed in a road accident near Tillaberi.", Plover::Assault);
}

#[test]
fn the_attack_people_were_killed_in_is_the_act_its_noun_names_the_doer_not_the_victims() {
    // "killed in an Israeli airstrike on Gaza": the doer is the strike's state, the count the
    // dead before the verb.
    for (text, src, tgt, dead) in [
        ("Two civilians were killed in an Israeli airstrike on Gaza City.", "ISR", "PSE", 2.0),
        ("At least 14 people were killed in a Russian missile strike on Odesa.", "RUS", "UKR", 14.0),
        ("More than 20 people have been wounded in a Russian drone attack on Kharkiv.", "RUS", "UKR", 20.0),
        ("Five Syrian soldiers died in a Turkish drone strike near Manbij.", "TUR", "SYR", 5.0),
    ] {
        let ev = events(text);
        let e = event_of(text, Plover::Assault);
        assert_eq!((codes(&e.source), codes(&e.target)), (vec![src], vec![tgt]), "{text}: {ev:?}");
        assert_eq!(e.magnitude.as_ref().map(|m| m.value), Some(dead), "{text}: {e:?}");
        // The victims never attack.
        assert!(ev.iter().all(|e| !e.source.iter().any(|s| s.code == tgt)), "{text}: {ev:?}");
    }
    // Where no one's strike is named, the victims' state is the target and no one the doer.
    for text in ["Three Malian soldiers were killed in an ambush on Tuesday.", "Ukrainian soldiers were wounded in an attack near Pokrovsk."] {
        let ev = events(text);
        assert!(ev.iter().all(|e| e.source.is_empty()), "{text}: {ev:?}");
    }
    // The dead before "when" or "as" the strike came are its count, in figures or words.
    let e = event_of("Forty people were killed when Russian missiles hit a hospital in Kyiv.", Plover::Assault);
    assert_eq!((codes(&e.source), e.magnitude.as_ref().map(|m| m.value)), (vec!["RUS"], Some(40.0)), "{e:?}");
    let e = event_of("At least 1,200 people were killed as Sudanese army jets struck Nyala.", Plover::Assault);
    assert_eq!(e.magnitude.as_ref().map(|m| m.value), Some(1200.0), "{e:?}");
    // So are the dead of a passive with its agent named.
    let e = event_of("Two Indian soldiers were killed by Pakistani sniper fire.", Plover::Assault);
    assert_eq!((codes(&e.source), codes(&e.target), e.magnitude.as_ref().map(|m| m.value)), (vec!["PAK"], vec!["IND"], Some(2.0)), "{e:?}");
    // A convoy that hit a roadside bomb did not attack; a crash is no attack at all.
    let text = "Five Nigerian soldiers died after their convoy hit a roadside bomb.";
    let e = event_of(text, Plover::Assault);
    assert!(e.source.is_empty() && codes(&e.target) == ["NGA"], "{e:?}");
    assert!(events(text).iter().all(|e| e.source.is_empty()), "{:?}", events(text));
    assert_not_reported(&["A Malian army truck struck a landmine near Gao.", "A Pakistani military helicopter crashed in Balochistan, killing six soldiers."]);
    // Whose firing or shelling the clause names is the doer.
    assert_event("An Indian soldier was killed in Pakistani firing along the Line of Control.", Plover::Assault, &["PAK"], &["IND"]);
    assert_event("Two Georgian medics were killed in Russian shelling.", Plover::Assault, &["RUS"], &["GEO"]);
    // A missile strike launched is the strike, not a missile test.
    assert_event("Russia launched a missile strike on Odesa overnight.", Plover::Assault, &["RUS"], &["UKR"]);
    assert_no("Russia launched a missile strike on Odesa overnight.", Plover::Mobilize);
    // A bombardment is an attack; being bombarded with questions is none.
    assert_event("Russian forces bombarded Kharkiv overnight.", Plover::Assault, &["RUS"], &["UKR"]);
    let e = event_of("The minister said 40 civilians were killed in the Sudanese army's bombardment of Nyala.", Plover::Assault);
    assert_eq!((codes(&e.source), e.magnitude.as_ref().map(|m| m.value)), (vec!["SDN"], Some(40.0)), "{e:?}");
    assert_no("Officials were bombarded with questions about the deal.", Plover::Assault);
    // Workers striking is no attack.
    assert_no("Dock workers in Marseille went on strike on Monday.", Plover::Assault);
}

#[test]
fn force_on_its_posts_told_by_another_state_is_on_the_teller() {
    // "its" after the act, the doers another state named after the verb of telling: the teller's.
    assert_event("Pakistan's army said Afghan forces opened fire on its posts.", Plover::Assault, &["AFG"], &["PAK"]);
    assert_event("Thailand said Cambodian troops fired rockets at its villages.", Plover::Assault, &["KHM"], &["THA"]);
    assert_event("Manila said Chinese vessels blocked its supply boats.", Plover::Coerce, &["CHN"], &["PHL"]);
    // No state tells it: "its" is left unread.
    let e = event_of("The report said Russian forces had shelled its positions.", Plover::Assault);
    assert!(e.target.is_empty(), "{e:?}");
}

#[test]
fn less_lethal_weapons_used_are_assault_by_crowd_control_as_the_plover_manual_lists_them() {
    // PLOVER's ASSAULT mode "crowd-control": tear gas, water cannons, rubber bullets. Fired at
    // another state's boat it is aimed at that state; at protesters, at the country's own people.
    for (text, src, tgt) in [
        ("A Chinese coast guard cutter fired a water cannon at a Vietnamese fishing boat near the Paracel Islands.", "CHN", "VNM"),
        ("Indian border guards fired tear gas at Bangladeshi villagers who had crossed the fence.", "IND", "BGD"),
        ("Serbian riot police used tear gas and stun grenades against students in Belgrade.", "SRB", "SRB"),
    ] {
        let e = event_of(text, Plover::Assault);
        assert_eq!((codes(&e.source), codes(&e.target)), (vec![src], vec![tgt]), "{text}: {e:?}");
        assert_eq!(e.mode.as_deref(), Some("crowd-control"), "{text}");
    }
    // Pushed back or dispersed, with no such weapon named, is still restriction.
    assert_event("Thai police dispersed protesters outside parliament in Bangkok.", Plover::Coerce, &["THA"], &["THA"]);
}

#[test]
fn equipment_given_and_admissions_are_not_repression_or_concessions() {
    // Water cannon given to a police force is aid; its use is an assault.
    assert_no("Beijing has donated water cannon trucks and surveillance equipment to the Fijian police.", Plover::Assault);
    assert_event("Beijing has donated water cannon trucks and surveillance equipment to the Fijian police.", Plover::Aid, &["CHN"], &["FJI"]);
    assert_event("Georgian police used water cannon against protesters in Tbilisi.", Plover::Assault, &["GEO"], &["GEO"]);
    // Aid handed over is aid, not a return.
    assert_event("Tashkent has also handed over humanitarian aid worth $2 million.", Plover::Aid, &["UZB"], &[]);
    // To concede, after a time, that something is so is to admit it.
    assert_no("A senior Sri Lankan official conceded last year that the country could not pay its debts to China.", Plover::Concede);
}

#[test]
fn a_headline_told_again_in_the_story_is_one_act() {
    let story = "Chad expels French envoy after border raid\nN'DJAMENA, May 3 (Wire) - Chad expelled France's ambassador on Friday, two days after a raid on a border post.";
    let ev = events(story);
    assert_eq!(ev.iter().filter(|e| e.plover == Plover::Sanction).count(), 1, "{ev:?}");
    // A headline's act the story does not tell again is kept.
    let story = "Chad expels French envoy; Niger protests\nN'DJAMENA, May 3 (Wire) - Chad expelled France's ambassador on Friday.";
    let ev = events(story);
    assert!(ev.iter().any(|e| e.plover == Plover::Sanction) && ev.iter().any(|e| codes(&e.source) == ["NER"]), "{ev:?}");
    // A first sentence that ends like one is no headline.
    let story = "Chad expelled France's ambassador on Friday. Chad expelled France's ambassador again in June.";
    assert_eq!(events(story).iter().filter(|e| e.plover == Plover::Sanction).count(), 2);
}

#[test]
fn crowds_forces_moving_and_sanctions_in_reply() {
    // A crowd in the dateline's city, with other states named only before things, is of that state.
    assert_event("BAMAKO, Oct 10 (Wire) - Hundreds of people gathered near the French embassy, waving Russian flags.", Plover::Protest, &["MLI"], &["FRA"]);
    // A rally's purpose gives its target: the doer of the act it denounces.
    assert_event(
        "Israeli jets struck targets near Damascus on Friday. Thousands of people rallied in Damascus after Friday prayers to denounce the strikes.",
        Plover::Protest,
        &["SYR"],
        &["ISR"],
    );
    // Forces moving or moved are a mobilisation, with words between the verb and the forces.
    assert_event("Satellite images showed Azerbaijani armoured units moving toward the border.", Plover::Mobilize, &["AZE"], &[]);
    assert_event("Peru said it had moved 30 armoured vehicles and about 800 soldiers to its southern border.", Plover::Mobilize, &["PER"], &[]);
    assert_no("Talks on the border are moving forward, Peru said.", Plover::Mobilize);
    // A sanction naming no one answers an act aimed at the sanctioner.
    assert_event("Mali expelled the Danish ambassador on Monday. Copenhagen has since suspended development aid.", Plover::Sanction, &["DNK"], &["MLI"]);
}

#[test]
fn the_strikes_are_the_act_told_as_struck() {
    // Two attacks of one type before the reaction: "the strikes" is the one told as "struck",
    // not the later "attacks by the Iran-aligned group" (whose backer is no party either).
    let story = "SANAA, Jan 12 (Wire) - British and U.S. warships struck 40 targets across Yemen on Friday, in retaliation for weeks of attacks by the Iran-aligned group on shipping.\nEgypt condemned the strikes as a violation of Yemen's sovereignty.";
    let ev = events(story);
    let e = ev.iter().find(|e| e.plover == Plover::Accuse).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["EGY"], vec!["GBR", "USA"]), "{ev:?}");
    assert!(ev.iter().all(|e| e.target.iter().all(|t| t.code != "IRN") && e.source.iter().all(|t| t.code != "IRN")), "{ev:?}");
}

#[test]
fn wire_phrasings_of_fire_calls_pairs_and_aid() {
    // Fire opened with a kind of weapon between.
    assert_event("Indian troops opened small-arms fire on Pakistani posts overnight.", Plover::Assault, &["IND"], &["PAK"]);
    assert_no("Kenya opened its border with Somalia.", Plover::Assault);
    // A call "by phone with" someone.
    assert_event("Chilean President Gabriel Boric said he had raised the matter by phone with Argentine President Javier Milei.", Plover::Consult, &["CHL"], &["ARG"]);
    // "both countries", "the two sides": both states of the pair.
    assert_event("Armenia and Azerbaijan traded fire. Iran urged the two sides to show restraint.", Plover::Request, &["IRN"], &["ARM", "AZE"]);
    // Words delivered are no aid; easing a crisis is no concession; not bowing to pressure is a refusal.
    assert_no("Foreign Minister Ana Lopez delivered formal notice of withdrawal to the Chilean embassy.", Plover::Aid);
    assert_no("Two Venezuelan tankers docked in Havana, easing a fuel crisis.", Plover::Concede);
    assert_event("Washington imposed new sanctions on Havana. Cuba said it would not bow to pressure.", Plover::Reject, &["CUB"], &["USA"]);
    // Aid from abroad naming no recipient goes to the dateline's state.
    assert_event("DHAKA, Aug 9 (Wire) - Floods swept the delta. Japan announced $5 million in emergency aid for displaced families.", Plover::Aid, &["JPN"], &["BGD"]);
}

#[test]
fn frames_topics_charges_and_joint_drills() {
    // A ceasefire upheld is no new one; the topic of talks is no second act.
    assert_no("French envoys met Lebanon's president in Beirut to shore up a shaky ceasefire.", Plover::Retreat);
    assert_no("US and Philippine officials met in Manila to discuss joint patrols.", Plover::Cooperate);
    // "alleged" before a noun names a charge; "alleged that" makes one.
    assert_no("Russia expelled two Norwegian diplomats over alleged spying.", Plover::Accuse);
    assert_event("Kenya alleged that Somalia had armed the militants.", Plover::Accuse, &["KEN"], &["SOM"]);
    // Ending a cooperative arrangement reduces relations; announcing it threatens to.
    assert_event("Niger terminated its military cooperation agreement with the United States.", Plover::Sanction, &["NER"], &["USA"]);
    assert_event("Honduras said it would terminate its extradition treaty with the United States.", Plover::Threaten, &["HND"], &["USA"]);
    // A place left or held by someone is not whom troops moved there are aimed at (an attack on
    // it is).
    assert_event("The Lebanese army has moved 2,000 soldiers into areas vacated by Israeli forces.", Plover::Mobilize, &["LBN"], &[]);
    assert_event("Ukrainian drones struck an oil depot held by Russian forces.", Plover::Assault, &["UKR"], &["RUS"]);
    // Forces joining others' drills exercise together.
    assert_event("Indian troops joined French forces for joint exercises.", Plover::Cooperate, &["IND", "FRA"], &["IND", "FRA"]);
}

#[test]
fn firing_and_speaking_to() {
    // A participle of firing, with weapons named between, is an attack.
    assert_event("The clashes erupted on Monday, with Armenian forces firing Grad rockets into Azerbaijani territory.", Plover::Assault, &["ARM"], &["AZE"]);
    // Speaking to leaders consults them; speaking to reporters consults no one.
    assert_event("Armenia and Azerbaijan fought. Putin said he had spoken to both leaders.", Plover::Consult, &["RUS"], &["ARM", "AZE"]);
    assert!(events("Zelensky spoke to reporters in Kyiv.").is_empty());
    assert!(events("The minister spoke with journalists in Kyiv.").is_empty());
}

#[test]
fn sanctions_suffered_and_objects_past_a_clause() {
    // A sanction suffered with no one named who imposed it names no doer.
    assert!(events("Two Russian diplomats were expelled.").is_empty());
    assert_no("Ankara, having been expelled from the F-35 programme after buying Russian S-400 systems, has turned to Europe.", Plover::Sanction);
    assert_event("Mali was suspended from ECOWAS.", Plover::Sanction, &["ECOWAS"], &["MLI"]);
    assert_event("Two Russian diplomats were expelled by Norway.", Plover::Sanction, &["NOR"], &["RUS"]);
    // No object past a semicolon, or inside a "which" clause on a place.
    assert_event("Tashkent has handed over humanitarian aid through the Termez hub, which doubles as a staging post for UN agencies.", Plover::Aid, &["UZB"], &[]);
    assert_event("Japan is co-financing the cable with a grant of 60 million dollars; Washington has stayed silent.", Plover::Aid, &["JPN"], &[]);
    // Money received from no one named is no visit.
    assert_no("The country received roughly $400 million a year in US security assistance until the cuts.", Plover::Consult);
}

#[test]
fn needs_met_a_meetings_purpose_and_a_markets_demand_are_no_acts() {
    // A need or a target met is no meeting.
    for text in ["Kazakh coal meets around 60 per cent of Kyrgyzstan's needs.", "Poland met NATO's spending target in 2023."] {
        assert_no(text, Plover::Consult);
    }
    // What a meeting is to discuss is no second meeting, by whoever the place names.
    let ev = events("Putin met Xi in Beijing to discuss energy prices.");
    assert_eq!(ev.iter().filter(|e| e.plover == Plover::Consult).count(), 1, "{ev:?}");
    check_cases(&[("Putin met Xi in Beijing to discuss energy prices.", Plover::Consult, &["RUS"], &["CHN"])]);
    // A market's demand is no demand made; a demand made still is.
    assert_no("Officials in Beijing worried about weak energy demand.", Plover::Request);
    assert_no("China said global demand for steel would slow.", Plover::Request);
    check_cases(&[("Pakistan will demand compensation from India.", Plover::Request, &["PAK"], &["IND"])]);
}

#[test]
fn aid_paused_or_frozen_with_its_sum_between_is_a_sanction() {
    check_cases(&[
        ("In June New Zealand paused NZ$18.2 million in funding to the Cook Islands.", Plover::Sanction, &["NZL"], &["COK"]),
        ("Washington froze $400 million in military aid to Kyiv.", Plover::Sanction, &["USA"], &["UKR"]),
    ]);
    assert_no("In June New Zealand paused NZ$18.2 million in funding to the Cook Islands.", Plover::Aid);
    // Aid given with its sum stays aid.
    check_cases(&[("Japan gave $5 million in aid to Niue.", Plover::Aid, &["JPN"], &["NIU"])]);
}

#[test]
fn a_joint_act_of_states_naming_no_one_else_is_aimed_at_each_other() {
    check_cases(&[
        ("Japan and the Philippines signed a reciprocal access agreement in July.", Plover::Support, &["JPN", "PHL"], &["JPN", "PHL"]),
        ("Indian and Pakistani troops clashed along the Line of Control.", Plover::Assault, &["IND", "PAK"], &["IND", "PAK"]),
        ("Kyrgyzstan and Tajikistan signed a border treaty. The two leaders met again in March.", Plover::Consult, &["KGZ", "TJK"], &["KGZ", "TJK"]),
    ]);
    // Not an act aimed at someone named, nor one state alone, nor a joint strike.
    check_cases(&[
        ("Japan and the Philippines condemned China's actions.", Plover::Accuse, &["JPN", "PHL"], &["CHN"]),
        ("Egypt signed an agreement on Tuesday.", Plover::Support, &["EGY"], &[]),
    ]);
    let strike = events("Israel and the United States fired missiles overnight.");
    assert!(strike.iter().all(|e| e.target.is_empty()), "{strike:?}");
}

#[test]
fn the_doers_own_state_in_what_it_complains_of_is_not_whom_it_complains_to() {
    check_cases(&[
        ("Mogadishu reacted furiously, condemning the deal as an attack on Somali sovereignty and expelling Ethiopia's ambassador.", Plover::Accuse, &["SOM"], &["ETH"]),
        ("Chinese officials again protested the killing of Chinese engineers in Balochistan.", Plover::Accuse, &["CHN"], &["PAK"]),
        ("Russia's foreign ministry condemned the switch as an anti-Russian provocation.", Plover::Accuse, &["RUS"], &[]),
    ]);
    // A domestic act keeps its domestic target.
    check_cases(&[("Kenyan police arrested dozens of Kenyan protesters in Nairobi.", Plover::Coerce, &["KEN"], &["KEN"])]);
}

#[test]
fn who_says_so_inside_the_object_is_no_target() {
    check_cases(&[("American forces carried out strikes on boats that Washington says were smuggling drugs from the Venezuelan coast.", Plover::Assault, &["USA"], &["VEN"])]);
    let e = event_of("Israel struck targets that Iran said were civilian sites.", Plover::Assault);
    assert!(!codes(&e.target).contains(&"IRN"), "{e:?}");
}

#[test]
fn a_treaty_reaffirmed_is_support_and_a_pledge_to_someone_unnamed_is_not_mutual() {
    check_cases(&[
        ("Washington condemned the Chinese action and reaffirmed that its 1951 Mutual Defense Treaty with Manila covers attacks on Philippine vessels.", Plover::Support, &["USA"], &["PHL"]),
        ("Thailand and Cambodia accepted an immediate ceasefire on Monday.", Plover::Agree, &["THA", "KHM"], &["THA", "KHM"]),
        ("Mali and Burkina Faso pledged to defend each other.", Plover::Agree, &["MLI", "BFA"], &["MLI", "BFA"]),
    ]);
    let ev = events("Mali and Burkina Faso sent a joint delegation to Niamey to pledge their backing for the junta.");
    assert!(ev.iter().filter(|e| e.plover == Plover::Agree).all(|e| e.target.is_empty()), "{ev:?}");
}

#[test]
fn the_capital_naming_no_city_is_in_the_dateline_or_last_spoken_of_state() {
    assert_event("NIAMEY, Oct 3 (Wire) - Protesters rallied in the capital on Sunday against France.", Plover::Protest, &["NER"], &["FRA"]);
    assert_event("Niger's junta has courted Tehran. Iranian delegations have visited the capital more than once.", Plover::Consult, &["IRN"], &["NER"]);
    // A capital named is that city's.
    check_cases(&[("Russian troops shelled the capital, Kyiv, overnight.", Plover::Assault, &["RUS"], &["UKR"])]);
}

#[test]
fn the_junta_is_the_state_spoken_of() {
    assert_event("Niger expelled the French ambassador. Washington warned the junta against any uranium deal with Tehran.", Plover::Threaten, &["USA"], &["NER"]);
    // With a dateline, the junta is the dateline state's, whoever was spoken of last.
    let ev = events("NIAMEY, Oct 10 (Wire) - France recalled its envoy. Mali and Burkina Faso sent a delegation to pledge their backing for the junta.");
    assert!(ev.iter().all(|e| !codes(&e.target).contains(&"FRA")), "{ev:?}");
}

#[test]
fn who_is_quoted_describing_an_act_in_an_aside_is_no_target() {
    let e = event_of("Wellington protested that it had been kept in the dark, and in June it paused funding until, as its foreign ministry put it, trust was restored.", Plover::Accuse);
    assert!(!codes(&e.target).contains(&"NZL"), "{e:?}");
    let e = event_of("Beijing condemned the visit, which, as Taiwan's foreign ministry said, was long planned.", Plover::Accuse);
    assert!(!codes(&e.target).contains(&"TWN"), "{e:?}");
}

#[test]
fn welcoming_together_is_no_act_on_each_other_and_agreements_cancelled_are_sanctions() {
    let ev = events("Kuwait, Oman and Jordan welcomed the ceasefire.");
    assert!(ev.iter().filter(|e| e.plover == Plover::Support).all(|e| e.target.is_empty()), "{ev:?}");
    // Signing together still is.
    check_cases(&[
        ("Kenya and Ethiopia signed a border security pact on Friday.", Plover::Support, &["KEN", "ETH"], &["KEN", "ETH"]),
        ("Spain and Portugal moved last month to cancel their bilateral fishing agreements with Morocco.", Plover::Sanction, &["ESP", "PRT"], &["MAR"]),
    ]);
}

#[test]
fn blame_after_a_bystanders_blame_joins_it_and_a_second_verb_keeps_the_subject() {
    // A reaction naming no one, after another state's reaction to a coup, is aimed where that
    // one was, not at the state that reacted first.
    let ev = events("Soldiers detained Niger's president Mohamed Bazoum in Niamey. Ghana condemned the detention of Bazoum. Nigeria urged the officers to return to barracks.");
    let urged = ev.iter().find(|e| e.plover == Plover::Request).expect("a request");
    assert!(!codes(&urged.target).contains(&"GHA"), "{urged:?}");
    // A party to the quarrel is still what a later condemnation answers.
    let ev = events("Guyana summoned Venezuela's ambassador. Caracas accused Georgetown of serving foreign oil firms. Brazil condemned the escalation.");
    let brazil = ev.iter().find(|e| codes(&e.source) == ["BRA"]).expect("Brazil's act");
    assert!(!codes(&brazil.target).contains(&"GUY"), "{brazil:?}");
    // "summoned X's envoy and handed him a note of protest": the summoner protests.
    let ev = events("Armenia's foreign ministry summoned Azerbaijan's ambassador and handed him a note of protest.");
    assert!(ev.iter().all(|e| codes(&e.source) != ["AZE"]), "{ev:?}");
}

#[test]
fn may_the_month_is_no_modal() {
    check_cases(&[
        ("In May 2024, Algeria signed a gas supply agreement with Italy.", Plover::Support, &["DZA"], &["ITA"]),
        ("On 9 May the Kenyan navy seized a Somali fishing vessel.", Plover::Coerce, &["KEN"], &["SOM"]),
    ]);
    let ev = events("In May 2024, Algeria signed a gas supply agreement with Italy.");
    assert!(ev.iter().all(|e| !e.hypothetical), "{ev:?}");
    // The modal still is one.
    let ev = events("Algeria may sign a gas supply agreement with Italy.");
    assert!(ev.iter().all(|e| e.hypothetical || e.plover != Plover::Support), "{ev:?}");
}

#[test]
fn visits_owned_by_their_visitor_trips_for_a_summit_and_flights_of_leaders() {
    check_cases(&[
        ("During Emmanuel Macron's visit to Hanoi in May 2025, Airbus signed an order for 20 jets.", Plover::Consult, &["FRA"], &["VNM"]),
        ("Lula's state visit to Beijing was his third.", Plover::Consult, &["BRA"], &["CHN"]),
        ("Narendra Modi travelled to Kazan in October 2024 for the BRICS summit.", Plover::Consult, &["IND"], &["RUS"]),
        ("Viktor Orban flew to Moscow in July 2024.", Plover::Consult, &["HUN"], &["RUS"]),
    ]);
    // A visit yet to come, or planned, is none; nor are aircraft flown.
    assert_no("Lula's visit to Beijing next month will be his third.", Plover::Consult);
    assert_no("Lula's planned visit to Beijing was called off.", Plover::Consult);
    assert_no("Two Russian Tu-160 bombers flew to Caracas on Monday.", Plover::Consult);
    // "he" after a fronted clause is its one person: both sign, and each is the other's target.
    check_cases(&[(
        "When Recep Tayyip Erdogan flew to Baku in June 2021, he and Ilham Aliyev signed a defence declaration.",
        Plover::Support,
        &["TUR", "AZE"],
        &["TUR", "AZE"],
    )]);
}

#[test]
fn a_second_predicate_after_but_a_series_after_a_comma_and_it_after_a_colon() {
    // What a reaction is aimed at stops before "but did not …": Beijing is not denounced.
    let ev = events("When Washington imposed tariffs on Indian goods, New Delhi denounced the move as coercion but pointedly did not ask Moscow for help.");
    let accuse = ev.iter().find(|e| e.plover == Plover::Accuse).expect("an accusation");
    assert!(!codes(&accuse.target).contains(&"RUS"), "{accuse:?}");
    // A shared object is still shared: "donated and personally delivered … to".
    check_cases(&[("Japanese doctors donated and personally delivered $40,000 worth of medicine to Myanmar.", Plover::Aid, &["JPN"], &["MMR"])]);
    // A verb in a series after a comma is the series' subject's, and "it" after a colon is the
    // state opening the clause before.
    let ev = events("Tbilisi's reply was swift: it cancelled a Russian trade fair, detained two Russian journalists and summoned Moscow's envoy.");
    assert!(ev.iter().filter(|e| e.plover == Plover::Coerce).all(|e| codes(&e.source) == ["GEO"]), "{ev:?}");
    assert!(ev.iter().any(|e| e.plover == Plover::Coerce), "{ev:?}");
    // An empty "it" is no one: "; it was Turkey that supplied".
    let ev = events("Militarily, Baku leans on Ankara; it was Turkey that sent the drones.");
    assert!(ev.iter().all(|e| codes(&e.source) != ["AZE"] || e.plover != Plover::Aid), "{ev:?}");
}

#[test]
fn airspace_violated_is_a_show_of_force_and_a_coordinated_verb_keeps_the_clause_after_a_semicolon() {
    // Military aircraft in another's airspace are a show of force, as the stories' coders read
    // "entered Estonian airspace"; crossing in is the same; migrants crossing in are not.
    check_cases(&[
        ("Two Russian Su-27s violated Finnish airspace near Porvoo.", Plover::Mobilize, &["RUS"], &["FIN"]),
        ("Two Belarusian military helicopters crossed into Polish airspace near Bialowieza.", Plover::Mobilize, &["BLR"], &["POL"]),
    ]);
    assert_no("Hundreds of migrants crossed into Polish territory from Belarus.", Plover::Mobilize);
    // Accusing someone of violating a truce is still an accusation.
    check_cases(&[("Baku accused Yerevan of violating the ceasefire.", Plover::Accuse, &["AZE"], &["ARM"])]);
    let ev = events("Russian drones crossed into Romanian airspace; Bucharest summoned Russia's ambassador and requested consultations with NATO.");
    let req = ev.iter().find(|e| e.plover == Plover::Request).expect("a request");
    assert_eq!(codes(&req.source), ["ROU"], "{req:?}");
    // Goods "on offer" are offered by no one.
    assert_no("Capitals will keep taking Chinese loans and American grants for as long as both are on offer.", Plover::Agree);
    // Signing a deal is no reaction to whoever made it.
    let ev = events("Fiji agreed a fisheries deal with China. Tongan Prime Minister Siaosi Sovaleni flew to Beijing to sign the deal.");
    let sign = ev.iter().rev().find(|e| e.plover == Plover::Support).expect("a signing");
    assert!(!codes(&sign.target).contains(&"FJI"), "{sign:?}");
}

#[test]
fn doers_who_act_on_each_other_are_each_others_targets() {
    check_cases(&[
        ("Armenia and Azerbaijan accused each other of violating the ceasefire.", Plover::Accuse, &["ARM", "AZE"], &["ARM", "AZE"]),
        ("Kyrgyz and Tajik border guards fired on one another near Vorukh.", Plover::Assault, &["KGZ", "TJK"], &["KGZ", "TJK"]),
    ]);
    // Not at whoever did the act they blame each other for.
    let ev = events("Drones struck a convoy of the World Food Programme. Sudan's army and the Rapid Support Forces blamed each other for the attack.");
    let blame = ev.iter().find(|e| e.plover == Plover::Accuse).expect("blame");
    assert_eq!(codes(&blame.target), ["SDN"], "{blame:?}");
}

#[test]
fn what_is_to_happen_or_is_due_is_not_done_yet() {
    // Scheduled meetings are no meeting held.
    assert_no("Commanders from Thailand and Cambodia are to meet on Tuesday to arrange the truce.", Plover::Consult);
    let ev = events("Tokyo and Manila are due to sign a reciprocal access agreement next month.");
    assert!(ev.iter().all(|e| e.plover != Plover::Support), "{ev:?}");
    // "Its response was to suspend imports" tells what was done.
    let ev = events("Moscow's response was to suspend banana imports from Ecuadorian exporters.");
    assert!(ev.iter().any(|e| e.plover == Plover::Sanction), "{ev:?}");
}

#[test]
fn a_coordinated_verb_after_a_subordinator_keeps_that_clauses_subject() {
    let ev = events("Mexico broke off relations with Ecuador after Ecuadorean police stormed the Mexican embassy in Quito and arrested a former vice president.");
    let arrest = ev.iter().find(|e| e.plover == Plover::Coerce).expect("an arrest");
    assert_eq!(codes(&arrest.source), ["ECU"], "{arrest:?}");
    // A subordinate clause whose subject no actor names leaves the sentence's subject alone.
    let ev = events("Niger closed the border hours after security forces detained two workers and accused Cotonou of hosting French troops.");
    assert!(ev.iter().filter(|e| e.plover == Plover::Accuse).all(|e| codes(&e.source) != ["BEN"]), "{ev:?}");
}

#[test]
fn a_body_named_in_lower_case_that_modifies_the_goods_is_no_party() {
    check_cases(&[
        ("China has donated police vehicles and drones to the Fijian force.", Plover::Aid, &["CHN"], &["FJI"]),
        ("Japan gave police equipment to Sri Lanka last year.", Plover::Aid, &["JPN"], &["LKA"]),
    ]);
}

#[test]
fn who_says_it_did_a_second_party_after_and_with_and_help_sent() {
    // "it" after a reporting verb whose own subject opens a second clause is that subject.
    assert_event("Azerbaijan shelled Armenian posts, and Armenia said it had shot down two Azerbaijani drones.", Plover::Assault, &["ARM"], &["AZE"]);
    // A second party after "and with" is met as well.
    let ev = events("Blinken spoke by telephone with Egypt's foreign minister and with Qatar's prime minister.");
    let met: Vec<Vec<&str>> = ev.iter().filter(|e| e.plover == Plover::Consult).map(|e| codes(&e.target)).collect();
    assert_eq!(met, [["EGY"], ["QAT"]], "{ev:?}");
    // Quoted words that were expressed are the act.
    assert_event("Burkina Faso's foreign ministry expressed its \"total solidarity\" with Niamey.", Plover::Support, &["BFA"], &["NER"]);
    // Help sent is given, by the sender.
    assert_event("Norway sent a survey ship and a team of divers to help Danish investigators.", Plover::Aid, &["NOR"], &["DNK"]);
    let ev = events("Seoul's spy agency told lawmakers that the North had shipped shells to Russia and had sent about 11,000 troops to help Russian forces.");
    assert!(ev.iter().all(|e| codes(&e.source) != ["KOR"] && codes(&e.source) != ["RUS"]), "{ev:?}");
}

#[test]
fn declining_to_his_visit_and_whom_they_accused() {
    // What a state is declining to do is not done.
    let ev = events("Kazakhstan has stayed neutral, declining to arrest the Russian president.");
    assert!(ev.iter().filter(|e| e.plover == Plover::Coerce).all(|e| e.negated), "{ev:?}");
    // A visit owned by "his" is the visit of the person the sentence named before it.
    assert_event("Tajikistan did not arrest Russian President Vladimir Putin during his visit to Dushanbe.", Plover::Consult, &["RUS"], &["TJK"]);
    // The object of a relative clause is who is accused; its pronoun is the sentence's subject.
    assert_event("Mali cut ties with Ukraine, which it accused of backing the rebels.", Plover::Accuse, &["MLI"], &["UKR"]);
    assert_event(
        "Poland and Lithuania barred 14 Belarusian officials, including the interior minister, whom they accused of abusing protesters.",
        Plover::Accuse,
        &["POL", "LTU"],
        &["BLR"],
    );
}

#[test]
fn a_joint_sail_is_military_cooperation_of_every_navy_named() {
    check_cases(&[(
        "Australian, Philippine and Japanese warships held a joint sail off Palawan on Sunday.",
        Plover::Cooperate,
        &["AUS", "PHL", "JPN"],
        &["AUS", "PHL", "JPN"],
    )]);
}

#[test]
fn a_leader_who_went_travelled_on_or_flew_into_a_capital_visits_it() {
    check_cases(&[
        ("Its interim leader, Muhammad Yunus, went to Beijing in March 2025.", Plover::Consult, &["BGD"], &["CHN"]),
        ("When Dissanayake travelled on to China in January, the refinery deal was confirmed.", Plover::Consult, &["LKA"], &["CHN"]),
        ("When Felix Tshisekedi flew into Gitega in February, officials called it a courtesy call.", Plover::Consult, &["COD"], &["BDI"]),
    ]);
    // A state that went to war visits no one.
    assert_no("India went to war with Pakistan in 1971.", Plover::Consult);
}

#[test]
fn a_tour_of_capitals_visits_each_of_them() {
    check_cases(&[("Narendra Modi's June tour of Accra, Abuja and Windhoek produced three trade deals.", Plover::Consult, &["IND"], &["GHA", "NGA", "NAM"])]);
    // A tour of duty, or of a factory, visits no state.
    assert_no("The sergeant's tour of duty ended in May.", Plover::Consult);
}

#[test]
fn forces_being_stationed_and_a_maker_named_on_the_goods() {
    check_cases(&[
        ("Poland is stationing a brigade of 3,000 troops in neighbouring Lithuania.", Plover::Mobilize, &["POL"], &["LTU"]),
        ("Egypt supplied Chinese-made Wing Loong drones to Sudan.", Plover::Aid, &["EGY"], &["SDN"]),
    ]);
    // An apposition that names the act just told ("its first deployment") is no act of its own.
    let ev = events("Canada is stationing a brigade in Latvia, its first permanent foreign deployment since 1945.");
    assert_eq!(ev.len(), 1, "{ev:?}");
    // Goods taken delivery of still come from their maker.
    assert_event("The Kenyan army has since taken delivery of Turkish-made Bayraktar TB2s.", Plover::Aid, &["TUR"], &["KEN"]);
}

#[test]
fn a_tone_struck_an_attack_escaped_a_journey_flown_and_a_summit_hosted() {
    // A manner of speaking is no blow; an attack suffered or escaped is not the subject's.
    for text in ["Turkey struck a conciliatory tone with Athens.", "Togo, which has so far escaped a major attack, chose talks.", "Benin suffered a deadly attack in January."] {
        assert_no(text, Plover::Assault);
    }
    check_cases(&[
        ("President Ruto struck a softer note, flying to Addis Ababa days after the summit.", Plover::Consult, &["KEN"], &["ETH"]),
        ("Djibouti has moved closer to Cairo, hosting a summit with Egypt and Eritrea.", Plover::Consult, &["DJI"], &["EGY", "ERI"]),
        // A participle after a comma is the main clause subject's, whatever the cue's length.
        ("Modi visited Moscow, upgrading relations with Russia.", Plover::Support, &["IND"], &["RUS"]),
    ]);
}

#[test]
fn who_reports_an_act_is_not_its_doer_and_him_is_the_person_acted_on() {
    check_cases(&[
        ("Beijing condemned the raids, and Maduro, according to US press reports, asked Russia for help.", Plover::Request, &["VEN"], &["RUS"]),
        ("When Nicolás Maduro was sworn in for a third term, Putin congratulated him warmly.", Plover::Support, &["RUS"], &["VEN"]),
        ("Putin met Xi in Kazan and praised him.", Plover::Support, &["RUS"], &["CHN"]),
    ]);
    // The condemnation stops where the next clause's subject begins.
    assert_event("Beijing condemned the raids, and Maduro, according to US press reports, asked Russia for help.", Plover::Accuse, &["CHN"], &[]);
    // "him" from the sentence before.
    assert_event("Maduro was sworn in on Friday. Putin congratulated him by telephone.", Plover::Support, &["RUS"], &["VEN"]);
}

#[test]
fn a_person_declared_persona_non_grata_is_expelled_by_the_declarer() {
    check_cases(&[("Venezuela's National Assembly declared Prime Minister Kamla Persad-Bissessar persona non grata.", Plover::Sanction, &["VEN"], &["TTO"])]);
}

#[test]
fn a_threat_naming_no_one_made_in_the_same_breath_as_a_condemnation_is_aimed_at_the_condemned() {
    assert_event("Russia's embassy condemned the German deployment as a provocation and said Moscow would take countermeasures.", Plover::Threaten, &["RUS"], &["DEU"]);
    // (In a sentence of its own, the threat is aimed at the matter told before, as a guess.)
    let ev = events("Russia condemned the German deployment. Moscow said it would take countermeasures.");
    assert!(ev.iter().filter(|e| e.plover == Plover::Threaten).all(|e| codes(&e.target) == ["DEU"]), "{ev:?}");
}

#[test]
fn craft_sent_to_monitor_or_shadow_are_forces_mobilised() {
    let ev = events("Taiwan said it had dispatched fighters, ships and coastal missile units to monitor the Chinese drills.");
    assert!(ev.iter().any(|e| e.plover == Plover::Mobilize), "{ev:?}");
    assert!(!ev.iter().any(|e| e.plover == Plover::Aid), "{ev:?}");
    // (Ships sent with aid are aid.)
    let ev = events("Turkey dispatched ships carrying food and medicine to Gaza.");
    assert!(!ev.iter().any(|e| e.plover == Plover::Mobilize), "{ev:?}");
}

#[test]
fn an_act_naming_no_one_is_aimed_at_the_matter_told_in_the_sentences_before() {
    let ev = events("Kyrgyzstan summoned Tajikistan's ambassador over the border shooting. Tajikistan held snap artillery drills near the frontier.");
    let drills = ev.iter().find(|e| e.plover == Plover::Mobilize).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(codes(&drills.target), ["KGZ"], "{drills:?}");
    // (Not from an actor of its own sentence the coder did not take, nor for a signing.)
    let e = event_of("Japan is co-financing the cable with a grant of 60 million dollars; Washington has stayed silent.", Plover::Aid);
    assert!(!codes(&e.target).contains(&"USA"), "{e:?}");
}

#[test]
fn a_reaction_in_a_relative_clause_is_aimed_at_the_doers_of_the_act_it_names() {
    check_cases(&[
        (
            "In March 2025 Croatia, Albania and Kosovo signed a joint declaration on defence cooperation, which Belgrade denounced as a military alliance aimed at Serbia.",
            Plover::Accuse,
            &["SRB"],
            &["HRV", "ALB", "XKX"],
        ),
        ("Japan released treated water from the Fukushima plant into the sea, a decision Beijing condemned.", Plover::Accuse, &["CHN"], &["JPN"]),
        // (Not a state after a preposition: the subject is Russia's.)
        ("In Ukraine, Russia struck a power plant near Kharkiv, which France condemned.", Plover::Accuse, &["FRA"], &["RUS"]),
    ]);
}

#[test]
fn present_tense_acts_of_a_name_after_the_bases_closed_and_accords_torn_up() {
    check_cases(&[
        ("Sudan accused the UAE of arming the paramilitaries. The UAE rejects the allegations.", Plover::Reject, &["ARE"], &["SDN"]),
        ("The Philippines condemns the ramming of its supply boat.", Plover::Accuse, &["PHL"], &[]),
        // Less aid is a sanction, however much of it is named.
        ("Washington paused part of its aid to Addis Ababa.", Plover::Sanction, &["USA"], &["ETH"]),
        // A base abroad closed is a withdrawal from its host.
        ("Washington closed its drone base in Niger in 2024.", Plover::Retreat, &["USA"], &["NER"]),
        // An accord torn up reduces relations.
        ("Niamey tore up its military cooperation accord with Washington in March 2024.", Plover::Sanction, &["NER"], &["USA"]),
    ]);
    assert_no("Niamey tore up its military cooperation accord with Washington in March 2024.", Plover::Cooperate);
}

#[test]
fn aid_carries_the_sum_or_amount_of_its_transfer_and_own_airspace_is_no_target() {
    let e = event_of("Turkey delivered Bayraktar TB2 drones worth $120 million to Sudan.", Plover::Aid);
    assert_eq!(e.magnitude.as_ref().map(|m| (m.value, m.unit.as_str())), Some((120e6, "USD")), "{e:?}");
    let e = event_of("Moscow shipped 25,000 tonnes of wheat to Burkina Faso.", Plover::Aid);
    assert_eq!(e.magnitude.as_ref().map(|m| m.value), Some(25000.0), "{e:?}");
    // (No transfer told, no sum.)
    assert_eq!(event_of("Turkey sent aid to Sudan.", Plover::Aid).magnitude, None);
    // (A sum beats a count.)
    let e = event_of("Turkey delivered 12 Bayraktar drones worth $120 million to Sudan.", Plover::Aid);
    assert_eq!(e.magnitude.as_ref().map(|m| (m.value, m.unit.as_str())), Some((120e6, "USD")), "{e:?}");
    let e = event_of("Algeria's defence ministry said its air defences had shot down a drone that had penetrated two kilometres into Algerian airspace.", Plover::Assault);
    assert!(!codes(&e.target).contains(&"DZA"), "{e:?}");
}

#[test]
fn the_alliance_refers_back_armed_men_attack_boats_and_a_pledge_is_not_domestic() {
    assert_event(
        "Armenia froze its participation in the Collective Security Treaty Organization in February. Yerevan formally asked the alliance for help.",
        Plover::Request,
        &["ARM"],
        &["CSTO"],
    );
    // (A name is no reference back.)
    assert_no("Mali left ECOWAS in January. The Alliance of Sahel States welcomed the move.", Plover::Request);
    check_cases(&[
        ("Chinese personnel armed with knives and axes attacked the inflatable boats.", Plover::Assault, &["CHN"], &[]),
        ("Brussels declared the accession process halted, freezing 30 million euros of military assistance to Georgia.", Plover::Sanction, &["EU"], &["GEO"]),
    ]);
    let e = event_of("Xi Jinping pledged 26 billion yuan in financing and grants.", Plover::Agree);
    assert!(e.target.is_empty(), "{e:?}");
}

#[test]
fn vessels_boarded_are_seized_and_crews_beaten_are_assaulted() {
    check_cases(&[
        ("Chinese coast guard officers boarded a Vietnamese fishing boat near the Paracel Islands.", Plover::Coerce, &["CHN"], &["VNM"]),
        ("Chinese officers beat the crew of a Vietnamese trawler with iron bars.", Plover::Assault, &["CHN"], &["VNM"]),
    ]);
    // (Travel and sport are neither.)
    assert_no("The Indian prime minister boarded a plane to Moscow.", Plover::Coerce);
    assert_no("Argentina beat Brazil 2-1 in Buenos Aires.", Plover::Assault);
}

#[test]
fn organisations_left_troops_departed_borders_kept_closed_cases_taken_and_issues_raised() {
    check_cases(&[
        // (Leaving an organisation is SANCTION 'withdraw' in the PLOVER manual.)
        ("Mali, Burkina Faso and Niger formally left the Economic Community of West African States on Wednesday.", Plover::Sanction, &["MLI", "BFA", "NER"], &["ECOWAS"]),
        ("The roughly 400 French troops of Task Force Sabre departed Burkina Faso in February 2023.", Plover::Retreat, &["FRA"], &["BFA"]),
        ("Since the coup, Niger has kept its border with Benin closed.", Plover::Assault, &["NER"], &["BEN"]),
        ("Algerian diplomats have raised the issue with Moscow on several occasions.", Plover::Consult, &["DZA"], &["RUS"]),
    ]);
    assert_event("Mali took its case to the International Court of Justice.", Plover::Accuse, &["MLI"], &["ICJ"]);
    assert_event("The junta in Bamako ended the Algiers accord in January.", Plover::Sanction, &["MLI"], &[]);
    // (A traveller departing, or leaving for a capital, withdraws from nothing.)
    assert_no("The president departed for Moscow on Tuesday.", Plover::Retreat);
    assert_no("The minister will leave for Moscow on Tuesday.", Plover::Retreat);
    assert_no("The minister will leave for Moscow on Tuesday.", Plover::Agree);
}

#[test]
fn he_after_a_fronted_time_and_a_threat_seen_is_none_made() {
    assert_event(
        "President Lee Jae-myung of South Korea visited Tokyo in August. Two days later he met Trump at the White House.",
        Plover::Consult,
        &["KOR"],
        &["USA"],
    );
    assert_no("Djibouti saw a threat to its business.", Plover::Threaten);
    assert_no("Russia sees a threat in the alliance's expansion.", Plover::Threaten);
}

#[test]
fn trade_acts_carry_their_tariff_rate_and_an_envoys_state_is_not_the_doer() {
    let rate = |s: &str, p: Plover| event_of(s, p).magnitude.map(|m| (m.value, m.unit));
    assert_eq!(rate("Donald Trump threatened Vietnam with a 46 per cent tariff.", Plover::Threaten), Some((46.0, "percent".to_string())));
    assert_eq!(rate("Washington imposed a 20% tariff on Taiwanese goods.", Plover::Sanction), Some((20.0, "percent".to_string())));
    // (A share of something else is no rate.)
    assert_eq!(rate("The EU imposed sanctions on 20 per cent of Russian banks.", Plover::Sanction), None);
    // The state an ambassador is of, after the verb, is not who acts next.
    let ev = events("In April his government expelled Ethiopia's ambassador and ordered the closure of Ethiopian consulates in Hargeisa.");
    assert!(ev.iter().all(|e| !codes(&e.source).contains(&"ETH")), "{ev:?}");
}

#[test]
fn a_mobilisation_carries_the_count_of_its_deployment() {
    let e = event_of("Burkina Faso sent about 600 soldiers to Niger's western Tillaberi region.", Plover::Mobilize);
    assert_eq!(e.magnitude.map(|m| m.value), Some(600.0));
}

#[test]
fn acts_carry_the_count_they_are_done_to() {
    let size = |s: &str, p: Plover| event_of(s, p).magnitude.map(|m| (m.value, m.unit));
    assert_eq!(size("Poland expelled 20 Russian diplomats on Tuesday.", Plover::Sanction), Some((20.0, "diplomats".to_string())));
    assert_eq!(size("China arrested 12 Vietnamese fishermen near the Paracels.", Plover::Coerce), Some((12.0, "fishermen".to_string())));
    // (Forces in the unit deployments use, so that two reports compare.)
    assert_eq!(size("North Korea has sent 12,000 soldiers to Russia.", Plover::Mobilize), Some((12000.0, "troops".to_string())));
    // (Missiles fired are no dead; a year is no count.)
    assert_eq!(size("Iran fired 180 ballistic missiles at Israel.", Plover::Assault), Some((180.0, "missiles".to_string())));
    assert_eq!(size("Russia expelled the ambassador in 2024.", Plover::Sanction), None);
}

#[test]
fn a_sanction_or_request_carries_the_sum_it_is_about() {
    let e = event_of("Ukraine asked the IMF for $15 billion in new loans.", Plover::Request);
    assert_eq!(e.magnitude.as_ref().map(|m| (m.value, m.unit.as_str())), Some((15e9, "USD")), "{e:?}");
    // (Not a sum in a relative clause after it.)
    let e = event_of("The US imposed sanctions on Iran, which earned $50 billion from oil.", Plover::Sanction);
    assert_eq!(e.magnitude, None, "{e:?}");
}

#[test]
fn an_own_name_before_the_object_and_it_after_and_go_on_with_the_subject() {
    check_cases(&[
        // The doer's own name before the object's noun is no target; the state after "to" is.
        ("The Biden administration suspended US aid to Niger.", Plover::Sanction, &["USA"], &["NER"]),
        ("Paris cut French development assistance to Burkina Faso.", Plover::Sanction, &["FRA"], &["BFA"]),
        // "it" after ", and" and a time is the sentence's subject, not the state named last.
        ("In March Ottawa cut aid to Nicaragua, and two weeks later it expelled Managua's ambassador.", Plover::Sanction, &["CAN"], &["NIC"]),
    ]);
    // Power and fuel cut off are a sanction.
    check_cases(&[("Ankara cut power to towns held by the rebels in Syria.", Plover::Sanction, &["TUR"], &["SYR"])]);
    // A people of one's own, or a place, keeps its target: "Bosnian Serbs" with "Moslem forces".
    assert_no("Armenia said it would cut taxes.", Plover::Sanction);
}

#[test]
fn forces_promised_to_help_are_an_offer_and_to_a_border_a_threat() {
    check_cases(&[
        ("Chad will send 500 soldiers to Cameroon's Far North region.", Plover::Agree, &["TCD"], &["CMR"]),
        ("Ghana said it would reinforce its peacekeeping contingent in Lebanon.", Plover::Agree, &["GHA"], &["LBN"]),
        ("Azerbaijan will send troops to the border with Armenia.", Plover::Threaten, &["AZE"], &["ARM"]),
    ]);
}

#[test]
fn a_note_of_protest_handed_to_an_envoy_and_any_after_not() {
    // A note of protest is a complaint (CAMEO 114), from the one who handed it to the envoy's state.
    check_cases(&[
        ("Vilnius handed the Belarusian ambassador a formal note of protest.", Plover::Accuse, &["LTU"], &["BLR"]),
        ("Seoul sent a protest note to Tokyo.", Plover::Accuse, &["KOR"], &["JPN"]),
    ]);
    // "not … any": the negation reaches the noun a few words on.
    let e = event_of("Brussels has not imposed any new sanctions on Georgian officials.", Plover::Sanction);
    assert!(e.negated, "{e:?}");
}

#[test]
fn an_envoy_withdrawn_is_a_recall_and_a_signing_abroad_is_with_its_host() {
    check_cases(&[
        ("Mali withdrew its ambassador from Algiers on Sunday.", Plover::Sanction, &["MLI"], &["DZA"]),
        ("France withdrew its troops from Niger.", Plover::Retreat, &["FRA"], &["NER"]),
        ("India's defence minister signed a logistics memorandum in Hanoi.", Plover::Support, &["IND"], &["VNM"]),
    ]);
    // A sum promised or signed for is the act's magnitude.
    let e = event_of("Japan pledged $250 million for flood relief in Pakistan.", Plover::Agree);
    assert_eq!(e.magnitude.as_ref().map(|m| (m.value, m.unit.as_str())), Some((250e6, "USD")), "{e:?}");
}

#[test]
fn a_body_after_the_then_an_irregular_past_is_the_bodys_act() {
    check_cases(&[
        ("The Kremlin sent troops to Syria.", Plover::Mobilize, &["RUS"], &["SYR"]),
        ("The Pentagon sent two destroyers to Israel.", Plover::Mobilize, &["USA"], &["ISR"]),
    ]);
    // (A name before a noun is still no act: "the Gaza ceasefire".)
    assert!(events("The Gaza ceasefire held for a week.").is_empty());
}

#[test]
fn a_participle_after_a_noun_in_ing_has_the_main_clauses_subject() {
    check_cases(&[(
        "In 2023, Norway closed all its crossing points on the Russian border, accusing Moscow of pushing migrants north.",
        Plover::Accuse,
        &["NOR"],
        &["RUS"],
    )]);
}

#[test]
fn targeted_before_sanctions_is_an_adjective_not_an_attack() {
    assert_no("In 2023 London replaced its Belarus sanctions regime with targeted sanctions against Lukashenko.", Plover::Assault);
    assert_no("Brussels imposed targeted measures on Georgian officials.", Plover::Assault);
    check_cases(&[("Israeli jets targeted Hezbollah positions in Lebanon.", Plover::Assault, &["ISR"], &["LBN"])]);
}

#[test]
fn a_place_named_after_its_kind_is_where_a_meeting_happened_not_whom_it_was_with() {
    check_cases(&[
        ("Serbia and Kosovo met on the Mediterranean island of Malta in May.", Plover::Consult, &["SRB", "XKX"], &["SRB", "XKX"]),
        // (A single state's talks there are with its hosts, as "held talks in Jeddah" are.)
        ("Turkey's foreign minister held talks in the Black Sea port of Constanta.", Plover::Consult, &["TUR"], &["ROU"]),
    ]);
}

#[test]
fn an_accord_put_on_hold_is_suspended_and_a_trip_made_is_a_visit() {
    check_cases(&[
        ("Dhaka put its 1996 water-sharing treaty with India on hold.", Plover::Sanction, &["BGD"], &["IND"]),
        ("The European Union placed its budget support to Mali on hold after the coup.", Plover::Sanction, &["EU"], &["MLI"]),
        ("Ruto made his first trip to Beijing as president in October.", Plover::Consult, &["KEN"], &["CHN"]),
    ]);
    // "held talks", "put pressure on" are not suspensions; a trip no one is said to make is no visit.
    assert_no("Hanoi held talks with Vientiane.", Plover::Sanction);
    assert_no("Canberra put pressure on Honiara.", Plover::Sanction);
    assert_no("Officials were planning for the trip to Manila.", Plover::Consult);
}

#[test]
fn an_icbm_launched_is_a_show_of_force_and_a_violation_accuses_the_violator_not_the_council() {
    check_cases(&[("Pyongyang launched an ICBM on Tuesday.", Plover::Mobilize, &["PRK"], &[])]);
    let text = "Iran fired two ballistic missiles into the sea on Monday. Paris denounced the test as a flagrant violation of multiple U.N. Security Council resolutions.";
    let e = event_of(text, Plover::Accuse);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["FRA"], vec!["IRN"]), "{e:?}");
}

#[test]
fn a_titled_state_before_and_is_a_member_of_the_subject_and_a_treatys_obligations_are_no_acts() {
    check_cases(&[
        ("The Chinese president and Hun Manet signed a port agreement.", Plover::Support, &["CHN", "KHM"], &["CHN", "KHM"]),
        ("The French president and the Indian prime minister signed a defence roadmap.", Plover::Support, &["FRA", "IND"], &["FRA", "IND"]),
        // (The name of Ecuador's capital holds no "quit".)
        ("Lima and Quito signed a defence pact in May.", Plover::Support, &["PER", "ECU"], &["PER", "ECU"]),
    ]);
    let ev = events("Lima and Quito signed a pact whose second article obliges each side to send troops if the other suffers an armed attack.");
    assert!(ev.iter().filter(|e| matches!(e.plover, Plover::Assault | Plover::Mobilize)).all(|e| e.hypothetical), "{ev:?}");
}

#[test]
fn a_states_own_police_or_forces_sent_are_its_means_not_its_target() {
    check_cases(&[
        ("Rwanda sent 400 police officers.", Plover::Mobilize, &["RWA"], &[]),
        ("Chad offered to send 1,000 police officers.", Plover::Agree, &["TCD"], &[]),
    ]);
}

#[test]
fn naval_craft_sent_are_forces_deployed_not_goods_given() {
    check_cases(&[
        ("Spain was sending a navy patrol vessel to Mauritania.", Plover::Mobilize, &["ESP"], &["MRT"]),
        ("France dispatched the patrol ship Commandant Blaison to Senegal.", Plover::Mobilize, &["FRA"], &["SEN"]),
    ]);
    // (A ship carrying goods is still a transfer of what it carries.)
    let r = Reader::new(Gazetteer::builtin()).read_sentence("t", "Spain was sending a navy patrol vessel to Mauritania.");
    assert!(r.claims.iter().all(|c| !matches!(c.body, ClaimBody::Transfer(_))), "{:?}", r.claims);
}

#[test]
fn weapons_fired_named_back_with_those_or_these_are_an_attack() {
    check_cases(&[("Officials in Kyiv say Russia has fired those missiles at Odesa.", Plover::Assault, &["RUS"], &["UKR"])]);
}

#[test]
fn a_second_act_of_the_same_kind_with_a_sum_is_kept_beside_the_first() {
    let ev = events("In March the EU suspended visa-free travel for Georgian officials, and Brussels has frozen some 121 million euros in aid to the government.");
    let sanctions: Vec<&EventClaim> = ev.iter().filter(|e| e.plover == Plover::Sanction).collect();
    assert_eq!(sanctions.len(), 2, "{ev:?}");
    assert!(sanctions.iter().any(|e| e.magnitude.as_ref().is_some_and(|m| m.value == 121_000_000.0 && m.unit == "EUR")), "{ev:?}");
}

#[test]
fn a_treatys_terms_to_the_end_of_their_phrase_are_no_attack() {
    assert_no("Armenia and Belarus both belong to the Russian-led Collective Security Treaty Organization, whose members promise to defend one another against outside attack.", Plover::Assault);
    // (An act told after the treaty is one: "…, said it would send a frigate".)
    assert_event("Greece, which has a defence accord with Cyprus, said it would send a frigate to the area.", Plover::Mobilize, &["GRC"], &[]);
}

#[test]
fn emergency_aid_pledged_is_no_state_of_emergency_at_home() {
    let e = event_of("China pledged $20 million in emergency aid.", Plover::Agree);
    assert!(e.target.iter().all(|t| t.code != "CHN"), "{e:?}");
    // (A state of emergency declared at home still is.)
    check_cases(&[("President Museveni declared a state of emergency in the capital.", Plover::Coerce, &["UGA"], &["UGA"])]);
}

#[test]
fn a_ban_on_loading_a_states_crude_is_an_embargo() {
    check_cases(&[("Accra retaliated by banning the loading of Togolese crude at Tema.", Plover::Sanction, &["GHA"], &["TGO"])]);
}

#[test]
fn a_flight_to_a_capital_for_a_meeting_is_a_consultation_with_its_host() {
    check_cases(&[("Chad's foreign minister flew to Niamey for the meeting.", Plover::Consult, &["TCD"], &["NER"])]);
    // (A meeting called for is a request; a trip scrapped is none.)
    assert_no("Moscow called for a meeting of the two foreign ministers.", Plover::Consult);
    assert_no("A delegation from the Azerbaijani parliament scrapped a trip to Moscow for a meeting of the joint commission.", Plover::Consult);
}

/// The PLOVER manual's lines between types that share a verb (section 3 "Potential
/// ambiguities", and CAMEO 085, 086, 161 and 166 through the codebook's mapping).
#[test]
fn the_plover_manuals_lines_between_types_sharing_a_verb() {
    check_cases(&[
        // Leaving an organisation, or withdrawing diplomats or observers, is SANCTION 'withdraw';
        // withdrawing forces stays RETREAT.
        ("Mali, Burkina Faso and Niger formally left ECOWAS in January.", Plover::Sanction, &["MLI", "BFA", "NER"], &["ECOWAS"]),
        ("Uzbekistan quit the CSTO in 2012.", Plover::Sanction, &["UZB"], &["CSTO"]),
        ("Nicaragua completed its withdrawal from the Organization of American States.", Plover::Sanction, &["NIC"], &["OAS"]),
        ("Russia withdrew its observers from the monitoring mission in Azerbaijan.", Plover::Sanction, &["RUS"], &["AZE"]),
        ("Moscow pulled its diplomats out of Chisinau.", Plover::Sanction, &["RUS"], &["MDA"]),
        ("The United States withdrew its last troops from Niger in August.", Plover::Retreat, &["USA"], &["NER"]),
        // Easing economic sanctions, a ban on goods or an embargo is RETREAT (CAMEO 085).
        ("The European Union lifted its economic sanctions on Syria in May.", Plover::Retreat, &["EU"], &["SYR"]),
        ("China lifted its ban on Japanese seafood in June.", Plover::Retreat, &["CHN"], &["JPN"]),
        ("Japan lifted its export restrictions on chipmaking materials to South Korea.", Plover::Retreat, &["JPN"], &["KOR"]),
        // Allowing inspectors in is RETREAT 'access' (CAMEO 0862).
        ("Tehran allowed IAEA inspectors to return to the Fordow site.", Plover::Retreat, &["IRN"], &["IAEA"]),
        // A demand withdrawn is a concession.
        ("Seoul withdrew its demand for a Japanese apology.", Plover::Concede, &["KOR"], &["JPN"]),
        // An arrest warrant in absentia is a threat of arrest.
        ("The ICC issued an arrest warrant for Vladimir Putin in March 2023.", Plover::Threaten, &["ICC"], &["RUS"]),
        // Barring entry is a refusal.
        ("Israel barred UN investigators from entering the country.", Plover::Reject, &["ISR"], &["UNO"]),
        // Forces sent for disaster relief are aid.
        ("Turkey sent 3,500 soldiers to help with earthquake relief in Syria.", Plover::Aid, &["TUR"], &["SYR"]),
    ]);
    // Lifting a curfew or a ban on parties stays a concession (CAMEO 081), not RETREAT.
    assert_no("Kazakhstan lifted its ban on opposition parties in March.", Plover::Retreat);
    assert_no("Uzbekistan quit the CSTO in 2012.", Plover::Retreat);
    assert_no("Seoul withdrew its demand for a Japanese apology.", Plover::Request);
    assert_no("Japan lifted its export restrictions on chipmaking materials to South Korea.", Plover::Sanction);
    assert_no("Turkey sent 3,500 soldiers to help with earthquake relief in Syria.", Plover::Mobilize);
    assert_no("Mali pulled out of a joint military staff committee with Algeria.", Plover::Sanction);
}

/// Sanctions eased, embargoes imposed and concessions made, by the codebook: CAMEO 085 (ease
/// economic sanctions: RETREAT), 163 (impose an embargo or boycott: SANCTION), 080 (yield:
/// CONCEDE).
#[test]
fn sanctions_eased_embargoes_imposed_and_terms_accepted() {
    check_cases(&[
        ("Beijing suspended the export controls on gallium for a year.", Plover::Retreat, &["CHN"], &[]),
        ("Washington cut the tariff on Chinese goods from 20 per cent to 10 per cent.", Plover::Retreat, &["USA"], &["CHN"]),
        ("Washington granted Hungary a one-year exemption from US sanctions on Rosneft.", Plover::Retreat, &["USA"], &["HUN"]),
        ("ECOWAS lifted most of those sanctions on Niger in February.", Plover::Retreat, &["ECOWAS"], &["NER"]),
        ("Beijing banned exports of gallium and germanium to the United States in December.", Plover::Sanction, &["CHN"], &["USA"]),
        ("China imposed an unofficial boycott of Australian coal and wine in 2020.", Plover::Sanction, &["CHN"], &["AUS"]),
        ("The EU accepted a 15 per cent US tariff on most of its exports.", Plover::Concede, &["EU"], &["USA"]),
        // A participle after another participle clause still has the main clause's subject.
        ("Bratislava held up the package against Russia for a month, demanding guarantees over gas prices, relenting only after a letter from Brussels.", Plover::Concede, &["SVK"], &["EU"]),
        // Captives named between the verb and the cue are the target.
        ("Hamas held 251 Israeli civilians hostage in Gaza.", Plover::Assault, &["PSE"], &["ISR"]),
    ]);
    // Cutting or suspending trade itself is still a sanction; so is a ban on a party eased no
    // retreat, and lifting an objection is no easing of sanctions.
    assert_event("Russia suspended gas exports to Poland.", Plover::Sanction, &["RUS"], &["POL"]);
    assert_no("Slovakia lifted his objection to the 18th sanctions package in July.", Plover::Retreat);
    assert_no("Beijing suspended the export controls on gallium for a year.", Plover::Sanction);
    assert_no("The US cut tariffs on Swiss goods to 15 per cent.", Plover::Sanction);
    // An exemption granted is no goods transferred.
    let claims = Reader::new(Gazetteer::builtin()).read_sentence("t", "Washington granted Hungary a one-year exemption from US sanctions on Rosneft.").claims;
    assert!(claims.iter().all(|c| !matches!(c.body, ClaimBody::Transfer(_))), "{claims:?}");
    // A package held hostage is blocked, no one abducted.
    assert_no("This summer Bratislava held the EU's 18th sanctions package against Russia hostage for nearly a month.", Plover::Assault);
}

/// What the first review of the codebook lines found: near misses that must keep their old
/// reading.
#[test]
fn near_misses_of_the_codebook_lines_keep_their_reading() {
    // "quite", "quitting politics", a person quitting: no organisation left.
    assert!(events("Hungary's government is quite EU-sceptic.").is_empty());
    assert!(events("Russia is quitting the talks on Ukraine.").iter().all(|e| e.plover != Plover::Retreat));
    assert_no("Tedros quit the WHO to run for office.", Plover::Sanction);
    // Forces leaving a place an organisation's name qualifies withdraw (RETREAT).
    assert_no("The Russian forces withdrew from the UN buffer zone in the Golan Heights.", Plover::Sanction);
    assert_no("French troops left the NATO base in Estonia.", Plover::Sanction);
    // People held hostage are abducted; captor and captive named.
    check_cases(&[("Iran held 52 Americans hostage for 444 days.", Plover::Assault, &["IRN"], &["USA"])]);
    // Relief only as the purpose of the sending.
    check_cases(&[("China deployed warships near Taiwan after the earthquake in Hualien.", Plover::Mobilize, &["CHN"], &["TWN"])]);
    // A ban on people lifted is a concession; a consumers' boycott a protest.
    assert_no("The IOC lifted its ban on Russian athletes.", Plover::Retreat);
    assert_no("The EU lifted its visa requirement for Ukrainians.", Plover::Retreat);
    check_cases(&[("Chinese consumers launched a boycott of Japanese goods.", Plover::Protest, &["CHN"], &["JPN"])]);
    // Accepting governs what was accepted; an apology demanded was not given; a lower tariff
    // imposed is imposed; an exemption offered is an offer.
    assert_no("Japan accepted US demands and lifted its ban on American beef.", Plover::Request);
    assert_no("South Korea withdrew its demand for an apology from Japan.", Plover::Support);
    check_cases(&[("South Korea dropped its demand for an apology from Japan.", Plover::Concede, &["KOR"], &["JPN"])]);
    check_cases(&[("The US imposed lower tariffs on Vietnam than on China.", Plover::Sanction, &["USA"], &["VNM"])]);
    check_cases(&[("The EU offered Ukraine an exemption from visa rules.", Plover::Agree, &["EU"], &["UKR"])]);
}

/// Purchases stopped, money withheld, cases brought and contributions refused.
#[test]
fn purchases_stopped_money_withheld_cases_brought_and_contributions_refused() {
    check_cases(&[
        ("The Czech Republic stopped taking Russian oil in April.", Plover::Sanction, &["CZE"], &["RUS"]),
        ("Brussels has withheld €6 billion in cohesion funds from Hungary.", Plover::Sanction, &["EU"], &["HUN"]),
        ("Slovak Prime Minister Robert Fico said Bratislava would not contribute a single euro to Ukraine's military needs.", Plover::Reject, &["SVK"], &["UKR"]),
        ("Sweden contributed 600 soldiers to the NATO force in Latvia.", Plover::Aid, &["SWE"], &["NATO"]),
    ]);
    // The court a case is brought before is no target.
    assert_event("Indonesia banned nickel exports in 2020. The European Union challenged the ore ban at the World Trade Organization.", Plover::Accuse, &["EU"], &["IDN"]);
    assert!(events("Rising prices contributed to the decline of Russia's ruling party.").is_empty());
    assert!(events("China poses a challenge to the United States in the Pacific.").is_empty());
    assert_no("Moscow withheld comment on the report about Ukraine.", Plover::Sanction);
}

/// Exercises held, forces trained, trips scrapped and organisations walked out of.
#[test]
fn exercises_held_forces_trained_trips_scrapped_and_organisations_walked_out_of() {
    check_cases(&[
        ("In August 2024 the American, Japanese and South Korean forces held the first Freedom Edge exercise.", Plover::Cooperate, &["USA", "JPN", "KOR"], &["USA", "JPN", "KOR"]),
        ("Russia held a snap exercise near the Finnish border.", Plover::Mobilize, &["RUS"], &["FIN"]),
        ("Rwanda has trained 11 Mozambican quick-reaction units since 2021.", Plover::Cooperate, &["RWA"], &["MOZ"]),
        ("A delegation from the Azerbaijani parliament scrapped a trip to Moscow.", Plover::Reject, &["AZE"], &["RUS"]),
        ("In January Niger formally walked out of the Economic Community of West African States.", Plover::Sanction, &["NER"], &["ECOWAS"]),
        ("The Russian delegation walked out of the UN Security Council meeting.", Plover::Protest, &["RUS"], &["UNSC"]),
    ]);
    assert!(events("China urged Japan to exercise restraint.").iter().all(|e| e.plover != Plover::Mobilize));
    assert!(events("The army trained its guns on the city of Goma.").is_empty());
    assert!(events("Well trained Ukrainian soldiers held the line near Kharkiv.").iter().all(|e| e.plover != Plover::Cooperate));
}

/// What the second review found in the new event cues.
#[test]
fn near_misses_of_purchases_stopped_money_withheld_and_cases_brought() {
    assert!(events("Putin stopped taking questions from Western journalists.").is_empty());
    assert_no("The United States withheld comment on the $95 billion aid package for Ukraine.", Plover::Sanction);
    assert!(events("China will challenge US dominance in artificial intelligence, the WTO chief warned.").iter().all(|e| e.plover != Plover::Accuse));
    assert!(events("Russia challenged the jurisdiction of the ICJ in the genocide case.").is_empty());
    assert!(events("China's investment contributed 40 per cent of Laos's economic growth last year.").is_empty());
    assert_no("Germany will not only send weapons to Ukraine but also train its soldiers.", Plover::Reject);
}

/// A ban or restriction on another state's goods or trade is an embargo (SANCTION, CAMEO 163);
/// on its people or their rights it stays coercion, and a restriction is no transfer.
#[test]
fn bans_on_another_states_goods_are_embargoes() {
    check_cases(&[
        ("Moscow banned Georgian wine and mineral water overnight.", Plover::Sanction, &["RUS"], &["GEO"]),
        ("India banned 59 Chinese apps, including TikTok, in June 2020.", Plover::Sanction, &["IND"], &["CHN"]),
        ("Dhaka had itself restricted imports of Indian yarn through land crossings.", Plover::Sanction, &["BGD"], &["IND"]),
        ("Russia banned Georgian journalists from the summit.", Plover::Coerce, &["RUS"], &["GEO"]),
        ("Hungary restricted the rights of Ukrainian speakers.", Plover::Coerce, &["HUN"], &["UKR"]),
    ]);
    let claims = Reader::new(Gazetteer::builtin()).read_sentence("t", "Beijing restricted exports of rare-earth magnets to the United States in April.").claims;
    assert!(claims.iter().all(|c| !matches!(c.body, ClaimBody::Transfer(_))), "{claims:?}");
}

/// "restricted" as an adjective is no act.
#[test]
fn restricted_as_an_adjective_is_no_act() {
    assert!(events("Iraq paid for Iranian gas with money parked in restricted accounts at the Trade Bank of Iraq.").iter().all(|e| !matches!(e.plover, Plover::Sanction | Plover::Coerce)));
}

/// What is promised or threatened is counted after the infinitive's verb, a count added ("an
/// extra", "another") is the count, and forces are counted after "with"; spans of time and
/// things that are not forces are no magnitude.
#[test]
fn counts_promised_added_or_sent_with_are_magnitudes() {
    let size = |sentence: &str, plover: Plover| event_of(sentence, plover).magnitude.map(|m| (m.value, m.unit));
    assert_eq!(size("Nairobi offered to deploy 800 police officers within a month.", Plover::Agree), Some((800.0, "police".to_string())));
    assert_eq!(size("Tehran threatened to expel 14 German diplomats.", Plover::Threaten), Some((14.0, "diplomats".to_string())));
    assert_eq!(size("Poland has moved an extra 4,000 soldiers to its border with Belarus.", Plover::Mobilize), Some((4000.0, "troops".to_string())));
    assert_eq!(size("Greece reinforced the islands with about 1,500 additional troops.", Plover::Mobilize), Some((1500.0, "troops".to_string())));
    assert_eq!(size("Ghana and Togo signed an accord, pledging to end two decades of dispute.", Plover::Agree), None);
    assert_eq!(size("Kazakhstan deployed troops along its border with 5 neighbouring countries.", Plover::Mobilize), None);
}

/// The doer's own state named on what it sends or withholds is not whom it acts on; the state
/// the things go to is (not past a relative clause, nor a state that is the subject of what is
/// said).
#[test]
fn own_goods_sent_or_withheld_act_on_where_they_go() {
    check_cases(&[
        ("Poland threatened to cut Polish coal deliveries to Lithuania.", Plover::Threaten, &["POL"], &["LTU"]),
        ("Norway has halted Norwegian fish exports to Russia.", Plover::Sanction, &["NOR"], &["RUS"]),
    ]);
    let e = event_of("Portugal is investigating Portuguese mercenaries who travelled to Mali.", Plover::Accuse);
    assert!(!codes(&e.target).contains(&"MLI"), "{e:?}");
}

/// A departure from a place announced is a withdrawal; a departure from a line or approach is
/// no act.
#[test]
fn a_departure_from_a_country_is_a_withdrawal() {
    check_cases(&[("Moscow announced its departure from Burkina Faso last week.", Plover::Retreat, &["RUS"], &["BFA"])]);
    assert_no("The budget is a departure from Berlin's usual caution.", Plover::Retreat);
    assert_no("Rome's plan marks a sharp departure from Paris's approach.", Plover::Retreat);
}

/// Taking a state to a court or tribunal brings a case against it (ACCUSE, CAMEO 115); taking
/// part, steps or a train to the border is no act, nor is a dispute taken to court with no one
/// named as taken there.
#[test]
fn taking_a_state_to_court_accuses_it() {
    check_cases(&[
        ("Canada took India to the World Trade Organization over sugar subsidies.", Plover::Accuse, &["CAN"], &["IND"]),
        ("Chile is taking Bolivia to the International Court of Justice.", Plover::Accuse, &["CHL"], &["BOL"]),
    ]);
    for s in ["Peru took steps to reassure Chile.", "The envoys took a train to the border with Poland.", "Peru took part in talks with Chile."] {
        assert_no(s, Plover::Accuse);
    }
    let e = event_of("In May, Ghana took the dispute to an international tribunal, accusing Togo of violating its waters.", Plover::Accuse);
    assert_eq!(codes(&e.target), vec!["TGO"], "{e:?}");
}

/// "the two armies", "both militaries", "the two neighbours" are the two states just named, as
/// "the two sides" are.
#[test]
fn the_two_armies_or_neighbours_are_the_pair_just_named() {
    assert_event("Armenia and Azerbaijan traded fire on Tuesday. Both armies pulled back from the ridge on Friday.", Plover::Retreat, &["ARM", "AZE"], &[]);
    assert_event("Peru and Ecuador settled their quarrel. The two neighbours agreed to reopen the crossing.", Plover::Agree, &["PER", "ECU"], &["PER", "ECU"]);
}

/// "expelled each other's diplomats", "two of each other's diplomats": the doers are each
/// other's targets, and the part counted is the count, in its own unit.
#[test]
fn each_others_envoys_expelled_are_reciprocal_and_counted() {
    let e = event_of("Peru and Ecuador quarrelled in March. The two neighbours then expelled three of each other's envoys.", Plover::Sanction);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["PER", "ECU"], vec!["PER", "ECU"]), "{e:?}");
    assert_eq!(e.magnitude.map(|m| (m.value, m.unit)), Some((3.0, "envoys".to_string())));
    assert_event("Chile and Bolivia expelled each other's consuls.", Plover::Sanction, &["CHL", "BOL"], &["CHL", "BOL"]);
}

#[test]
fn the_subject_of_a_clause_with_its_verb_left_out_is_no_target() {
    // "…and South Korea $350 billion": South Korea promised too; it received nothing.
    assert_event("Japan promised $550 billion of investment in the United States and South Korea $350 billion.", Plover::Agree, &["JPN"], &["USA"]);
    assert_event("Britain sent about 200 soldiers to reinforce Kosovo, and Romania some 100 more.", Plover::Mobilize, &["GBR"], &["XKX"]);
    // A plain list is still the target.
    assert_event("Russia supplied arms to Myanmar and Laos.", Plover::Aid, &["RUS"], &["MMR", "LAO"]);
}

#[test]
fn protests_lodged_by_the_dozen_are_complaints_not_demonstrations() {
    assert_event("The Philippines has filed more than 150 protests against China since 2016.", Plover::Accuse, &["PHL"], &["CHN"]);
    assert_event("Hanoi has lodged dozens of diplomatic protests with Beijing over the islands.", Plover::Accuse, &["VNM"], &["CHN"]);
    // A crowd's protests, however many, are demonstrations.
    let ev = events("Farmers in Kenya held more than 150 protests against the tax.");
    assert!(ev.iter().all(|e| e.plover != Plover::Accuse), "{ev:?}");
}

#[test]
fn ships_sunk_by_a_named_force_are_an_attack_counted_in_ships() {
    // "the Houthis sank": an irregular past after "the" and a name is the name's act, not a
    // noun it modifies.
    let ev = events("In July 2025 the Houthis sank two bulk carriers in the Red Sea.");
    let e = ev.iter().find(|e| e.plover == Plover::Assault).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(codes(&e.source), ["YEM"]);
    let m = e.magnitude.as_ref().expect("a count");
    assert_eq!((m.value, m.unit.as_str()), (2.0, "carriers"), "the ships sunk are no dead");
    let ev = events("Militants have torched more than 100 fuel tankers on the roads into Mali since September.");
    assert!(ev.iter().all(|e| e.magnitude.as_ref().map_or(true, |m| m.unit != "killed")), "{ev:?}");
    // A ship that sank in a storm is no attack.
    assert!(events("The old freighter sank off the coast of Yemen in a storm.").iter().all(|e| e.plover != Plover::Assault));
}

#[test]
fn a_second_predicate_after_but_did_not_is_the_subjects() {
    // "X verb-ed Y but did not condemn Z": the refusal is X's, aimed at Z, not Y's.
    for (text, target) in [
        ("Turkey welcomed Sweden's bid but did not condemn Greece.", "GRC"),
        ("Kenya praised Ethiopia but has not condemned Eritrea.", "ERI"),
        ("Brazil called for restraint but did not criticise Venezuela.", "VEN"),
        ("Indonesia hosted Myanmar's envoy and then refused to condemn the junta's ally China.", "CHN"),
    ] {
        let ev = events(text);
        let refusal = ev.iter().find(|e| e.plover == Plover::Accuse && e.negated).unwrap_or_else(|| panic!("{text}: {ev:?}"));
        let subject = &events(text)[0].source;
        assert_eq!((codes(&refusal.source), codes(&refusal.target)), (codes(subject), vec![target]), "{text}: {ev:?}");
    }
    // A list is still its own subject.
    assert_event("Chile and Peru did not condemn Bolivia.", Plover::Accuse, &["CHL", "PER"], &["BOL"]);
}

#[test]
fn a_negation_ends_at_its_clause() {
    // "no" before a semicolon negates nothing after it.
    let e = event_of("North Korea fired two missiles into the sea, causing no damage; Japan condemned the launches.", Plover::Accuse);
    assert!(!e.negated, "{e:?}");
    assert_eq!(codes(&e.source), ["JPN"]);
    // Within its clause it still does.
    assert!(event_of("Japan did not condemn the launches; it called them regrettable.", Plover::Accuse).negated);
}

#[test]
fn an_unnamed_subject_is_not_of_the_state_it_admits_or_praises() {
    // The one state named is the object of the agreement: "Ministers" are not Bhutan's.
    let e = event_of("Ministers agreed to admit Bhutan as the bloc's newest member.", Plover::Agree);
    assert!(!codes(&e.source).contains(&"BTN"), "{e:?}");
    assert_eq!(codes(&e.target), ["BTN"]);
    // A state reached by a preposition is still the unnamed subject's own.
    let e = event_of("Ousted President Felipe Ordonez has agreed to resign without returning to Honduras.", Plover::Agree);
    assert_eq!(codes(&e.source), ["HND"], "{e:?}");
}

#[test]
fn an_attack_complained_of_is_not_the_complainers() {
    // The shelling protested has no named doer; it is not Seoul's.
    let ev = events("Seoul protests shelling near the border");
    assert!(ev.iter().any(|e| e.plover == Plover::Accuse && codes(&e.source) == ["KOR"]), "{ev:?}");
    assert!(!ev.iter().any(|e| e.plover == Plover::Assault && codes(&e.source) == ["KOR"]), "{ev:?}");
    // A named doer keeps it, and so does the complainer's own second act.
    assert_event("Manila protests Chinese water cannon attack", Plover::Assault, &["CHN"], &[]);
    let ev = events("Seoul condemned the shelling and South Korean artillery returned fire at North Korean positions.");
    assert!(ev.iter().any(|e| e.plover == Plover::Assault && codes(&e.source) == ["KOR"]), "{ev:?}");
}

#[test]
fn those_attacked_are_not_those_condemned() {
    // The victims of an attack condemned are not its target; its doer, when named, is.
    let e = event_of("The EU condemned the hideous attack on Kosovo police.", Plover::Accuse);
    assert!(!codes(&e.target).contains(&"XKX"), "{e:?}");
    assert!(!events("The EU condemned the hideous attack on Kosovo police.").iter().any(|e| e.plover == Plover::Assault && codes(&e.source) == ["EU"]));
    assert_event("France condemned Russia's attack on Kyiv.", Plover::Accuse, &["FRA"], &["RUS"]);
    assert_event("Japan condemned the Israeli strike on Gaza.", Plover::Accuse, &["JPN"], &["ISR"]);
    // An attack on one's own mission in another state is blamed on that state.
    assert_event("Kenya condemned an attack on its embassy in Somalia.", Plover::Accuse, &["KEN"], &["SOM"]);
}

#[test]
fn a_named_subject_keeps_its_second_act_after_a_thing_it_condemned() {
    // "the raid" is what Ukraine condemned, not the subject of "shelled".
    assert_event("Ukraine condemned the raid and shelled Belgorod.", Plover::Assault, &["UKR"], &["RUS"]);
    assert_event("Israel denounced the attack and struck targets in Lebanon.", Plover::Assault, &["ISR"], &["LBN"]);
}

#[test]
fn an_officials_own_country_named_later_is_not_whom_the_words_answer() {
    // The minister's own country in what he told reporters is not the target of the rejection.
    let e = event_of("Brazilian Foreign Minister Mauro Vieira dismissed the criticism, telling reporters that pressure would not change Brazil's course.", Plover::Reject);
    assert_eq!(codes(&e.source), ["BRA"], "{e:?}");
    assert!(!codes(&e.target).contains(&"BRA"), "{e:?}");
    let e = event_of("Norwegian Prime Minister Jonas Gahr Store rejected the proposal, and the envoy cancelled his trip to Oslo.", Plover::Reject);
    assert!(!codes(&e.target).contains(&"NOR"), "{e:?}");
    // Its own people, named as such, still are.
    let e = event_of("President Hakainde Hichilema has reneged on his promise to the Zambian people to cut fuel prices.", Plover::Reject);
    assert_eq!(codes(&e.target), ["ZMB"], "{e:?}");
}

#[test]
fn hedged_launches_shared_intelligence_pounding_and_territory_taken() {
    // A hedged weapon is still what was fired.
    assert_event("North Korea fired what appeared to be a short-range ballistic missile into the sea.", Plover::Mobilize, &["PRK"], &[]);
    // Another's count of them.
    assert_event("Iran launched what Israel said were about 100 drones towards Israeli territory.", Plover::Assault, &["IRN"], &["ISR"]);
    // Intelligence or data shared is cooperation (CAMEO 064); a view shared is not.
    assert_event("Seoul is sharing missile tracking data with Tokyo.", Plover::Cooperate, &["KOR"], &["JPN"]);
    assert_no("Seoul and Tokyo shared the concern that the launches would continue.", Plover::Cooperate);
    // Pounding is an attack (CAMEO 190).
    assert_event("Turkish artillery pounded Kurdish positions in northern Syria.", Plover::Assault, &["TUR"], &["SYR"]);
    // Territory taken is an attack (CAMEO 192); an institution taken over is not.
    let ev = events("Russian forces took control of the town of Avdiivka in Ukraine.");
    assert!(ev.iter().any(|e| e.plover == Plover::Assault && codes(&e.source) == ["RUS"]), "{ev:?}");
    assert_no("The Chilean opposition took control of the Senate after the vote.", Plover::Assault);
    // Objecting is rejecting (CAMEO 120).
    assert_event("Russia and China objected to the French draft.", Plover::Reject, &["RUS", "CHN"], &["FRA"]);
}

#[test]
fn the_leaders_of_a_meeting_are_the_leaders_named_not_the_states_told_last() {
    // The states told last are Australia and China; the two leaders are Australia's and PNG's.
    let text = "Prime Minister Anthony Albanese met Prime Minister James Marape of Papua New Guinea in Canberra on Monday. \
                Their talks followed unsafe intercepts of Australian aircraft by Chinese jets. \
                The two leaders pledged to deepen security ties.";
    let ev = events(text);
    let agree = ev.iter().find(|e| e.plover == Plover::Agree).unwrap_or_else(|| panic!("{ev:?}"));
    let mut src = codes(&agree.source);
    src.sort_unstable();
    assert_eq!(src, ["AUS", "PNG"], "{ev:?}");
    // A communique's bare "Leaders", after a bilateral meeting.
    let text = "Prime Minister Anthony Albanese welcomed Prime Minister James Marape of Papua New Guinea to Canberra. \
                Leaders agreed to expand police training.";
    let ev = events(text);
    assert!(ev.iter().any(|e| e.plover == Plover::Agree && codes(&e.source).contains(&"AUS") && codes(&e.source).contains(&"PNG")), "{ev:?}");
    // A clause with its own named subject is its own act, even when its doers were among the
    // first clause's.
    let ev = events("At the Japan-China-South Korea meeting in Busan, the three ministers agreed to work toward an early summit, and Japan and South Korea agreed to resume defence talks.");
    assert!(ev.iter().any(|e| e.plover == Plover::Agree && codes(&e.source) == ["JPN", "KOR"]), "{ev:?}");
}

#[test]
fn a_complaint_is_aimed_at_the_doer_named_after_by() {
    // The harassed boats are Japan's own; the doer after "by" is whom Japan condemns.
    assert_event("Japan condemned the harassment of Japanese fishing boats by Chinese coast guard vessels.", Plover::Accuse, &["JPN"], &["CHN"]);
    // Two complainers, and the intercepts complained of are not theirs.
    let ev = events("Australia and Japan expressed concern at unsafe intercepts of Australian aircraft by Chinese military jets.");
    assert!(ev.iter().any(|e| e.plover == Plover::Accuse && codes(&e.target) == ["CHN"]), "{ev:?}");
    assert!(!ev.iter().any(|e| e.plover == Plover::Assault && codes(&e.source).contains(&"AUS")), "{ev:?}");
    // Raids condemned after another act of the complainer's are still not its own.
    let ev = events("Iran's foreign ministry denied the charge and condemned the overnight raids as a violation of Yemen's sovereignty.");
    assert!(!ev.iter().any(|e| e.plover == Plover::Assault && codes(&e.source).contains(&"IRN")), "{ev:?}");
}

#[test]
fn an_order_signed_is_the_means_of_the_act_it_orders() {
    // The sanction is the act; signing the order agrees nothing with anyone.
    let ev = events("President Joe Biden signed an executive order imposing sanctions on Turkish officials.");
    assert!(ev.iter().any(|e| e.plover == Plover::Sanction && codes(&e.source) == ["USA"] && codes(&e.target) == ["TUR"]), "{ev:?}");
    assert!(!ev.iter().any(|e| e.plover == Plover::Support), "{ev:?}");
    // A treaty signed still is support.
    assert_event("Russia and North Korea signed a defence treaty.", Plover::Support, &["RUS", "PRK"], &["RUS", "PRK"]);
}

#[test]
fn a_visitor_welcomed_to_a_place_is_a_visit_hosted() {
    // CAMEO 043: hosting a visit is a consultation, not praise.
    assert_event("President Xi Jinping welcomed Brazilian President Lula to Beijing.", Plover::Consult, &["CHN"], &["BRA"]);
    let ev = events("The Prime Minister of Australia, Anthony Albanese, welcomed the Prime Minister of Fiji, Sitiveni Rabuka, to Canberra.");
    assert!(ev.iter().any(|e| e.plover == Plover::Consult), "{ev:?}");
    // Welcoming a deal is still support.
    assert_event("China welcomed the agreement between Iran and Saudi Arabia.", Plover::Support, &["CHN"], &["IRN", "SAU"]);
}

#[test]
fn ties_restored_are_one_act_of_diplomatic_cooperation() {
    // CAMEO 050: support, and not a concession besides.
    for text in [
        "Kuwait restored diplomatic relations with Iran in 2022.",
        "Bahrain and Qatar restored ties in April after a three-year rift.",
        "Egypt and Turkey resumed diplomatic relations in 2023.",
    ] {
        assert!(events(text).iter().any(|e| e.plover == Plover::Support), "{text}: {:?}", events(text));
        assert_no(text, Plover::Concede);
    }
    // Restored supplies are still a concession.
    assert_event("Russia restored gas supplies to Moldova.", Plover::Concede, &["RUS"], &["MDA"]);
}

#[test]
fn western_sahara_and_the_polisario_are_their_own_actor() {
    // ISO 3166 ESH: the Polisario's attacks on Morocco are not Morocco's acts at home.
    assert_event("The Polisario Front said its fighters shelled Moroccan army positions along the berm.", Plover::Assault, &["ESH"], &["MAR"]);
    assert_event("Algeria has backed the Sahrawi Republic since 1976.", Plover::Support, &["DZA"], &["ESH"]);
}

#[test]
fn a_states_word_that_another_attacked_it_is_its_accusation() {
    // The attack stands, and the victim's word is its accusation of the doer.
    let text = "The Thai army says Cambodian troops opened fire first on Thai positions.";
    assert_event(text, Plover::Assault, &["KHM"], &["THA"]);
    assert_event(text, Plover::Accuse, &["THA"], &["KHM"]);
    // Not the doer's own word, a third state's, or the word of one speaker on another's act.
    assert_no("Thailand says its jets struck two Cambodian military targets.", Plover::Accuse);
    assert_no("Israel said most of the drones were intercepted; Jordan said its air force had shot down drones over Israel.", Plover::Accuse);
    assert_no("Washington said Russian jets had intercepted a Polish aircraft.", Plover::Accuse);
}

#[test]
fn a_second_act_joined_by_and_is_aimed_where_the_first_was() {
    let text = "Men from a Chinese law-enforcement vessel boarded a Vietnamese fishing boat near the Paracel Islands and beat the ten fishermen aboard.";
    assert_event(text, Plover::Assault, &["CHN"], &["VNM"]);
    // Not across a new subject.
    let ev = events("Chinese coast guard ships blocked a Philippine supply boat, and Manila protested.");
    assert!(!ev.iter().any(|e| codes(&e.source) == ["PHL"] && codes(&e.target) == ["PHL"]), "{ev:?}");
}

#[test]
fn a_sign_of_something_is_no_signing() {
    assert_no("The Kremlin called the closure a sign of Russophobia in Helsinki.", Plover::Support);
    assert_no("Diplomats saw signs that the truce between Armenia and Azerbaijan was fraying.", Plover::Support);
    assert_event("Armenia and Azerbaijan signed the peace treaty in Washington.", Plover::Support, &["ARM", "AZE"], &["ARM", "AZE"]);
}

#[test]
fn ties_put_under_review_are_a_threat_to_cut_them() {
    assert_event("Tbilisi said it would review its cooperation programmes with Washington.", Plover::Threaten, &["GEO"], &["USA"]);
    assert_event("Ankara said it would reconsider its relations with Stockholm.", Plover::Threaten, &["TUR"], &["SWE"]);
    assert_no("Tbilisi said it would review its cooperation programmes with Washington.", Plover::Agree);
}

#[test]
fn a_statement_under_an_offices_letterhead_speaks_as_that_office() {
    let head = "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF ESTONIA\nPress release No. 41/25\nTallinn, 3 March 2025\n\n";
    // "We" and "our" are the issuing office's, outside quotation marks.
    assert_event(&format!("{head}We demanded that Moscow stop the flights at once."), Plover::Request, &["EST"], &["RUS"]);
    assert_event(&format!("{head}We call on Minsk not to encourage these provocations."), Plover::Request, &["EST"], &["BLR"]);
    // An unqualified ministry is the letterhead's state's.
    assert_event(&format!("{head}Today the Ministry summoned the Russian charge d'affaires."), Plover::Accuse, &["EST"], &["RUS"]);
    // A press release is no release of anyone.
    assert!(events(&format!("{head}Estonia expelled two Russian diplomats.")).iter().all(|e| e.plover != Plover::Retreat));
    // Without a letterhead, "we" is no one's, though the ministry is named in the text.
    let plain = events("The foreign ministry of Estonia issued a note on Monday.\n\nWe call on Minsk not to encourage these provocations.");
    assert!(plain.iter().all(|e| !(e.plover == Plover::Request && codes(&e.source) == ["EST"])), "{plain:?}");
}

#[test]
fn blame_laid_and_responses_coordinated_are_coded() {
    check_cases(&[
        // Holding someone responsible is an accusation (CAMEO 112).
        ("Kyiv will hold Moscow fully responsible for the strike on the dam.", Plover::Accuse, &["UKR"], &["RUS"]),
        ("Vilnius held Minsk accountable for the balloon incursions.", Plover::Accuse, &["LTU"], &["BLR"]),
        // Coordinating with a partner, a few words apart.
        ("Finland is coordinating its response closely with Sweden and Norway.", Plover::Cooperate, &["FIN"], &["SWE", "NOR"]),
        // A harmful act attributed to someone.
        ("Denmark and Norway jointly attributed the cyberattack on their power grids to a unit of Russia's military intelligence.", Plover::Accuse, &["DNK", "NOR"], &["RUS"]),
    ]);
    assert_no("Officials in Oslo attributed the delay to bad weather over Sweden.", Plover::Accuse);
    assert_no("Kenya held talks with Uganda on the border.", Plover::Accuse);
    assert_no("Rebels launched coordinated attacks on Goma.", Plover::Cooperate);
}

#[test]
fn a_spokesman_speaking_in_his_capital_is_his_states_in_a_story_filed_elsewhere() {
    let text = "GENEVA (Wire) - Talks on the dam stalled.\n\n\"The plan is dead,\" foreign ministry spokesman Ahmed Fathy told reporters in Cairo, rejecting the Ethiopian proposal.";
    let ev = events(text);
    assert!(ev.iter().any(|e| e.plover == Plover::Reject && codes(&e.source) == ["EGY"]), "{ev:?}");
}

#[test]
fn an_interviews_answers_speak_as_the_one_interviewed() {
    let text = "Kazakhstan's foreign minister on pipelines and partners\n\nInterview by Dana Holt\n\n\
                Kazakhstan borders Russia and China. Before a trip to Ankara, Foreign Minister Aibek Nurlanov spoke to us in Astana.\n\n\
                Q: You depend on Russian pipelines. Is that a risk?\n\n\
                A: It is geography. We asked Azerbaijan to carry more of our oil last year. Some of our European friends criticised us for our caution.\n\n\
                Q: And China?\n\n\
                A: We signed a rail agreement with China in May.";
    let ev = events(text);
    let has = |p: Plover, s: &str, t: &str| ev.iter().any(|e| e.plover == p && codes(&e.source) == [s] && codes(&e.target).contains(&t));
    assert!(has(Plover::Request, "KAZ", "AZE"), "{ev:?}");
    assert!(has(Plover::Support, "KAZ", "CHN") || has(Plover::Agree, "KAZ", "CHN"), "{ev:?}");
    // "our friends" are others, not the one speaking.
    assert!(ev.iter().all(|e| !(e.plover == Plover::Accuse && codes(&e.source) == ["KAZ"])), "{ev:?}");
    // One question and one answer are no interview: "we" is no one's there.
    let plain = events("Kazakhstan borders Russia and China. Kazakhstan is a big country.\n\nQ: Is that a risk?\n\nA: We asked Azerbaijan to carry more of our oil last year.");
    assert!(plain.iter().all(|e| codes(&e.source) != ["KAZ"]), "{plain:?}");
}

#[test]
fn givers_listed_with_their_own_sums_after_one_verb_each_promise() {
    let text = "Donors met in Geneva to raise money for Yemen. Kuwait pledged $250 million, the Netherlands €80 million and Japan $60 million.";
    let ev = events(text);
    for giver in ["KWT", "NLD", "JPN"] {
        assert!(ev.iter().any(|e| e.plover == Plover::Agree && codes(&e.source) == [giver] && e.magnitude.is_some()), "{giver}: {ev:?}");
    }
    // None of the listed givers is the first giver's target.
    assert!(ev.iter().all(|e| !codes(&e.target).iter().any(|t| ["NLD", "JPN"].contains(t))), "{ev:?}");
}

#[test]
fn expulsions_count_the_people_sent_home() {
    let count = |text: &str| events(text).into_iter().find(|e| e.plover == Plover::Sanction).and_then(|e| e.magnitude).map(|m| m.value);
    assert_eq!(count("Vienna ordered two Iranian diplomats to leave the country within a week."), Some(2.0));
    assert_eq!(count("Within a day Tehran replied, declaring three Austrian embassy employees persona non grata."), Some(3.0));
    assert_eq!(count("Warsaw expelled 45 Russian diplomats."), Some(45.0));
    // A count of another clause is not the people expelled.
    assert_eq!(count("After 2018 Latvia declared the Russian ambassador persona non grata."), None);
    // Diplomats ordered out are no goods bought.
    let claims = Reader::new(Gazetteer::builtin()).read_sentence("t", "Vienna ordered two Iranian diplomats to leave the country.").claims;
    assert!(claims.iter().all(|c| !matches!(c.body, ClaimBody::Transfer(_))), "{claims:?}");
}

#[test]
fn an_account_disputed_is_rejected_and_border_posts_shelled_are_their_states() {
    assert_event("Bamako disputed the Algerian account of the incident.", Plover::Reject, &["MLI"], &["DZA"]);
    assert_event("Islamabad contested India's figures for the dead.", Plover::Reject, &["PAK"], &["IND"]);
    assert_no("Both states claim the disputed territory.", Plover::Reject);
    assert_no("The opposition contested the election in 2019.", Plover::Reject);
    assert_event("Afghan forces fired artillery at Pakistani border posts along the Durand Line.", Plover::Assault, &["AFG"], &["PAK"]);
    assert_event("Tajik troops shelled Kyrgyz border villages overnight.", Plover::Assault, &["TJK"], &["KGZ"]);
}

#[test]
fn a_report_under_a_body_named_after_a_state_does_not_speak_for_the_state() {
    let text = "SUDAN DOCTORS NETWORK\nReport summary | Port Sudan, 3 March 2025\n\nWe demanded that Cairo open the crossing for the wounded.";
    let ev = events(text);
    assert!(ev.iter().all(|e| codes(&e.source) != ["SDN"]), "{ev:?}");
    // An office of state still does.
    let text = "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF SUDAN\nPress release\n\nWe demanded that Cairo open the crossing for the wounded.";
    let ev = events(text);
    assert!(ev.iter().any(|e| e.plover == Plover::Request && codes(&e.source) == ["SDN"]), "{ev:?}");
}

#[test]
fn prisoners_swapped_are_freed_by_each_side_for_the_other() {
    let ev = events("Armenia and Azerbaijan swapped 32 prisoners of war on Sunday.");
    let swap = ev.iter().find(|e| e.plover == Plover::Retreat).expect("a release");
    assert_eq!((codes(&swap.source), codes(&swap.target)), (vec!["ARM", "AZE"], vec!["ARM", "AZE"]));
    assert_eq!(swap.magnitude.as_ref().map(|m| m.value), Some(32.0));
    // One side named as the doer frees the other's.
    assert_event("Russia exchanged 50 prisoners with Ukraine.", Plover::Retreat, &["RUS"], &["UKR"]);
    assert!(events("The two leaders swapped places at the table.").is_empty());
}

#[test]
fn ties_downgraded_commitments_and_know_how_shared_are_coded() {
    assert_event("Kyiv downgraded ties with Tehran in 2022 over the drones.", Plover::Sanction, &["UKR"], &["IRN"]);
    assert_event("Nouakchott commits to accept the return of its nationals who reach Spain.", Plover::Agree, &["MRT"], &["ESP"]);
    assert_event("Madrid undertakes to issue 2,000 work permits a year for Mauritanian workers.", Plover::Agree, &["ESP"], &["MRT"]);
    assert_event("Moscow was sharing nuclear technology with Tehran.", Plover::Cooperate, &["RUS"], &["IRN"]);
    assert_no("The two states share technology worries.", Plover::Cooperate);
}

#[test]
fn an_official_named_after_a_lower_case_title_is_the_next_he() {
    // In apposition after a state's possessive title.
    assert_event("China's envoy, Wu Jianhong, said Beijing supported the mission. He accused Washington of bullying the Council.", Plover::Accuse, &["CHN"], &["USA"]);
    // After an opening participle's clause, the title in lower case.
    assert_event(
        "Speaking after the vote, US deputy ambassador Margaret Hollins criticised the delay. She urged South Sudan's leaders to hold the vote.",
        Plover::Request,
        &["USA"],
        &["SSD"],
    );
}

#[test]
fn they_after_a_sentence_opened_by_listed_states_is_those_states() {
    assert_event(
        "The leaders of Mali, Niger and Burkina Faso met in Niamey on Friday. They called on Algeria to stop supporting armed groups.",
        Plover::Request,
        &["MLI", "NER", "BFA"],
        &["DZA"],
    );
    // Not when the list was no subject.
    let ev = events("Drones struck camps in Mali and Niger on Friday. They called on Algeria to stop supporting armed groups.");
    assert!(ev.iter().all(|e| e.plover != Plover::Request || codes(&e.source) != ["MLI", "NER"]), "{ev:?}");
}

#[test]
fn a_briefing_transcripts_speakers_speak_for_the_state_that_briefs() {
    // Speakers' labels in capitals, questions labelled "Q (outlet):": the answers are the voice
    // of the state the heading names, their "we" and "our" its own.
    let text = "TRANSCRIPT: Press briefing on the reef incident\n\
                Armed Forces of the Philippines, Quezon City, 5 May 2025\n\n\
                REAR ADMIRAL JOSE REYES (navy spokesperson): Chinese vessels fired water cannon at our supply boat near the reef.\n\n\
                Q (wire agency): Beijing says the boat intruded. Your response?\n\n\
                REYES: We reject that. We are demanding that China pay for the damage to our boat.\n\n\
                Q (radio station): Will you ask for help?\n\n\
                REYES: We have not asked Washington to intervene.";
    let ev = events(text);
    let has = |p: Plover, s: &str, t: &str| ev.iter().any(|e| e.plover == p && codes(&e.source) == [s] && codes(&e.target).contains(&t));
    assert!(has(Plover::Assault, "CHN", "PHL"), "{ev:?}");
    assert!(has(Plover::Request, "PHL", "CHN"), "{ev:?}");
    assert!(ev.iter().any(|e| e.plover == Plover::Request && e.negated && codes(&e.source) == ["PHL"] && codes(&e.target) == ["USA"]), "{ev:?}");
    // One heading in capitals is no speaker, nor is a note: without two answers and two
    // questions there is no transcript, and "we" is no one's.
    let plain = events("UPDATE: Fighting eased.\n\nEDITOR'S NOTE: We asked Manila to comment.\n\nQ: What next?\n\nThe Philippines said nothing.");
    assert!(plain.iter().all(|e| codes(&e.source) != ["PHL"] || e.plover != Plover::Request), "{plain:?}");
}

#[test]
fn a_swap_each_side_makes_is_aimed_at_the_other() {
    let both = |sentence: &str, plover: Plover, a: &str, b: &str| {
        let e = event_of(sentence, plover);
        let (mut s, mut t) = (codes(&e.source), codes(&e.target));
        s.sort_unstable();
        t.sort_unstable();
        assert_eq!((s, t), (vec![a, b], vec![a, b]), "{sentence}");
    };
    both("Ukraine and Russia each handed over 175 prisoners of war on Wednesday.", Plover::Retreat, "RUS", "UKR");
    both("Iran and the United States each freed five detained nationals.", Plover::Retreat, "IRN", "USA");
    both("Russia and Ukraine released 100 prisoners of war each.", Plover::Retreat, "RUS", "UKR");
    both("Britain and Russia each expelled two diplomats.", Plover::Sanction, "GBR", "RUS");
    // A swap is no act that may come ("each" before a past verb), no war on anyone ("prisoners of
    // war on Wednesday"), and the prisoners are no goods.
    let e = event_of("Ukraine and Russia each handed over 175 prisoners of war on Wednesday.", Plover::Retreat);
    assert!(!e.hypothetical, "{e:?}");
    assert_no("Ukraine and Russia handed over 175 prisoners of war on Wednesday.", Plover::Assault);
    let claims = Reader::new(Gazetteer::builtin()).read_sentence("t", "Ukraine and Russia each handed over 175 prisoners of war on Wednesday.").claims;
    assert!(claims.iter().all(|c| !matches!(c.body, ClaimBody::Transfer(_))), "{claims:?}");
    // Still an act that may come: "each attack".
    assert!(events("Israel will answer each attack on its territory.").iter().all(|e| e.plover != Plover::Assault || e.hypothetical));
}

#[test]
fn the_wounded_and_the_captured_are_people_not_a_toll() {
    // "wounded" describing people is no wounding.
    assert_no("Moscow also returned 22 severely wounded Ukrainian soldiers.", Plover::Assault);
    assert_no("President Volodymyr Zelensky put the number of dead and wounded at nearly 4,000 in a single month.", Plover::Assault);
    let e = event_of("Moscow also returned 22 severely wounded Ukrainian soldiers.", Plover::Retreat);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["RUS"], vec!["UKR"]));
    // Soldiers captured are counted as captured, not killed; a toll after the capture stays one.
    let e = event_of("Ukraine's special forces captured two wounded North Korean soldiers in January.", Plover::Assault);
    assert_eq!(e.magnitude.as_ref().map(|q| (q.value, q.unit.as_str())), Some((2.0, "captured")), "{e:?}");
    let e = event_of("Rwandan-backed rebels captured Goma, killing 900 people.", Plover::Assault);
    assert_eq!(e.magnitude.as_ref().map(|q| q.unit.as_str()), Some("killed"), "{e:?}");
    // A part of the things named is no toll; a part of people killed is.
    let e = event_of("Chinese ships used water cannon on Philippine boats and deliberately rammed one of them.", Plover::Assault);
    assert!(e.magnitude.as_ref().is_none_or(|q| q.unit != "killed"), "{e:?}");
    let e = event_of("Kosovo police special units killed three of the attackers.", Plover::Assault);
    assert_eq!(e.magnitude.as_ref().map(|q| q.value), Some(3.0), "{e:?}");
    // A wounding is still one.
    let e = event_of("Russian shelling wounded two Ukrainian soldiers.", Plover::Assault);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["RUS"], vec!["UKR"]));
    // The second verb after "and" and an adverb is the subject's: the boats are not its doer.
    let ev = events("Chinese ships used water cannon on Philippine boats and deliberately rammed one of them.");
    assert!(ev.iter().all(|e| !codes(&e.source).contains(&"PHL")), "{ev:?}");
}

#[test]
fn a_weapon_for_subject_is_not_the_places_and_the_fighting_names_its_doer() {
    // Alone, a missile that hit Odesa has no known doer, and Ukraine is not it.
    let e = event_of("A ballistic missile hit port infrastructure in Odesa, killing three people.", Plover::Assault);
    assert!(!codes(&e.source).contains(&"UKR") && codes(&e.target) == ["UKR"], "{e:?}");
    // In a story of Russian strikes, it is Russia's.
    let ev = events("Russia fired dozens of missiles at Ukraine on Monday. A ballistic missile hit port infrastructure in Odesa, killing three people.");
    assert!(ev.iter().any(|e| e.plover == Plover::Assault && codes(&e.source) == ["RUS"] && codes(&e.target) == ["UKR"] && e.magnitude.as_ref().is_some_and(|q| q.value == 3.0)), "{ev:?}");
    // A bomb planted where it went off stays the place's, as the PLOVER gold codes it.
    let e = event_of("A roadside bombing near Samarra killed one U.S. soldier.", Plover::Assault);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["IRQ"], vec!["USA"]));
}

#[test]
fn a_verb_in_a_series_after_a_comma_is_its_own_act() {
    let sentence = "Algeria rejected the accusations, recalled its ambassadors to Mali and Niger and postponed the arrival of its new envoy.";
    let e = event_of(sentence, Plover::Sanction);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["DZA"], vec!["MLI", "NER"]));
    // The first verb's object ends at the comma: the states the recall names are not the rejected.
    let e = event_of(sentence, Plover::Reject);
    assert!(e.target.is_empty(), "{e:?}");
    // A participle describing what came before is no verb of the series.
    let e = event_of("Sudan condemned the attack by the RSF, backed by the UAE, on El Fasher.", Plover::Accuse);
    assert_eq!(codes(&e.source), ["SDN"]);
}

#[test]
fn both_sides_are_others_than_the_one_who_calls_on_them() {
    // Britain, named last before the sentence, is not one of the "both sides" it calls on.
    let ev = events("India and Pakistan traded fire across the Line of Control on Monday. Britain urged calm on Tuesday. Britain called on both sides to show restraint.");
    let calls: Vec<&EventClaim> = ev.iter().filter(|e| e.plover == Plover::Request && codes(&e.source) == ["GBR"]).collect();
    assert!(!calls.is_empty() && calls.iter().all(|e| { let mut t = codes(&e.target); t.sort_unstable(); t == ["IND", "PAK"] }), "{ev:?}");
}

#[test]
fn a_toll_after_a_long_object_is_still_the_attacks() {
    let e = event_of("RSF artillery shelled residential neighbourhoods of El Fasher, the last army-held city in Darfur, killing at least 14 people.", Plover::Assault);
    assert_eq!(e.magnitude.as_ref().map(|q| (q.value, q.unit.as_str())), Some((14.0, "killed")), "{e:?}");
    let e = event_of("An air strike on a crowded livestock market in the North Darfur town of Kabkabiya killed at least 62 people on Sunday.", Plover::Assault);
    assert_eq!(e.magnitude.as_ref().map(|q| q.value), Some(62.0), "{e:?}");
}

#[test]
fn a_sanction_counts_the_ships_firms_and_people_it_names() {
    let count = |sentence: &str| event_of(sentence, Plover::Sanction).magnitude.map(|q| (q.value, q.unit));
    assert_eq!(count("The UK has announced sanctions on 100 oil tankers."), Some((100.0, "tankers".to_string())));
    assert_eq!(count("Moscow announced an entry ban on 21 British nationals."), Some((21.0, "nationals".to_string())));
    assert_eq!(count("China's Commerce Ministry added thirteen U.S. defence contractors to its unreliable entity list.").map(|q| q.0), Some(13.0));
    // A year is no count.
    assert_eq!(count("The EU imposed sanctions on Russia in 2014."), None);
}

#[test]
fn barring_another_states_aircraft_is_a_sanction_barring_a_deal_is_except() {
    let e = event_of("Bamako reciprocated within hours, barring Algerian aircraft from Malian airspace.", Plover::Sanction);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["MLI"], vec!["DZA"]));
    for sentence in ["The talks will end on Friday, barring a last-minute deal with Iran.", "Barring any surprises, Japan will sign the pact with India."] {
        assert!(events(sentence).iter().all(|e| !matches!(e.plover, Plover::Sanction | Plover::Coerce)), "{sentence}");
    }
}

#[test]
fn people_taken_prisoner_or_hostage_are_counted_as_captured() {
    let e = event_of("Russian forces took 40 Ukrainian marines prisoner near Krynky.", Plover::Assault);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["RUS"], vec!["UKR"]));
    assert_eq!(e.magnitude.as_ref().map(|q| (q.value, q.unit.as_str())), Some((40.0, "captured")), "{e:?}");
    let e = event_of("Hamas took 251 Israelis hostage on 7 October.", Plover::Assault);
    assert_eq!(e.magnitude.as_ref().map(|q| (q.value, q.unit.as_str())), Some((251.0, "captured")), "{e:?}");
    // Prisoners freed or swapped, and a prisoner exchange, are no capture.
    for sentence in ["Caracas also freed Venezuelan political prisoners.", "Russia and Ukraine agreed a prisoner exchange.", "Both sides would free prisoners of war held around Sake."] {
        assert_no(sentence, Plover::Assault);
    }
}

#[test]
fn a_state_that_protests_or_sends_a_note_protesting_complains() {
    // (An adverb between the state and its verb; a note sent "protesting" what was said.)
    let e = event_of("Vietnam strongly protests the seizure of its fishing boat by China.", Plover::Accuse);
    assert_eq!(codes(&e.source), vec!["VNM"]);
    assert_no("Vietnam strongly protests the seizure of its fishing boat by China.", Plover::Protest);
    let e = event_of("Lima sent a diplomatic note to Bogota protesting the president's remarks.", Plover::Accuse);
    assert_eq!(codes(&e.source), vec!["PER"]);
    assert_no("Lima sent a diplomatic note to Bogota protesting the president's remarks.", Plover::Protest);
    // Crowds still demonstrate.
    assert_no("Thousands of students protested in Dhaka against the verdict.", Plover::Accuse);
}

#[test]
fn aid_paused_is_a_sanction_and_no_aid() {
    let e = event_of("Berlin has paused development aid to Niger.", Plover::Sanction);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["DEU"], vec!["NER"]));
    assert_no("Washington has paused all non-humanitarian assistance to Madagascar.", Plover::Aid);
    // (Aid given in another clause is given.)
    assert_event("The EU froze Russian assets and sent aid to Ukraine.", Plover::Aid, &["EU"], &["UKR"]);
    // A donor who stops aid after others gave it stops it to the one they gave to.
    assert_event("Japan pledged $12 million to Madagascar. Washington has paused all non-humanitarian assistance.", Plover::Sanction, &["USA"], &["MDG"]);
}

#[test]
fn fire_not_opened_is_negated_and_fire_denied_is_none() {
    let e = event_of("Sri Lanka's navy did not open fire on the Indian trawlers.", Plover::Assault);
    assert!(e.negated, "{e:?}");
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["LKA"], vec!["IND"]));
    // (The navy of the sentence before.)
    let ev = events("The Sri Lankan navy arrested 32 Indian fishermen off Mannar. The navy said it did not open fire.");
    assert!(ev.iter().any(|e| e.plover == Plover::Assault && e.negated && codes(&e.source) == ["LKA"]), "{ev:?}");
    for sentence in ["Colombo denied opening fire on the Indian boats.", "Kigali dismissed reports that Rwandan troops had shelled Goma.", "The Kyrgyz side rejects the assertions of Dushanbe that Kyrgyz forces opened fire first."] {
        assert_no(sentence, Plover::Assault);
    }
}

#[test]
fn an_arrest_counts_the_crews_and_a_joined_seizure_shares_its_target() {
    let e = event_of("Indonesian authorities detained two Vietnamese fishing boats and 25 crew members.", Plover::Coerce);
    assert_eq!(e.magnitude.as_ref().map(|q| q.value), Some(25.0), "{e:?}");
    let ev = events("Sri Lankan sailors arrested 32 Indian fishermen and seized five trawlers off Mannar on Sunday.");
    let seize = ev.iter().find(|e| e.plover == Plover::Coerce && e.mode.as_deref() == Some("seize")).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!((codes(&seize.source), codes(&seize.target)), (vec!["LKA"], vec!["IND"]));
    assert_eq!(seize.magnitude.as_ref().map(|q| q.value), Some(5.0));
}

#[test]
fn an_expulsion_and_a_recall_in_one_sentence_are_two_sanctions() {
    for sentence in ["Thailand expelled Cambodia's ambassador and recalled its own from Phnom Penh.", "Thailand expelled Cambodia's ambassador and recalled its ambassador from Phnom Penh."] {
        let ev = events(sentence);
        for mode in ["expel", "withdraw"] {
            assert!(ev.iter().any(|e| e.plover == Plover::Sanction && e.mode.as_deref() == Some(mode) && codes(&e.source) == ["THA"] && codes(&e.target) == ["KHM"]), "{mode}: {sentence}: {ev:?}");
        }
    }
}

#[test]
fn an_embassy_in_a_capital_is_not_of_that_capital() {
    assert_event("The Chinese Embassy in Seoul lodged a protest with South Korea.", Plover::Accuse, &["CHN"], &["KOR"]);
}

#[test]
fn one_person_shot_dead_is_a_toll_of_one() {
    let e = event_of("A Bangladeshi teenager was shot dead by India's Border Security Force on Monday.", Plover::Assault);
    assert_eq!((codes(&e.source), codes(&e.target)), (vec!["IND"], vec!["BGD"]));
    assert_eq!(e.magnitude.as_ref().map(|q| (q.value, q.unit.as_str())), Some((1.0, "killed")), "{e:?}");
    let e = event_of("Two fishermen were shot dead by the Sri Lankan navy.", Plover::Assault);
    assert_eq!(e.magnitude.as_ref().map(|q| q.value), Some(2.0), "{e:?}");
    // ("including a child" is no count of its own.)
    let ev = events("Two Afghan border guards and four civilians, including a child, died when Pakistani shells hit homes in Paktia.");
    assert!(ev.iter().all(|e| e.magnitude.as_ref().is_none_or(|q| q.value != 4.0 && q.value != 1.0)), "{ev:?}");
}

#[test]
fn a_toll_of_the_enemy_told_by_a_state_is_its_own() {
    assert_event("Fighting resumed on Sunday. Thailand says more than 100 Cambodian soldiers were killed.", Plover::Assault, &["THA"], &["KHM"]);
    // (Its own losses are no act of its own.)
    let ev = events("Fighting resumed on Sunday. Kyiv says 30 Ukrainian civilians were killed.");
    assert!(ev.iter().all(|e| !codes(&e.source).contains(&"UKR")), "{ev:?}");
}

#[test]
fn accused_after_an_arrest_are_the_ones_arrested() {
    let ev = events("Venezuela rejected the claims. The Sri Lankan navy arrested 32 Indian fishermen and seized five trawlers off Mannar, accusing them of poaching in Sri Lankan waters.");
    let accuse = ev.iter().find(|e| e.plover == Plover::Accuse).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!((codes(&accuse.source), codes(&accuse.target)), (vec!["LKA"], vec!["IND"]));
    // (Under an item's dateline too, its seizure aimed where the arrest was.)
    let ev = events("Venezuela rejected the claims.\n\nCOLOMBO: The Sri Lankan navy arrested 32 Indian fishermen and seized five trawlers off Mannar before dawn on Tuesday.");
    assert!(ev.iter().any(|e| e.mode.as_deref() == Some("seize") && codes(&e.target) == ["IND"]), "{ev:?}");
}

#[test]
fn a_digest_item_under_its_own_dateline_is_a_story_of_its_own() {
    let text = "World digest\n\n1. CARACAS: Venezuela denied the charge and rejected the claims by Guyana.\n\n2. ASTANA: Oil flows through the pipeline fell by about 30 per cent after a drone struck a pumping station in Russia.";
    let ev = events(text);
    // The place an item is filed from is no actor of it, and the item before lends it no one.
    assert!(ev.iter().all(|e| !codes(&e.target).contains(&"VEN") && !codes(&e.target).contains(&"GUY") || codes(&e.source) == ["VEN"]), "{ev:?}");
    assert!(ev.iter().all(|e| e.plover != Plover::Assault || !codes(&e.source).contains(&"KAZ")), "{ev:?}");
}

#[test]
fn a_call_to_a_counterpart_by_phone_is_the_callers() {
    assert_event("Iran's foreign minister told his Qatari counterpart by phone that Tehran would not negotiate.", Plover::Consult, &["IRN"], &["QAT"]);
    // A reporter's call is no consultation.
    assert_no("A Ukrainian official told Reuters by phone that Russia had shelled Kharkiv.", Plover::Consult);
}

#[test]
fn a_clash_between_two_named_sides_takes_no_one_else_for_target() {
    let ev = events("Britain committed £1 million in aid for refugees. Karabakh Armenian officials have said about 200 people were killed during the 24-hour assault, in which Armenian and Azerbaijani forces fought.");
    assert!(ev.iter().filter(|e| e.plover == Plover::Assault).all(|e| !codes(&e.target).contains(&"GBR")), "{ev:?}");
}

#[test]
fn a_sum_added_after_a_pledge_is_a_pledge_to_the_same_state() {
    assert_event("Japan pledged $12 million for Madagascar. Norway added $5 million.", Plover::Agree, &["NOR"], &["MDG"]);
    // A sum added to something else is no pledge; nor a speaker's "added".
    assert_no("The tax cuts added $2 trillion to the deficit.", Plover::Agree);
}

#[test]
fn its_ambassador_is_the_state_the_sentence_before_was_about() {
    assert_event("China's foreign ministry said it respects the choice of the Malagasy people. Its ambassador met Colonel Randrianirina in Antananarivo on Tuesday.", Plover::Consult, &["CHN"], &["MDG"]);
}

#[test]
fn those_refused_in_the_passive_are_no_refusers() {
    for sentence in ["Envoys from Laos and Malaysia have been refused permission to meet Aung San Suu Kyi.", "Russian diplomats were denied visas to attend the session."] {
        let ev = events(sentence);
        let refusal = ev.iter().find(|e| e.plover == Plover::Reject).unwrap_or_else(|| panic!("{sentence}: {ev:?}"));
        assert!(refusal.source.iter().all(|a| !matches!(a.code.as_str(), "LAO" | "MYS" | "RUS")), "{sentence}: {ev:?}");
        assert!(!refusal.target.is_empty(), "{sentence}: {ev:?}");
    }
    // With its agent named, the agent refuses.
    assert_event("Ukrainian grain trucks were refused entry by Poland.", Plover::Reject, &["POL"], &["UKR"]);
}

#[test]
fn an_act_naming_no_one_in_a_story_of_two_states_is_aimed_at_the_other() {
    // A story of Argentina and China: the restraint told later names no one, and is towards China.
    let story = "Argentina's coast guard seized a Chinese fishing vessel off Chubut on Saturday. \
        China protested to Argentina on Sunday. Beijing demanded the release of the crew. \
        Buenos Aires refused to release the vessel until the fine is paid. \
        The weather was calm, and the harbour was busy with tourists. \
        Argentina did not open fire during the chase, a navy spokesman said.";
    let ev = events(story);
    let restraint = ev.iter().find(|e| e.plover == Plover::Assault && e.negated).unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!((codes(&restraint.source), codes(&restraint.target)), (vec!["ARG"], vec!["CHN"]));
    // One sentence is no story: the state named beside the act was seen and not taken.
    let ev = events("Washington has not offered to mediate, and Delhi has rejected any third-party role.");
    let refusal = ev.iter().find(|e| e.plover == Plover::Reject).unwrap_or_else(|| panic!("{ev:?}"));
    assert!(refusal.target.is_empty(), "{ev:?}");
    // A story of three states about equally names no two: the act stays aimed at no one.
    let ev = events(
        "Kenya accused Uganda of shelling. Uganda accused Tanzania of smuggling. Tanzania accused Kenya of lying. \
         Kenya accused Tanzania of stalling. Uganda accused Kenya of spying. Tanzania accused Uganda of arming rebels. \
         Kenya did not open fire.",
    );
    let restraint = ev.iter().find(|e| e.plover == Plover::Assault && e.negated).unwrap_or_else(|| panic!("{ev:?}"));
    assert!(restraint.target.is_empty(), "{ev:?}");
}

#[test]
fn words_said_again_and_again_are_still_said() {
    assert_event("Riyadh has long accused Tehran of arming the Houthi movement in Yemen.", Plover::Accuse, &["SAU"], &["IRN"]);
    // Opposing for years is a stance, not an act of a day.
    assert_no("Moscow has long opposed the deployment of American missiles in Europe.", Plover::Reject);
}

#[test]
fn a_state_telling_of_fire_from_another_states_side_charges_it() {
    assert_event("Thailand's army says Cambodian soldiers opened fire first near the temple.", Plover::Accuse, &["THA"], &["KHM"]);
    // An organisation's office reporting fighting charges no one.
    let ev = events("The U.N. humanitarian office said Rwandan forces shelled the town.");
    assert!(ev.iter().all(|e| e.plover != Plover::Accuse), "{ev:?}");
}

#[test]
fn a_veto_or_a_block_not_made_is_no_refusal() {
    for sentence in ["Senegal argued for a formal warning but did not block the decision.", "Hungary did not veto the package.", "Slovakia has never opposed the sanctions."] {
        let ev = events(sentence);
        assert!(ev.iter().filter(|e| e.plover == Plover::Reject).all(|e| e.negated), "{sentence}: {ev:?}");
    }
    // Made, it is one.
    let e = event_of("Hungary vetoed the package.", Plover::Reject);
    assert!(!e.negated, "{e:?}");
}

#[test]
fn a_demand_after_a_note_sent_on_a_day_is_the_senders_to_the_recipient() {
    check_cases(&[
        ("The Chinese embassy delivered a note to the Argentine foreign ministry on Sunday evening demanding the release of the crew.", Plover::Request, &["CHN"], &["ARG"]),
        ("Iran sent a letter to Germany calling for the return of the detainees.", Plover::Request, &["IRN"], &["DEU"]),
    ]);
}

#[test]
fn a_toll_no_one_is_named_for_is_the_storys_fighting() {
    let ev = events("Russian missiles hit Kyiv overnight. At least 12 people were killed.");
    assert!(ev.iter().any(|e| e.plover == Plover::Assault && codes(&e.source) == ["RUS"] && codes(&e.target) == ["UKR"] && e.magnitude.as_ref().is_some_and(|m| m.value == 12.0)), "{ev:?}");
    // "3,900" is one number, and the place the toll names is the target.
    let ev = events("Israel struck Hezbollah positions. More than 3,900 people were killed in Lebanon during 14 months of fighting.");
    assert!(ev.iter().any(|e| codes(&e.target) == ["LBN"] && e.magnitude.as_ref().is_some_and(|m| m.value == 3900.0)), "{ev:?}");
    // With no fighting told, nothing to trace it to; an accident is no attack; a fear is no toll.
    assert_no("At least 12 people were killed.", Plover::Assault);
    assert_no("The bus crashed on the highway. At least 12 people were killed.", Plover::Assault);
    let ev = events("Russian missiles hit Kyiv overnight. Officials fear hundreds could be killed if the strikes continue.");
    assert!(ev.iter().all(|e| e.magnitude.is_none()), "{ev:?}");
}

#[test]
fn an_arrest_in_the_passive_with_no_agent_is_the_storys_latest_arrest_or_seizure() {
    let ev = events("Argentina's coast guard seized a Chinese squid jigger on Saturday. Her captain was detained.");
    assert!(ev.iter().any(|e| e.mode.as_deref() == Some("arrest") && codes(&e.source) == ["ARG"] && codes(&e.target) == ["CHN"]), "{ev:?}");
    // Not done, or with no seizure told before: nothing.
    let ev = events("Argentina's coast guard seized a Chinese squid jigger on Saturday. Her captain was not detained.");
    assert!(ev.iter().all(|e| e.mode.as_deref() != Some("arrest") || e.negated), "{ev:?}");
    assert_no("37 people had been detained.", Plover::Coerce);
}

#[test]
fn regret_or_dissatisfaction_at_anothers_act_is_a_complaint() {
    check_cases(&[
        ("Moscow expressed regret over Finland's decision to close the border.", Plover::Accuse, &["RUS"], &["FIN"]),
        ("The Kremlin said it regretted Finland's decision.", Plover::Accuse, &["RUS"], &["FIN"]),
        ("China voiced dissatisfaction with the Philippine move.", Plover::Accuse, &["CHN"], &["PHL"]),
    ]);
    // Regret for one's own act, or a formula, is none.
    assert_no("Japan expressed regret for the loss of life.", Plover::Accuse);
    assert_no("We regret to inform you that the meeting is cancelled.", Plover::Accuse);
}

#[test]
fn a_summit_skipped_is_a_meeting_not_attended() {
    for sentence in ["Armenia skipped the CSTO summit in Minsk.", "Armenia stayed away from the bloc's summit in Astana."] {
        let e = event_of(sentence, Plover::Consult);
        assert!(e.negated && codes(&e.source) == ["ARM"], "{sentence}: {e:?}");
    }
    assert_no("The minister skipped breakfast in Minsk.", Plover::Consult);
}

#[test]
fn an_act_declined_beside_one_done_is_kept_apart() {
    // A complaint voiced and a condemnation declined, or not made, in one breath are two claims:
    // the refusal is what the writer stresses.
    for sentence in [
        "Oslo said it regretted Sweden's decision but declined to condemn Stockholm.",
        "Rome criticised the Hungarian veto but did not condemn Budapest.",
        "Rome criticised the Hungarian veto but stopped short of condemning Budapest.",
    ] {
        let ev = events(sentence);
        let accusations: Vec<(bool, Vec<&str>)> = ev.iter().filter(|e| e.plover == Plover::Accuse).map(|e| (e.negated, codes(&e.source))).collect();
        assert!(accusations.contains(&(true, vec!["NOR"])) || accusations.contains(&(true, vec!["ITA"])), "{sentence}: {ev:?}");
        assert!(accusations.iter().any(|(negated, _)| !negated), "{sentence}: {ev:?}");
    }
    // Two complaints about one pair, both made, stay one.
    let ev = events("Oslo said it regretted Sweden's decision and condemned Stockholm.");
    assert_eq!(ev.iter().filter(|e| e.plover == Plover::Accuse).count(), 1, "{ev:?}");
}

#[test]
fn fire_told_with_its_weapon_or_into_a_place_is_an_attack() {
    check_cases(&[
        // A noun of fire inflected is the verb ("artillery fire" in "artillery fired").
        ("Cambodian artillery fired on Thai troops near the temple.", Plover::Assault, &["KHM"], &["THA"]),
        ("Israeli artillery fired into southern Lebanon overnight.", Plover::Assault, &["ISR"], &["LBN"]),
        ("Afghan fighters opened \"unprovoked fire\" on Pakistani border posts.", Plover::Assault, &["AFG"], &["PAK"]),
    ]);
    assert_eq!(event_of("Cambodian artillery fired on Thai troops near the temple.", Plover::Assault).mode.as_deref(), Some("heavy-weapons"));
    assert_eq!(event_of("Cambodian soldiers fired on Thai troops near the temple.", Plover::Assault).mode.as_deref(), Some("firearms"));
    // Shots into the air are crowd control, as the PLOVER manual has it.
    let e = event_of("Armenian police fired into the air to disperse protesters in Yerevan.", Plover::Assault);
    assert_eq!(e.mode.as_deref(), Some("crowd-control"));
    // The fire noun still counts as a noun.
    check_cases(&[("Hezbollah rocket fire hit northern Israel.", Plover::Assault, &["LBN"], &["ISR"])]);
}

#[test]
fn an_answer_given_with_weapons_is_an_attack() {
    check_cases(&[
        ("Pakistani troops responded with artillery and mortars on Afghan posts.", Plover::Assault, &["PAK"], &["AFG"]),
        ("Israel retaliated with airstrikes on Hezbollah positions in southern Lebanon.", Plover::Assault, &["ISR"], &["LBN"]),
        ("Ukraine hit back with drone strikes on Russian refineries.", Plover::Assault, &["UKR"], &["RUS"]),
    ]);
    assert_eq!(event_of("Israel retaliated with airstrikes on Hezbollah positions in southern Lebanon.", Plover::Assault).mode.as_deref(), Some("aerial"));
    assert_no("Beijing responded with a statement on Manila's claims.", Plover::Assault);
    assert_no("Brussels responded with sanctions on Belarusian airlines.", Plover::Assault);
}

#[test]
fn measures_threatened_in_quotation_marks_are_a_threat() {
    check_cases(&[
        ("The Kremlin said Russia would take \"all necessary measures\" to protect shipping bound for its ports.", Plover::Threaten, &["RUS"], &[]),
        ("Beijing vowed to take \u{201c}resolute measures\u{201d} against Manila.", Plover::Threaten, &["CHN"], &["PHL"]),
    ]);
    assert_no("The ministers discussed \"necessary measures\" for the harvest.", Plover::Threaten);
}

#[test]
fn a_subject_before_a_long_appositive_is_the_speaker() {
    let text = "Pakistan's military media wing, Inter-Services Public Relations (ISPR), said Afghan fighters opened fire on border posts near the crossing.";
    let reading = Reader::new(Gazetteer::builtin()).read_sentence("t", text);
    let claim = reading.claims.iter().find(|c| matches!(&c.body, ClaimBody::Event(e) if e.plover == Plover::Assault)).unwrap_or_else(|| panic!("{reading:?}"));
    assert_eq!(claim.attribution.actor.as_ref().map(|a| a.code.as_str()), Some("PAK"), "{:?}", claim.attribution);
    // A speaker after a quotation stays the one named after it.
    let reading = Reader::new(Gazetteer::builtin()).read_sentence("t", "\"Russia must stop the shelling,\" said a spokesman for Ukraine's army.");
    assert!(reading.claims.iter().all(|c| c.attribution.actor.as_ref().map(|a| a.code.as_str()) != Some("RUS")), "{reading:?}");
}

#[test]
fn a_wrong_a_state_says_another_did_is_its_charge() {
    check_cases(&[
        ("Ecuador says Mexico violated the asylum convention.", Plover::Accuse, &["ECU"], &["MEX"]),
        ("Ecuador says Mexico abused asylum by sheltering a convicted politician.", Plover::Accuse, &["ECU"], &["MEX"]),
        ("Beijing said Philippine vessels had illegally intruded into waters near the shoal.", Plover::Accuse, &["CHN"], &["PHL"]),
        // A quoted verb after its auxiliary is the reported clause's verb, not a label.
        ("The China Coast Guard said the Philippine ships had \"illegally intruded\" into Chinese waters.", Plover::Accuse, &["CHN"], &["PHL"]),
        ("India said the Pakistani drones had violated its airspace.", Plover::Accuse, &["IND"], &["PAK"]),
    ]);
    // In the reporter's own voice no one charges anyone; ill-treatment of people is no charge.
    assert!(events("Mexico violated the asylum convention, the court found.").iter().all(|e| codes(&e.source) != ["ECU"]));
    assert_no("Guards abused detainees at the camp in Tigray.", Plover::Accuse);
}

#[test]
fn concern_said_to_be_felt_is_a_complaint() {
    check_cases(&[
        ("Washington said it was concerned about Venezuela's arrests of opposition figures.", Plover::Accuse, &["USA"], &["VEN"]),
        // Not a passive: the cause after "by" is complained of.
        ("Tokyo's embassy in Manila said Japan was seriously concerned by the Chinese actions.", Plover::Accuse, &["JPN"], &["CHN"]),
    ]);
    // A state named past the head of the cause is someone else.
    let e = event_of("Ottawa said it was deeply concerned by the reports and urged India to cooperate with the Canadian police.", Plover::Accuse);
    assert!(codes(&e.target).is_empty(), "{e:?}");
    // Concern held, not said, is a stance; "the parties concerned" are no one's complaint.
    assert_no("Japan remains concerned about North Korea's missile launches.", Plover::Accuse);
    assert_no("The parties concerned will meet in Geneva next week.", Plover::Accuse);
}

#[test]
fn consequences_someone_will_bear_or_face_are_the_speakers_threat() {
    check_cases(&[
        ("Pyongyang said the U.S. will bear full responsibility for all the catastrophic consequences.", Plover::Threaten, &["PRK"], &["USA"]),
        // ("must" makes no demand of a consequence.)
        ("Beijing said Manila must bear all consequences arising from its provocations.", Plover::Threaten, &["CHN"], &["PHL"]),
        ("Tehran said Washington would be responsible for any consequences.", Plover::Threaten, &["IRN"], &["USA"]),
        ("Moscow said Kyiv must stop the attacks or face retaliation.", Plover::Threaten, &["RUS"], &["UKR"]),
        ("Minsk will face new sanctions, Vilnius said.", Plover::Threaten, &["LTU"], &["BLR"]),
        // The speaker before the reported clause, past other names.
        ("North Korea's foreign ministry said in a statement that further drills by Washington and Seoul will be met with countermeasures.", Plover::Threaten, &["PRK"], &["USA", "KOR"]),
    ]);
    // Never by the one who will bear them, whoever says so.
    let e = event_of("The spokesman made it clear that the U.S. will bear full responsibility for the consequences.", Plover::Threaten);
    assert!(codes(&e.target) == ["USA"] && codes(&e.source) != ["USA"], "{e:?}");
    // Blame for what was done, criticism faced, an election faced: no threat.
    assert_no("Israel bears full responsibility for the attack, Hamas said.", Plover::Threaten);
    assert_no("The government faced criticism over the deal.", Plover::Threaten);
    assert_no("Ankara faces an election in May.", Plover::Threaten);
}

#[test]
fn a_border_kept_closed_is_named_well_before_the_verb() {
    check_cases(&[
        ("Finland will keep all eight crossing points on its border with Russia closed.", Plover::Assault, &["FIN"], &["RUS"]),
        ("Niger has kept its border posts with Benin closed since the coup.", Plover::Assault, &["NER"], &["BEN"]),
    ]);
    assert_no("The shops in Helsinki were kept closed during the storm.", Plover::Assault);
}

#[test]
fn disappointment_or_alarm_a_state_is_in_is_a_complaint() {
    check_cases(&[
        ("Berlin said it was disappointed by Hungary's veto.", Plover::Accuse, &["DEU"], &["HUN"]),
        ("Tokyo said it was alarmed by the Chinese drills.", Plover::Accuse, &["JPN"], &["CHN"]),
        ("Berlin said it was disappointed that Budapest had blocked the package.", Plover::Accuse, &["DEU"], &["HUN"]),
    ]);
    // Not as an adjective before a noun, and not when no state feels it.
    assert_no("Disappointed voters in Lagos stayed home.", Plover::Accuse);
    assert_no("The alarmed residents of Kherson fled west.", Plover::Accuse);
    assert_no("The network is alarmed by the announcement that Myanmar's military had extended emergency rule.", Plover::Accuse);
}
