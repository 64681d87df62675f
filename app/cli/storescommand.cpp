#include "storescommand.h"

#include "clicontext.h"
#include "tokenstore.h"

#include <QCommandLineParser>
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
    return { QStringLiteral("zcrm stores check SPEC [--json]") };
}

int StoresCommand::run(CliContext &context, const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.first() != QLatin1String("check")) {
        return context.fail(ExitCode::Usage,
                            arguments.isEmpty()
                                ? QStringLiteral("stores needs a subcommand: check")
                                : QStringLiteral("unknown stores subcommand \"%1\"").arg(arguments.first()));
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
    // Without SPEC: the store the user chose (--store, $ZCRM_STORE, the default).
    const QString spec = positional.isEmpty() ? context.storeSpec() : positional.first();
    return check(context, spec, parser.isSet(QStringLiteral("json")));
}

int StoresCommand::check(CliContext &context, const QString &spec, bool json)
{
    auto store = context.openStore(spec);
    if (!store)
        return toInt(ExitCode::Store);
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
