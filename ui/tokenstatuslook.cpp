#include "tokenstatuslook.h"

#include <QCoreApplication>

TokenStatusLook TokenStatusLook::of(Token::Status status)
{
    switch (status) {
    case Token::Status::Valid:
        return { QCoreApplication::translate("TokenStatusLook", "Valid"), QStringLiteral("status-valid"),
                 ThemeController::Role::Valid, QString() };
    case Token::Status::Expiring:
        return { QCoreApplication::translate("TokenStatusLook", "Expiring"),
                 QStringLiteral("status-expiring"), ThemeController::Role::Expiring,
                 QCoreApplication::translate(
                     "TokenStatusLook",
                     "The access token expires soon. It is refreshed automatically ahead of expiry; "
                     "Refresh now gets a new one at once.") };
    case Token::Status::Expired:
        return { QCoreApplication::translate("TokenStatusLook", "Expired"), QStringLiteral("status-expired"),
                 ThemeController::Role::Expired,
                 QCoreApplication::translate(
                     "TokenStatusLook",
                     "The access token has expired. Refresh now to get a new one; the refresh token "
                     "is still good.") };
    case Token::Status::NoAccessToken:
        return { QCoreApplication::translate("TokenStatusLook", "No access token"),
                 QStringLiteral("status-expired"), ThemeController::Role::Expired,
                 QCoreApplication::translate("TokenStatusLook",
                                             "This token has no access token yet. Refresh now to get one.") };
    case Token::Status::NeedsReauthorization:
        return { QCoreApplication::translate("TokenStatusLook", "Needs sign-in"),
                 QStringLiteral("status-needs-sign-in"), ThemeController::Role::Failing,
                 QCoreApplication::translate(
                     "TokenStatusLook",
                     "Zoho no longer accepts this refresh token (revoked, expired or from another data "
                     "center). Sign in again to replace it; the row is kept until then.") };
    case Token::Status::RefreshFailing:
        return { QCoreApplication::translate("TokenStatusLook", "Refresh failing"),
                 QStringLiteral("status-refresh-failing"), ThemeController::Role::Failing,
                 QCoreApplication::translate(
                     "TokenStatusLook",
                     "The last refresh failed (see the error). Refreshes are retried with a growing pause; "
                     "check the network, the data center and the client's settings, then Refresh now.") };
    }
    return {};
}

QList<Token::Status> TokenStatusLook::filterable()
{
    return { Token::Status::Valid, Token::Status::Expiring, Token::Status::Expired,
             Token::Status::NeedsReauthorization, Token::Status::RefreshFailing };
}
