#include "sandboxfaults.h"

bool SandboxFaults::isNone() const
{
    return latencyMs <= 0 && (errorStatus == 0 || errorRate <= 0) && malformedRate <= 0 && dropRate <= 0
        && throttleRate <= 0;
}

static bool parseRate(const QString &text, double *rate)
{
    if (text.isEmpty()) {
        *rate = 1.0;
        return true;
    }
    bool ok = false;
    const double r = text.toDouble(&ok);
    if (!ok || r < 0 || r > 1)
        return false;
    *rate = r;
    return true;
}

bool SandboxFaults::apply(const QString &spec, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    for (const QString &raw : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = raw.trimmed();
        const QString key = item.section(QLatin1Char('='), 0, 0).trimmed().toLower();
        const QString value =
            item.contains(QLatin1Char('=')) ? item.section(QLatin1Char('='), 1).trimmed() : QString();
        bool ok = true;
        if (key == QLatin1String("none")) {
            *this = SandboxFaults();
        } else if (key == QLatin1String("latency")) {
            latencyMs = value.toInt(&ok);
            if (!ok || latencyMs < 0)
                return fail(QStringLiteral("latency=MS takes a number of milliseconds"));
        } else if (key == QLatin1String("status")) {
            errorStatus = value.section(QLatin1Char(':'), 0, 0).toInt(&ok);
            if (!ok || errorStatus < 400 || errorStatus > 599)
                return fail(QStringLiteral("status=CODE[:RATE] takes a 4xx/5xx code"));
            if (!parseRate(value.section(QLatin1Char(':'), 1), &errorRate))
                return fail(QStringLiteral("a rate is a number between 0 and 1"));
        } else if (key == QLatin1String("malformed")) {
            if (!parseRate(value, &malformedRate))
                return fail(QStringLiteral("a rate is a number between 0 and 1"));
        } else if (key == QLatin1String("drop")) {
            if (!parseRate(value, &dropRate))
                return fail(QStringLiteral("a rate is a number between 0 and 1"));
        } else if (key == QLatin1String("throttle")) {
            if (!parseRate(value, &throttleRate))
                return fail(QStringLiteral("a rate is a number between 0 and 1"));
        } else if (key == QLatin1String("path")) {
            pathContains = value;
        } else if (key == QLatin1String("accounts")) {
            includeAccounts = true;
        } else {
            return fail(QStringLiteral("unknown fault: ") + item);
        }
    }
    return true;
}

QString SandboxFaults::helpText()
{
    return QStringLiteral(
        "Fault specs (repeat --fault or join with ','; rates are 0..1, default 1):\n"
        "  latency=MS          delay every answer by MS milliseconds\n"
        "  status=CODE[:RATE]  answer CODE (e.g. 500, 503) with the CRM error envelope\n"
        "  malformed[=RATE]    answer 200 with a truncated JSON body\n"
        "  drop[=RATE]         close the connection without an answer\n"
        "  throttle[=RATE]     answer 429 TOO_MANY_REQUESTS\n"
        "  path=TEXT           only requests whose path contains TEXT\n"
        "  accounts            also fault the accounts servers (default: CRM API only)\n"
        "  none                clear all faults\n"
        "At runtime: POST /__sandbox/faults?spec=SPEC (or the spec as the body), DELETE /__sandbox/faults.");
}

QString SandboxFaults::toString() const
{
    QStringList parts;
    if (latencyMs > 0)
        parts << QStringLiteral("latency=%1").arg(latencyMs);
    if (errorStatus > 0 && errorRate > 0)
        parts << QStringLiteral("status=%1:%2").arg(errorStatus).arg(errorRate);
    if (malformedRate > 0)
        parts << QStringLiteral("malformed=%1").arg(malformedRate);
    if (dropRate > 0)
        parts << QStringLiteral("drop=%1").arg(dropRate);
    if (throttleRate > 0)
        parts << QStringLiteral("throttle=%1").arg(throttleRate);
    if (!pathContains.isEmpty())
        parts << QStringLiteral("path=") + pathContains;
    if (includeAccounts)
        parts << QStringLiteral("accounts");
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QLatin1Char(','));
}
