#include "tokenrules.h"

#include "displaytext.h"
#include "token.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace {

bool isDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

QString TokenRules::idProblem(const QString &id)
{
    if (id.isEmpty())
        return QCoreApplication::translate("TokenRules", "the id is empty");
    bool ok = false;
    const qint64 value = id.toLongLong(&ok);
    // toLongLong() alone takes " 7 " and "+5", which the SDKs' readers and ours refuse.
    if (!isDigits(id) || !ok || value <= 0 || id.startsWith(QLatin1Char('0')))
        return QCoreApplication::translate(
                   "TokenRules",
                   "the id %1 is not a positive integer below 2^63 (digits only, no sign, "
                   "spaces or leading zero)")
            .arg(DisplayText::quoted(id));
    return {};
}

qint64 TokenRules::idNumber(const QString &id)
{
    return idProblem(id).isEmpty() ? id.toLongLong() : 0;
}

QString TokenRules::nextIdAfter(qint64 largest)
{
    if (largest >= kMaxId)
        return {};
    return QString::number(std::max<qint64>(largest, 0) + 1);
}

QString TokenRules::timeProblem(qint64 ms, const char *field)
{
    if (ms < 0 || ms > kMaxTimeMs)
        return QCoreApplication::translate("TokenRules",
                                           "%1 %2 is not a time in ms since the epoch up to the year 9999")
            .arg(QLatin1String(field))
            .arg(ms);
    return {};
}

QString TokenRules::parseTime(const QString &text, const char *field, qint64 *ms)
{
    *ms = 0;
    if (text.isEmpty())
        return {};
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!isDigits(text) || !ok || value > kMaxTimeMs)
        return QCoreApplication::translate("TokenRules",
                                           "%1 %2 is not a time in ms since the epoch up to the year 9999")
            .arg(QLatin1String(field), DisplayText::quoted(text));
    *ms = value;
    return {};
}

QString TokenRules::tokenProblem(const Token &token, bool checkId)
{
    if (checkId) {
        if (QString problem = idProblem(token.id); !problem.isEmpty())
            return problem;
    }
    for (const auto &[ms, field] :
         { std::pair { token.expiryTime, "expiry_time" }, std::pair { token.createdAt, "created_at" },
           std::pair { token.updatedAt, "updated_at" } }) {
        if (QString problem = timeProblem(ms, field); !problem.isEmpty())
            return problem;
    }
    return {};
}
