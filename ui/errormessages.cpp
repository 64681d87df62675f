#include "errormessages.h"

QString ErrorMessages::signIn(const OAuthError &error, Flow flow, const QString &redirectUri)
{
    using Kind = OAuthError::Kind;
    const bool grant = flow == Flow::GrantToken;
    switch (error.kind()) {
    case Kind::None:
        return {};
    case Kind::InvalidClient:
        return tr(
            "The client ID or client secret is wrong, or this client is not enabled for the chosen data "
            "center. Check both in the Zoho API console, and that the data center is the one the client "
            "was created in.");
    case Kind::InvalidCode:
        return grant ? tr("The grant code has expired, was already used, or belongs to another data center. "
                          "Check the data center, generate a new code and paste it within its lifetime.")
                     : tr("The authorization code expired or belongs to another data center. Check that the "
                          "data center is the one your Zoho account lives in, then sign in again.");
    case Kind::InvalidRedirectUri:
        return tr("Zoho does not accept the redirect URI %1 for this client. Register exactly this URI for "
                  "the "
                  "client in the Zoho API console, or pick the port of the URI registered there.")
            .arg(redirectUri.isEmpty() ? tr("in use") : redirectUri);
    case Kind::AccessDenied:
        return grant
            ? tr("Zoho refused the grant code: access was declined, or too many codes were issued in "
                 "the last 10 minutes. Wait a few minutes and try again.")
            : tr("You declined access in the browser, so no token was issued. Sign in again and "
                 "choose Accept to give ZCRM Explorer access.");
    case Kind::Throttled:
        return tr("Zoho issued too many access tokens for this client in the last 10 minutes. Wait a few "
                  "minutes, then try again.");
    case Kind::OtherServerError:
        return tr("The accounts server refused the sign-in (%1).")
            .arg(error.zohoCode().isEmpty() ? error.message() : error.zohoCode());
    case Kind::LocalThrottle:
        return tr(
            "Too many token requests in the last 10 minutes; Zoho would refuse more. Wait a few minutes, "
            "then try again.");
    case Kind::UntrustedAccountsServer:
        return tr("The browser came back from a server that is not the chosen data center's accounts server, "
                  "so the client secret was not sent to it. Check the data center; for a private setup, "
                  "choose a custom accounts URL.");
    case Kind::StateMismatch:
        return tr("Only replies that did not belong to this sign-in reached ZCRM Explorer. Sign in again and "
                  "approve access in the browser tab this sign-in opened.");
    case Kind::CallbackTimeout:
        return tr("No answer came from the browser in time. Sign in again and approve access within five "
                  "minutes.");
    case Kind::Cancelled:
        return tr("The sign-in was cancelled.");
    case Kind::ListenFailed:
        return tr("The redirect port cannot be opened: another program is probably using it. Pick another "
                  "port (and register its redirect URI for the client), or 0 for any free port.");
    case Kind::InvalidInput:
        return tr("These sign-in settings cannot be used: %1").arg(error.message());
    case Kind::Network:
        return tr("The accounts server cannot be reached. Check your internet connection and proxy, and the "
                  "data center or accounts URL.");
    case Kind::Timeout:
        return tr("The accounts server did not answer in time. Check your connection and try again.");
    case Kind::MalformedResponse:
        return tr("The accounts server sent an answer that is not a token. Check the accounts URL.");
    }
    return error.message();
}

QString ErrorMessages::store(const StoreError &error)
{
    using Code = StoreError::Code;
    QString what;
    switch (error.code()) {
    case Code::NotFound:
        what = tr("The token was not found in the store.");
        break;
    case Code::InvalidInput:
        what = tr("The store cannot be used as given.");
        break;
    case Code::Unavailable:
        what = tr("The store cannot be reached: a missing folder, a server that is down, or a locked "
                  "keychain.");
        break;
    case Code::AccessDenied:
        what = tr("Access to the store was denied: check the file's permissions or the password.");
        break;
    case Code::Corrupt:
        what = tr("The store is not in a format ZCRM Explorer can read; it was left untouched.");
        break;
    case Code::Busy:
        what = tr("The store is locked by another program. Try again in a moment.");
        break;
    case Code::Backend:
        what = tr("The store reported an error.");
        break;
    }
    if (error.message().isEmpty())
        return what;
    return tr("%1 (%2)").arg(what, error.message());
}

QString ErrorMessages::rejectedCallback(const QString &reason)
{
    Q_UNUSED(reason);
    return tr("A reply reached ZCRM Explorer that did not belong to this sign-in, and was ignored. Still "
              "waiting for your approval in the browser.");
}
