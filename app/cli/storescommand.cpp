#include "storescommand.h"

#include "clicontext.h"
#include "displaytext.h"
#include "storeregistry.h"
#include "tokenstore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

void printJson(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out.flush();
}

} // namespace

QStringList StoresCommand::usage() const
{
    return { QStringLiteral("zcrm stores check SPEC [--json]"),
             QStringLiteral(
                 "zcrm stores password SPEC   (reads the database password from stdin into the keychain)") };
}

int StoresCommand::run(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() >= 1 && arguments.first() == QLatin1String("password")) {
        if (arguments.size() != 2)
            return context.fail(ExitCode::Usage, QStringLiteral("stores password takes one SPEC"));
        return storePassword(context, arguments.at(1));
    }
    if (arguments.isEmpty() || arguments.first() != QLatin1String("check")) {
        return context.fail(
            ExitCode::Usage,
            arguments.isEmpty()
                ? QStringLiteral("stores needs a subcommand: check or password")
                : QStringLiteral("unknown stores subcommand %1").arg(DisplayText::quoted(arguments.first())));
    }
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(QCommandLineOption(QStringLiteral("json"), QStringLiteral("print JSON")));
    parser.addPositionalArgument(QStringLiteral("SPEC"), QStringLiteral("store spec"));
    QStringList words = arguments;
    words[0] = QStringLiteral("zcrm stores check");
    if (!parser.parse(words))
        return context.fail(ExitCode::Usage, QStringLiteral("stores check: %1").arg(parser.errorText()));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return context.fail(ExitCode::Usage, QStringLiteral("stores check takes one SPEC"));
    // An empty SPEC (an unset "$SPEC") is a mistake, not the default store.
    if (const int refused =
            context.refuseEmptySelectors(QStringLiteral("stores check"), positional, parser, {});
        refused >= 0)
        return refused;
    // Without SPEC: the store the user chose (--store, $ZCRM_STORE, the default).
    const QString spec = positional.isEmpty() ? context.storeSpec() : positional.first();
    return check(context, spec, parser.isSet(QStringLiteral("json")));
}

int StoresCommand::check(CliContext &context, const QString &spec, bool json)
{
    auto store = context.openStore(spec);
    if (!store)
        return context.openFailure();
    auto result = store->check();
    if (!result) {
        if (json) {
            printJson(context.out(),
                      QJsonObject { { QStringLiteral("store"), store->description() },
                                    { QStringLiteral("reachable"), false },
                                    { QStringLiteral("writable"), false },
                                    { QStringLiteral("error"), result.error().toString() } });
        }
        return context.failStore(result.error());
    }
    const StoreCheck &report = result.value();
    if (json) {
        printJson(context.out(),
                  QJsonObject { { QStringLiteral("store"), store->description() },
                                { QStringLiteral("reachable"), report.reachable },
                                { QStringLiteral("writable"), report.writable },
                                { QStringLiteral("rows"), report.rowCount },
                                { QStringLiteral("schemaVersion"), report.schemaVersion },
                                { QStringLiteral("details"), report.details } });
    } else {
        QTextStream &out = context.out();
        out << "store:          " << store->description() << '\n'
            << "reachable:      " << yesNo(report.reachable) << '\n'
            << "writable:       " << yesNo(report.writable) << '\n'
            << "rows:           " << report.rowCount << '\n'
            << "schema version: " << report.schemaVersion << '\n';
        if (!report.details.isEmpty())
            out << "details:        " << report.details << '\n';
        out.flush();
    }
    if (!report.reachable || !report.writable) {
        return context.fail(ExitCode::Store,
                            QStringLiteral("%1: check: %2")
                                .arg(store->description(),
                                     report.details.isEmpty() ? QStringLiteral("the store is not writable")
                                                              : report.details));
    }
    return toInt(ExitCode::Success);
}

int StoresCommand::storePassword(CliContext &context, const QString &spec)
{
    const StoreRegistry &registry = StoreRegistry::instance();
    auto key = registry.passwordKey(spec);
    if (!key)
        return context.fail(ExitCode::Usage, key.error().toString());
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return context.fail(ExitCode::Usage, QStringLiteral("stores password reads the password from stdin"));
    QByteArray line = input.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return context.fail(ExitCode::Usage, QStringLiteral("no password on stdin"));
    if (!registry.passwordVault())
        return context.fail(ExitCode::Store, QStringLiteral("this build has no keychain"));
    auto written = registry.savePassword(spec, QString::fromUtf8(line));
    if (!written)
        return context.failStore(written.error());
    context.out() << "password for " << key.value() << " kept in " << registry.passwordVault()->name
                  << Qt::endl;
    return toInt(ExitCode::Success);
}
