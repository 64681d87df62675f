#include "explorerworker.h"

#include "crmclient.h"
#include "crmpager.h"
#include "crmreply.h"
#include "explorerlogging.h"
#include "forwardingtokenprovider.h"
#include "jsonrecords.h"
#include "recordexportwriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSaveFile>

namespace {

QString outcomeOf(const CrmResponse &response)
{
    const CrmError &error = response.error();
    if (!error.isError())
        return QStringLiteral("%1 %2")
            .arg(response.httpStatus())
            .arg(QString::fromLatin1(response.reasonPhrase()));
    if (!error.code().isEmpty())
        return error.code();
    return CrmError::kindName(error.kind());
}

} // namespace

ExplorerWorker::ExplorerWorker(ExplorerSession *session, ExplorerSession::Options options)
    : m_session(session)
    , m_options(std::move(options))
{ }

ExplorerWorker::~ExplorerWorker()
{
    // Replies and pagers are the client's children; the client is ours.
    delete m_client;
    m_client = nullptr;
}

void ExplorerWorker::ensureClient()
{
    if (m_client)
        return;
    m_network = m_options.networkFactory ? m_options.networkFactory(this) : new QNetworkAccessManager(this);
    // The token request hops to the session's thread (the token source lives there) and the answer
    // comes back here through the event loop, as AccessTokenProvider promises.
    m_tokens = new ForwardingTokenProvider(
        [this](const QString &tokenId, bool forceRefresh, const QString &rejected,
               AccessTokenProvider::Callback callback) {
            ExplorerSession *session = m_session;
            QMetaObject::invokeMethod(
                session,
                [session, worker = this, tokenId, forceRefresh, rejected, callback] {
                    session->supplyToken(
                        tokenId, forceRefresh, rejected, [worker, callback](const AccessTokenResult &result) {
                            QMetaObject::invokeMethod(
                                worker, [callback, result] { callback(result); }, Qt::QueuedConnection);
                        });
                },
                Qt::QueuedConnection);
        },
        this);
    m_client = new CrmClient(m_network, m_tokens);
}

bool ExplorerWorker::ensureDatabase(QString *error)
{
    if (m_database.isOpen())
        return true;
    if (m_options.databasePath.isEmpty()) {
        *error = tr("no history file is set");
        return false;
    }
    if (!m_databaseTried) {
        m_databaseTried = true;
        if (m_database.open(m_options.databasePath)) {
            m_history = std::make_unique<HistoryStore>(m_database.connectionName());
            m_collections = std::make_unique<CollectionStore>(m_database.connectionName());
        } else {
            m_databaseError = m_database.errorString();
            qCWarning(lcExplorer) << "the explorer database cannot be opened:" << m_databaseError;
        }
    }
    if (!m_database.isOpen()) {
        *error = m_databaseError;
        return false;
    }
    return true;
}

ExplorerSession::Result ExplorerWorker::parse(const QByteArray &body) const
{
    ExplorerSession::Result result;
    // A view's trimmed(), not the array's: that copies a big body ending in a newline.
    const QByteArrayView trimmed = QByteArrayView(body).trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        const QJsonDocument document = QJsonDocument::fromJson(body);
        if (document.isObject())
            result.root = document.object();
        else if (document.isArray())
            result.root = document.array();
    }
    return result;
}

