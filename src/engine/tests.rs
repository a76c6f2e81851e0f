//! Scenario tests: invented pages (own text, 555 and made-up numbers) modelled on the techniques
//! scam kits use, and on the benign pages that must stay silent.
