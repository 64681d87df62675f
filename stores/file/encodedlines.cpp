#include "encodedlines.h"

void EncodedLines::invalidate()
{
    m_valid = false;
    m_bytes.clear();
    m_headerSize = 0;
    m_ends.clear();
    m_indexById.clear();
}

void EncodedLines::reset(const QByteArray &header)
{
    invalidate();
    m_bytes = header;
    m_headerSize = header.size();
    m_valid = true;
}

void EncodedLines::append(const QString &id, const QByteArray &line)
{
    m_bytes.append(line);
    m_indexById.insert(id, int(m_ends.size()));
    m_ends.append(m_bytes.size());
}

bool EncodedLines::replace(const QString &id, const QByteArray &line)
{
    const int index = m_indexById.value(id, -1);
    if (index < 0)
        return false;
    const qsizetype start = startOf(index);
    const qsizetype oldSize = m_ends.at(index) - start;
    m_bytes.replace(start, oldSize, line);
    const qsizetype delta = line.size() - oldSize;
    if (delta != 0) {
        for (qsizetype i = index; i < m_ends.size(); ++i)
            m_ends[i] += delta;
    }
    return true;
}

bool EncodedLines::remove(const QString &id)
{
    const int index = m_indexById.value(id, -1);
    if (index < 0)
        return false;
    const qsizetype start = startOf(index);
    const qsizetype size = m_ends.at(index) - start;
    m_bytes.remove(start, size);
    m_ends.removeAt(index);
    for (qsizetype i = index; i < m_ends.size(); ++i)
        m_ends[i] -= size;
    m_indexById.remove(id);
    for (auto it = m_indexById.begin(); it != m_indexById.end(); ++it) {
        if (it.value() > index)
            --it.value();
    }
    return true;
}
