// The background modules' view of the protocol (extension/common/protocol.js): the one
// `browser ?? chrome` shim, the message kinds and the snapshot's limits.
import '../common/protocol.js';

export const { api, MSG, LIMITS } = globalThis.hangupProtocol;
