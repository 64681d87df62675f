#pragma once

#include "tokenchanges.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>
#include <utility>
#include <vector>

class ThemeController;

// The token table: one row per stored token, fed by the token facade's changes (only the rows that
// changed are touched; a whole reset only when a store is opened).
//
// Time moves two things, and neither costs a pass over every row:
// - the "Expires" countdown: refreshCountdown() updates the rows the view shows, once a second;
// - status bands (valid → expiring → expired): each row's next band change is kept in a time-ordered
//   map, and advanceTo() touches only the rows whose band changed.
// The sort value of "Expires" is the absolute expiry, so sorting never moves as time passes.
class TokenTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // What a user scans first comes first: who, whether it works, for how long.
    enum Column {
        User,
        Status,
        ExpiresIn,
        DataCenter,
        ClientId,
        Scopes,
        LastRefresh,
        LastError,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values: ms, names
        TokenIdRole,
        StatusRole, // int(Token::Status)
    };
    using Clock = std::function<qint64()>;

    explicit TokenTableModel(QObject *parent = nullptr);

    void setClock(Clock clock);
    qint64 now() const { return m_clock(); }
    // Tokens expiring within this are "Expiring" (the refresh lead).
    void setExpiringLeadMs(qint64 leadMs);
    void setTheme(const ThemeController *theme);

    void setRows(const TokenList &rows);
    void applyChanges(const TokenChanges &changes);

    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    const Token &tokenAt(int row) const { return m_rows.at(row); }
    Token::Status statusAt(int row) const;

    // The sort order of `column` between two rows, from the raw fields: a sort of 100,000 rows makes
    // no QVariant and no display text.
    bool lessThan(int leftRow, int rightRow, int column) const;

    // Updates "Expires" of these rows (source rows the view shows), in contiguous ranges.
    // Returns how many cells changed their text.
    int refreshCountdown(const QList<int> &rows);
    // Re-reads the status of every row whose band changes at or before now; answers how many.
    int advanceTo(qint64 nowMs);

    // "12m 05s", "2h 03m", "3d 4h", "4m 10s ago"; the spoken form for a screen reader.
    static QString countdownText(qint64 remainingMs);
    static QString spokenCountdown(qint64 remainingMs);
    static QString shortClientId(const QString &clientId);
    // The user as shown: the name, or "(no user name)" for a token stored without one.
    static QString userText(const QString &userName);
    // The environment as the user reads it ("production", "sandbox", "developer" in their language);
    // a name this application does not know is shown as stored.
    static QString environmentText(const QString &environment);
    // "EU · production": the data center column's text.
    static QString dataCenterText(const Token &token);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Token &token, int column) const;
    // The row's next band change, noted and queued; `nowMs` read once by the caller.
    void schedule(int row, qint64 nowMs);
    qint64 nextBandChange(const Token &token, qint64 nowMs) const;
    void rebuildBandQueue();
    void reindexFrom(int row);
    void emitRowsChanged(QList<int> rows, int firstColumn, int lastColumn, const QList<int> &roles);

    using BandChange = std::pair<qint64, QString>; // when, token id

    QList<Token> m_rows;
    // Beside each row: when its status band changes next (0: never), and its user name case-folded,
    // so that a sort of 100,000 rows compares plain strings.
    QList<qint64> m_nextBand;
    QList<QString> m_userKeys;
    QHash<QString, int> m_rowById;
    // A min-heap of band changes; an entry whose time no longer matches its row's is stale and skipped.
    std::vector<BandChange> m_bandQueue;
    Clock m_clock;
    qint64 m_countdownShownAt = 0;
    qint64 m_leadMs = 5 * 60 * 1000;
    const ThemeController *m_theme = nullptr;
};
