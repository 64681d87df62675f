#include "tokentablemodel.h"

#include "datacenter.h"
#include "icons.h"
#include "themecontroller.h"
#include "tokenstatuslook.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

TokenTableModel::TokenTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{ }

void TokenTableModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void TokenTableModel::setExpiringLeadMs(qint64 leadMs)
{
    if (leadMs == m_leadMs)
        return;
    m_leadMs = leadMs;
    rebuildBandQueue();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Status), index(int(m_rows.size()) - 1, Status));
}

void TokenTableModel::setTheme(const ThemeController *theme)
{
    m_theme = theme;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                           { Qt::DecorationRole, Qt::ForegroundRole });
}

Token::Status TokenTableModel::statusAt(int row) const
{
    return m_rows.at(row).status(m_clock(), m_leadMs);
}

void TokenTableModel::setRows(const TokenList &rows)
{
    beginResetModel();
    m_rows = rows;
    m_rowById.clear();
    m_rowById.reserve(rows.size());
    m_userKeys.clear();
    m_userKeys.reserve(rows.size());
    for (int row = 0; row < m_rows.size(); ++row) {
        m_rowById.insert(m_rows.at(row).id, row);
        m_userKeys.append(m_rows.at(row).userName.toCaseFolded());
    }
    rebuildBandQueue();
    endResetModel();
}

void TokenTableModel::applyChanges(const TokenChanges &changes)
{
    // Removals first, highest row first, in contiguous runs: one signal per run.
    QList<int> gone;
    for (const QString &id : changes.removed) {
        const int row = rowOf(id);
        if (row >= 0)
            gone.append(row);
    }
    std::sort(gone.begin(), gone.end(), std::greater<int>());
    int lowest = int(m_rows.size());
    for (int i = 0; i < gone.size();) {
        int last = gone.at(i), first = last;
        int j = i + 1;
        while (j < gone.size() && gone.at(j) == first - 1)
            first = gone.at(j++);
        beginRemoveRows(QModelIndex(), first, last);
        for (int row = last; row >= first; --row)
            m_rowById.remove(m_rows.at(row).id);
        m_rows.remove(first, last - first + 1);
        m_nextBand.remove(first, last - first + 1);
        m_userKeys.remove(first, last - first + 1);
        endRemoveRows();
        lowest = std::min(lowest, first);
        i = j;
    }
    if (!gone.isEmpty())
        reindexFrom(lowest);

    const qint64 now = m_clock();
    QList<int> changed;
    TokenList added;
    // A change of an unknown row is an addition; an addition of a known row (seen twice) a change.
    for (const TokenList *list : { &changes.changed, &changes.added }) {
        for (const Token &token : *list) {
            const int row = rowOf(token.id);
            if (row < 0) {
                added.append(token);
                continue;
            }
            m_rows[row] = token;
            m_userKeys[row] = token.userName.toCaseFolded();
            schedule(row, now);
            changed.append(row);
        }
    }
    if (changed.size() * 2 > m_rows.size() && !m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    else
        emitRowsChanged(changed, 0, ColumnCount - 1, {});

    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
        for (const Token &token : std::as_const(added)) {
            m_rowById.insert(token.id, int(m_rows.size()));
            m_rows.append(token);
            m_userKeys.append(token.userName.toCaseFolded());
            m_nextBand.append(0);
            schedule(int(m_rows.size()) - 1, now);
        }
        endInsertRows();
    }
}

void TokenTableModel::reindexFrom(int row)
{
    for (int i = row; i < m_rows.size(); ++i)
        m_rowById[m_rows.at(i).id] = i;
}

qint64 TokenTableModel::nextBandChange(const Token &token, qint64 nowMs) const
{
    if (token.state != Token::RefreshOutcome::Active || token.accessToken.isEmpty() || token.expiryTime <= 0)
        return 0;
    if (nowMs < token.expiryTime - m_leadMs)
        return token.expiryTime - m_leadMs;
    if (nowMs < token.expiryTime)
        return token.expiryTime;
    return 0;
}

void TokenTableModel::schedule(int row, qint64 nowMs)
{
    const qint64 when = nextBandChange(m_rows.at(row), nowMs);
    m_nextBand[row] = when;
    if (when <= 0)
        return;
    m_bandQueue.emplace_back(when, m_rows.at(row).id);
    std::push_heap(m_bandQueue.begin(), m_bandQueue.end(), std::greater<BandChange>());
    // Stale entries pile up as rows change: start afresh when they outnumber the rows.
    if (m_bandQueue.size() > size_t(2 * m_rows.size() + 64))
        rebuildBandQueue();
}

