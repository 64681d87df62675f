#include "tokenmatchkey.h"

namespace {

bool sameOrUnknown(const QString &wanted, const QString &stored)
{
    return wanted.isEmpty() || stored.isEmpty() || wanted == stored;
}

} // namespace

TokenMatchKey TokenMatchKey::forToken(const Token &partial)
{
    TokenMatchKey key;
    const bool hasClient = !partial.clientId.isEmpty() && !partial.clientSecret.isEmpty();
    if (!partial.userName.isEmpty()) {
        key.m_field = Field::UserName;
        key.m_value = partial.userName;
        key.m_clientId = partial.clientId;
        key.m_apiDomain = partial.apiDomain;
    } else if (!partial.accessToken.isEmpty() && partial.clientId.isEmpty()
               && partial.clientSecret.isEmpty()) {
        key.m_field = Field::AccessToken;
        key.m_value = partial.accessToken;
    } else if (hasClient && !partial.grantToken.isEmpty()) {
        key.m_field = Field::GrantToken;
        key.m_value = partial.grantToken;
    } else if (hasClient && !partial.refreshToken.isEmpty()) {
        key.m_field = Field::RefreshToken;
        key.m_value = partial.refreshToken;
    }
    return key;
}

QString TokenMatchKey::column() const
{
    switch (m_field) {
    case Field::UserName:
        return QStringLiteral("user_name");
    case Field::AccessToken:
        return QStringLiteral("access_token");
    case Field::GrantToken:
        return QStringLiteral("grant_token");
    case Field::RefreshToken:
        return QStringLiteral("refresh_token");
    case Field::None:
        break;
    }
    return {};
}

bool TokenMatchKey::matches(const Token &row) const
{
    switch (m_field) {
    case Field::UserName:
        return row.userName == m_value && sameOrUnknown(m_clientId, row.clientId)
            && sameOrUnknown(m_apiDomain, row.apiDomain);
    case Field::AccessToken:
        return row.accessToken == m_value;
    case Field::GrantToken:
        return row.grantToken == m_value;
    case Field::RefreshToken:
        return row.refreshToken == m_value;
    case Field::None:
        break;
    }
    return false;
}
