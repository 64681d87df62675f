#include "cliapplication.h"

#include "apicommand.h"
#include "clicontext.h"
#include "displaytext.h"
#include "exitcode.h"
#include "logincommand.h"
#include "refreshcommand.h"
#include "revokecommand.h"
#include "storeregistry.h"
#include "storescommand.h"
#include "tokencommand.h"
#include "tokenscommand.h"
#include "zcrmversion.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

CliApplication::CliApplication()
{
    m_commands.push_back(std::make_unique<TokensCommand>());
    m_commands.push_back(std::make_unique<LoginCommand>());
    m_commands.push_back(std::make_unique<RefreshCommand>());
    m_commands.push_back(std::make_unique<TokenCommand>());
    m_commands.push_back(std::make_unique<RevokeCommand>());
    m_commands.push_back(std::make_unique<ApiCommand>());
    m_commands.push_back(std::make_unique<StoresCommand>());
}

CliApplication::~CliApplication() = default;

int CliApplication::runMain(const QStringList &arguments)
{
    QCoreApplication::setApplicationName(QStringLiteral("zcrm-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZCRM_VERSION_STRING));
    // An error is one line on stderr: the libraries' progress messages and warnings stay quiet (the error
    // line says what failed) unless asked for with QT_LOGGING_RULES (e.g. "zcrm.*.info=true").
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(
            QStringLiteral("zcrm.*.warning=false\nzcrm.*.info=false\nzcrm.*.debug=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliApplication application;
    return application.run(arguments, out, err);
}

QString CliApplication::helpText() const
{
    QString text = QStringLiteral("Usage:\n");
    for (const auto &command : m_commands) {
        for (const QString &line : command->usage())
            text += QStringLiteral("  ") + line + QLatin1Char('\n');
    }
    text += QStringLiteral("  zcrm --version | --help\n\n");
    text += QStringLiteral("Store specs (--store SPEC, else $ZCRM_STORE, else %1):\n")
                .arg(StoreRegistry::defaultSpec());
    for (const auto &scheme : StoreRegistry::instance().schemes())
        text += QStringLiteral("  %1\n      %2\n").arg(scheme.usage, scheme.summary);
    text += QStringLiteral("\nSecrets are masked in output unless --reveal is given.\n\n"
                           "Exit codes:\n"
                           "  0  success\n"
                           "  2  usage error\n"
                           "  3  not found\n"
                           "  4  store error\n"
                           "  5  OAuth error\n"
                           "  6  network error\n"
                           "  7  API error (HTTP status >= 400 or an error envelope)\n");
    return text;
}

int CliApplication::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString storeSpec;
    int index = 1;
    for (; index < arguments.size(); ++index) {
        const QString &word = arguments.at(index);
        if (word == QLatin1String("--help") || word == QLatin1String("-h")) {
            out << helpText();
            return toInt(ExitCode::Success);
        }
        if (word == QLatin1String("--version")) {
            out << "zcrm " << ZCRM_VERSION_STRING << Qt::endl;
            return toInt(ExitCode::Success);
        }
        if (word == QLatin1String("--store")) {
            if (index + 1 >= arguments.size()) {
                CliContext context(out, err, QString());
                return context.fail(ExitCode::Usage, QStringLiteral("--store needs a store spec"));
            }
            storeSpec = arguments.at(++index);
            if (storeSpec.trimmed().isEmpty())
                return CliContext(out, err, QString())
                    .fail(ExitCode::Usage, QStringLiteral("--store is empty"));
            continue;
        }
        if (word.startsWith(QLatin1String("--store="))) {
            storeSpec = word.mid(8);
            if (storeSpec.trimmed().isEmpty())
                return CliContext(out, err, QString())
                    .fail(ExitCode::Usage, QStringLiteral("--store is empty"));
            continue;
        }
        break;
    }
    CliContext context(out, err, storeSpec.isEmpty() ? StoreRegistry::defaultSpec() : storeSpec);
    if (index >= arguments.size())
        return context.fail(ExitCode::Usage, QStringLiteral("no command given; see zcrm --help"));

    const QString name = arguments.at(index);
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command->run(context, arguments.mid(index + 1));
    }
    return context.fail(ExitCode::Usage,
                        QStringLiteral("unknown command %1; see zcrm --help").arg(DisplayText::quoted(name)));
}
