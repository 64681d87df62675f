#include "authorizationrequest.h"

#include "formencoding.h"
#include "zohoenvironment.h"

QUrl AuthorizationRequest::url(const QUrl &accountsServer) const
{
    FormEncoding::Fields fields {
        { QStringLiteral("response_type"), QStringLiteral("code") },
        { QStringLiteral("client_id"), clientId },
        { QStringLiteral("scope"), scopes.join(QLatin1Char(',')) },
        { QStringLiteral("redirect_uri"), redirectUri },
    };
    if (offline)
        fields.append({ QStringLiteral("access_type"), QStringLiteral("offline") });
    if (forceConsent)
        fields.append({ QStringLiteral("prompt"), QStringLiteral("consent") });
    if (!state.isEmpty())
        fields.append({ QStringLiteral("state"), state });
    if (!codeChallenge.isEmpty()) {
        fields.append({ QStringLiteral("code_challenge"), codeChallenge });
        fields.append({ QStringLiteral("code_challenge_method"), codeChallengeMethod });
    }
    QUrl url = ZohoEnvironment::authorizationUrl(accountsServer);
    url.setQuery(QString::fromLatin1(FormEncoding::encode(fields)), QUrl::StrictMode);
    return url;
}
