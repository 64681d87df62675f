#pragma once

#include "sqlitestatement.h"

#include <QSqlDatabase>
#include <QSqlQuery>

// A SqliteStatement on a prepared, forward-only QSqlQuery: works with any build of Qt's SQLite driver.
class SqliteQueryStatement : public SqliteStatement
{
public:
    SqliteQueryStatement(const QSqlDatabase &database, QString sql);

    // SqliteCode::Ok, or the code of the error that kept the text from being prepared.
    int prepare();

    void bindText(int index, const QString &value) override;
    void bindInt64(int index, qint64 value) override;
    void bindNull(int index) override;
    int step() override;
    void reset() override;
    bool isNull(int column) const override;
    QString text(int column) const override;
    qint64 int64(int column) const override;
    int changes() const override;
    QString errorText() const override;

private:
    int fail();

    QSqlQuery m_query;
    QString m_sql;
    bool m_executed = false;
    bool m_prepared = false;
    int m_changes = 0;
    QString m_errorText;
};
