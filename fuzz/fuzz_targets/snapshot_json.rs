//! The snapshot decoder: any bytes a content script (or a page pretending to be one) could send.
//! A malformed snapshot is an error, a well-formed one is bounded and analysed without a panic.
#![no_main]
use hangup::{analyse, Options, Snapshot};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(snapshot) = serde_json::from_slice::<Snapshot>(data) else {
        return;
    };
    let strict = data.first().is_some_and(|b| b & 1 == 1);
    let verdict = analyse(&snapshot.bounded(), &Options { strict });
    // The verdict must survive the trip to the background's storage.
    serde_json::to_string(&verdict).expect("a verdict always serialises");
});
