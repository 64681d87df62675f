#include "logincommand.h"

#include "clicontext.h"
#include "datacenter.h"
#include "displaytext.h"
#include "oauthcallbacklistener.h"
#include "oauthsignin.h"
#include "timeoutoption.h"
#include "tokenendpointclient.h"
#include "tokenservice.h"
#include "tokenstore.h"
#include "zohoenvironment.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QProcess>

#include <optional>

namespace {

// The CLI links no Gui: the desktop's opener is xdg-open (Linux), open (macOS) or start (Windows).
bool openSystemBrowser(const QUrl &url)
{
#if defined(Q_OS_MACOS)
    return QProcess::startDetached(QStringLiteral("open"), { url.toString(QUrl::FullyEncoded) });
#elif defined(Q_OS_WIN)
    return QProcess::startDetached(
        QStringLiteral("rundll32"),
        { QStringLiteral("url.dll,FileProtocolHandler"), url.toString(QUrl::FullyEncoded) });
#else
    return QProcess::startDetached(QStringLiteral("xdg-open"), { url.toString(QUrl::FullyEncoded) });
#endif
}

int exitCodeFor(const OAuthError &error)
{
    if (error.isNetwork())
        return toInt(ExitCode::Network);
    if (error.kind() == OAuthError::Kind::InvalidInput)
        return toInt(ExitCode::Usage);
    return toInt(ExitCode::OAuth);
}

} // namespace

QStringList LoginCommand::usage() const
{
    return {
        QStringLiteral(
            "zcrm [--store SPEC] login [--dc us|eu|in|au|cn|jp|ca|sa] "
            "[--environment production|sandbox|developer] [--accounts-url URL --api-domain URL] "
            "--client-id ID --client-secret S [--scope S1,S2,…] [--redirect-uri URI] [--no-browser] "
            "[--timeout SECONDS]"),
        QStringLiteral("zcrm [--store SPEC] login --grant-token CODE --client-id ID --client-secret S "
                       "[--dc …|--accounts-url URL [--api-domain URL]]"),
        QStringLiteral(
            "      (the client secret may come from $ZCRM_CLIENT_SECRET instead; default redirect URI "
            "%1, default scopes %2)")
            .arg(OAuthSignIn::defaultRedirectUri(), OAuthSignIn::defaultScopes().join(QLatin1Char(','))),
    };
}

int LoginCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const auto option = [&parser](const char *name, const char *description,
                                  const char *valueName = nullptr) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description),
                                            valueName ? QString::fromLatin1(valueName) : QString()));
    };
    option("dc", "data center", "CODE");
    option("environment", "production, sandbox or developer", "NAME");
    option("accounts-url", "custom accounts server", "URL");
    option("api-domain", "custom API domain", "URL");
    option("client-id", "OAuth client id", "ID");
    option("client-secret", "OAuth client secret (or $ZCRM_CLIENT_SECRET)", "S");
    option("scope", "comma-separated scopes", "S1,S2");
    option("redirect-uri", "redirect URI exactly as registered", "URI");
    option("no-browser", "print the authorization URL instead of opening a browser");
    option("timeout", "seconds to wait for the browser", "SECONDS");
    option("grant-token", "exchange a Self Client grant token", "CODE");

    QStringList words = arguments;
    words.prepend(QStringLiteral("zcrm login"));
    if (!parser.parse(words))
        return context.fail(ExitCode::Usage, QStringLiteral("login: %1").arg(parser.errorText()));
    if (!parser.positionalArguments().isEmpty())
        return context.fail(ExitCode::Usage, QStringLiteral("login takes options only; see zcrm --help"));

    // Where to sign in.
    ApiEnvironment environmentKind = ApiEnvironment::Production;
    if (parser.isSet(QStringLiteral("environment"))) {
        const auto parsed = apiEnvironmentFromName(parser.value(QStringLiteral("environment")));
        if (!parsed)
            return context.fail(ExitCode::Usage,
                                QStringLiteral("--environment must be production, sandbox or developer"));
        environmentKind = *parsed;
    }
    std::optional<ZohoEnvironment> environment;
    const bool customUrls =
        parser.isSet(QStringLiteral("accounts-url")) || parser.isSet(QStringLiteral("api-domain"));
    if (customUrls) {
        if (parser.isSet(QStringLiteral("dc")))
            return context.fail(ExitCode::Usage,
                                QStringLiteral("give either --dc or --accounts-url, not both"));
        if (!parser.isSet(QStringLiteral("accounts-url")))
            return context.fail(ExitCode::Usage, QStringLiteral("--api-domain needs --accounts-url"));
        const QUrl accountsUrl(parser.value(QStringLiteral("accounts-url")), QUrl::StrictMode);
        const QUrl apiDomain(parser.value(QStringLiteral("api-domain")), QUrl::StrictMode);
        const auto center = DataCenter::byAccountsUrl(accountsUrl);
        if (center && apiDomain.isEmpty()) {
            environment = ZohoEnvironment::forDataCenter(center->code(), environmentKind);
        } else {
            QString error;
            environment = ZohoEnvironment::custom(accountsUrl, apiDomain, environmentKind, &error);
            if (!environment)
                return context.fail(ExitCode::Usage, error);
        }
    } else {
        const QString code =
            parser.isSet(QStringLiteral("dc")) ? parser.value(QStringLiteral("dc")) : QStringLiteral("us");
        environment = ZohoEnvironment::forDataCenter(code, environmentKind);
        if (!environment)
            return context.fail(
                ExitCode::Usage,
                QStringLiteral("unknown data center %1; use one of %2")
                    .arg(DisplayText::quoted(code), DataCenter::codes().join(QLatin1Char(','))));
    }

    OAuthSignIn::Options options;
    options.environment = *environment;
    options.clientId = parser.value(QStringLiteral("client-id"));
    options.clientSecret = parser.isSet(QStringLiteral("client-secret"))
        ? parser.value(QStringLiteral("client-secret"))
        : qEnvironmentVariable("ZCRM_CLIENT_SECRET");
    if (options.clientId.isEmpty())
        return context.fail(ExitCode::Usage, QStringLiteral("login needs --client-id"));
    if (options.clientSecret.isEmpty())
        return context.fail(ExitCode::Usage,
                            QStringLiteral("login needs --client-secret or $ZCRM_CLIENT_SECRET"));
    if (parser.isSet(QStringLiteral("scope"))) {
        for (const QString &scope :
             parser.value(QStringLiteral("scope")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            options.scopes.append(scope.trimmed());
        if (options.scopes.isEmpty())
            return context.fail(ExitCode::Usage, QStringLiteral("--scope is empty"));
    }
    options.redirectUri = parser.value(QStringLiteral("redirect-uri"));
    if (parser.isSet(QStringLiteral("redirect-uri")) && !parser.isSet(QStringLiteral("grant-token"))) {
        if (const QString problem = OAuthCallbackListener::redirectUriProblem(options.redirectUri);
            !problem.isEmpty())
            return context.fail(ExitCode::Usage, QStringLiteral("login: ") + problem);
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        QString error;
        options.timeoutMs = TimeoutOption::parseMs(parser.value(QStringLiteral("timeout")), &error);
        if (options.timeoutMs < 0)
            return context.fail(ExitCode::Usage, QStringLiteral("login: ") + error);
    }
    const bool grantFlow = parser.isSet(QStringLiteral("grant-token"));
    if (grantFlow && (parser.isSet(QStringLiteral("no-browser")) || parser.isSet(QStringLiteral("scope"))))
        return context.fail(
            ExitCode::Usage,
            QStringLiteral("--grant-token takes no --no-browser or --scope: the code carries its scopes"));

    // Open the store first: a store that does not work should not cost a sign-in.
    auto store = context.openStore();
    if (!store)
        return context.openFailure();

    QNetworkAccessManager network;
    OAuthSignIn signIn(&network);
    const bool noBrowser = parser.isSet(QStringLiteral("no-browser"));
    QObject::connect(
        &signIn, &OAuthSignIn::authorizationUrlReady, &signIn, [&context, noBrowser](const QUrl &url) {
            if (noBrowser) {
                context.out() << url.toString(QUrl::FullyEncoded) << Qt::endl; // endl flushes
            } else {
                context.err() << "Opening the browser for the sign-in. If it does not open, visit:\n  "
                              << url.toString(QUrl::FullyEncoded) << Qt::endl;
            }
        });
    QObject::connect(&signIn, &OAuthSignIn::browserOpenFailed, &signIn, [&context](const QUrl &) {
        context.err() << "zcrm: no browser could be started; open the URL above yourself" << Qt::endl;
    });
    QObject::connect(&signIn, &OAuthSignIn::callbackRejected, &signIn, [&context](const QString &reason) {
        context.err() << "zcrm: refused a callback: " << reason << Qt::endl;
    });
    if (!noBrowser)
        signIn.setBrowserOpener(openSystemBrowser);

    QEventLoop loop;
    SignInResult result;
    QObject::connect(&signIn, &OAuthSignIn::finished, &loop, [&](const SignInResult &finished) {
        result = finished;
        loop.quit();
    });
    if (grantFlow)
        signIn.startWithGrantToken(options, parser.value(QStringLiteral("grant-token")));
    else
        signIn.start(options);
    loop.exec();

    if (!result.ok())
        return context.fail(ExitCode(exitCodeFor(result.error)),
                            QStringLiteral("login: %1").arg(result.error.message()));
    if (!result.userLookupError.isEmpty())
        context.err() << "zcrm: the user's e-mail is unknown (" << result.userLookupError
                      << "); the token is saved without user_name" << Qt::endl;

    TokenEndpointClient endpoint(&network);
    TokenService service(store.get(), &endpoint);
    auto saved = service.saveSignIn(result.token);
    if (!saved)
        return context.failStore(saved.error());
    const Token &token = saved.value();
    context.err() << "Signed in"
                  << (token.userName.isEmpty() ? QString() : QStringLiteral(" as ") + token.userName)
                  << " at " << token.accountsServer << "; API domain " << token.apiDomain << "; token "
                  << token.id << " saved in " << store->description() << Qt::endl;
    context.out() << token.id << Qt::endl;
    return toInt(ExitCode::Success);
}
