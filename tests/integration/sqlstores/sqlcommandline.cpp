#include "sqlcommandline.h"

#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

SqlCommandLine::SqlCommandLine(const QString &spec)
{
    const QUrl url(spec);
    m_mySql = url.scheme() == QLatin1String("mysql") || url.scheme() == QLatin1String("mariadb");
    m_host = url.host();
    m_port = url.port(m_mySql ? 3306 : 5432);
    m_user = url.userName();
    m_database = url.path().mid(1);
}

bool SqlCommandLine::query(const QString &sql, QList<QStringList> *rows)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString password = qEnvironmentVariable("ZCRM_DB_PASSWORD");
    QString program;
    QStringList arguments;
    QChar separator;
    if (m_mySql) {
        program = QStandardPaths::findExecutable(QStringLiteral("mariadb"));
        if (program.isEmpty())
            program = QStandardPaths::findExecutable(QStringLiteral("mysql"));
        environment.insert(QStringLiteral("MYSQL_PWD"), password);
        arguments = QStringList { QStringLiteral("--no-defaults"),
                                  QStringLiteral("--protocol=TCP"),
                                  QStringLiteral("-h"),
                                  m_host,
                                  QStringLiteral("-P"),
                                  QString::number(m_port),
                                  QStringLiteral("-u"),
                                  m_user,
                                  QStringLiteral("--batch"),
                                  QStringLiteral("--raw"),
                                  QStringLiteral("--skip-column-names"),
                                  QStringLiteral("--default-character-set=utf8mb4"),
                                  QStringLiteral("-e"),
                                  sql,
                                  m_database };
        separator = QLatin1Char('\t');
    } else {
        program = QStandardPaths::findExecutable(QStringLiteral("psql"));
        environment.insert(QStringLiteral("PGPASSWORD"), password);
        environment.insert(QStringLiteral("PGCLIENTENCODING"), QStringLiteral("UTF8"));
        arguments = QStringList { QStringLiteral("-X"), QStringLiteral("-q"),
                                  QStringLiteral("-A"), QStringLiteral("-t"),
                                  QStringLiteral("-F"), QStringLiteral("\t"),
                                  QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                  QStringLiteral("-h"), m_host,
                                  QStringLiteral("-p"), QString::number(m_port),
                                  QStringLiteral("-U"), m_user,
                                  QStringLiteral("-d"), m_database,
                                  QStringLiteral("-c"), sql };
        separator = QLatin1Char('\t');
    }
    if (program.isEmpty()) {
        m_lastError = QStringLiteral("the %1 command-line client is not installed")
                          .arg(m_mySql ? QStringLiteral("mariadb") : QStringLiteral("psql"));
        return false;
    }
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        m_lastError = QStringLiteral("%1 did not finish").arg(program);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_lastError = QString::fromUtf8(process.readAllStandardError()).trimmed();
        return false;
    }
    if (rows) {
        rows->clear();
        const QString output = QString::fromUtf8(process.readAllStandardOutput());
        for (const QString &line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            rows->append(line.split(separator));
    }
    return true;
}

QString SqlCommandLine::literal(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString SqlCommandLine::hexOf(const QString &column) const
{
    return m_mySql ? QStringLiteral("HEX(%1)").arg(column)
                   : QStringLiteral("upper(encode(convert_to(%1, 'UTF8'), 'hex'))").arg(column);
}
