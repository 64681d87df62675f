#include "clicontext.h"

#include "storeregistry.h"

#include <QCommandLineParser>

#include <utility>

CliContext::CliContext(QTextStream &out, QTextStream &err, QString storeSpec)
    : m_out(out)
    , m_err(err)
    , m_storeSpec(std::move(storeSpec))
{ }

std::unique_ptr<TokenStore> CliContext::openStore(const QString &spec)
{
    auto store = StoreRegistry::instance().create(spec.isEmpty() ? m_storeSpec : spec);
    if (!store) {
        failStore(store.error());
        return nullptr;
    }
    return std::move(store).value();
}

int CliContext::refuseEmptySelectors(const QString &command, const QStringList &positional,
                                     const QCommandLineParser &parser, const QStringList &options)
{
    for (const QString &word : positional) {
        if (word.trimmed().isEmpty())
            return fail(ExitCode::Usage, QStringLiteral("%1: an empty ID names no token").arg(command));
    }
    for (const QString &option : options) {
        if (parser.isSet(option) && parser.value(option).trimmed().isEmpty())
            return fail(ExitCode::Usage, QStringLiteral("%1: --%2 is empty").arg(command, option));
    }
    return -1;
}

int CliContext::fail(ExitCode code, const QString &message)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    line.replace(QLatin1Char('\r'), QLatin1Char(' '));
    m_err << "zcrm: " << line << Qt::endl;
    return toInt(code);
}

int CliContext::failStore(const StoreError &error)
{
    return fail(error.code() == StoreError::Code::NotFound ? ExitCode::NotFound : ExitCode::Store,
                error.toString());
}
