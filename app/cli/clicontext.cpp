#include "clicontext.h"

#include "storeregistry.h"

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

int CliContext::fail(ExitCode code, const QString &message)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_err << "zcrm: " << line << Qt::endl;
    return toInt(code);
}

int CliContext::failStore(const StoreError &error)
{
    return fail(error.code() == StoreError::Code::NotFound ? ExitCode::NotFound : ExitCode::Store,
                error.toString());
}
