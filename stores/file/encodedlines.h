#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

// A file's bytes kept as a header and one encoded line per row, in file order, so that a save
// re-encodes and splices the one row it changed instead of the 10,000 it did not. A row may have
// an empty line (a sidecar row with nothing to say).
class EncodedLines
{
public:
    bool isValid() const { return m_valid; }
    void invalidate();
    // Valid, with `header` and no rows.
    void reset(const QByteArray &header);

    void append(const QString &id, const QByteArray &line);
    // False when there is no row `id`.
    bool replace(const QString &id, const QByteArray &line);
    bool remove(const QString &id);

    qsizetype rowCount() const { return m_ends.size(); }
    // True when some row has a non-empty line.
    bool hasContent() const { return m_bytes.size() > m_headerSize; }
    const QByteArray &bytes() const { return m_bytes; }

private:
    qsizetype startOf(int index) const { return index == 0 ? m_headerSize : m_ends.at(index - 1); }

    QByteArray m_bytes;
    qsizetype m_headerSize = 0;
    QList<qsizetype> m_ends; // where each row's line ends in m_bytes
    QHash<QString, int> m_indexById;
    bool m_valid = false;
};
