#pragma once

#include <QString>

// Unguessable strings for OAuth (state, PKCE verifier), from the system's CSPRNG.
namespace SecureRandom {

// `byteCount` random bytes as base64url without padding (RFC 4648 §5): safe in URLs and forms.
QString urlSafeString(int byteCount);

} // namespace SecureRandom