void ExplorerWorker::send(quint64 ticket, const ExplorerRequest &request,
                          std::function<void(ExplorerSession::Result)> done)
{
    ensureClient();
    const qint64 sentAt = m_options.clock();
    CrmRequest call = request.toCrmRequest();
    // A read's records stay bytes until the tree shows them: a 50 MB list answer is then its 50 MB,
    // not some 260 MB of QJsonValue (a write's answer is small and read for per-record statuses).
    call.setRecordsAsBytes(CrmResponse::recordStatusFor(call.method()) == CrmResponse::RecordStatus::Skip);
    CrmReply *reply = m_client->send(call);
    m_replies.insert(ticket, reply);
    connect(reply, &CrmReply::finished, this, [this, ticket, reply, request, sentAt, done] {
        m_replies.remove(ticket);
        reply->deleteLater();
        ExplorerSession::Result result;
        result.ticket = ticket;
        result.request = request;
        result.response = reply->response();
        const QByteArray &body = result.response.body();
        const bool small = body.size() <= m_options.prettyTextLimit;
        if (result.response.recordsAsBytes() && small)
            result.root = parse(body).root; // a small answer is parsed whole, as its text is made from it
        else if (!result.response.json().isEmpty())
            result.root = result.response.json(); // the client parsed an object body already
        else if (!body.isEmpty())
            result.root = parse(body).root;
        if (!small)
            result.records = JsonRecords::fromResponse(result.response);
        if (small) {
            if (result.root.isObject())
                result.prettyText =
                    QString::fromUtf8(QJsonDocument(result.root.toObject()).toJson(QJsonDocument::Indented));
            else if (result.root.isArray())
                result.prettyText =
                    QString::fromUtf8(QJsonDocument(result.root.toArray()).toJson(QJsonDocument::Indented));
            else
                result.prettyText = QString::fromUtf8(body);
        } else {
            // A big answer's text is shown as sent, cut; the tree has all of it.
            result.prettyText = QString::fromUtf8(body.left(m_options.prettyTextLimit));
            result.prettyTruncated = true;
        }
        // Once parsed whole, the views need the value and the text made above, not the bytes (the
        // reply's share goes with the reply). Records kept as bytes share them: nothing to give back,
        // and records() keeps working.
        if (!result.response.recordsAsBytes())
            result.response.releaseBody();
        record(request, result.response, sentAt);
        done(std::move(result));
    });
}

void ExplorerWorker::record(const ExplorerRequest &request, const CrmResponse &response, qint64 sentAt)
{
    QString error;
    if (!ensureDatabase(&error))
        return;
    HistoryStore::Entry entry;
    entry.sentAt = sentAt;
    entry.request = request;
    entry.httpStatus = response.httpStatus();
    entry.elapsedMs = response.elapsedMs();
    entry.outcome = outcomeOf(response);
    if (!m_history->add(entry, &error)) {
        qCWarning(lcExplorer) << "the request could not be added to the history:" << error;
        return;
    }
    QMetaObject::invokeMethod(m_session, &ExplorerSession::historyChanged, Qt::QueuedConnection);
}

void ExplorerWorker::cancel(quint64 ticket)
{
    if (CrmReply *reply = m_replies.value(ticket))
        reply->abort();
    if (CrmPager *pager = m_pagers.value(ticket))
        pager->abort();
}

void ExplorerWorker::fetchAll(quint64 ticket, const ExplorerRequest &request, const QString &exportPath,
                              std::function<void(ExplorerSession::FetchProgress)> progress,
                              std::function<void(ExplorerSession::FetchReport)> done)
{
    ensureClient();
    std::shared_ptr<RecordExportWriter> writer;
    auto report = std::make_shared<ExplorerSession::FetchReport>();
    report->path = exportPath;
    if (!exportPath.isEmpty()) {
        QStringList columns;
        const QString fields = request.queryValue(QStringLiteral("fields"));
        if (!fields.isEmpty() && !request.isCoql()) {
            columns = fields.split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (QString &column : columns)
                column = column.trimmed();
            if (!columns.contains(QLatin1String("id")))
                columns.prepend(QStringLiteral("id"));
        }
        writer = std::make_shared<RecordExportWriter>(exportPath,
                                                      RecordExportWriter::formatForPath(exportPath), columns);
        if (!writer->open()) {
            report->fileError = writer->errorString();
            report->error = CrmError(CrmError::Kind::Cancelled,
                                     tr("the export file cannot be written: %1").arg(writer->errorString()));
            done(*report);
            return;
        }
    }
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    CrmPager *pager = m_client->fetchAllPages(request.toCrmRequest());
    m_pagers.insert(ticket, pager);
    connect(pager, &CrmPager::pageReceived, this, [pager, writer, report, progress](const CrmResponse &page) {
        if (writer && !writer->writePage(page.records(), page.rawRecords())) {
            report->fileError = writer->errorString();
            pager->abort();
            return;
        }
        progress({ pager->recordCount(), pager->pageCount() });
    });
    connect(pager, &CrmPager::finished, this, [this, ticket, pager, writer, report, clock, request, done] {
        m_pagers.remove(ticket);
        pager->deleteLater();
        report->error = pager->error();
        report->records = pager->recordCount();
        report->pages = pager->pageCount();
        report->lastResponse = pager->lastResponse();
        report->elapsedMs = clock->elapsed();
        if (writer) {
            // What was fetched is a complete file; nothing fetched is no file.
            if (writer->recordCount() > 0 && report->fileError.isEmpty()) {
                report->fileWritten = writer->commit();
                if (!report->fileWritten)
                    report->fileError = writer->errorString();
            } else {
                writer->discard();
            }
        }
        record(request, pager->lastResponse(), m_options.clock() - report->elapsedMs);
        done(*report);
    });
}

