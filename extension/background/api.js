// The background modules' view of the protocol (extension/common/protocol.js): the one
// `browser ?? chrome` shim and the message kinds.
import '../common/protocol.js';

export const { api, MSG } = globalThis.hangupProtocol;
