#pragma once

#include "accesstokenprovider.h"
#include "collectionstore.h"
#include "crmerror.h"
#include "crmresponse.h"
#include "explorerrequest.h"
#include "historystore.h"
#include "jsonrecords.h"
#include "orgschema.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>

class ExplorerWorker;
class QNetworkAccessManager;

// The API explorer's one way to the CRM API, its history and its saved requests (the explorer's
// counterpart of TokenFacade): a CrmClient, its network access, the explorer's SQLite file and the
// org schema cache live on a worker thread, so that the GUI thread never waits on the network, a
// parse or a file. Every operation answers later, on this object's thread, while `context` lives.
//
// Access tokens come from a TokenSource called on this object's thread (the desktop gives the token
// facade's): a 401 INVALID_TOKEN asks it once for a fresh token and the call is retried once.
class ExplorerSession : public QObject
{
    Q_OBJECT
public:
    template<typename T> using Reply = std::function<void(const T &)>;
    using TokenSource =
        std::function<void(const QString &tokenId, bool forceRefresh, const QString &rejectedAccessToken,
                           QObject *context, Reply<AccessTokenResult> reply)>;
    using NetworkFactory = std::function<QNetworkAccessManager *(QObject *parent)>;

    struct Options
    {
        QString databasePath; // explorer.db; empty = no history and no saved requests
        NetworkFactory networkFactory; // made on the worker thread
        qint64 prettyTextLimit = 1024 * 1024; // the raw view's text beyond this is cut
        std::function<qint64()> clock; // ms since the epoch, for the history
    };

    // One answer, with what the views need made off the GUI thread.
    struct Result
    {
        quint64 ticket = 0;
        ExplorerRequest request;
        CrmResponse response;
        QJsonValue root; // the body as JSON (object or array); undefined when it is none
        // A big read's records, as bytes: root's "data" is then an empty array (see JsonTreeModel).
        std::shared_ptr<const JsonRecords> records;
        QString prettyText; // indented, or the raw body when it is not JSON; cut at prettyTextLimit
        bool prettyTruncated = false;
    };
    struct FetchProgress
    {
        qint64 records = 0;
        int pages = 0;
    };
    struct FetchReport
    {
        CrmError error; // None when every page came
        qint64 records = 0;
        int pages = 0;
        qint64 elapsedMs = 0;
        QString path; // the export file, when one was asked for
        bool fileWritten = false; // complete, with every record fetched
        QString fileError;
        CrmResponse lastResponse;
    };
    template<typename T> struct Listing
    {
        QList<T> items;
        CrmError error;
        bool fromCache = false;
    };
    struct ImportResult
    {
        int imported = 0;
        QString error;
    };

    ExplorerSession(TokenSource tokens, Options options, QObject *parent = nullptr);
    ~ExplorerSession() override;

    const Options &options() const { return m_options; }

    // Sends and records the request in the history. The answer comes once, also after cancel().
    quint64 send(const ExplorerRequest &request, QObject *context, Reply<Result> reply);
    void cancel(quint64 ticket);
    // Every page of a list (page, then page_token) or a COQL query (LIMIT/OFFSET); with `exportPath`
    // the records are written as they come (CSV for .csv, else JSON) to a temporary file renamed into
    // place at the end: a cancelled or failed run leaves a complete file of what was fetched, or
    // none when nothing was.
    quint64 fetchAll(const ExplorerRequest &request, const QString &exportPath, QObject *context,
                     Reply<FetchProgress> progress, Reply<FetchReport> reply);
    // The body of an answer read elsewhere, as send() would give it (tree root, pretty text).
    void parseBody(const QByteArray &body, QObject *context, Reply<Result> reply);

    // settings/modules and settings/fields, cached per token (a token belongs to one org and user);
    // `refresh` asks CRM again.
    void modules(const QString &tokenId, bool refresh, QObject *context,
                 Reply<Listing<OrgSchema::Module>> reply);
    void fields(const QString &tokenId, const QString &module, bool refresh, QObject *context,
                Reply<Listing<OrgSchema::Field>> reply);

    void history(const QString &search, int limit, QObject *context, Reply<QList<HistoryStore::Entry>> reply);
    void clearHistory(QObject *context, Reply<QString> reply);
    void savedRequests(QObject *context, Reply<QList<CollectionStore::Saved>> reply);
    void saveRequest(const CollectionStore::Saved &saved, QObject *context, Reply<QString> reply);
    void removeSaved(const QString &collection, const QString &name, QObject *context, Reply<QString> reply);
    void exportCollections(const QString &path, QObject *context, Reply<QString> reply);
    void importCollections(const QString &path, QObject *context, Reply<ImportResult> reply);

    // The access token of `tokenId`, for "copy as cURL with the token" only.
    void accessToken(const QString &tokenId, QObject *context, Reply<AccessTokenResult> reply);

Q_SIGNALS:
    void historyChanged();
    void collectionsChanged();

private:
    friend class ExplorerWorker;
    template<typename T>
    void post(QObject *context, Reply<T> reply,
              std::function<void(ExplorerWorker &, std::function<void(T)> done)> work);
    void supplyToken(const QString &tokenId, bool forceRefresh, const QString &rejected,
                     std::function<void(const AccessTokenResult &)> answer);

    TokenSource m_tokens;
    Options m_options;
    QThread m_thread;
    ExplorerWorker *m_worker = nullptr;
    quint64 m_nextTicket = 1;
};
