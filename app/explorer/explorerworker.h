#pragma once

#include "collectionstore.h"
#include "explorerdatabase.h"
#include "explorersession.h"
#include "historystore.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

class CrmClient;
class CrmPager;
class CrmReply;
class QNetworkAccessManager;

// ExplorerSession's half on the worker thread: the CRM client and its network access manager, the
// explorer's database, the schema cache. Everything here runs on that thread.
class ExplorerWorker : public QObject
{
    Q_OBJECT
public:
    ExplorerWorker(ExplorerSession *session, ExplorerSession::Options options);
    ~ExplorerWorker() override;

    void send(quint64 ticket, const ExplorerRequest &request,
              std::function<void(ExplorerSession::Result)> done);
    void cancel(quint64 ticket);
    void fetchAll(quint64 ticket, const ExplorerRequest &request, const QString &exportPath,
                  std::function<void(ExplorerSession::FetchProgress)> progress,
                  std::function<void(ExplorerSession::FetchReport)> done);
    ExplorerSession::Result parse(const QByteArray &body) const;

    void modules(const QString &tokenId, bool refresh,
                 std::function<void(ExplorerSession::Listing<OrgSchema::Module>)> done);
    void fields(const QString &tokenId, const QString &module, bool refresh,
                std::function<void(ExplorerSession::Listing<OrgSchema::Field>)> done);

    QList<HistoryStore::Entry> history(const QString &search, int limit);
    QString clearHistory();
    QList<CollectionStore::Saved> savedRequests();
    QString saveRequest(const CollectionStore::Saved &saved);
    QString removeSaved(const QString &collection, const QString &name);
    QString exportCollections(const QString &path);
    ExplorerSession::ImportResult importCollections(const QString &path);
    void accessToken(const QString &tokenId, std::function<void(AccessTokenResult)> done);

private:
    void ensureClient();
    bool ensureDatabase(QString *error);
    void record(const ExplorerRequest &request, const CrmResponse &response, qint64 sentAt);
    // A settings call for the browser (not recorded in the history).
    void settingsCall(const QString &tokenId, const CrmRequest &request,
                      std::function<void(CrmResponse)> done);

    ExplorerSession *m_session; // lives on the GUI thread; only used to post to it
    ExplorerSession::Options m_options;
    QNetworkAccessManager *m_network = nullptr;
    AccessTokenProvider *m_tokens = nullptr;
    CrmClient *m_client = nullptr;
    ExplorerDatabase m_database;
    bool m_databaseTried = false;
    QString m_databaseError;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<CollectionStore> m_collections;
    QHash<quint64, QPointer<CrmReply>> m_replies;
    QHash<quint64, QPointer<CrmPager>> m_pagers;
    QHash<QString, QList<OrgSchema::Module>> m_moduleCache; // by token id
    QHash<QString, QList<OrgSchema::Field>> m_fieldCache; // by token id + '\n' + module
};
