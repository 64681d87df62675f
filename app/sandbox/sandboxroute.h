#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

// A path pattern of a route table, over the segments of a path: literals, `{name}` (any one segment)
// and `{name?}` (an optional last segment), e.g. "settings/modules/{module?}" or "{module}/{id}".
class SandboxRoutePattern
{
public:
    explicit SandboxRoutePattern(const QString &pattern);

    // The captured segments by name when `path` matches (an optional one absent: an empty string).
    std::optional<QHash<QString, QString>> match(const QStringList &path) const;
    // The first segment when it is a literal: a path that starts with it belongs to this pattern's
    // resource, never to a `{module}` one.
    QString literalHead() const;
    const QString &text() const { return m_text; }

private:
    QString m_text;
    struct Segment
    {
        QString text; // the literal, or the capture's name
        bool capture = false;
        bool optional = false;
    };
    QList<Segment> m_segments;
};