void ExplorerWorker::settingsCall(const QString &tokenId, const CrmRequest &request,
                                  std::function<void(CrmResponse)> done)
{
    ensureClient();
    CrmRequest call = request;
    call.setTokenId(tokenId);
    CrmReply *reply = m_client->send(call);
    connect(reply, &CrmReply::finished, this, [reply, done] {
        reply->deleteLater();
        done(reply->response());
    });
}

void ExplorerWorker::modules(const QString &tokenId, bool refresh,
                             std::function<void(ExplorerSession::Listing<OrgSchema::Module>)> done)
{
    if (!refresh && m_moduleCache.contains(tokenId)) {
        done({ m_moduleCache.value(tokenId), CrmError(), true });
        return;
    }
    settingsCall(tokenId, CrmRequest("GET", QStringLiteral("settings/modules")),
                 [this, tokenId, done](const CrmResponse &response) {
                     ExplorerSession::Listing<OrgSchema::Module> listing;
                     listing.error = response.error();
                     if (response.ok()) {
                         listing.items = OrgSchema::modulesFromJson(response.json());
                         m_moduleCache.insert(tokenId, listing.items);
                     }
                     done(listing);
                 });
}

void ExplorerWorker::fields(const QString &tokenId, const QString &module, bool refresh,
                            std::function<void(ExplorerSession::Listing<OrgSchema::Field>)> done)
{
    const QString key = tokenId + QLatin1Char('\n') + module;
    if (!refresh && m_fieldCache.contains(key)) {
        done({ m_fieldCache.value(key), CrmError(), true });
        return;
    }
    CrmRequest request("GET", QStringLiteral("settings/fields"));
    request.addQueryItem(QStringLiteral("module"), module);
    settingsCall(tokenId, request, [this, key, done](const CrmResponse &response) {
        ExplorerSession::Listing<OrgSchema::Field> listing;
        listing.error = response.error();
        if (response.ok()) {
            listing.items = OrgSchema::fieldsFromJson(response.json());
            m_fieldCache.insert(key, listing.items);
        }
        done(listing);
    });
}

QList<HistoryStore::Entry> ExplorerWorker::history(const QString &search, int limit)
{
    QString error;
    if (!ensureDatabase(&error))
        return {};
    return m_history->search(search, limit, &error);
}

QString ExplorerWorker::clearHistory()
{
    QString error;
    if (ensureDatabase(&error))
        m_history->clear(&error);
    return error;
}

QList<CollectionStore::Saved> ExplorerWorker::savedRequests()
{
    QString error;
    if (!ensureDatabase(&error))
        return {};
    return m_collections->all(&error);
}

QString ExplorerWorker::saveRequest(const CollectionStore::Saved &saved)
{
    QString error;
    if (ensureDatabase(&error))
        m_collections->save(saved, &error);
    return error;
}

QString ExplorerWorker::removeSaved(const QString &collection, const QString &name)
{
    QString error;
    if (ensureDatabase(&error))
        m_collections->remove(collection, name, &error);
    return error;
}

QString ExplorerWorker::exportCollections(const QString &path)
{
    QString error;
    if (!ensureDatabase(&error))
        return error;
    const QList<CollectionStore::Saved> saved = m_collections->all(&error);
    if (!error.isEmpty())
        return error;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(CollectionStore::toJson(saved).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return file.errorString();
    return QString();
}

ExplorerSession::ImportResult ExplorerWorker::importCollections(const QString &path)
{
    ExplorerSession::ImportResult result;
    if (!ensureDatabase(&result.error))
        return result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = file.errorString();
        return result;
    }
    constexpr qint64 maxBytes = 64 * 1024 * 1024;
    const QByteArray json = file.read(maxBytes + 1);
    if (json.size() > maxBytes) {
        result.error = tr("the file is larger than 64 MB");
        return result;
    }
    const auto saved = CollectionStore::fromJson(json, &result.error);
    if (!saved)
        return result;
    for (const CollectionStore::Saved &s : *saved) {
        if (!m_collections->save(s, &result.error))
            return result;
        ++result.imported;
    }
    return result;
}

void ExplorerWorker::accessToken(const QString &tokenId, std::function<void(AccessTokenResult)> done)
{
    ensureClient();
    m_tokens->requestAccessToken(tokenId, false, QString(),
                                 [done](const AccessTokenResult &result) { done(result); });
}
