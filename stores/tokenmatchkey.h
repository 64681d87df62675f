#pragma once

#include "token.h"

// Which stored row a partial token refers to, by the SDK's rules (FileStore's `check_condition` and
// DBStore's WHERE clauses in zoho/zohocrm-python-sdk-8.0, `auth/store/`), in order:
// 1. a user name: rows with that user_name; narrowed by client id and API domain where both the
//    token and the row carry them (our improvement: one e-mail in two DCs or orgs is two rows);
// 2. an access token with neither client id nor secret: rows with that access_token;
// 3. a grant or refresh token with both client id and secret: rows with that grant_token when the
//    token has one, else with that refresh_token (without the SDK's and/or precedence bug);
// 4. anything else matches nothing; the SDK's "select … limit 1" fallback to an arbitrary row is
//    deliberately not reproduced.
// SQL stores translate a key into a WHERE clause with bound values; others call matches().
class TokenMatchKey
{
public:
    enum class Field { None, UserName, AccessToken, GrantToken, RefreshToken };

    static TokenMatchKey forToken(const Token &partial);

    Field field() const { return m_field; }
    bool isNone() const { return m_field == Field::None; }
    const QString &value() const { return m_value; }
    // For Field::UserName only; empty means "any".
    const QString &clientId() const { return m_clientId; }
    const QString &apiDomain() const { return m_apiDomain; }
    // The SDK column the key compares, e.g. "user_name".
    QString column() const;

    bool matches(const Token &row) const;

private:
    Field m_field = Field::None;
    QString m_value;
    QString m_clientId;
    QString m_apiDomain;
};
