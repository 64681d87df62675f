#include "sandboxroute.h"

SandboxRoutePattern::SandboxRoutePattern(const QString &pattern)
    : m_text(pattern)
{
    for (const QString &part : pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        Segment segment;
        segment.capture = part.startsWith(QLatin1Char('{')) && part.endsWith(QLatin1Char('}'));
        segment.optional = segment.capture && part.endsWith(QLatin1String("?}"));
        segment.text = segment.capture ? part.mid(1, part.size() - (segment.optional ? 3 : 2)) : part;
        m_segments.append(segment);
    }
}

std::optional<QHash<QString, QString>> SandboxRoutePattern::match(const QStringList &path) const
{
    const qsizetype required = m_segments.size() - (!m_segments.isEmpty() && m_segments.last().optional);
    if (path.size() < required || path.size() > m_segments.size())
        return std::nullopt;
    QHash<QString, QString> captured;
    for (qsizetype i = 0; i < m_segments.size(); ++i) {
        const Segment &segment = m_segments.at(i);
        const QString value = path.value(i);
        if (segment.capture)
            captured.insert(segment.text, value);
        else if (value != segment.text)
            return std::nullopt;
    }
    return captured;
}

QString SandboxRoutePattern::literalHead() const
{
    return m_segments.isEmpty() || m_segments.first().capture ? QString() : m_segments.first().text;
}
