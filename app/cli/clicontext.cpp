#include "clicontext.h"

#include "displaytext.h"
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
        m_openFailure = failStore(store.error());
        return nullptr;
    }
    return std::move(store).value();
}

int CliContext::refuseEmptySelectors(const QString &command, const QStringList &positional,
                                     const QCommandLineParser &parser, const QStringList &options)
{
    for (const QString &word : positional) {
        if (word.trimmed().isEmpty())
            return fail(ExitCode::Usage, QStringLiteral("%1: an empty argument names nothing").arg(command));
    }
    for (const QString &option : options) {
        if (parser.isSet(option) && parser.value(option).trimmed().isEmpty())
            return fail(ExitCode::Usage, QStringLiteral("%1: --%2 is empty").arg(command, option));
    }
    return -1;
}

int CliContext::fail(ExitCode code, const QString &message)
{
    m_err << "zcrm: " << DisplayText::escaped(message) << Qt::endl;
    return toInt(code);
}

int CliContext::failStore(const StoreError &error)
{
    switch (error.code()) {
    case StoreError::Code::NotFound:
        return fail(ExitCode::NotFound, error.toString());
    case StoreError::Code::InvalidInput:
        return fail(ExitCode::Usage, error.toString());
    default:
        return fail(ExitCode::Store, error.toString());
    }
}
