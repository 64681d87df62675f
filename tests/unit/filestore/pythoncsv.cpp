#include "pythoncsv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>

namespace {

const char kWriteScript[] =
    "import csv, io, json, sys\n"
    "rows = json.loads(sys.stdin.buffer.read().decode('utf-8'))\n"
    "out = io.StringIO(newline='')\n"
    "csv.writer(out, delimiter=',', quotechar='\"', quoting=csv.QUOTE_MINIMAL).writerows(rows)\n"
    "sys.stdout.buffer.write(out.getvalue().encode('utf-8'))\n";

const char kReadScript[] = "import csv, json, sys\n"
                           "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                           "    rows = list(csv.reader(f))\n"
                           "sys.stdout.buffer.write(json.dumps(rows).encode('ascii'))\n";

std::optional<QByteArray> run(const QStringList &arguments, const QByteArray &input, QString *error)
{
    const QString python = PythonCsv::interpreter();
    if (python.isEmpty()) {
        *error = QStringLiteral("python3 is not on PATH");
        return std::nullopt;
    }
    QProcess process;
    process.start(python, arguments);
    if (!process.waitForStarted(10000)) {
        *error = process.errorString();
        return std::nullopt;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

} // namespace

namespace PythonCsv {

QString interpreter()
{
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

std::optional<QByteArray> write(const QList<QStringList> &rows, QString *error)
{
    QJsonArray array;
    for (const QStringList &row : rows)
        array.append(QJsonArray::fromStringList(row));
    return run({ QStringLiteral("-c"), QString::fromLatin1(kWriteScript) }, QJsonDocument(array).toJson(),
               error);
}

std::optional<QList<QStringList>> read(const QString &path, QString *error)
{
    const auto output = run({ QStringLiteral("-c"), QString::fromLatin1(kReadScript), path }, {}, error);
    if (!output)
        return std::nullopt;
    QList<QStringList> rows;
    const QJsonArray array = QJsonDocument::fromJson(*output).array();
    for (const QJsonValue &row : array) {
        QStringList fields;
        for (const QJsonValue &field : row.toArray())
            fields.append(field.toString());
        rows.append(fields);
    }
    return rows;
}

} // namespace PythonCsv
