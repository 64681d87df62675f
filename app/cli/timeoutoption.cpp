#include "timeoutoption.h"

#include "displaytext.h"

#include <cmath>

int TimeoutOption::parseMs(const QString &text, QString *error)
{
    bool ok = false;
    const double seconds = text.trimmed().toDouble(&ok);
    const double ms = seconds * 1000.0;
    if (!ok || !std::isfinite(seconds) || ms < 1.0 || ms > double(kMaxMs)) {
        *error = QStringLiteral("--timeout %1 is not a number of seconds from 0.001 to 86400")
                     .arg(DisplayText::quoted(text));
        return -1;
    }
    return int(std::lround(ms));
}