void TokenTableModel::rebuildBandQueue()
{
    const qint64 now = m_clock();
    m_nextBand.resize(m_rows.size());
    m_bandQueue.clear();
    m_bandQueue.reserve(size_t(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const qint64 when = nextBandChange(m_rows.at(row), now);
        m_nextBand[row] = when;
        if (when > 0)
            m_bandQueue.emplace_back(when, m_rows.at(row).id);
    }
    std::make_heap(m_bandQueue.begin(), m_bandQueue.end(), std::greater<BandChange>());
}

int TokenTableModel::advanceTo(qint64 nowMs)
{
    QList<int> rows;
    while (!m_bandQueue.empty() && m_bandQueue.front().first <= nowMs) {
        std::pop_heap(m_bandQueue.begin(), m_bandQueue.end(), std::greater<BandChange>());
        const BandChange due = std::move(m_bandQueue.back());
        m_bandQueue.pop_back();
        const int row = rowOf(due.second);
        if (row < 0 || m_nextBand.at(row) != due.first)
            continue; // stale: the row changed or went
        rows.append(row);
        schedule(row, nowMs);
    }
    emitRowsChanged(rows, 0, ColumnCount - 1, {});
    return int(rows.size());
}

int TokenTableModel::refreshCountdown(const QList<int> &rows)
{
    // One signal per cell, and only for a text that changed since the last tick: Qt 6.4's item view
    // repaints its whole viewport for a range, but just the cell for a single index.
    const qint64 now = m_clock();
    const qint64 previous = m_countdownShownAt;
    m_countdownShownAt = now;
    const QList<int> roles { Qt::DisplayRole, Qt::AccessibleTextRole };
    int changed = 0;
    for (int row : rows) {
        if (row < 0 || row >= m_rows.size())
            continue;
        const Token &token = m_rows.at(row);
        if (token.expiryTime <= 0 || token.accessToken.isEmpty())
            continue;
        if (previous > 0
            && countdownText(token.expiryTime - previous) == countdownText(token.expiryTime - now))
            continue;
        const QModelIndex cell = index(row, ExpiresIn);
        Q_EMIT dataChanged(cell, cell, roles);
        ++changed;
    }
    return changed;
}

void TokenTableModel::emitRowsChanged(QList<int> rows, int firstColumn, int lastColumn,
                                      const QList<int> &roles)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    int start = rows.first(), previous = start;
    for (int i = 1; i <= rows.size(); ++i) {
        if (i < rows.size() && rows.at(i) == previous + 1) {
            previous = rows.at(i);
            continue;
        }
        Q_EMIT dataChanged(index(start, firstColumn), index(previous, lastColumn), roles);
        if (i < rows.size())
            start = previous = rows.at(i);
    }
}

bool TokenTableModel::lessThan(int leftRow, int rightRow, int column) const
{
    const Token &left = m_rows.at(leftRow);
    const Token &right = m_rows.at(rightRow);
    auto text = [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; };
    switch (column) {
    case User:
        return m_userKeys.at(leftRow) < m_userKeys.at(rightRow);
    case Status: {
        const qint64 now = m_clock();
        return int(left.status(now, m_leadMs)) < int(right.status(now, m_leadMs));
    }
    case ExpiresIn:
        return (left.accessToken.isEmpty() ? 0 : left.expiryTime)
            < (right.accessToken.isEmpty() ? 0 : right.expiryTime);
    case DataCenter:
        return left.dataCenter == right.dataCenter ? text(left.environment, right.environment)
                                                   : text(left.dataCenter, right.dataCenter);
    case ClientId:
        return text(left.clientId, right.clientId);
    case Scopes:
        return left.scopes.size() == right.scopes.size() ? text(left.scopes.value(0), right.scopes.value(0))
                                                         : left.scopes.size() < right.scopes.size();
    case LastRefresh:
        return left.updatedAt < right.updatedAt;
    case LastError:
        return text(left.lastError, right.lastError);
    }
    return false;
}

int TokenTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TokenTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TokenTableModel::countdownText(qint64 remainingMs)
{
    const bool past = remainingMs < 0;
    qint64 seconds = (past ? -remainingMs : remainingMs) / 1000;
    QString text;
    if (seconds < 3600)
        text = tr("%1m %2s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    else if (seconds < 86400)
        text = tr("%1h %2m").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    else
        text = tr("%1d %2h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
    return past ? tr("%1 ago").arg(text) : tr("in %1").arg(text);
}

QString TokenTableModel::spokenCountdown(qint64 remainingMs)
{
    const bool past = remainingMs < 0;
    const qint64 seconds = (past ? -remainingMs : remainingMs) / 1000;
    // "1 minute" on its own, the rest in Qt's numerus form: English reads right without a translation
    // file, and languages with more than two forms get theirs from the .ts file.
    QString amount;
    if (seconds < 60)
        amount = seconds == 1 ? tr("1 second") : tr("%n seconds", nullptr, int(seconds));
    else if (seconds < 3600)
        amount = seconds / 60 == 1 ? tr("1 minute") : tr("%n minutes", nullptr, int(seconds / 60));
    else if (seconds < 86400)
        amount = seconds / 3600 == 1 ? tr("1 hour") : tr("%n hours", nullptr, int(seconds / 3600));
    else
        amount = seconds / 86400 == 1 ? tr("1 day") : tr("%n days", nullptr, int(seconds / 86400));
    return past ? tr("expired %1 ago").arg(amount) : tr("expires in %1").arg(amount);
}

QString TokenTableModel::shortClientId(const QString &clientId)
{
    if (clientId.size() <= 14)
        return clientId;
    return clientId.left(9) + QStringLiteral("…") + clientId.right(4);
}

QString TokenTableModel::userText(const QString &userName)
{
    return userName.isEmpty() ? tr("(no user name)") : userName;
}

QString TokenTableModel::environmentText(const QString &environment)
{
    const std::optional<ApiEnvironment> known =
        environment.isEmpty() ? ApiEnvironment::Production : apiEnvironmentFromName(environment);
    if (!known)
        return environment;
    switch (*known) {
    case ApiEnvironment::Production:
        return tr("production");
    case ApiEnvironment::Sandbox:
        return tr("sandbox");
    case ApiEnvironment::Developer:
        return tr("developer");
    }
    return environment;
}

QString TokenTableModel::dataCenterText(const Token &token)
{
    const QString environment = environmentText(token.environment);
    if (token.dataCenter.isEmpty()) {
        const QString host =
            QUrl(token.accountsServer.isEmpty() ? token.apiDomain : token.accountsServer).host();
        return host.isEmpty() ? tr("custom · %1").arg(environment) : tr("%1 · %2").arg(host, environment);
    }
    return tr("%1 · %2").arg(token.dataCenter.toUpper(), environment);
}

QVariant TokenTableModel::display(const Token &token, int column) const
{
    switch (column) {
    case User:
        return userText(token.userName);
    case DataCenter:
        return dataCenterText(token);
    case ClientId:
        return shortClientId(token.clientId);
    case Scopes:
        if (token.scopes.isEmpty())
            return QString();
        if (token.scopes.size() == 1)
            return token.scopes.first();
        return tr("%1 +%2").arg(token.scopes.first()).arg(token.scopes.size() - 1);
    case Status:
        return TokenStatusLook::of(token.status(m_clock(), m_leadMs)).text;
    case ExpiresIn:
        if (token.expiryTime <= 0 || token.accessToken.isEmpty())
            return QStringLiteral("—");
        return countdownText(token.expiryTime - m_clock());
    case LastRefresh:
        if (token.updatedAt <= 0)
            return QString();
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(token.updatedAt), QLocale::ShortFormat);
    case LastError:
        return token.lastError;
    }
    return {};
}

QVariant TokenTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Token &token = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(token, column);
    case Qt::ToolTipRole:
        if (column == Status) {
            const TokenStatusLook look = TokenStatusLook::of(token.status(m_clock(), m_leadMs));
            return look.advice.isEmpty() ? look.text : look.text + QStringLiteral("\n") + look.advice;
        }
        if (column == Scopes)
            return token.scopes.join(QLatin1Char('\n'));
        if (column == ExpiresIn && token.expiryTime > 0)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(token.expiryTime), QLocale::LongFormat);
        if (column == ClientId)
            return token.clientId;
        return display(token, column);
    case Qt::AccessibleTextRole:
        if (column == ExpiresIn) {
            if (token.expiryTime <= 0 || token.accessToken.isEmpty())
                return tr("no access token");
            return spokenCountdown(token.expiryTime - m_clock());
        }
        if (column == Scopes)
            return token.scopes.join(QStringLiteral(", "));
        if (column == ClientId)
            return tr("client %1").arg(shortClientId(token.clientId));
        {
            const QString text = display(token, column).toString();
            return text.isEmpty() ? tr("none") : text;
        }
    case Qt::DecorationRole:
        if (column == Status)
            return Icons::icon(TokenStatusLook::of(token.status(m_clock(), m_leadMs)).iconName);
        return {};
    case Qt::ForegroundRole:
        if (column == Status && m_theme)
            return m_theme->colour(TokenStatusLook::of(token.status(m_clock(), m_leadMs)).colour);
        return {};
    case Qt::TextAlignmentRole:
        if (column == ExpiresIn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (column) {
        case Status:
            return int(token.status(m_clock(), m_leadMs));
        case ExpiresIn:
            return token.accessToken.isEmpty() ? qint64(0) : token.expiryTime;
        case LastRefresh:
            return token.updatedAt;
        default:
            return display(token, column);
        }
    case TokenIdRole:
        return token.id;
    case StatusRole:
        return int(token.status(m_clock(), m_leadMs));
    default:
        return {};
    }
}

QVariant TokenTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case User:
        return tr("User");
    case DataCenter:
        return tr("Data center");
    case ClientId:
        return tr("Client ID");
    case Scopes:
        return tr("Scopes");
    case Status:
        return tr("Status");
    case ExpiresIn:
        return tr("Expires");
    case LastRefresh:
        return tr("Last refresh");
    case LastError:
        return tr("Last error");
    }
    return {};
}
