#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// One OAuth token record. The first ten fields are the Zoho SDK's, in the SDK's order, so that every
// SDK-compatible format (CSV file, DBStore table) keeps them; ours follow and never reorder them.
//
// As in the SDK formats, an empty string means "not set": matching and merging treat "" like None.
class Token
{
public:
    // What the token is fit for at a given time: derived from the expiry, the clock and the stored
    // refresh outcome, never stored. Shown as the token's status.
    enum class Status { Valid, Expiring, Expired, NeedsReauthorization, RefreshFailing, NoAccessToken };

    // What the last refresh left behind: stored (the column `state`, by stateName()), unlike Status.
    // Status takes its NeedsReauthorization and RefreshFailing from it.
    enum class RefreshOutcome { Active, NeedsReauthorization, RefreshFailing };

    // The SDK's ten fields.
    QString id;
    QString userName;
    QString clientId;
    QString clientSecret;
    QString refreshToken;
    QString accessToken;
    QString grantToken;
    qint64 expiryTime = 0; // ms since the epoch; 0 = unknown
    QString redirectUrl;
    QString apiDomain;

    // Ours.
    QString accountsServer; // e.g. https://accounts.zoho.eu
    QStringList scopes;
    QString dataCenter; // us, eu, in, au, cn, jp, ca, sa, or empty for custom
    QString environment; // production, sandbox, developer
    qint64 createdAt = 0; // ms since the epoch
    qint64 updatedAt = 0;
    RefreshOutcome state = RefreshOutcome::Active; // the column `state`
    QString lastError;

    // The SDK's field names, in order; the CSV header and table columns use them.
    static const QStringList &sdkFieldNames();
    // Our column names after the SDK's, as stored in tables.
    static const QStringList &extraFieldNames();

    // Field access by SDK or extra column name, as text (expiry and times as decimal ms, scopes
    // joined with ',', state as its name). Unknown names give a null string / are ignored.
    QString field(const QString &name) const;
    void setField(const QString &name, const QString &value);

    // Fills every field that is empty here from `stored` (the SDK's set_merge_data).
    void mergeMissingFrom(const Token &stored);
    // What find_token answers for this partial token and the row it matched: the partial with its
    // empty fields filled from the row, and the row's id.
    Token completedFrom(const Token &row) const;

    Status status(qint64 nowMs, qint64 expiringLeadMs = 5 * 60 * 1000) const;
    static QString statusName(Status status);
    // The text of the column `state`: "active", …
    static QString stateName(RefreshOutcome state);
    static RefreshOutcome stateFromName(const QString &name);

    // Keyed by SDK field names plus ours. Secrets (client_secret and the three tokens) are masked
    // unless `revealSecrets`.
    QJsonObject toJson(bool revealSecrets, qint64 nowMs) const;

    // "1000.…a1b2": enough to tell two tokens apart, not enough to use one.
    static QString maskSecret(const QString &secret);

    bool operator==(const Token &other) const;
    bool operator!=(const Token &other) const { return !(*this == other); }
};

using TokenList = QList<Token>;

Q_DECLARE_METATYPE(Token)
