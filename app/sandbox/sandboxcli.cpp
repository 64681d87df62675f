#include "sandboxcli.h"

#include "sandboxserver.h"
#include "zcrmversion.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int SandboxCli::run(QCoreApplication &app)
{
    QCoreApplication::setApplicationName(QStringLiteral("zcrm-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZCRM_VERSION_STRING));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral(
            "A local look-alike of Zoho Accounts and CRM v8, one accounts server and one API domain per "
            "data center (us eu in au cn jp ca sa), on 127.0.0.1.\n"
            "DC number i listens at PORT+2i (accounts) and PORT+2i+1 (api).\n\n")
        + SandboxFaults::helpText());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("First port (0 = free ports)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption records(QStringLiteral("records"), QStringLiteral("Seeded records per module."),
                                     QStringLiteral("N"), QStringLiteral("3000"));
    const QCommandLineOption lifetime(QStringLiteral("token-lifetime"),
                                      QStringLiteral("Access token lifetime in seconds."),
                                      QStringLiteral("S"), QStringLiteral("3600"));
    const QCommandLineOption fault(QStringLiteral("fault"), QStringLiteral("A fault to inject (see below)."),
                                   QStringLiteral("SPEC"));
    const QCommandLineOption autoApprove(
        QStringLiteral("auto-approve"),
        QStringLiteral("Skip the consent page: /oauth/v2/auth redirects at once."));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("The signed-in user's e-mail."),
                                  QStringLiteral("EMAIL"));
    const QCommandLineOption userDc(QStringLiteral("user-dc"),
                                    QStringLiteral("Where a user's account lives, EMAIL=DC (repeatable)."),
                                    QStringLiteral("EMAIL=DC"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the generated data."),
                                  QStringLiteral("N"), QStringLiteral("20240801"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         QStringLiteral("Concurrent CRM requests per DC before 429."),
                                         QStringLiteral("N"), QStringLiteral("10"));
    parser.addOptions({ port, records, lifetime, fault, autoApprove, user, userDc, seed, concurrency });
    parser.process(app);

    QTextStream err(stderr);
    SandboxServer server;
    server.setRecordsPerModule(parser.value(records).toInt());
    server.setTokenLifetime(parser.value(lifetime).toInt());
    server.setSeed(parser.value(seed).toUInt());
    server.setConcurrencyLimit(parser.value(concurrency).toInt());
    server.setAutoApprove(parser.isSet(autoApprove));
    if (parser.isSet(user))
        server.setSignedInUser(parser.value(user));
    for (const QString &pair : parser.values(userDc))
        server.setUserDataCenter(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    SandboxFaults faults;
    for (const QString &spec : parser.values(fault)) {
        QString error;
        if (!faults.apply(spec, &error)) {
            err << "zcrm-sandbox: " << error << "\n";
            return 2;
        }
    }
    server.setFaults(faults);
    if (!server.start(quint16(parser.value(port).toUInt()))) {
        err << "zcrm-sandbox: cannot listen (see the log)\n";
        return 1;
    }

    QTextStream out(stdout);
    out << "Zoho sandbox (accounts + CRM v8)\n";
    out << "  client id:     " << server.clientId() << "\n";
    out << "  client secret: " << server.clientSecret() << "\n";
    out << "  redirect URIs: http://localhost:PORT/callback, http://127.0.0.1:PORT/callback (any PORT)\n";
    out << "  signed-in user: " << server.signedInUser() << "\n";
    out << "  faults: " << server.faults().toString() << "\n";
    for (const QString &dc : SandboxServer::dataCenters())
        out << "  " << dc << "  accounts " << server.accountsUrl(dc).toString() << "   api "
            << server.apiDomain(dc).toString() << "\n";
    out << "SANDBOX " << QString::fromUtf8(server.describeJson()) << "\n";
    out.flush();
    return app.exec();
}
